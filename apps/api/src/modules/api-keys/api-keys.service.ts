// Partner API keys: chorus_pk_<key id>_<secret>. The key id finds the row; only a hash of the
// secret is stored, so the full key is shown once, when it is created.
import { apiKeyInputSchema, problem, type ApiKeyScope } from '@chorus/domain';
import type { Kysely } from 'kysely';
import type { ApiKeyRow, Database } from '../../db/database.js';
import { hashToken, newToken, sameHash } from '../access/tokens.js';
import { hasOrganisationRole, type ApiKeyViewer } from '../access/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  fieldProblem,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  parseInput,
  ValidationError,
} from '../errors.js';
import type { ServiceContext } from '../service-context.js';
import * as repository from './api-keys.repository.js';

const KEY_FORMAT = /^chorus_pk_([0-9a-f]{12})_([0-9a-f]{64})$/;
/** last_used_at is written at most this often per key, so a busy key does not write on every call. */
const USE_RECORD_INTERVAL_MS = 60 * 1000;

export interface ApiKey {
  id: string;
  keyId: string;
  organisationId: string;
  name: string;
  scopes: ApiKeyScope[];
  /** The start of the key string, enough to recognise it: chorus_pk_<key id>_ */
  prefix: string;
  createdAt: Date;
  createdBy: string | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    keyId: row.key_id,
    organisationId: row.organisation_id,
    name: row.name,
    scopes: row.scopes,
    prefix: `chorus_pk_${row.key_id}_`,
    createdAt: row.created_at,
    createdBy: row.created_by,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

function requireOwner(ctx: ServiceContext, organisationId: string): void {
  if (!hasOrganisationRole(ctx.viewer, organisationId, 'owner')) {
    throw new ForbiddenError('Only owners of the organisation, and admins, may manage its API keys');
  }
}

export async function createApiKey(
  ctx: ServiceContext,
  input: { organisationId: string; name: string; scopes: string[]; expiresAt: Date | null },
  now = new Date(),
): Promise<{ apiKey: ApiKey; secret: string }> {
  requireOwner(ctx, input.organisationId);
  const key = parseInput(apiKeyInputSchema, {
    name: input.name,
    scopes: input.scopes,
    expiresAt: input.expiresAt,
  });
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) {
    throw new ValidationError([fieldProblem(['expiresAt'], problem('notInFuture'))]);
  }
  const keyId = newToken(6);
  const secret = newToken(32);
  const row = await repository.insertApiKey(ctx.db, {
    keyId,
    organisationId: input.organisationId,
    name: key.name,
    scopes: key.scopes,
    secretHash: hashToken(secret),
    createdBy: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
    expiresAt: key.expiresAt,
  });
  await recordAudit(ctx, {
    action: 'api_key.created',
    organisationId: input.organisationId,
    targetType: 'ApiKey',
    targetId: row.id,
    changes: {
      name: { before: null, after: key.name },
      scopes: { before: null, after: key.scopes },
      expiresAt: { before: null, after: key.expiresAt },
    },
  });
  return { apiKey: toApiKey(row), secret: `chorus_pk_${keyId}_${secret}` };
}

export async function revokeApiKey(ctx: ServiceContext, id: string, now = new Date()): Promise<ApiKey> {
  const [existing] = await repository.findApiKeysByIds(ctx.db, [id]);
  if (!existing || !hasOrganisationRole(ctx.viewer, existing.organisation_id, 'viewer'))
    throw new NotFoundError('ApiKey', id);
  requireOwner(ctx, existing.organisation_id);
  const revoked = await repository.revokeApiKeyRow(ctx.db, id, now);
  if (!revoked) throw new InvalidStateError('This API key is already revoked');
  await recordAudit(ctx, {
    action: 'api_key.revoked',
    organisationId: revoked.organisation_id,
    targetType: 'ApiKey',
    targetId: revoked.id,
    changes: { revokedAt: { before: null, after: now } },
  });
  return toApiKey(revoked);
}

export async function loadApiKeysOfOrganisations(
  db: Kysely<Database>,
  organisationIds: readonly string[],
): Promise<ApiKey[][]> {
  const rows = await repository.findApiKeysOfOrganisations(db, organisationIds);
  return organisationIds.map((id) => rows.filter((row) => row.organisation_id === id).map(toApiKey));
}

export class ApiKeyRejectedError extends Error {}

/**
 * The viewer for a presented key. Revocation and expiry are checked on every request, so a
 * revoked key stops working at once.
 */
export async function viewerForApiKey(
  db: Kysely<Database>,
  presented: string,
  now = new Date(),
): Promise<ApiKeyViewer> {
  const match = KEY_FORMAT.exec(presented);
  if (!match?.[1] || !match[2]) {
    throw new ApiKeyRejectedError('This is not a Chorus API key: keys look like chorus_pk_<12 hex>_<64 hex>');
  }
  const row = await repository.findApiKeyByKeyId(db, match[1]);
  if (!row || !sameHash(row.secret_hash, hashToken(match[2])))
    throw new ApiKeyRejectedError('This API key is not valid');
  if (row.revoked_at) throw new ApiKeyRejectedError('This API key has been revoked');
  if (row.expires_at && row.expires_at.getTime() <= now.getTime())
    throw new ApiKeyRejectedError('This API key has expired');
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > USE_RECORD_INTERVAL_MS) {
    await repository.markApiKeyUsed(db, row.id, now);
  }
  return {
    kind: 'apiKey',
    apiKeyId: row.id,
    keyId: row.key_id,
    name: row.name,
    organisationId: row.organisation_id,
    scopes: new Set(row.scopes),
  };
}
