// Who may do what: organisation roles, partner API key scopes, and the rules for passwords and
// key names that the API, the dashboard's forms and its sign-in page share.
import { z } from 'zod';

import { emailSchema } from './contact.js';
import { boundedText, TEXT_LIMITS } from './limits.js';

export const MEMBERSHIP_ROLES = ['owner', 'editor', 'viewer'] as const;
export const membershipRoleSchema = z.enum(MEMBERSHIP_ROLES, {
  error: (issue) => `Unknown role "${String(issue.input)}": use one of ${MEMBERSHIP_ROLES.join(', ')}`,
});
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

/** Each role can do what the roles after it can. */
export function roleAtLeast(role: MembershipRole, needed: MembershipRole): boolean {
  return MEMBERSHIP_ROLES.indexOf(role) <= MEMBERSHIP_ROLES.indexOf(needed);
}

// Scopes a partner organisation grants to one of its API keys. Supporter data is further limited
// to supporters that organisation brought in and who agreed to hear from it.
export const API_KEY_SCOPES = [
  'campaigns:read',
  'supporters:read',
  'events:read',
  'stats:read',
  'webhooks:manage',
] as const;
export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES, {
  error: (issue) => `Unknown scope "${String(issue.input)}": use one of ${API_KEY_SCOPES.join(', ')}`,
});
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

// NIST SP 800-63B: length over composition rules; the upper bound keeps hashing cheap to refuse.
export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;
export const passwordSchema = z
  .string({ error: 'A password is required' })
  .min(PASSWORD_LENGTH.min, { error: `A password needs at least ${PASSWORD_LENGTH.min} characters` })
  .max(PASSWORD_LENGTH.max, { error: `A password can have at most ${PASSWORD_LENGTH.max} characters` });

export const apiKeyInputSchema = z.object({
  name: boundedText(TEXT_LIMITS.name, 'Name'),
  scopes: z
    .array(apiKeyScopeSchema)
    .min(1, { error: 'Give the key at least one scope' })
    .transform((scopes) => [...new Set(scopes)]),
  expiresAt: z.date().nullable(),
});
export type ApiKeyInput = z.infer<typeof apiKeyInputSchema>;

export const memberInvitationSchema = z.object({
  email: emailSchema,
  role: membershipRoleSchema,
});
export type MemberInvitation = z.infer<typeof memberInvitationSchema>;
