// Builders for test data, going through the same workflows, checks and audit trail as real
// changes, acting as Chorus itself.
import type {
  ApiKeyScope,
  AppealStatus,
  CampaignStatus,
  MembershipRole,
  PartnershipRole,
  PartnershipStatus,
} from '@chorus/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.js';
import { createUser } from '../src/modules/accounts/accounts.service.js';
import { systemViewer } from '../src/modules/access/viewer.js';
import { createApiKey } from '../src/modules/api-keys/api-keys.service.js';
import { createAppeal, type Appeal } from '../src/modules/appeals/appeals.service.js';
import { createCampaign, type Campaign } from '../src/modules/campaigns/campaigns.service.js';
import { createEvent, type CampaignEvent } from '../src/modules/events/events.service.js';
import {
  createOrganisation,
  findOrganisationBySlug,
  type Organisation,
} from '../src/modules/organisations/organisations.service.js';
import {
  acceptPartnership,
  invitePartner,
  removePartner,
  type Partnership,
} from '../src/modules/partnerships/partnerships.service.js';
import type { ServiceContext } from '../src/modules/service-context.js';

export function asSystem(db: Kysely<Database>): ServiceContext {
  return { db, viewer: systemViewer('test fixtures'), requestId: null };
}

export function anOrganisation(db: Kysely<Database>, slug: string): Promise<Organisation> {
  return createOrganisation(asSystem(db), {
    slug,
    name: `Organisation ${slug}`,
    website: `https://${slug}.example.org`,
    country: 'KR',
    description: null,
    logoUrl: null,
  });
}

export function aCampaign(
  db: Kysely<Database>,
  slug: string,
  options: { lead: string; status?: CampaignStatus },
): Promise<Campaign> {
  return createCampaign(asSystem(db), {
    slug,
    status: options.status ?? 'active',
    startsAt: null,
    endsAt: null,
    leadOrganisationSlug: options.lead,
    defaultLocale: 'en',
    translations: {
      en: { title: `Campaign ${slug}`, summary: `Summary of ${slug}`, description: '' },
      ko: { title: `캠페인 ${slug}`, summary: `${slug} 요약`, description: '' },
    },
  });
}

/** Makes an organisation a partner of a campaign, with the partnership in the status wanted. */
export async function aPartnership(
  db: Kysely<Database>,
  options: { campaign: string; organisation: string; role?: PartnershipRole; status?: PartnershipStatus },
): Promise<Partnership> {
  const ctx = asSystem(db);
  const invited = await invitePartner(ctx, {
    campaignSlug: options.campaign,
    organisationSlug: options.organisation,
    role: options.role ?? 'partner',
  });
  const status = options.status ?? 'active';
  if (status === 'invited') return invited;
  const accepted = await acceptPartnership(ctx, invited.id);
  return status === 'left' ? removePartner(ctx, accepted.id) : accepted;
}

export function anAppeal(
  db: Kysely<Database>,
  slug: string,
  options: { campaign: string; status?: AppealStatus },
): Promise<Appeal> {
  return createAppeal(asSystem(db), {
    campaignSlug: options.campaign,
    slug,
    status: options.status ?? 'open',
    goal: 1000,
    opensAt: null,
    closesAt: null,
    consentVersion: 'v1',
    defaultLocale: 'en',
    translations: {
      en: {
        title: `Appeal ${slug}`,
        body: 'We call for peace.',
        target: 'The UN',
        consentText: 'Keep me informed.',
      },
    },
  });
}

export function anEvent(
  db: Kysely<Database>,
  options: { campaign: string; host: string; startsAt: Date; title?: string },
): Promise<CampaignEvent> {
  return createEvent(asSystem(db), {
    campaignSlug: options.campaign,
    hostOrganisationSlug: options.host,
    status: 'scheduled',
    format: 'online',
    startsAt: options.startsAt,
    endsAt: new Date(options.startsAt.getTime() + 60 * 60 * 1000),
    timeZone: 'Asia/Seoul',
    venue: null,
    address: null,
    capacity: null,
    defaultLocale: 'en',
    translations: { en: { title: options.title ?? 'A briefing', description: '' } },
  });
}

/** A person with a password and, optionally, a role in an organisation. */
export async function aMember(
  db: Kysely<Database>,
  options: { email: string; password: string; organisation?: string; role?: MembershipRole },
): Promise<void> {
  const user = await createUser(db, {
    email: options.email,
    name: options.email,
    password: options.password,
    isAdmin: false,
  });
  if (!options.organisation) return;
  const organisation = await findOrganisationBySlug(db, options.organisation);
  if (!organisation) throw new Error(`no organisation ${options.organisation}`);
  await db
    .insertInto('memberships')
    .values({ user_id: user.id, organisation_id: organisation.id, role: options.role ?? 'viewer' })
    .execute();
}

/** An API key of an organisation; returns the whole key string and the key's id. */
export async function anApiKey(
  db: Kysely<Database>,
  options: { organisationId: string; scopes: ApiKeyScope[]; name?: string },
): Promise<{ secret: string; id: string }> {
  const created = await createApiKey(asSystem(db), {
    organisationId: options.organisationId,
    name: options.name ?? 'test key',
    scopes: options.scopes,
    expiresAt: null,
  });
  return { secret: created.secret, id: created.apiKey.id };
}
