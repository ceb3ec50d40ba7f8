// Relay connections: page arguments, opaque cursors and the connection shape.
import { PAGE_SIZE, pageSizeSchema } from '@chorus/domain';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { OffsetPage, Page } from '../modules/paging.js';
import { builder } from './builder.js';

export const pageArgs = builder.args((t) => ({
  first: t.int({
    required: false,
    description: `How many items to return, 1 to ${PAGE_SIZE.max}; ${PAGE_SIZE.default} when omitted.`,
    validate: pageSizeSchema,
  }),
  after: t.string({
    required: false,
    description: 'Return the items after this cursor: the endCursor of the previous page of the same list.',
  }),
}));

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** Cursors are base64url JSON; a `k` field names the kind of list a cursor belongs to. */
function encodeCursor(payload: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    payload = undefined;
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new GraphQLError(
      `Invalid cursor ${JSON.stringify(cursor)} in \`after\`: pass the endCursor of a previous page of this same list`,
      { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } },
    );
  }
  return parsed.data;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

function toConnection<T>(
  nodes: { node: T; cursor: string }[],
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): ConnectionShape<T> {
  return {
    edges: nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: nodes[0]?.cursor ?? null,
      endCursor: nodes.at(-1)?.cursor ?? null,
    },
  };
}

function pageSize(args: PageArgs): number {
  return args.first ?? PAGE_SIZE.default;
}

// Nested lists (a campaign's partners, appeals, events) are short and are paged by position,
// which lets one windowed query serve the same page of every parent in a batch.
const offsetCursorSchema = z.object({ k: z.literal('o'), o: z.number().int().min(0) });

export function offsetPageFrom(args: PageArgs): OffsetPage {
  const offset = args.after ? decodeCursor(args.after, offsetCursorSchema).o : 0;
  return { offset, limit: pageSize(args) };
}

export function offsetConnection<T>(page: Page<T>): ConnectionShape<T> {
  return toConnection(
    page.items.map((node, index) => ({ node, cursor: encodeCursor({ k: 'o', o: page.offset + index + 1 }) })),
    page.hasNextPage,
    page.offset > 0,
  );
}

// Long top-level lists are paged by key, so a deep page costs what the first one does and an
// insert between two requests neither repeats nor skips an item.
export function keysetPageFrom<K>(
  args: PageArgs,
  keySchema: z.ZodType<K>,
): { after: K | null; limit: number } {
  const cursorSchema = z.object({ k: z.literal('key'), key: keySchema });
  return { after: args.after ? decodeCursor(args.after, cursorSchema).key : null, limit: pageSize(args) };
}

export function keysetConnection<T, K>(
  items: { node: T; key: K }[],
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): ConnectionShape<T> {
  return toConnection(
    items.map(({ node, key }) => ({ node, cursor: encodeCursor({ k: 'key', key }) })),
    hasNextPage,
    hasPreviousPage,
  );
}
