// Chooses the one process, among all Chorus processes on a Postgres database, that runs the
// background work (counting, reminders, mail, retention). The leader holds a session-level
// advisory lock on a connection of its own: when the process dies or its connection breaks,
// Postgres releases the lock and another process takes it at its next try. An embedded (PGlite)
// database has one process only, which always leads.
import pg from 'pg';

export type Role = 'leader' | 'follower';

export interface Leadership {
  role(): Role;
  /** Stops trying; a leader stops its work and releases the lock for another process. */
  stop(): Promise<void>;
}

export interface LeadershipOptions {
  /** The Postgres database the processes share; null for an embedded database. */
  databaseUrl: string | null;
  /** This process has become the leader. */
  onElected(): void;
  /** This process is no longer the leader (its connection broke, or it is stopping). */
  onDeposed(): Promise<void>;
  /** Another process leads; called once per change of role. */
  onStandby?(): void;
  /** The election's connection failed; the election tries again. */
  onError?(error: unknown): void;
  /** How often a follower tries to take over and the leader checks its connection. */
  checkEveryMs?: number;
}

/** Advisory locks are scoped to one database, so a constant key is enough. ("Chor") */
export const LEADER_LOCK_KEY = 0x43686f72;

export function electLeader(options: LeadershipOptions): Leadership {
  if (!options.databaseUrl) {
    options.onElected();
    return { role: () => 'leader', stop: () => options.onDeposed() };
  }
  const databaseUrl = options.databaseUrl;
  const everyMs = options.checkEveryMs ?? 5000;
  let client: pg.Client | null = null;
  let leader = false;
  let standingBy = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  // Checks, losses and the stop run one after another, never interleaved.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => (queue = queue.then(step, step));

  async function dropConnection(): Promise<void> {
    const lost = client;
    client = null;
    await lost?.end().catch(() => undefined);
    if (leader) {
      leader = false;
      standingBy = false;
      await options.onDeposed();
    }
  }

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({
      connectionString: databaseUrl,
      connectionTimeoutMillis: everyMs,
      query_timeout: everyMs * 2,
      keepAlive: true,
      application_name: 'chorus leader election',
    });
    // A broken connection has lost the lock with it.
    next.on('error', (error) => {
      options.onError?.(error);
      if (client === next) void enqueue(dropConnection);
    });
    try {
      await next.connect();
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    return next;
  }

  async function check(): Promise<void> {
    if (stopped) return;
    try {
      client ??= await connect();
      if (leader) {
        await client.query('select 1');
        return;
      }
      const { rows } = await client.query<{ acquired: boolean }>(
        'select pg_try_advisory_lock($1) as acquired',
        [LEADER_LOCK_KEY],
      );
      if (rows[0]?.acquired) {
        leader = true;
        options.onElected();
      } else if (!standingBy) {
        standingBy = true;
        options.onStandby?.();
      }
    } catch (error) {
      options.onError?.(error);
      await dropConnection();
    }
  }

  function schedule(): void {
    void enqueue(check).then(() => {
      if (!stopped) timer = setTimeout(schedule, everyMs);
    });
  }
  schedule();

  return {
    role: () => (leader ? 'leader' : 'follower'),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await enqueue(dropConnection);
    },
  };
}
