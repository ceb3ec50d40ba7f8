// Postgres parses and plans a statement sent without a name every time it is sent; sent with a name,
// it is parsed once per connection and, after a few runs, planned once too. In a surge of signers
// that was a third of Postgres's work. Kysely sends every statement without a name, so the pool's
// clients name the statements Chorus runs again and again, by their text: a text is named on its
// second run, and only a bounded number of texts are, since each stays prepared on every connection
// that ran it for as long as the connection lives. Statements with lists of parameters, `in ($1,
// $2, …)`, whose text changes with the list's length, are never named, nor are those with very many
// parameters: they would fill the bound with variants. The hot statements take their lists as
// arrays (`= any($1)`, `unnest`), one text for any length.
import pg from 'pg';

export interface PreparedStatementOptions {
  /** Texts named at most, for the whole process. */
  maxStatements: number;
  /** A text with more parameters than this is not named. */
  maxParameters: number;
  /** Runs of a text before it is named; the first runs go without a name. */
  namedFromRun: number;
}

export const DEFAULT_PREPARED_STATEMENTS: PreparedStatementOptions = {
  maxStatements: 200,
  maxParameters: 64,
  namedFromRun: 2,
};

/** `in ($1, $2`: a list whose length makes the text (Kysely's `where(…, 'in', values)`). */
const LIST_OF_PARAMETERS = /\bin \(\$\d+, \$\d+/i;

/** Which statements are named, shared by every client of one pool. */
export class StatementNames {
  private readonly names = new Map<string, string | null>();
  private readonly runs = new Map<string, number>();
  private named = 0;

  constructor(private readonly options: PreparedStatementOptions = DEFAULT_PREPARED_STATEMENTS) {}

  /** The name to run this text under, or null to run it without one. */
  nameFor(text: string, parameterCount: number): string | null {
    const known = this.names.get(text);
    if (known !== undefined) return known;
    if (
      parameterCount > this.options.maxParameters ||
      this.named >= this.options.maxStatements ||
      LIST_OF_PARAMETERS.test(text)
    ) {
      return null;
    }
    const runs = (this.runs.get(text) ?? 0) + 1;
    if (runs < this.options.namedFromRun) {
      // Texts seen once are forgotten in bulk, so that one-off statements cannot grow this map.
      if (this.runs.size >= 10 * this.options.maxStatements) this.runs.clear();
      this.runs.set(text, runs);
      return null;
    }
    this.runs.delete(text);
    this.named += 1;
    const name = `chorus_${this.named}`;
    this.names.set(text, name);
    return name;
  }

  /** Never names this text again (its prepared plan no longer fits the table it reads). */
  forget(text: string): void {
    this.names.set(text, null);
  }

  /** How many texts are named. */
  get size(): number {
    return this.named;
  }
}

/** Postgres refuses to run a prepared statement whose result's columns changed under it. */
function isStalePlan(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: string }).code === '0A000' &&
    /cached plan must not change result type/.test(error.message)
  );
}

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/** A `pg` client class, for `new pg.Pool({ Client })`, that runs statements named by `names`. */
export function preparingClient(names: StatementNames): typeof pg.Client {
  class PreparingClient extends pg.Client {}
  const plain = pg.Client.prototype.query as unknown as Query;
  const query: Query = function (this: pg.Client, ...args) {
    const [text, values] = args;
    // Kysely calls query(text, parameters); anything else (cursors, callbacks) goes as it came.
    if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values)) {
      return plain.apply(this, args);
    }
    const name = names.nameFor(text, values.length);
    if (name === null) return plain.call(this, text, values);
    return (plain.call(this, { name, text, values }) as Promise<unknown>).catch((error: unknown) => {
      // A migration by another process changed a table's columns: run the text without a name.
      if (!isStalePlan(error)) throw error;
      names.forget(text);
      return plain.call(this, text, values);
    });
  };
  PreparingClient.prototype.query = query as unknown as pg.Client['query'];
  return PreparingClient;
}
