import { describe, expect, it } from 'vitest';
import { apiKeyInputSchema, memberInvitationSchema, passwordSchema, roleAtLeast } from './access.js';

describe('roles', () => {
  it('rank owner over editor over viewer', () => {
    expect(roleAtLeast('owner', 'editor')).toBe(true);
    expect(roleAtLeast('editor', 'editor')).toBe(true);
    expect(roleAtLeast('viewer', 'editor')).toBe(false);
    expect(roleAtLeast('editor', 'owner')).toBe(false);
  });

  it('refuses an unknown role by name', () => {
    const parsed = memberInvitationSchema.safeParse({ email: 'a@example.org', role: 'boss' });
    expect(parsed.error?.issues[0]?.message).toBe('Unknown value "boss": use one of owner, editor, viewer');
  });
});

describe('passwords', () => {
  it('need 12 to 200 characters', () => {
    expect(passwordSchema.safeParse('short').error?.issues[0]?.message).toBe(
      'Must be at least 12 characters',
    );
    expect(passwordSchema.safeParse('x'.repeat(201)).error?.issues[0]?.message).toBe(
      'Must be at most 200 characters',
    );
    expect(passwordSchema.safeParse('twelve chars').success).toBe(true);
  });
});

describe('API key input', () => {
  it('needs a name and at least one known scope, and drops repeats', () => {
    expect(
      apiKeyInputSchema.parse({ name: 'CRM', scopes: ['stats:read', 'stats:read'], expiresAt: null }).scopes,
    ).toEqual(['stats:read']);
    const empty = apiKeyInputSchema.safeParse({ name: 'CRM', scopes: [], expiresAt: null });
    expect(empty.error?.issues[0]).toMatchObject({ path: ['scopes'], message: 'Give at least 1' });
    const unknown = apiKeyInputSchema.safeParse({ name: 'CRM', scopes: ['everything'], expiresAt: null });
    expect(unknown.error?.issues[0]?.message).toMatch(
      /^Unknown value "everything": use one of campaigns:read/,
    );
  });
});
