import type { Kysely } from 'kysely';
import type { CountryCode, OrganisationInput } from '@chorus/domain';
import type { Database, OrganisationRow } from '../../db/database.js';
import { indexInKeyOrder } from '../paging.js';
import * as repository from './organisations.repository.js';

/** A partner organisation. Organisations are public profiles: every viewer may read them. */
export interface Organisation {
  id: string;
  slug: string;
  name: string;
  website: string | null;
  country: CountryCode | null;
  description: string | null;
  logoUrl: string | null;
  createdAt: Date;
}

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    website: row.website,
    country: row.country as CountryCode | null,
    description: row.description,
    logoUrl: row.logo_url,
    createdAt: row.created_at,
  };
}

export async function loadOrganisations(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<(Organisation | null)[]> {
  const rows = await repository.findOrganisationsByIds(db, ids);
  return indexInKeyOrder(ids, rows.map(toOrganisation), (organisation) => organisation.id);
}

export async function findOrganisationBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<Organisation | null> {
  const row = await repository.findOrganisationBySlug(db, slug);
  return row ? toOrganisation(row) : null;
}

/** Creates an organisation from input already checked against organisationInputSchema. */
export async function createOrganisation(
  db: Kysely<Database>,
  input: OrganisationInput,
): Promise<Organisation> {
  const row = await repository.insertOrganisation(db, {
    slug: input.slug,
    name: input.name,
    website: input.website,
    country: input.country,
    description: input.description,
    logo_url: input.logoUrl,
  });
  return toOrganisation(row);
}
