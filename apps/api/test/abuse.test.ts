// Floods, bots and block lists: suspect signatures are answered like any other but never counted
// or mailed; admins block and invalidate in bulk, and counts follow.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recountSignatures } from '../src/modules/signatures/signatures.service.js';
import { ADMIN, startTestApi, TEST_SECRETS, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({
    demoData: true,
    admin: true,
    signingLimits: { burst: 3, burstSeconds: 60, minFillMs: 2000 },
  });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
  await sql`update appeals set double_opt_in = false`.execute(api.database.db);
});
afterAll(() => api.close());

const SIGN = `mutation ($input: SignAppealInput!) {
  signAppeal(input: $input) { __typename ... on SignAppealSuccess { confirmationRequired } }
}`;

async function sign(email: string, extra: Record<string, unknown> = {}) {
  const { body } = await api.graphql(SIGN, {
    input: {
      appealSlug: 'korea-peace-appeal',
      name: 'A Person',
      email,
      country: 'KR',
      locale: 'en',
      consentToLead: true,
      consentVersion: '2026-11-v1',
      fillMs: 8000,
      ...extra,
    },
  });
  return body.data?.signAppeal;
}

async function statusOf(email: string): Promise<{ status: string; suspect_reason: string | null }> {
  const rows = await api.database.db
    .selectFrom('signatures')
    .select(['status', 'suspect_reason', 'email_sealed'])
    .execute();
  const row = rows.find((candidate) => TEST_SECRETS.open(candidate.email_sealed) === email);
  if (!row) throw new Error(`no signature of ${email}`);
  return { status: row.status, suspect_reason: row.suspect_reason };
}

async function count(): Promise<number> {
  await recountSignatures(api.database.db, null);
  const { body } = await api.graphql<{ appeal: { signatureCount: number } }>(
    `{ appeal(slug: "korea-peace-appeal") { signatureCount } }`,
  );
  return body.data?.appeal.signatureCount ?? -1;
}

describe('suspect signatures', () => {
  it('are answered like any other, but neither counted nor mailed', async () => {
    const normal = await sign('person@example.org');
    const bot = await sign('bot@example.org', { honeypot: 'http://spam.example' });
    const hasty = await sign('hasty@example.org', { fillMs: 300 });
    expect(bot).toEqual(normal);
    expect(hasty).toEqual(normal);
    expect(await statusOf('person@example.org')).toEqual({ status: 'confirmed', suspect_reason: null });
    expect(await statusOf('bot@example.org')).toEqual({ status: 'suspect', suspect_reason: 'honeypot' });
    expect(await statusOf('hasty@example.org')).toEqual({
      status: 'suspect',
      suspect_reason: 'filled too fast',
    });
    expect(await count()).toBe(1);
    const mailed = await api.database.db.selectFrom('outbox_messages').select('to_address').execute();
    expect(mailed.map((mail) => mail.to_address)).not.toContain('bot@example.org');
  });

  it('include whatever one address sends past the burst limit', async () => {
    // The three above used this address's burst allowance of 3.
    expect(await sign('fourth@example.org')).toEqual({
      __typename: 'SignAppealSuccess',
      confirmationRequired: false,
    });
    expect(await statusOf('fourth@example.org')).toEqual({
      status: 'suspect',
      suspect_reason: 'burst limit',
    });
    expect(await count()).toBe(1);
  });
});

describe('admins', () => {
  it('block a mail domain for new signatures', async () => {
    const BLOCK = `mutation ($input: BlockInput!) { block(input: $input) { __typename ... on Block { value } ... on ValidationError { problems { message } } } }`;
    const { body: bad } = await admin.graphql(BLOCK, {
      input: { kind: 'EMAIL_DOMAIN', value: 'not a domain', reason: 'spam' },
    });
    expect(bad.data).toEqual({
      block: {
        __typename: 'ValidationError',
        problems: [{ message: 'Give a mail domain, like spam.example' }],
      },
    });
    const { body } = await admin.graphql(BLOCK, {
      input: { kind: 'EMAIL_DOMAIN', value: 'Spam.Example', reason: 'a spam run' },
    });
    expect(body.data).toEqual({ block: { __typename: 'Block', value: 'spam.example' } });
    expect(await sign('someone@spam.example')).toEqual({
      __typename: 'SignAppealSuccess',
      confirmationRequired: false,
    });
    expect(await statusOf('someone@spam.example')).toEqual({
      status: 'suspect',
      suspect_reason: 'block list',
    });
    expect(await count()).toBe(1);
  });

  it('invalidate signatures in bulk, and the count follows', async () => {
    const db = api.database.db;
    // Three more signatures that got through before anyone noticed, all from one domain.
    for (const name of ['a', 'b', 'c']) {
      await db
        .insertInto('signatures')
        .values({
          appeal_id: (
            await db
              .selectFrom('appeals')
              .select('id')
              .where('slug', '=', 'korea-peace-appeal')
              .executeTakeFirstOrThrow()
          ).id,
          email_index: TEST_SECRETS.emailIndex(`${name}@flood.example`),
          email_sealed: TEST_SECRETS.seal(`${name}@flood.example`),
          name_sealed: TEST_SECRETS.seal(name),
          email_domain_hash: TEST_SECRETS.domainHash('flood.example'),
          country: 'KR',
          locale: 'en',
          status: 'confirmed',
          consent_version: '2026-11-v1',
          consent_to_lead: false,
          consent_to_partner: false,
          confirmed_at: new Date(),
        })
        .execute();
    }
    expect(await count()).toBe(4);
    const { body } = await admin.graphql(
      `mutation ($input: InvalidateSignaturesInput!) {
        invalidateSignatures(input: $input) { __typename ... on SignaturesInvalidated { invalidated } ... on Error { message } }
      }`,
      { input: { appealSlug: 'korea-peace-appeal', emailDomain: 'flood.example', reason: 'scripted flood' } },
    );
    expect(body.data).toEqual({
      invalidateSignatures: { __typename: 'SignaturesInvalidated', invalidated: 3 },
    });
    // Recounted at once, without waiting for the aggregator.
    const { body: after } = await api.graphql(`{ appeal(slug: "korea-peace-appeal") { signatureCount } }`);
    expect(after.data).toEqual({ appeal: { signatureCount: 1 } });
    const log = await admin.graphql<{ auditLog: { edges: { node: { action: string } }[] } }>(
      `{ auditLog(first: 5) { edges { node { action } } } }`,
    );
    expect(log.body.data?.auditLog.edges.map((edge) => edge.node.action)).toContain('signatures.invalidated');
  });

  it('add signatures gathered on paper, which count at once', async () => {
    const ADD = `mutation ($input: AddOfflineSignaturesInput!) {
      addOfflineSignatures(input: $input) {
        __typename ... on Appeal { signatureCount } ... on ValidationError { problems { path message } }
      }
    }`;
    const { body } = await admin.graphql(ADD, {
      input: { appealSlug: 'korea-peace-appeal', count: 500, note: 'paper forms, Seoul rally' },
    });
    expect(body.data).toEqual({ addOfflineSignatures: { __typename: 'Appeal', signatureCount: 501 } });
    const corrected = await admin.graphql(ADD, {
      input: { appealSlug: 'korea-peace-appeal', count: -20, note: 'double-counted sheet' },
    });
    expect(corrected.body.data).toEqual({
      addOfflineSignatures: { __typename: 'Appeal', signatureCount: 481 },
    });
    const invalid = await admin.graphql(ADD, {
      input: { appealSlug: 'korea-peace-appeal', count: 0, note: ' ' },
    });
    expect(invalid.body.data).toEqual({
      addOfflineSignatures: {
        __typename: 'ValidationError',
        problems: [
          {
            path: ['count'],
            message: 'Give a whole number of signatures, not 0, at most 10,000,000 either way',
          },
          { path: ['note'], message: 'Say where they come from, like "paper forms, Seoul rally"' },
        ],
      },
    });
    // The aggregator's recount keeps them.
    expect(await count()).toBe(481);
  });

  it('alone may moderate', async () => {
    const { body } = await api.graphql(
      `mutation { invalidateSignatures(input: { appealSlug: "korea-peace-appeal", emailDomain: "example.org", reason: "x" }) { __typename } }`,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
