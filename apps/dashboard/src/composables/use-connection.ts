// A Relay connection read a page at a time: the first page whenever the filters change, the next
// ones on demand through the cursor of the last page. Answers to superseded requests are dropped.
import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { execute, type GraphQLRequestError } from '../graphql/client';
import type { TypedDocumentString } from '../graphql/generated/graphql';

export interface ConnectionPage<TNode> {
  edges: { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface ConnectionState<TNode, TResult> {
  nodes: Ref<TNode[]>;
  /** The last answer, for fields beside the connection. */
  last: Ref<TResult | null>;
  hasNextPage: Ref<boolean>;
  /** True before the first page arrives (and while it reloads after a filter change). */
  loading: Ref<boolean>;
  loadingMore: Ref<boolean>;
  error: Ref<GraphQLRequestError | null>;
  loadMore: () => Promise<void>;
  /** Reloads from the first page. */
  refetch: () => Promise<void>;
}

export function useConnection<TResult, TVariables extends { after?: string | null }, TNode>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: MaybeRefOrGetter<Omit<TVariables, 'after'>>,
  select: (result: TResult) => ConnectionPage<TNode> | null | undefined,
  options: { paused?: MaybeRefOrGetter<boolean> } = {},
): ConnectionState<TNode, TResult> {
  const nodes = shallowRef<TNode[]>([]);
  const last = shallowRef<TResult | null>(null);
  const endCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  let generation = 0;

  const run = execute as (doc: typeof document, vars: TVariables) => Promise<TResult>;

  async function fetchPage(after: string | null, current: number): Promise<ConnectionPage<TNode> | null> {
    const result = await run(document, { ...toValue(variables), after } as TVariables);
    if (current !== generation) return null;
    last.value = result;
    return select(result) ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  }

  async function refetch(): Promise<void> {
    if (toValue(options.paused)) return;
    const current = ++generation;
    loading.value = true;
    loadingMore.value = false;
    try {
      const page = await fetchPage(null, current);
      if (!page) return;
      nodes.value = page.edges.map((edge) => edge.node);
      endCursor.value = page.pageInfo.endCursor;
      hasNextPage.value = page.pageInfo.hasNextPage;
      error.value = null;
    } catch (caught) {
      if (current === generation) error.value = caught as GraphQLRequestError;
    } finally {
      if (current === generation) loading.value = false;
    }
  }

  async function loadMore(): Promise<void> {
    if (!hasNextPage.value || loadingMore.value || loading.value) return;
    const current = generation;
    loadingMore.value = true;
    try {
      const page = await fetchPage(endCursor.value, current);
      if (!page) return;
      nodes.value = [...nodes.value, ...page.edges.map((edge) => edge.node)];
      endCursor.value = page.pageInfo.endCursor;
      hasNextPage.value = page.pageInfo.hasNextPage;
      error.value = null;
    } catch (caught) {
      if (current === generation) error.value = caught as GraphQLRequestError;
    } finally {
      if (current === generation) loadingMore.value = false;
    }
  }

  watch(
    () => [toValue(variables), toValue(options.paused)] as const,
    () => void refetch(),
    { deep: true, immediate: true },
  );

  return {
    nodes,
    last,
    hasNextPage: computed(() => hasNextPage.value),
    loading,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}
