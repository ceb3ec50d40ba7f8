import { describe, expect, it } from 'vitest';

import { COUNTRY_CODES, countryCodeSchema, isCountryCode } from './countries.js';

describe('COUNTRY_CODES', () => {
  it('lists the 249 officially assigned ISO 3166-1 alpha-2 codes once each, in order', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual([...COUNTRY_CODES]);
  });

  it('holds only codes that CLDR knows as regions, so a typo would show up here', () => {
    const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const unknown = COUNTRY_CODES.filter((code) => regionNames.of(code) === undefined);
    expect(unknown).toEqual([]);
  });

  it('includes recent assignments and leaves out user-assigned, reserved and withdrawn codes', () => {
    for (const code of ['KR', 'KP', 'JP', 'US', 'SS', 'CW', 'SX', 'BQ'])
      expect(isCountryCode(code)).toBe(true);
    for (const code of ['XK', 'EU', 'UN', 'UK', 'AN', 'kr']) expect(isCountryCode(code)).toBe(false);
  });
});

describe('countryCodeSchema', () => {
  it('trims and upper-cases the input before checking it', () => {
    expect(countryCodeSchema.safeParse(' kr ')).toEqual({ success: true, data: 'KR' });
    expect(countryCodeSchema.safeParse('Jp')).toEqual({ success: true, data: 'JP' });
  });

  it('rejects an unknown code with an example of a good one', () => {
    const result = countryCodeSchema.safeParse('xx');
    expect(result.error?.issues[0]?.message).toBe(
      'Unknown country code "XX": use an ISO 3166-1 alpha-2 code such as KR or US',
    );
  });

  it('rejects three-letter codes', () => {
    expect(countryCodeSchema.safeParse('KOR').success).toBe(false);
  });
});
