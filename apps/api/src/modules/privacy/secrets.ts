// The keys that protect supporters' personal data. One master key (CHORUS_ENCRYPTION_KEY, or a
// key file generated once in the data directory) yields, through HKDF, separate keys for sealing
// data, for the email blind index and for hashing IP addresses, so no use can stand in for another.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pooledRandomBytes } from './random.js';

export interface Secrets {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** Keyed hash of a canonical email: equal emails give equal indexes, and nothing else can be read from it. */
  emailIndex(canonicalEmail: string): string;
  /** Keyed hash of an IP address, for rate limits and bulk invalidation without keeping the address. */
  ipHash(ip: string): string;
  /** Keyed hash of an email's domain, for bulk invalidation. */
  domainHash(domain: string): string;
  /**
   * A copy of the master key, for another thread of this process to derive the same keys (an
   * export's worker thread). It never leaves the process.
   */
  masterKey(): Buffer;
}

const VERSION = 'v1';
const PREFIX = `${VERSION}.`;

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `chorus ${purpose}`, 32));
}

export function secretsFrom(master: Buffer): Secrets {
  if (master.length !== 32) throw new Error('The encryption key must be 32 bytes');
  // A key object made once: given the key's bytes, every cipher would make one itself (a tenth of
  // the time of opening a short value).
  const sealKey = createSecretKey(derive(master, 'seal'));
  const indexKey = derive(master, 'email index');
  const ipKey = derive(master, 'ip hash');
  const domainKey = derive(master, 'email domain');
  return {
    seal(plaintext) {
      const iv = pooledRandomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', sealKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX) || sealed.length === PREFIX.length) {
        throw new Error('Unknown sealed data format');
      }
      const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', sealKey, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
    emailIndex: (canonicalEmail) => createHmac('sha256', indexKey).update(canonicalEmail).digest('hex'),
    ipHash: (ip) => createHmac('sha256', ipKey).update(ip).digest('hex').slice(0, 32),
    domainHash: (domain) =>
      createHmac('sha256', domainKey).update(domain.toLowerCase()).digest('hex').slice(0, 32),
    masterKey: () => Buffer.from(master),
  };
}

/** Parses CHORUS_ENCRYPTION_KEY: 64 hex characters or base64 of 32 bytes. */
export function parseMasterKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('must be 32 bytes, as 64 hex characters or base64');
  return key;
}

/**
 * The master key from the configuration, or from `keyFile`, creating that file with a new random
 * key on first use. Losing the file makes sealed data unreadable: back it up with the database.
 */
export async function loadSecrets(
  configured: Buffer | null,
  keyFile: string,
): Promise<{ secrets: Secrets; created: boolean }> {
  if (configured) return { secrets: secretsFrom(configured), created: false };
  try {
    return { secrets: secretsFrom(parseMasterKey(await readFile(keyFile, 'utf8'))), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  await mkdir(dirname(keyFile), { recursive: true });
  await writeFile(keyFile, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return { secrets: secretsFrom(key), created: true };
}
