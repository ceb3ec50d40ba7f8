// rules.ts is what the widget bundles: it must stay free of zod and agree with the schemas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emailSchema } from './contact.js';
import { EMAIL_PATTERN } from './rules.js';

describe('rules.ts', () => {
  it('imports nothing, so bundling it never pulls in zod', () => {
    const source = readFileSync(new URL('./rules.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
  });

  it('has the email pattern the email schema applies', () => {
    for (const address of [
      'min-ji@example.org',
      'a.b+c@peace.or.kr',
      'min ji@example.org',
      'x@y',
      '.a@b.org',
    ]) {
      expect(EMAIL_PATTERN.test(address), address).toBe(emailSchema.safeParse(address).success);
    }
  });
});
