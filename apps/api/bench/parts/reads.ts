// Reads over a million signatures, through the API over HTTP: the public campaign page, the admins'
// signature list paged by cursor (at the newest end, half-way and at the oldest end), and appealStats.
import { fmt, type BenchContext } from '../lib/context.js';
import { adminCookie, graphql, load, summary, timed } from '../lib/load.js';
import { widgetRequest } from '../lib/operations.js';
import { BENCH_ADMIN, startChorus } from '../lib/server.js';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 50);
const PAGES = 20;
const PAGE_SIZE = 100;

const CAMPAIGN_PAGE = `query ($slug: String!, $locale: String) {
  campaign(slug: $slug) {
    title(locale: $locale)
    leadOrganisation { name website }
    partners(first: 20) { edges { node { role organisation { name website country } } } }
    appeals(first: 10) { edges { node { slug title(locale: $locale) goal signatureCount status } } }
    events(first: 10) { edges { node { title(locale: $locale) startsAt endsAt timeZone format host { name } } } }
  }
}`;

const SIGNATURE_PAGE = `query ($appealSlug: String!, $first: Int!, $after: String) {
  signatures(appealSlug: $appealSlug, first: $first, after: $after) {
    edges { node { id name email country postcode comment status partnerSlug signedAt confirmedAt utmSource } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const APPEAL_STATS = `query ($appealSlug: String!, $interval: StatsInterval) {
  appealStats(appealSlug: $appealSlug, interval: $interval) {
    overTime { start count }
    byCountry { country count }
    byPartner { organisation { name } count }
    funnel { submitted confirmed pending suspect invalid }
  }
}`;

async function repeated(work: () => Promise<unknown>, times = REPEAT) {
  for (let index = 0; index < Math.min(5, times); index += 1) await work();
  const samples: number[] = [];
  for (let index = 0; index < times; index += 1) samples.push((await timed(work)).ms);
  return summary(samples);
}

/** A keyset cursor for the page after signature id `id`; the API's cursors are base64url JSON. */
function cursorAfter(id: number): string {
  return Buffer.from(JSON.stringify({ k: 'key', key: id }), 'utf8').toString('base64url');
}

export async function reads(context: BenchContext): Promise<Record<string, unknown>> {
  const facts = await context.million();
  const server = await startChorus({ databaseUrl: context.database.url });
  try {
    const cookie = await adminCookie(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
    const headers = { cookie };
    // In production an anonymous caller runs only the clients' own documents: the page's query
    // runs signed in, as a partner's program would with its key; the widget's appeal query runs
    // anonymously, by hash, as on every page that embeds it.
    const campaignPage = await repeated(() =>
      graphql(server.url, CAMPAIGN_PAGE, { slug: 'korea-peace-now', locale: 'ko' }, headers),
    );
    const widgetAppeal = await repeated(() =>
      graphql(server.url, { body: widgetRequest('appeal', { s: facts.bigAppeal.slug, l: 'ko' }) }),
    );
    // The same page asked by 8 clients at once for a while: its cost to the process and to Postgres.
    const campaignPageLoad = await load({
      url: `${server.url}/graphql`,
      method: 'POST',
      connections: 8,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: CAMPAIGN_PAGE, variables: { slug: 'korea-peace-now', locale: 'ko' } }),
      server,
    });
    if (campaignPageLoad.errors > 0)
      throw new Error(`The campaign page failed ${campaignPageLoad.errors} times`);
    context.rows.push(
      {
        part: 'reads (1M)',
        measure: 'campaign page (partners, appeals with counts, events), signed in',
        value: `p50 ${fmt.ms(campaignPage.p50)}, p99 ${fmt.ms(campaignPage.p99)}`,
      },
      {
        part: 'reads (1M)',
        measure: 'campaign page, 8 connections at once',
        value: `${fmt.rate(campaignPageLoad.rate)}, p99 ${fmt.ms(campaignPageLoad.p99)}, ${fmt.cpu(campaignPageLoad)}`,
      },
      {
        part: 'reads (1M)',
        measure: "the widget's appeal query (with count), anonymous",
        value: `p50 ${fmt.ms(widgetAppeal.p50)}, p99 ${fmt.ms(widgetAppeal.p99)}`,
      },
    );

    const { db } = context.database;
    const ids = await db
      .selectFrom('signatures')
      .select((eb) => [eb.fn.min('id').as('first'), eb.fn.max('id').as('last')])
      .where('appeal_id', '=', facts.bigAppeal.id)
      .executeTakeFirstOrThrow();
    const first = Number(ids.first);
    const last = Number(ids.last);
    const starts: [string, string | null][] = [
      ['newest', null],
      ['half-way', cursorAfter(Math.round((first + last) / 2))],
      ['oldest', cursorAfter(first + PAGES * PAGE_SIZE + 1)],
    ];
    // Warm up the list's path (the JIT, the audit insert) before timing it, as for the other reads.
    let warmUp: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const result: { signatures: { pageInfo: { endCursor: string } } } = await graphql(
        server.url,
        SIGNATURE_PAGE,
        { appealSlug: facts.bigAppeal.slug, first: PAGE_SIZE, after: warmUp },
        headers,
      );
      warmUp = result.signatures.pageInfo.endCursor;
    }
    const pages: Record<string, ReturnType<typeof summary>> = {};
    for (const [name, start] of starts) {
      const times: number[] = [];
      let after = start;
      for (let page = 0; page < PAGES; page += 1) {
        const { ms, value } = await timed(() =>
          graphql<{
            signatures: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
          }>(
            server.url,
            SIGNATURE_PAGE,
            { appealSlug: facts.bigAppeal.slug, first: PAGE_SIZE, after },
            headers,
          ),
        );
        if (value.signatures.edges.length !== PAGE_SIZE) {
          throw new Error(`A page of the signature list had ${value.signatures.edges.length} rows`);
        }
        times.push(ms);
        after = value.signatures.pageInfo.endCursor;
      }
      pages[name] = summary(times);
    }
    const allPages = Object.values(pages);
    const worstP99 = Math.max(...allPages.map((page) => page.p99));
    context.rows.push({
      part: 'reads (1M)',
      measure: `admin signatures list, ${PAGE_SIZE} a page, ${PAGES} pages from newest/half-way/oldest`,
      value:
        allPages.map((page) => `p50 ${fmt.ms(page.p50)}`).join(' / ') + `; worst p99 ${fmt.ms(worstP99)}`,
      goal: '≤ 30 ms a page',
      met: worstP99 <= 30,
    });

    const statsByDay = await repeated(() =>
      graphql(server.url, APPEAL_STATS, { appealSlug: facts.bigAppeal.slug, interval: 'DAY' }, headers),
    );
    const statsByHour = await repeated(() =>
      graphql(server.url, APPEAL_STATS, { appealSlug: facts.bigAppeal.slug, interval: 'HOUR' }, headers),
    );
    for (const [interval, stats] of [
      ['by day', statsByDay],
      ['by hour', statsByHour],
    ] as const) {
      context.rows.push({
        part: 'reads (1M)',
        measure: `appealStats, whole appeal, ${interval}`,
        value: `p50 ${fmt.ms(stats.p50)}, p99 ${fmt.ms(stats.p99)}`,
        goal: '≤ 200 ms',
        met: stats.p99 <= 200,
      });
    }
    return {
      signatures: facts.bigAppeal.signatures,
      generatedSeconds: facts.generatedSeconds,
      campaignPageMs: campaignPage,
      campaignPageLoad,
      widgetAppealMs: widgetAppeal,
      signaturePagesMs: pages,
      appealStatsMs: { byDay: statsByDay, byHour: statsByHour },
    };
  } finally {
    await server.stop();
  }
}
