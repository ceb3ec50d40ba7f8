import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv.js';

describe('csv', () => {
  it('quotes every field and doubles quotes', () => {
    expect(csvLine(['Kim "MJ" Min-ji', 'a,b', null, 3, true])).toBe(
      '"Kim ""MJ"" Min-ji","a,b",,"3","true"\r\n',
    );
  });

  it('defuses spreadsheet formulas', () => {
    for (const value of ['=1+1', '+81 3', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvField(value).startsWith(`"'`)).toBe(true);
    }
    expect(csvField('Min-ji')).toBe('"Min-ji"');
    expect(csvField('-"quoted"')).toBe(`"'-""quoted"""`);
    expect(csvField(-5)).toBe(`"'-5"`);
  });

  it('writes nothing for a missing value and an empty pair of quotes for an empty one', () => {
    expect(csvLine([null, undefined, '', false, 0])).toBe(',,"","false","0"\r\n');
    expect(csvLine([])).toBe('\r\n');
  });
});
