import type { Kysely } from 'kysely';
import type { ApiKeyScope } from '@chorus/domain';
import type { ApiKeyRow, Database } from '../../db/database.js';

export async function insertApiKey(
  db: Kysely<Database>,
  key: {
    keyId: string;
    organisationId: string;
    name: string;
    scopes: ApiKeyScope[];
    secretHash: string;
    createdBy: string | null;
    expiresAt: Date | null;
  },
): Promise<ApiKeyRow> {
  return db
    .insertInto('api_keys')
    .values({
      key_id: key.keyId,
      organisation_id: key.organisationId,
      name: key.name,
      scopes: key.scopes,
      secret_hash: key.secretHash,
      created_by: key.createdBy,
      expires_at: key.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findApiKeyByKeyId(db: Kysely<Database>, keyId: string): Promise<ApiKeyRow | null> {
  return (await db.selectFrom('api_keys').selectAll().where('key_id', '=', keyId).executeTakeFirst()) ?? null;
}

export async function findApiKeysByIds(db: Kysely<Database>, ids: readonly string[]): Promise<ApiKeyRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('api_keys').selectAll().where('id', 'in', ids).execute();
}

export async function findApiKeysOfOrganisations(
  db: Kysely<Database>,
  organisationIds: readonly string[],
): Promise<ApiKeyRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('api_keys')
    .selectAll()
    .where('organisation_id', 'in', organisationIds)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function markApiKeyUsed(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function revokeApiKeyRow(
  db: Kysely<Database>,
  id: string,
  now: Date,
): Promise<ApiKeyRow | null> {
  const row = await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}
