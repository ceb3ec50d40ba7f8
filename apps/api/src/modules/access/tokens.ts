// Random secrets and their stored form. Tokens carry 256 bits of randomness, so a fast hash
// (SHA-256) is enough to keep a database leak from yielding usable tokens; passwords, which people
// choose, get argon2id instead (accounts.service.ts).
import { createHash, timingSafeEqual } from 'node:crypto';
import { pooledRandomBytes } from '../privacy/random.js';

export function newToken(bytes = 32): string {
  return pooledRandomBytes(bytes).toString('hex');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
