import { describe, expect, it } from 'vitest';

import { isTimeZone, timeZoneSchema } from './time-zones.js';

describe('isTimeZone', () => {
  it('accepts IANA zone names', () => {
    for (const zone of ['Asia/Seoul', 'Asia/Tokyo', 'America/New_York', 'Europe/Berlin', 'UTC', 'Etc/UTC']) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
  });

  it('rejects offsets and abbreviations, even those Intl would accept', () => {
    for (const zone of ['+09:00', 'UTC+9', 'EST', 'KST', 'GMT', '']) {
      expect(isTimeZone(zone), zone).toBe(false);
    }
  });

  it('rejects names that look like zones but do not exist', () => {
    expect(isTimeZone('Asia/Gangnam')).toBe(false);
    expect(isTimeZone('Asia/Seoul ')).toBe(false);
  });
});

describe('timeZoneSchema', () => {
  it('trims the name and stores its canonical letter case', () => {
    expect(timeZoneSchema.safeParse(' asia/seoul ')).toEqual({ success: true, data: 'Asia/Seoul' });
    expect(timeZoneSchema.safeParse('America/New_York')).toEqual({ success: true, data: 'America/New_York' });
  });

  it('rejects an offset with an example of a zone name', () => {
    const result = timeZoneSchema.safeParse('+09:00');
    expect(result.error?.issues[0]?.message).toBe(
      'Unknown time zone "+09:00": use an IANA zone name such as Asia/Seoul or America/New_York',
    );
    expect(result.error?.issues).toHaveLength(1);
  });
});
