import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import {
  APPEAL_STATUSES,
  CAMPAIGN_STATUSES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  PARTNERSHIP_ROLES,
  PARTNERSHIP_STATUSES,
  PUBLIC_APPEAL_STATUSES,
  PUBLIC_CAMPAIGN_STATUSES,
  appealStatusSchema,
  campaignStatusSchema,
  eventFormatSchema,
  eventStatusSchema,
  partnershipRoleSchema,
  partnershipStatusSchema,
} from './enums.js';

const enums: [string, z.ZodType, readonly string[]][] = [
  ['campaign status', campaignStatusSchema, CAMPAIGN_STATUSES],
  ['partnership role', partnershipRoleSchema, PARTNERSHIP_ROLES],
  ['partnership status', partnershipStatusSchema, PARTNERSHIP_STATUSES],
  ['appeal status', appealStatusSchema, APPEAL_STATUSES],
  ['event format', eventFormatSchema, EVENT_FORMATS],
  ['event status', eventStatusSchema, EVENT_STATUSES],
];

describe.each(enums)('%s', (_noun, schema, values) => {
  it('accepts every listed value', () => {
    for (const value of values) expect(schema.safeParse(value)).toEqual({ success: true, data: value });
  });

  it('rejects other values, listing the allowed ones', () => {
    const result = schema.safeParse('Active');
    expect(result.error?.issues[0]?.message).toBe(`Unknown value "Active": use one of ${values.join(', ')}`);
  });
});

describe('public statuses', () => {
  it('hide drafts and archived campaigns from the public', () => {
    expect(PUBLIC_CAMPAIGN_STATUSES).not.toContain('draft');
    expect(PUBLIC_CAMPAIGN_STATUSES).not.toContain('archived');
    expect(PUBLIC_APPEAL_STATUSES).not.toContain('draft');
  });
});
