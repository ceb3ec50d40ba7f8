// The public signature counter behind GET /appeals/{slug}/count.json. Counts are kept in memory
// and refreshed from the database at most once per `maxAgeMs` per appeal, however many people ask:
// a viral appeal's counter costs the database one small query a second, not one per view.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { findPublicCount } from './signatures.repository.js';

export interface CountSnapshot {
  count: number;
  goal: number | null;
  updatedAt: string | null;
  etag: string;
  /** The answer's JSON text, written once per refresh rather than once per request. */
  json: string;
}

interface Entry {
  snapshot: CountSnapshot | null;
  fetchedAt: number;
  pending: Promise<CountSnapshot | null> | null;
}

export class PublicCounter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxAgeMs = 1000,
    private readonly maxEntries = 10_000,
  ) {}

  /**
   * The count as last read, if it is fresh enough to answer with (null: no such appeal), without
   * waiting; undefined when it must be read first (call `get`).
   */
  cached(slug: string, now = Date.now()): CountSnapshot | null | undefined {
    const entry = this.entries.get(slug);
    return entry && entry.fetchedAt > 0 && now - entry.fetchedAt < this.maxAgeMs ? entry.snapshot : undefined;
  }

  /** The appeal's count, or null when there is no published appeal with this slug. */
  async get(slug: string, now = Date.now()): Promise<CountSnapshot | null> {
    const entry = this.entries.get(slug);
    if (entry && now - entry.fetchedAt < this.maxAgeMs) return entry.snapshot;
    // One query in flight per appeal; everyone else waits for it (or keeps the stale value on error).
    if (entry?.pending) return entry.pending;
    const pending = this.fetch(slug).then(
      (snapshot) => {
        this.remember(slug, { snapshot, fetchedAt: Date.now(), pending: null });
        return snapshot;
      },
      (error: unknown) => {
        if (entry) {
          entry.pending = null;
          if (entry.snapshot) return entry.snapshot;
        } else {
          this.entries.delete(slug);
        }
        throw error;
      },
    );
    if (entry) entry.pending = pending;
    else this.entries.set(slug, { snapshot: null, fetchedAt: 0, pending });
    return pending;
  }

  private remember(slug: string, entry: Entry): void {
    if (!this.entries.has(slug) && this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(slug, entry);
  }

  private async fetch(slug: string): Promise<CountSnapshot | null> {
    const row = await findPublicCount(this.db, slug);
    if (!row) return null;
    const updatedAt = row.updated_at ? row.updated_at.toISOString() : null;
    return {
      count: row.count,
      goal: row.goal,
      updatedAt,
      etag: `"${row.count}-${row.updated_at?.getTime() ?? 0}"`,
      json: JSON.stringify({ count: row.count, goal: row.goal, updatedAt }),
    };
  }
}
