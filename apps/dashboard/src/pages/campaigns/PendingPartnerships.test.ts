// The invitations an owner's organisations have not answered, on the start page: accepted at once,
// declined only after confirming. The API is a small stand-in server behind fetch.
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import ConfirmDialog from '../../components/ConfirmDialog.vue';
import { useSessionStore } from '../../stores/session';
import { mountWithI18n } from '../../test/mount';
import PendingPartnerships from './PendingPartnerships.vue';

const NWI = { id: 'T3JnYW5pc2F0aW9uOjE=', slug: 'nobel-womens-initiative', name: "Nobel Women's Initiative" };
const WILPF = { id: 'T3JnYW5pc2F0aW9uOjI=', slug: 'wilpf', name: 'WILPF' };

interface Invitation {
  id: string;
  role: 'PARTNER' | 'SUPPORTER';
  invitedBy: string | null;
  campaign: { id: string; slug: string; title: string; leadOrganisation: { id: string; name: string } };
}

/** What the stand-in server holds, and every operation it was asked for. */
let waiting: Invitation[];
let requests: { operation: string; variables: Record<string, unknown> }[];

function invitation(id: string, title: string, invitedBy: string | null): Invitation {
  return {
    id,
    role: 'PARTNER',
    invitedBy,
    campaign: {
      id: `Campaign-${id}`,
      slug: title.toLowerCase().replaceAll(' ', '-'),
      title,
      leadOrganisation: { id: 'T3JnYW5pc2F0aW9uOjM=', name: 'Women Cross DMZ' },
    },
  };
}

function answer(operation: string, variables: Record<string, unknown>): unknown {
  switch (operation) {
    case 'PendingPartnerships':
      return {
        nodes: (variables.organisationIds as string[]).map((id) =>
          id === NWI.id ? { id, name: NWI.name, pendingPartnerships: waiting } : null,
        ),
      };
    case 'AcceptPartnership':
    case 'RemovePartner': {
      const field = operation === 'AcceptPartnership' ? 'acceptPartnership' : 'removePartner';
      waiting = waiting.filter((one) => one.id !== variables.id);
      const status = operation === 'AcceptPartnership' ? 'ACTIVE' : 'LEFT';
      return { [field]: { __typename: 'Partnership', id: variables.id, status } };
    }
    default:
      throw new Error(`unexpected operation ${operation}`);
  }
}

async function standInServer(_url: unknown, init?: RequestInit): Promise<Response> {
  const { query, variables } = JSON.parse(String(init?.body)) as {
    query: string;
    variables: Record<string, unknown>;
  };
  const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
  requests.push({ operation, variables });
  return new Response(JSON.stringify({ data: answer(operation, variables) }), {
    headers: { 'content-type': 'application/json' },
  });
}

function signedInAs(memberships: { role: 'OWNER' | 'EDITOR' | 'VIEWER'; organisation: typeof NWI }[]) {
  useSessionStore().viewer = {
    kind: 'USER',
    isAdmin: false,
    user: { email: 'someone@example.org', name: 'Someone', isAdmin: false },
    memberships,
  };
}

function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:path(.*)*', component: { render: () => null } }],
  });
  const dialog = mountWithI18n(ConfirmDialog, { attachTo: document.body });
  const wrapper = mountWithI18n(PendingPartnerships, {
    attachTo: document.body,
    global: { plugins: [router] },
  });
  return { wrapper, dialog };
}

function buttonNamed(wrapper: ReturnType<typeof mountPage>['wrapper'], item: number, name: string) {
  const buttons = wrapper.findAll('li').at(item)?.findAll('button') ?? [];
  const button = buttons.find((candidate) => candidate.text() === name);
  if (!button) throw new Error(`no ${name} button in invitation ${item}`);
  return button;
}

describe('PendingPartnerships', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
    waiting = [invitation('P1', 'Peace Walk 2027', 'Kim Ji-young'), invitation('P2', 'Autumn Vigil', null)];
    requests = [];
    vi.stubGlobal('fetch', standInServer);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists the invitations of the organisations the person owns, with the campaign and who asked', async () => {
    signedInAs([
      { role: 'OWNER', organisation: NWI },
      { role: 'VIEWER', organisation: WILPF },
    ]);
    const { wrapper } = mountPage();
    await flushPromises();
    // Only the organisation they own: a viewer of WILPF may not answer its invitations.
    expect(requests).toEqual([
      { operation: 'PendingPartnerships', variables: { organisationIds: [NWI.id], locale: 'en' } },
    ]);
    expect(wrapper.get('h2').text()).toBe('Invitations waiting for you');
    const items = wrapper.findAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]?.text()).toContain('Peace Walk 2027');
    expect(items[0]?.text()).toContain(
      "Women Cross DMZ invites Nobel Women's Initiative to take part as Partner.",
    );
    expect(items[0]?.text()).toContain('Sent by Kim Ji-young.');
    expect(items[1]?.text()).not.toContain('Sent by');
    expect(items[0]?.get('a').attributes('href')).toBe('/campaigns/peace-walk-2027');
  });

  it('accepts at once, and the invitation leaves the list', async () => {
    signedInAs([{ role: 'OWNER', organisation: NWI }]);
    const { wrapper } = mountPage();
    await flushPromises();
    await buttonNamed(wrapper, 0, 'Accept').trigger('click');
    await flushPromises();
    expect(requests.map((request) => request.operation)).toEqual([
      'PendingPartnerships',
      'AcceptPartnership',
      'PendingPartnerships',
    ]);
    expect(requests[1]?.variables).toEqual({ id: 'P1' });
    expect(wrapper.get('[role="status"]').text()).toBe(
      "Nobel Women's Initiative now takes part in Peace Walk 2027.",
    );
    expect(wrapper.findAll('li').map((item) => item.get('a').text())).toEqual(['Autumn Vigil']);
    expect(wrapper.emitted('answered')).toHaveLength(1);
  });

  it('declines only after the person confirms, then the notice goes away', async () => {
    signedInAs([{ role: 'OWNER', organisation: NWI }]);
    const { wrapper, dialog } = mountPage();
    await flushPromises();

    await buttonNamed(wrapper, 1, 'Decline').trigger('click');
    await flushPromises();
    expect(dialog.get('h2').text()).toBe('Decline the invitation to Autumn Vigil?');
    await dialog
      .findAll('button')
      .find((button) => button.text() === 'Cancel')
      ?.trigger('click');
    await flushPromises();
    expect(requests.map((request) => request.operation)).toEqual(['PendingPartnerships']);
    expect(wrapper.findAll('li')).toHaveLength(2);

    await buttonNamed(wrapper, 1, 'Decline').trigger('click');
    await flushPromises();
    expect(dialog.text()).toContain("Nobel Women's Initiative will not take part in the campaign.");
    await dialog.get('[data-confirm]').trigger('click');
    await flushPromises();
    expect(requests.slice(1)).toEqual([
      { operation: 'RemovePartner', variables: { id: 'P2' } },
      { operation: 'PendingPartnerships', variables: { organisationIds: [NWI.id], locale: 'en' } },
    ]);
    expect(wrapper.findAll('li')).toHaveLength(1);

    await buttonNamed(wrapper, 0, 'Accept').trigger('click');
    await flushPromises();
    expect(wrapper.find('section').exists()).toBe(false);
  });

  it('asks nothing and shows nothing for someone who owns no organisation', async () => {
    signedInAs([{ role: 'EDITOR', organisation: NWI }]);
    const { wrapper } = mountPage();
    await flushPromises();
    expect(requests).toEqual([]);
    expect(wrapper.find('section').exists()).toBe(false);
  });
});
