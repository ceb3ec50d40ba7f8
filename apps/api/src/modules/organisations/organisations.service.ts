import type { Kysely } from 'kysely';
import { organisationInputSchema, type CountryCode, type OrganisationInput } from '@chorus/domain';
import type { Database, OrganisationRow } from '../../db/database.js';
import { hasOrganisationRole, isAdmin } from '../access/viewer.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import { ForbiddenError, NotFoundError, parseInput, withFreeSlug } from '../errors.js';
import { definedOnly, pick } from '../objects.js';
import { indexInKeyOrder, toPage, type OffsetPage, type Page } from '../paging.js';
import type { ServiceContext } from '../service-context.js';
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

/** Every organisation, by name: the partners a campaign can invite or an admin can look after. */
export async function listOrganisations(
  db: Kysely<Database>,
  page: OffsetPage,
  search: string | null,
): Promise<Page<Organisation>> {
  const rows = await repository.listOrganisationRows(db, { ...page, search: search?.trim() || null });
  return toPage(rows.map(toOrganisation), page);
}

const ORGANISATION_FIELDS = ['slug', 'name', 'website', 'country', 'description', 'logoUrl'] as const;

function organisationColumns(organisation: OrganisationInput) {
  return {
    slug: organisation.slug,
    name: organisation.name,
    website: organisation.website,
    country: organisation.country,
    description: organisation.description,
    logo_url: organisation.logoUrl,
  };
}

/** Adds a partner organisation. Admins only. */
export async function createOrganisation(ctx: ServiceContext, input: unknown): Promise<Organisation> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only admins may add organisations');
  const organisation = parseInput(organisationInputSchema, input);
  const row = await withFreeSlug(
    () => repository.insertOrganisation(ctx.db, organisationColumns(organisation)),
    organisation.slug,
  );
  const created = toOrganisation(row);
  await recordAudit(ctx, {
    action: 'organisation.created',
    organisationId: created.id,
    targetType: 'Organisation',
    targetId: created.id,
    changes: changedFields(null, created, ORGANISATION_FIELDS),
  });
  return created;
}

/** Changes an organisation's profile: the fields given replace the current ones. Owners and admins. */
export async function updateOrganisation(
  ctx: ServiceContext,
  id: string,
  patch: Partial<Record<keyof OrganisationInput, unknown>>,
): Promise<Organisation> {
  const current = await findOrganisationById(ctx.db, id);
  if (!current) throw new NotFoundError('Organisation', id);
  if (!hasOrganisationRole(ctx.viewer, id, 'owner')) {
    throw new ForbiddenError('Only owners of the organisation, and admins, may change its profile');
  }
  const merged = parseInput(organisationInputSchema, {
    ...pick(current, ORGANISATION_FIELDS),
    ...definedOnly(patch),
  });
  const row = await withFreeSlug(
    () => repository.updateOrganisationRow(ctx.db, id, organisationColumns(merged)),
    merged.slug,
  );
  const updated = toOrganisation(row);
  await recordAudit(ctx, {
    action: 'organisation.updated',
    organisationId: id,
    targetType: 'Organisation',
    targetId: id,
    changes: changedFields(current, updated, ORGANISATION_FIELDS),
  });
  return updated;
}

export async function findOrganisationById(db: Kysely<Database>, id: string): Promise<Organisation | null> {
  const [row] = await repository.findOrganisationsByIds(db, [id]);
  return row ? toOrganisation(row) : null;
}
