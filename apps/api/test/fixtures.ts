// Builders for test data, going through the same services and domain schemas as real writes.
import {
  appealInputSchema,
  campaignInputSchema,
  eventInputSchema,
  organisationInputSchema,
  type AppealStatus,
  type CampaignStatus,
} from '@chorus/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.js';
import { createAppeal, type Appeal } from '../src/modules/appeals/appeals.service.js';
import { createCampaign, type Campaign } from '../src/modules/campaigns/campaigns.service.js';
import { createEvent, type CampaignEvent } from '../src/modules/events/events.service.js';
import { createOrganisation, type Organisation } from '../src/modules/organisations/organisations.service.js';
import { addPartnership } from '../src/modules/partnerships/partnerships.service.js';

export function anOrganisation(db: Kysely<Database>, slug: string): Promise<Organisation> {
  return createOrganisation(
    db,
    organisationInputSchema.parse({
      slug,
      name: `Organisation ${slug}`,
      website: `https://${slug}.example.org`,
      country: 'KR',
      description: null,
      logoUrl: null,
    }),
  );
}

export function aCampaign(
  db: Kysely<Database>,
  slug: string,
  options: { lead: string; status?: CampaignStatus },
): Promise<Campaign> {
  return createCampaign(
    db,
    campaignInputSchema.parse({
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
    }),
  );
}

export function anAppeal(
  db: Kysely<Database>,
  slug: string,
  options: { campaign: string; status?: AppealStatus },
): Promise<Appeal> {
  return createAppeal(
    db,
    appealInputSchema.parse({
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
    }),
  );
}

export function anEvent(
  db: Kysely<Database>,
  options: { campaign: string; host: string; startsAt: Date; title?: string },
): Promise<CampaignEvent> {
  return createEvent(
    db,
    eventInputSchema.parse({
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
    }),
  );
}

export { addPartnership };
