import { describe, expect, it } from 'vitest';
import { byIdPages, EXPORT_PAGE } from './paging.js';

/** Rows with ids 1…total, served a page at a time after an id, recording each request. */
function table(total: number) {
  const requests: (number | null)[] = [];
  const fetchPage = async (afterId: number | null, limit: number) => {
    requests.push(afterId);
    const rows = [];
    for (let id = (afterId ?? 0) + 1; id <= total && rows.length < limit; id += 1) rows.push({ id });
    return rows;
  };
  return { requests, fetchPage };
}

describe('byIdPages', () => {
  it('reads every row once, the next page while the current one is used', async () => {
    const { requests, fetchPage } = table(2 * EXPORT_PAGE + 3);
    const seen: number[] = [];
    const pages = byIdPages(fetchPage);
    const first = await pages.next();
    // The second page was asked for before the first was handed over.
    expect(requests).toEqual([null, EXPORT_PAGE]);
    seen.push(...(first.value as { id: number }[]).map((row) => row.id));
    for await (const page of pages) seen.push(...page.map((row) => row.id));
    expect(seen).toEqual(Array.from({ length: 2 * EXPORT_PAGE + 3 }, (_, index) => index + 1));
    expect(requests).toEqual([null, EXPORT_PAGE, 2 * EXPORT_PAGE]);
  });

  it('empties a page once the next one is asked for, so its rows can be collected', async () => {
    const { fetchPage } = table(EXPORT_PAGE + 1);
    const pages = byIdPages(fetchPage);
    const first = (await pages.next()).value as { id: number }[];
    expect(first).toHaveLength(EXPORT_PAGE);
    await pages.next();
    expect(first).toHaveLength(0);
  });

  it('asks once for an empty table', async () => {
    const { requests, fetchPage } = table(0);
    const pages = [];
    for await (const page of byIdPages(fetchPage)) pages.push(page);
    expect(pages).toEqual([]);
    expect(requests).toEqual([null]);
  });
});
