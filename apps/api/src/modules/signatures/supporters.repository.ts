// What partners' supporters are, as rows: the signatures an organisation may see.
import { sql, type Kysely } from 'kysely';
import type { Database, SignatureRow } from '../../db/database.js';

export type SupporterRow = SignatureRow & { appeal_slug: string; via: 'lead' | 'partner' };

/**
 * The signatures an organisation may see: those it brought in whose signer agreed to hear from
 * it, and those in campaigns it leads whose signer agreed to hear from the lead. Oldest first, by
 * id, after `afterId`.
 */
export interface SupporterQuery {
  appealSlug: string | null;
  since: Date | null;
  confirmedOnly: boolean;
  afterId: number | null;
  limit: number;
}

export async function listSupportersOf(
  db: Kysely<Database>,
  organisationId: string,
  options: SupporterQuery,
): Promise<SupporterRow[]> {
  let query = db
    .selectFrom('signatures')
    .innerJoin('appeals', 'appeals.id', 'signatures.appeal_id')
    .innerJoin('campaigns', 'campaigns.id', 'appeals.campaign_id')
    .selectAll('signatures')
    .select('appeals.slug as appeal_slug')
    .select((eb) =>
      eb
        .case()
        .when(
          eb.and([
            eb('signatures.partner_organisation_id', '=', organisationId),
            eb('signatures.consent_to_partner', '=', true),
          ]),
        )
        .then(sql.lit('partner'))
        .else(sql.lit('lead'))
        .end()
        .$castTo<'lead' | 'partner'>()
        .as('via'),
    )
    .where((eb) =>
      eb.or([
        eb.and([
          eb('signatures.partner_organisation_id', '=', organisationId),
          eb('signatures.consent_to_partner', '=', true),
        ]),
        eb.and([
          eb('campaigns.lead_organisation_id', '=', organisationId),
          eb('signatures.consent_to_lead', '=', true),
        ]),
      ]),
    )
    .where('signatures.status', 'in', options.confirmedOnly ? ['confirmed'] : ['confirmed', 'pending']);
  if (options.appealSlug) query = query.where('appeals.slug', '=', options.appealSlug);
  if (options.since) query = query.where('signatures.created_at', '>=', options.since);
  if (options.afterId !== null) query = query.where('signatures.id', '>', options.afterId);
  return query.orderBy('signatures.id').limit(options.limit).execute();
}
