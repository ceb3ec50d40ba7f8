import { describe, expect, it } from 'vitest';
import { embedCode, originsFromText } from './embed-code';

describe('embedCode', () => {
  const base = {
    origin: 'https://chorus.example.org',
    appeal: 'korea-peace-appeal',
    partner: '',
    lang: '',
    theme: 'light',
    compact: false,
  } as const;

  it('gives the script and the element with only the attributes chosen', () => {
    expect(embedCode(base)).toBe(
      '<script src="https://chorus.example.org/widget.js" async></script>\n<chorus-appeal appeal="korea-peace-appeal"></chorus-appeal>',
    );
    expect(embedCode({ ...base, partner: 'wilpf', lang: 'ko', theme: 'dark', compact: true })).toBe(
      '<script src="https://chorus.example.org/widget.js" async></script>\n<chorus-appeal appeal="korea-peace-appeal" partner="wilpf" lang="ko" theme="dark" compact></chorus-appeal>',
    );
  });

  it('escapes what would break out of an attribute', () => {
    expect(embedCode({ ...base, partner: 'a"b<c' })).toContain('partner="a&quot;b&lt;c"');
  });
});

describe('originsFromText', () => {
  it('reads one origin per line and drops blank lines', () => {
    expect(originsFromText(' https://www.wilpf.org \n\nhttps://womencrossdmz.org\n')).toEqual([
      'https://www.wilpf.org',
      'https://womencrossdmz.org',
    ]);
  });
});
