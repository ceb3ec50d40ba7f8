import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

// ISO 8601 with an explicit offset: an instant without one would be read in the server's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(
      `DateTime must be an ISO 8601 instant with an offset, like 2026-12-10T15:00:00Z; got ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  const instant = new Date(value);
  // Postgres has no year 0 (JavaScript's year 0 is 1 BC): keep to years 1 to 9999 in UTC.
  const year = instant.getUTCFullYear();
  if (year < 1 || year > 9999) {
    throw new GraphQLError(
      `DateTime must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z; got ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return instant;
}

builder.scalarType('DateTime', {
  description: 'An instant in time, as an ISO 8601 string in UTC (for example 2026-12-10T15:00:00.000Z).',
  serialize: (value) => value.toISOString(),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});
