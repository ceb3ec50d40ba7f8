// Where a partner organisation is based. The list is ISO 3166-1 alpha-2, officially assigned codes
// only: user-assigned and reserved codes (XK, EU, UN …) would not survive exchange with other systems.
import { z } from 'zod';

import { failsWith, inEnglish, problem } from './problems.js';
import { isCountryCode, type CountryCode } from './rules.js';

export { COUNTRY_CODES, isCountryCode, type CountryCode } from './rules.js';

// Forms and spreadsheets hand us ' kr ', so normalise before checking; the message then shows
// the normalised code, which is what was actually looked up. A custom check rather than z.enum,
// whose problem would list all 249 codes.
export const countryCodeSchema = z
  .string({ error: inEnglish })
  .trim()
  .toUpperCase()
  .pipe(
    z.custom<CountryCode>(
      (code) => typeof code === 'string' && isCountryCode(code),
      failsWith(problem('unknownCountry')),
    ),
  );
