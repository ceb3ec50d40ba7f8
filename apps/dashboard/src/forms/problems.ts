// Problems with a form's fields, from the shared zod schemas before sending or from the API's
// ValidationError after: both name fields by the same paths ("translations.ko.title"), and both
// speak the dashboard's language (the API's through the Accept-Language header the client sends).
import { isLocale, problemMessage, problemOf, type Locale } from '@chorus/domain';
import { computed, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { z } from 'zod';
import type { GraphQLRequestError } from '../graphql/client';
import { MutationRefusal, type FieldProblem } from '../graphql/results';

/** A zod error's problems in a language; parse with `reportInput: true` (see problemOf). */
export function problemsFromZod(error: z.ZodError, locale: Locale): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: problemMessage(problemOf(issue), locale),
  }));
}

export function useFormProblems() {
  const { locale } = useI18n();
  const problems = shallowRef<FieldProblem[]>([]);
  /** A failure that belongs to no single field: shown at the top of the form. */
  const general = shallowRef<Error | null>(null);

  function at(path: string): string | null {
    return problems.value.find((problem) => problem.path.join('.') === path)?.message ?? null;
  }

  /** Problems under a path, like every problem of one translation. */
  function under(prefix: string): FieldProblem[] {
    return problems.value.filter((problem) => problem.path.join('.').startsWith(`${prefix}.`));
  }

  function clear() {
    problems.value = [];
    general.value = null;
  }

  /** Takes what a mutation's failure says: the message at the top, each problem at its field. */
  function fromFailure(failure: MutationRefusal | GraphQLRequestError | null) {
    if (!failure) return;
    problems.value = failure instanceof MutationRefusal ? failure.problems : [];
    general.value = failure;
  }

  /** Checks a value against a shared schema; true when it passes. */
  function check<T>(schema: z.ZodType<T>, value: unknown): boolean {
    const result = schema.safeParse(value, { reportInput: true });
    problems.value = result.success
      ? []
      : problemsFromZod(result.error, isLocale(locale.value) ? locale.value : 'en');
    general.value = null;
    return result.success;
  }

  const any = computed(() => problems.value.length > 0 || general.value !== null);

  return { problems, general, at, under, clear, fromFailure, check, any };
}
