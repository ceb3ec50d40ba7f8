// Which sites' pages may read the widget's endpoints in a browser (CORS), answered from memory:
// every count.json poll and widget call from another site asks, so the appeals' lists are read at
// most once per `maxAgeMs`, however many visitors there are. A change by an admin is seen within
// that time. Signing does not rely on this: the signature itself is checked against its appeal.
import { embeddingAllowed } from '@chorus/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { publishedEmbedOrigins } from './appeals.service.js';

interface Snapshot {
  bySlug: Map<string, readonly string[]>;
  /** Some published appeal may be embedded anywhere. */
  anywhere: boolean;
  /** Every origin some published appeal lists. */
  listed: Set<string>;
}

export class EmbedPolicy {
  private current: Snapshot | null = null;
  /** When the reading behind `current` started (performance.now()): it saw every change committed before. */
  private readAt = -Infinity;
  private pending: { startedAt: number; reading: Promise<Snapshot> } | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxAgeMs = 5000,
    private readonly unknownRetryMs = 1000,
  ) {}

  /** Whether a page from `origin` may embed this appeal; false when there is no such published appeal. */
  async allowsAppeal(slug: string, origin: string): Promise<boolean> {
    let origins = (await this.snapshot()).bySlug.get(slug);
    // An appeal published since the lists were read would be shut out for seconds: read them again,
    // at most once per `unknownRetryMs`, so made-up slugs cannot turn every request into a query.
    // Within that time the request waits for the next reading rather than being refused, since the
    // appeal may have been published a moment after the last one; the waiters share that reading.
    // What counts is that the reading started after the request arrived, not how long it waited:
    // a timer may fire a millisecond early.
    if (origins === undefined) {
      const asked = performance.now();
      const lastStarted = Math.max(this.readAt, this.pending?.startedAt ?? -Infinity);
      const wait = lastStarted + this.unknownRetryMs - asked;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      origins = (await this.snapshot(asked)).bySlug.get(slug);
    }
    return origins !== undefined && embeddingAllowed(origins, origin);
  }

  /** Whether a page from `origin` may embed at least one published appeal. */
  async allowsSomeAppeal(origin: string): Promise<boolean> {
    const snapshot = await this.snapshot();
    return snapshot.anywhere || snapshot.listed.has(origin);
  }

  /** The lists as read by a reading that started at `since` or later (by default, within `maxAgeMs`). */
  private async snapshot(since = performance.now() - this.maxAgeMs): Promise<Snapshot> {
    if (this.current && this.readAt >= since) return this.current;
    let pending = this.pending;
    if (!pending || pending.startedAt < since) {
      const startedAt = performance.now();
      const reading = publishedEmbedOrigins(this.db).then((bySlug) => {
        const lists = [...bySlug.values()];
        const snapshot = {
          bySlug,
          anywhere: lists.some((origins) => origins.length === 0),
          listed: new Set(lists.flat()),
        };
        // Two readings may overlap: the one that started later wins, whichever ends first.
        if (startedAt >= this.readAt) {
          this.current = snapshot;
          this.readAt = startedAt;
        }
        return snapshot;
      });
      const started = { startedAt, reading };
      pending = this.pending = started;
      const settled = () => {
        if (this.pending === started) this.pending = null;
      };
      reading.then(settled, settled);
    }
    try {
      return await pending.reading;
    } catch (error) {
      // A database hiccup keeps the last answer rather than shutting every embedding site out.
      if (this.current) return this.current;
      throw error;
    }
  }
}
