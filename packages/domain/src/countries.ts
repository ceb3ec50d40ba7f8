// Where a partner organisation is based. The list is ISO 3166-1 alpha-2, officially assigned codes
// only: user-assigned and reserved codes (XK, EU, UN …) would not survive exchange with other systems.
import { z } from 'zod';

import { COUNTRY_CODES } from './rules.js';

export { COUNTRY_CODES, isCountryCode, type CountryCode } from './rules.js';

function unknownCountryCodeMessage(value: unknown): string {
  return `Unknown country code "${String(value)}": use an ISO 3166-1 alpha-2 code such as KR or US`;
}

// Forms and spreadsheets hand us ' kr ', so normalise before checking; the message then shows
// the normalised code, which is what was actually looked up.
export const countryCodeSchema = z
  .string({ error: (issue) => unknownCountryCodeMessage(issue.input) })
  .trim()
  .toUpperCase()
  .pipe(z.enum(COUNTRY_CODES, { error: (issue) => unknownCountryCodeMessage(issue.input) }));
