// Loads the demo campaign into an empty database, so a fresh install has something to show.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { createAppeal } from '../modules/appeals/appeals.service.js';
import { countAllCampaigns, createCampaign } from '../modules/campaigns/campaigns.service.js';
import { createEvent } from '../modules/events/events.service.js';
import { createOrganisation } from '../modules/organisations/organisations.service.js';
import { acceptPartnership, invitePartner } from '../modules/partnerships/partnerships.service.js';
import { systemViewer } from '../modules/access/viewer.js';
import * as demo from './korea-peace-now.js';

export async function seedDemoData(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // The demo goes through the same workflows, checks and audit trail as an admin's changes.
    const ctx = { db: trx, viewer: systemViewer('demo data'), requestId: null };
    for (const organisation of demo.organisations) await createOrganisation(ctx, organisation);
    await createCampaign(ctx, demo.campaign);
    for (const partner of demo.partners) {
      const invited = await invitePartner(ctx, {
        campaignSlug: demo.campaign.slug,
        organisationSlug: partner.organisationSlug,
        role: partner.role,
      });
      await acceptPartnership(ctx, invited.id);
    }
    await createAppeal(ctx, demo.appeal);
    for (const event of demo.events(now)) await createEvent(ctx, event);
  });
}

/** Seeds only a database with no campaigns at all; returns whether it did. */
export async function seedDemoDataIfEmpty(db: Kysely<Database>): Promise<boolean> {
  if ((await countAllCampaigns(db)) > 0) return false;
  await seedDemoData(db);
  return true;
}
