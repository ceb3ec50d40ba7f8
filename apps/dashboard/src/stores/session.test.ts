// What the dashboard offers follows the API's rules: admins everything, members by their role.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from './session';

const WCD = { id: 'T3JnYW5pc2F0aW9uOjE=', slug: 'women-cross-dmz', name: 'Women Cross DMZ' };
const NWI = { id: 'T3JnYW5pc2F0aW9uOjI=', slug: 'nobel-womens-initiative', name: "Nobel Women's Initiative" };

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  function signedInAs(
    isAdmin: boolean,
    memberships: { role: 'OWNER' | 'EDITOR' | 'VIEWER'; organisation: typeof WCD }[],
  ) {
    const session = useSessionStore();
    session.viewer = {
      kind: 'USER',
      isAdmin,
      user: { email: 'someone@example.org', name: 'Someone', isAdmin },
      memberships,
    };
    return session;
  }

  it('gives members what their role allows, in their own organisations only', () => {
    const session = signedInAs(false, [{ role: 'EDITOR', organisation: WCD }]);
    expect(session.hasRole(WCD.id, 'viewer')).toBe(true);
    expect(session.hasRole(WCD.id, 'editor')).toBe(true);
    expect(session.hasRole(WCD.id, 'owner')).toBe(false);
    expect(session.hasRole(NWI.id, 'viewer')).toBe(false);
    expect(session.hasRole(null, 'viewer')).toBe(false);
  });

  it('gives admins everything', () => {
    const session = signedInAs(true, []);
    expect(session.hasRole(NWI.id, 'owner')).toBe(true);
    expect(session.hasRole(null, 'owner')).toBe(true);
  });

  it('works for the organisation chosen, remembered across reloads, and falls back when it is no longer theirs', () => {
    const session = signedInAs(false, [
      { role: 'OWNER', organisation: WCD },
      { role: 'VIEWER', organisation: NWI },
    ]);
    expect(session.organisation?.slug).toBe('women-cross-dmz');
    session.chooseOrganisation(NWI);
    expect(session.organisation?.slug).toBe('nobel-womens-initiative');

    setActivePinia(createPinia());
    const reloaded = signedInAs(false, [{ role: 'OWNER', organisation: WCD }]);
    expect(reloaded.organisation?.slug).toBe('women-cross-dmz');
    setActivePinia(createPinia());
    const admin = signedInAs(true, []);
    expect(admin.organisation?.slug).toBe('nobel-womens-initiative');
  });
});
