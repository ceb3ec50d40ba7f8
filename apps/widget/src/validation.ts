// The checks the form makes before sending, from the same rules the API applies (@chorus/domain's
// zod-free rules), so a person learns about a mistake at once and in their language.
import {
  COUNTRY_CODES,
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  NAME_FORMULA_START,
  NAME_WEB_ADDRESS,
  SIGNATURE_LIMITS,
} from '@chorus/domain/rules';

export const FIELDS = ['name', 'email', 'country', 'postcode', 'comment'] as const;
export type Field = (typeof FIELDS)[number];
export type FormValues = Record<Field, string>;

export type Problem =
  | { kind: 'required' | 'chooseOne' | 'invalidEmail' | 'webAddress' | 'formula' }
  | { kind: 'tooLong'; max: number };

const LIMITS: Record<Field, number> = { ...SIGNATURE_LIMITS, email: EMAIL_MAX_LENGTH, country: 2 };

/** What is wrong with each field, by field; an empty object when the form can be sent. */
export function checkSignature(
  values: FormValues,
  required: readonly Field[] = [],
): Partial<Record<Field, Problem>> {
  const problems: Partial<Record<Field, Problem>> = {};
  for (const field of FIELDS) {
    const value = values[field].trim();
    if (value.length > LIMITS[field]) problems[field] = { kind: 'tooLong', max: LIMITS[field] };
    else if (!value && required.includes(field)) problems[field] = { kind: 'required' };
  }
  const name = values.name.trim();
  if (!name) problems.name = { kind: 'required' };
  else if (NAME_WEB_ADDRESS.test(name)) problems.name = { kind: 'webAddress' };
  else if (NAME_FORMULA_START.test(name)) problems.name = { kind: 'formula' };
  const email = values.email.trim();
  if (!email) problems.email = { kind: 'required' };
  else if (!problems.email && !EMAIL_PATTERN.test(email)) problems.email = { kind: 'invalidEmail' };
  if (!(COUNTRY_CODES as readonly string[]).includes(values.country))
    problems.country = { kind: 'chooseOne' };
  return problems;
}
