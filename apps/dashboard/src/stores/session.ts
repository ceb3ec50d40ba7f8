// Who is signed in, which organisations they belong to, and which one they are working for now.
// Several pages and the shell read it, hence a store.
import { roleAtLeast, type MembershipRole as DomainRole } from '@chorus/domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { execute, GraphQLRequestError } from '../graphql/client';
import type { MembershipRole, ViewerQuery as ViewerAnswer } from '../graphql/generated/graphql';
import { SignInMutation, SignOutMutation, ViewerQuery } from './session-operations';

export interface OrganisationSummary {
  id: string;
  slug: string;
  name: string;
}

export type SignInOutcome =
  | { ok: true }
  | { ok: false; reason: 'invalidCredentials' }
  | { ok: false; reason: 'tooManyAttempts'; retryAfterSeconds: number };

const SELECTED_KEY = 'chorus.organisation';

function storedOrganisation(): OrganisationSummary | null {
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(SELECTED_KEY) ?? 'null') as unknown;
    if (stored && typeof stored === 'object' && 'id' in stored && 'slug' in stored && 'name' in stored) {
      return stored as OrganisationSummary;
    }
  } catch {
    // A damaged entry is as good as none.
  }
  return null;
}

export function domainRole(role: MembershipRole): DomainRole {
  return role.toLowerCase() as DomainRole;
}

export const useSessionStore = defineStore('session', () => {
  const viewer = shallowRef<ViewerAnswer['viewer'] | null>(null);
  const loadError = shallowRef<GraphQLRequestError | null>(null);
  const sessionEnded = ref(false);
  const chosen = ref<OrganisationSummary | null>(storedOrganisation());
  let loading: Promise<void> | null = null;

  const signedIn = computed(() => viewer.value?.kind === 'USER');
  const isAdmin = computed(() => viewer.value?.isAdmin ?? false);
  const user = computed(() => viewer.value?.user ?? null);
  const memberships = computed(() => viewer.value?.memberships ?? []);

  /** The organisation the person works for now: the one chosen, if still theirs (or any, for admins). */
  const organisation = computed<OrganisationSummary | null>(() => {
    const chosenOne = chosen.value;
    if (chosenOne) {
      const membership = memberships.value.find((m) => m.organisation.id === chosenOne.id);
      if (membership) return membership.organisation;
      if (isAdmin.value) return chosenOne;
    }
    return memberships.value[0]?.organisation ?? null;
  });

  function roleIn(organisationId: string): MembershipRole | null {
    return memberships.value.find((m) => m.organisation.id === organisationId)?.role ?? null;
  }

  /** Admins, or members of the organisation with at least this role: the API's own rule. */
  function hasRole(organisationId: string | null | undefined, needed: DomainRole): boolean {
    if (isAdmin.value) return true;
    if (!organisationId) return false;
    const role = roleIn(organisationId);
    return role !== null && roleAtLeast(domainRole(role), needed);
  }

  async function load(): Promise<void> {
    loading ??= (async () => {
      try {
        viewer.value = (await execute(ViewerQuery)).viewer;
        loadError.value = null;
      } catch (error) {
        loadError.value = error instanceof GraphQLRequestError ? error : null;
        viewer.value = null;
        if (!(error instanceof GraphQLRequestError)) throw error;
      } finally {
        loading = null;
      }
    })();
    return loading;
  }

  async function ensureLoaded(): Promise<void> {
    if (viewer.value === null) await load();
  }

  async function signIn(email: string, password: string): Promise<SignInOutcome> {
    const { signIn: result } = await execute(SignInMutation, { input: { email, password } });
    if (result.__typename === 'TooManyAttemptsError') {
      return { ok: false, reason: 'tooManyAttempts', retryAfterSeconds: result.retryAfterSeconds };
    }
    if (result.__typename !== 'SignInSuccess') return { ok: false, reason: 'invalidCredentials' };
    sessionEnded.value = false;
    await load();
    return { ok: true };
  }

  async function signOut(): Promise<void> {
    try {
      await execute(SignOutMutation);
    } finally {
      viewer.value = null;
      await load();
    }
  }

  /** The API said the session is gone (expired, or ended elsewhere). */
  function endSession(): void {
    sessionEnded.value = true;
    viewer.value = { kind: 'ANONYMOUS', isAdmin: false, user: null, memberships: [] };
  }

  function chooseOrganisation(next: OrganisationSummary): void {
    chosen.value = { id: next.id, slug: next.slug, name: next.name };
    globalThis.localStorage?.setItem(SELECTED_KEY, JSON.stringify(chosen.value));
  }

  return {
    viewer,
    loadError,
    sessionEnded,
    signedIn,
    isAdmin,
    user,
    memberships,
    organisation,
    roleIn,
    hasRole,
    load,
    ensureLoaded,
    signIn,
    signOut,
    endSession,
    chooseOrganisation,
  };
});
