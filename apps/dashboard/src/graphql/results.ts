// Mutations answer with a union: the changed object, or an expected error such as
// ValidationError with one problem per field. These helpers turn the error members into one shape.

export interface FieldProblem {
  path: string[];
  message: string;
}

/** A refusal the person can act on: shown where it happened, with per-field problems when given. */
export class MutationRefusal extends Error {
  constructor(
    readonly kind: string,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'MutationRefusal';
  }

  /** The problem for one field, by its path joined with dots ("translations.en.title"). */
  problemAt(path: string): string | null {
    return this.problems.find((problem) => problem.path.join('.') === path)?.message ?? null;
  }
}

interface ErrorMember {
  __typename: string;
  message: string;
  problems?: FieldProblem[];
}

function isErrorMember(value: { __typename: string }): value is ErrorMember {
  return value.__typename.endsWith('Error') && typeof (value as Partial<ErrorMember>).message === 'string';
}

/**
 * The success member of a result union, or a MutationRefusal thrown for its error members.
 * `Success` is the typename expected on success.
 */
export function unwrap<T extends { __typename: string }, Name extends T['__typename']>(
  result: T,
  success: Name,
): Extract<T, { __typename: Name }> {
  if (result.__typename === success) return result as Extract<T, { __typename: Name }>;
  if (isErrorMember(result))
    throw new MutationRefusal(result.__typename, result.message, result.problems ?? []);
  throw new MutationRefusal(result.__typename, `Unexpected answer from Chorus: ${result.__typename}`);
}
