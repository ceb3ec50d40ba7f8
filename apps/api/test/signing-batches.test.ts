// The batched signing statements against a real database: a batch that Postgres refuses because
// of one signature stores all the others, each with its own mail, and refuses only that one.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SigningBatches } from '../src/modules/signatures/signing-batches.js';
import { aCampaign, anAppeal, anOrganisation } from './fixtures.js';
import { startTestApi, TEST_SECRETS, type TestApi } from './harness.js';

let api: TestApi;
let appealId: string;

beforeAll(async () => {
  api = await startTestApi();
  const db = api.database.db;
  await anOrganisation(db, 'batches-org');
  await aCampaign(db, 'batches-campaign', { lead: 'batches-org' });
  appealId = (await anAppeal(db, 'batches-appeal', { campaign: 'batches-campaign' })).id;
});

afterAll(() => api.close());

function signature(email: string, status = 'pending') {
  return {
    signature: {
      public_id: randomUUID(),
      appeal_id: appealId,
      email_index: TEST_SECRETS.emailIndex(email),
      email_sealed: TEST_SECRETS.seal(email),
      name_sealed: TEST_SECRETS.seal(`Name of ${email}`),
      country: 'KR',
      locale: 'en' as const,
      // Anything but the four statuses breaks the table's check constraint.
      status: status as 'pending',
      consent_version: 'v1',
      consent_to_lead: false,
      consent_to_partner: false,
    },
    mail: {
      ifNew: {
        kind: 'signature-confirmation',
        to_address: email,
        subject: 'Confirm',
        text_body: 'Confirm',
        html_body: null,
      },
      ifAlreadySigned: null,
    },
  };
}

it('stores every good signature of a batch that one bad signature made Postgres refuse', async () => {
  const batches = new SigningBatches(api.database.db);
  const emails = Array.from({ length: 12 }, (_, index) => `batch${index}@example.org`);
  const outcomes = await Promise.allSettled(
    emails.map((email, index) => batches.insert(signature(email, index === 5 ? 'not-a-status' : 'pending'))),
  );
  expect(outcomes.map((outcome) => outcome.status)).toEqual(
    emails.map((_, index) => (index === 5 ? 'rejected' : 'fulfilled')),
  );
  const stored = await api.database.db
    .selectFrom('signatures')
    .select('email_index')
    .where('appeal_id', '=', appealId)
    .execute();
  expect(stored.map((row) => row.email_index).sort()).toEqual(
    emails
      .filter((_, index) => index !== 5)
      .map((email) => TEST_SECRETS.emailIndex(email))
      .sort(),
  );
  const mails = await api.database.db
    .selectFrom('outbox_messages')
    .select('to_address')
    .where('to_address', 'in', emails)
    .execute();
  expect(mails.map((mail) => mail.to_address).sort()).toEqual(
    emails.filter((_, index) => index !== 5).sort(),
  );
});

it('answers each signer whether theirs was new, within one batch too', async () => {
  const batches = new SigningBatches(api.database.db);
  const first = await batches.insert(signature('twice@example.org'));
  const [again, other, sameAgain] = await Promise.all([
    batches.insert(signature('twice@example.org')),
    batches.insert(signature('once@example.org')),
    batches.insert(signature('once@example.org')),
  ]);
  expect([first, again, other, sameAgain]).toEqual([true, false, true, false]);
});
