// Expected failures of services. The GraphQL layer returns them as members of mutation result
// unions (ValidationError, NotFoundError, …); they never mean that something broke.
import type { z } from 'zod';
import { isUniqueViolation } from '../db/errors.js';

export interface FieldProblem {
  /** Path of the input field, like ["translations", "en", "title"]; empty for the input as a whole. */
  path: string[];
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(
      problems
        .map((problem) =>
          problem.path.length ? `${problem.path.join('.')}: ${problem.message}` : problem.message,
        )
        .join('; '),
    );
  }

  static fromZod(error: z.ZodError, prefix: string[] = []): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({ path: [...prefix, ...issue.path.map(String)], message: issue.message })),
    );
  }
}

/** Parses with a domain schema, turning its issues into a ValidationError. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return parsed.data;
}

export class NotFoundError extends Error {
  constructor(
    readonly typename: string,
    readonly reference: string,
  ) {
    super(`No ${typename} ${reference} exists that you may see`);
  }
}

export class ConflictError extends Error {
  constructor(
    message: string,
    readonly path: string[],
  ) {
    super(message);
  }
}

export class ForbiddenError extends Error {
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

export class InvalidStateError extends Error {}

export class InvalidCredentialsError extends Error {
  constructor() {
    // The same words whether or not the email exists, so the answer reveals nothing.
    super('The email or password is not right');
  }
}

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-in attempts; try again in ${retryAfterSeconds} seconds`);
  }
}

/** Runs a write that may hit a unique slug, turning the clash into a ConflictError on `slug`. */
export async function withFreeSlug<T>(write: () => Promise<T>, slug: string, owner: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`The slug "${slug}" is taken by another ${owner}`, ['slug']);
    throw error;
  }
}
