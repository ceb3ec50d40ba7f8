// Runs a typed query now and again whenever its variables change; keeps the last answer while a
// new one loads, and drops answers that arrive after a newer request was made.
import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { execute, type GraphQLRequestError } from '../graphql/client';
import type { TypedDocumentString } from '../graphql/generated/graphql';

export interface QueryState<TResult> {
  data: Ref<TResult | null>;
  error: Ref<GraphQLRequestError | null>;
  loading: Ref<boolean>;
  /** Fetches again with the current variables; resolves when done. */
  refetch: () => Promise<void>;
}

export interface QueryOptions {
  /** While true, nothing is fetched (such as before a required variable is known). */
  paused?: MaybeRefOrGetter<boolean>;
  /** Fetch again every this many milliseconds while the component lives. */
  pollMs?: number;
}

export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: MaybeRefOrGetter<TVariables>,
  options: QueryOptions = {},
): QueryState<TResult> {
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<GraphQLRequestError | null>(null);
  const loading = ref(false);
  let latest = 0;

  async function run(): Promise<void> {
    if (toValue(options.paused)) return;
    const request = ++latest;
    loading.value = true;
    try {
      const vars = toValue(variables);
      const result = await (execute as (doc: typeof document, vars: TVariables) => Promise<TResult>)(
        document,
        vars,
      );
      if (request !== latest) return;
      data.value = result;
      error.value = null;
    } catch (caught) {
      if (request !== latest) return;
      error.value = caught as GraphQLRequestError;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  watch(
    () => [toValue(variables), toValue(options.paused)] as const,
    () => void run(),
    { deep: true, immediate: true },
  );
  if (options.pollMs) {
    const timer = setInterval(() => {
      if (!loading.value) void run();
    }, options.pollMs);
    onScopeDispose(() => clearInterval(timer));
  }
  return { data, error, loading, refetch: run };
}
