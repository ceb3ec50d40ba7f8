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
  private fetchedAt = 0;
  private pending: Promise<Snapshot> | null = null;

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
    if (origins === undefined) {
      const wait = this.fetchedAt + this.unknownRetryMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (Date.now() - this.fetchedAt >= this.unknownRetryMs) this.fetchedAt = 0;
      origins = (await this.snapshot()).bySlug.get(slug);
    }
    return origins !== undefined && embeddingAllowed(origins, origin);
  }

  /** Whether a page from `origin` may embed at least one published appeal. */
  async allowsSomeAppeal(origin: string): Promise<boolean> {
    const snapshot = await this.snapshot();
    return snapshot.anywhere || snapshot.listed.has(origin);
  }

  private async snapshot(): Promise<Snapshot> {
    if (this.current && Date.now() - this.fetchedAt < this.maxAgeMs) return this.current;
    this.pending ??= publishedEmbedOrigins(this.db)
      .then((bySlug) => {
        const lists = [...bySlug.values()];
        this.current = {
          bySlug,
          anywhere: lists.some((origins) => origins.length === 0),
          listed: new Set(lists.flat()),
        };
        this.fetchedAt = Date.now();
        return this.current;
      })
      .finally(() => {
        this.pending = null;
      });
    try {
      return await this.pending;
    } catch (error) {
      // A database hiccup keeps the last answer rather than shutting every embedding site out.
      if (this.current) return this.current;
      throw error;
    }
  }
}
