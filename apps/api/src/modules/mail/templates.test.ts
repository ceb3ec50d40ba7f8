import { describe, expect, it } from 'vitest';
import { confirmSignatureMail } from './templates.js';

const details = {
  name: 'Min-ji',
  appealTitle: 'Korea Peace Appeal',
  link: 'https://chorus.example/confirm?token=abc',
  expiresAt: new Date('2026-12-06T12:00:00Z'),
};

describe('confirmation mail', () => {
  it('names the expiry day in the words of each language, whichever language was asked for first', () => {
    // The formatters are made once per language: mixing them up would show one language's date in another.
    for (const round of [1, 2]) {
      expect(confirmSignatureMail('ko', details).text, `round ${round}`).toContain('2026년 12월 6일까지');
      expect(confirmSignatureMail('en', details).text, `round ${round}`).toContain('until December 6, 2026');
      expect(confirmSignatureMail('ja', details).text, `round ${round}`).toContain('2026年12月6日まで');
    }
  });

  it('gives the day in UTC, not in the server’s time zone', () => {
    const late = { ...details, expiresAt: new Date('2026-12-06T23:30:00Z') };
    expect(confirmSignatureMail('en', late).text).toContain('until December 6, 2026');
  });
});
