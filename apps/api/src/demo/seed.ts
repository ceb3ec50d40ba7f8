// Loads the demo campaign into an empty database, so a fresh install has something to show.
import {
  appealInputSchema,
  campaignInputSchema,
  eventInputSchema,
  organisationInputSchema,
} from '@chorus/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { createAppeal } from '../modules/appeals/appeals.service.js';
import { countAllCampaigns, createCampaign } from '../modules/campaigns/campaigns.service.js';
import { createEvent } from '../modules/events/events.service.js';
import { createOrganisation } from '../modules/organisations/organisations.service.js';
import { addPartnership } from '../modules/partnerships/partnerships.service.js';
import * as demo from './korea-peace-now.js';

export async function seedDemoData(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const organisationIds = new Map<string, string>();
    for (const organisation of demo.organisations) {
      const created = await createOrganisation(trx, organisationInputSchema.parse(organisation));
      organisationIds.set(created.slug, created.id);
    }
    const campaign = await createCampaign(trx, campaignInputSchema.parse(demo.campaign));
    for (const partner of demo.partners) {
      const organisationId = organisationIds.get(partner.organisationSlug);
      if (!organisationId)
        throw new Error(`Demo partner ${partner.organisationSlug} is not among the demo organisations`);
      await addPartnership(trx, {
        campaignId: campaign.id,
        organisationId,
        role: partner.role,
        status: 'active',
      });
    }
    await createAppeal(trx, appealInputSchema.parse(demo.appeal));
    for (const event of demo.events(now)) {
      await createEvent(trx, eventInputSchema.parse(event));
    }
  });
}

/** Seeds only a database with no campaigns at all; returns whether it did. */
export async function seedDemoDataIfEmpty(db: Kysely<Database>): Promise<boolean> {
  if ((await countAllCampaigns(db)) > 0) return false;
  await seedDemoData(db);
  return true;
}
