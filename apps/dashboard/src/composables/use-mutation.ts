// Runs a typed mutation on demand and remembers whether it is running and how it failed, so a
// form can show its own error beside itself.
import { ref, shallowRef, type Ref } from 'vue';
import { execute, GraphQLRequestError } from '../graphql/client';
import type { TypedDocumentString } from '../graphql/generated/graphql';
import { MutationRefusal } from '../graphql/results';

export interface MutationState<TResult, TVariables> {
  running: Ref<boolean>;
  /** The last failure: a refusal from Chorus (with field problems) or a failed request. */
  error: Ref<MutationRefusal | GraphQLRequestError | null>;
  /** Runs it; returns what `interpret` makes of the answer, or null when it failed (see `error`). */
  run: <T>(variables: TVariables, interpret: (result: TResult) => T) => Promise<T | null>;
  reset: () => void;
}

export function useMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): MutationState<TResult, TVariables> {
  const running = ref(false);
  const error = shallowRef<MutationRefusal | GraphQLRequestError | null>(null);
  async function run<T>(variables: TVariables, interpret: (result: TResult) => T): Promise<T | null> {
    running.value = true;
    error.value = null;
    try {
      const result = await (execute as (doc: typeof document, vars: TVariables) => Promise<TResult>)(
        document,
        variables,
      );
      return interpret(result);
    } catch (caught) {
      if (caught instanceof MutationRefusal || caught instanceof GraphQLRequestError) {
        error.value = caught;
        return null;
      }
      throw caught;
    } finally {
      running.value = false;
    }
  }
  return { running, error, run, reset: () => (error.value = null) };
}
