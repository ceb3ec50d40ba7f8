// Expected failures of services. The GraphQL layer returns them as members of mutation result
// unions (ValidationError, NotFoundError, …); they never mean that something broke.
//
// Refused input is described by problems of @chorus/domain's catalog (a code and its parameters),
// not by sentences: the words are chosen when the answer is written, in the caller's language.
import { problem, problemMessage, problemOf, type Locale, type Problem } from '@chorus/domain';
import type { z } from 'zod';
import { isUniqueViolation } from '../db/errors.js';

export interface FieldProblem extends Problem {
  /** Path of the input field, like ["translations", "en", "title"]; empty for the input as a whole. */
  path: string[];
}

/** What is wrong with the field at `path`. */
export function fieldProblem(path: string[], found: Problem): FieldProblem {
  return { path, code: found.code, params: found.params };
}

/** An error whose message can be written in each language Chorus speaks. */
export interface LocalizedError {
  messageIn(locale: Locale): string;
}

// By its method rather than instanceof: the errors plugin hands resolvers a proxy of the error, whose
// prototype chain instanceof cannot follow.
export function isLocalizedError(error: unknown): error is Error & LocalizedError {
  return typeof (error as Partial<LocalizedError> | null)?.messageIn === 'function';
}

export class ValidationError extends Error implements LocalizedError {
  constructor(readonly problems: FieldProblem[]) {
    super('');
    this.message = this.messageIn('en');
  }

  /** Every problem in one line, each after the field it concerns. */
  messageIn(locale: Locale): string {
    return this.problems
      .map((problem) => {
        const message = problemMessage(problem, locale);
        return problem.path.length ? `${problem.path.join('.')}: ${message}` : message;
      })
      .join('; ');
  }

  /** The problems of a zod error; parse with `reportInput: true` (see problemOf). */
  static fromZod(error: z.ZodError, prefix: string[] = []): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => fieldProblem([...prefix, ...issue.path.map(String)], problemOf(issue))),
    );
  }
}

/** Parses with a domain schema, turning its issues into a ValidationError. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  // With the input at hand, a missing value is told from a wrong one. The input stays here: a
  // problem keeps only the parameters its messages show.
  const parsed = schema.safeParse(input, { reportInput: true });
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

export class ConflictError extends Error implements LocalizedError {
  constructor(
    readonly problem: Problem,
    readonly path: string[],
  ) {
    super(problemMessage(problem, 'en'));
  }

  messageIn(locale: Locale): string {
    return problemMessage(this.problem, locale);
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
export async function withFreeSlug<T>(write: () => Promise<T>, slug: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(problem('slugTaken', { slug }), ['slug']);
    throw error;
  }
}
