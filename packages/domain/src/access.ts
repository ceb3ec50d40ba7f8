// Who may do what: organisation roles, partner API key scopes, and the rules for passwords and
// key names that the API, the dashboard's forms and its sign-in page share.
import { z } from 'zod';

import { emailSchema } from './contact.js';
import { boundedText, TEXT_LIMITS } from './limits.js';
import { inEnglish } from './problems.js';

export const MEMBERSHIP_ROLES = ['owner', 'editor', 'viewer'] as const;
export const membershipRoleSchema = z.enum(MEMBERSHIP_ROLES, { error: inEnglish });
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
export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES, { error: inEnglish });
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

// NIST SP 800-63B: length over composition rules; the upper bound keeps hashing cheap to refuse.
export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;
export const passwordSchema = z
  .string({ error: inEnglish })
  .min(PASSWORD_LENGTH.min)
  .max(PASSWORD_LENGTH.max);

export const apiKeyInputSchema = z.object({
  name: boundedText(TEXT_LIMITS.name),
  scopes: z
    .array(apiKeyScopeSchema, { error: inEnglish })
    .min(1)
    .transform((scopes) => [...new Set(scopes)]),
  expiresAt: z.date({ error: inEnglish }).nullable(),
});
export type ApiKeyInput = z.infer<typeof apiKeyInputSchema>;

export const memberInvitationSchema = z.object({
  email: emailSchema,
  role: membershipRoleSchema,
});
export type MemberInvitation = z.infer<typeof memberInvitationSchema>;
