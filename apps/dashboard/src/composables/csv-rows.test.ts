import { describe, expect, it } from 'vitest';
import { CsvRowCounter } from './csv-rows';

function count(chunks: string[]): number {
  const counter = new CsvRowCounter();
  for (const chunk of chunks) counter.push(chunk);
  return counter.finish();
}

describe('CsvRowCounter', () => {
  it('counts records, not line breaks inside quoted fields, across chunk boundaries', () => {
    const csv = 'id,name,comment\r\n1,Kim,"two\r\nlines"\r\n2,"Sato, Yumi","said ""yes"""\r\n';
    expect(count([csv])).toBe(3);
    for (let cut = 1; cut < csv.length; cut += 1) {
      expect(count([csv.slice(0, cut), csv.slice(cut)]), `cut at ${cut}`).toBe(3);
    }
  });

  it('counts a last record without a final line break, and nothing for an empty file', () => {
    expect(count(['id\n1\n2'])).toBe(3);
    expect(count([''])).toBe(0);
  });
});
