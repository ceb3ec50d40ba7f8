import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecrets, parseMasterKey, secretsFrom } from './secrets.js';

const key = Buffer.alloc(32, 7);

describe('secrets', () => {
  it('seals and opens, with a new nonce every time', () => {
    const secrets = secretsFrom(key);
    const first = secrets.seal('김민지 <minji@example.org>');
    expect(first).not.toContain('minji');
    expect(secrets.seal('김민지 <minji@example.org>')).not.toBe(first);
    expect(secrets.open(first)).toBe('김민지 <minji@example.org>');
  });

  it('refuses tampered data and other keys', () => {
    const sealed = secretsFrom(key).seal('secret');
    const tampered = `${sealed.slice(0, -4)}AAAA`;
    expect(() => secretsFrom(key).open(tampered)).toThrow();
    expect(() => secretsFrom(Buffer.alloc(32, 8)).open(sealed)).toThrow();
  });

  it('refuses what it did not seal', () => {
    const secrets = secretsFrom(key);
    expect(() => secrets.open('v1.')).toThrow(/Unknown sealed data format/);
    expect(() => secrets.open(`v2.${secrets.seal('x').slice(3)}`)).toThrow(/Unknown sealed data format/);
    expect(() => secrets.open('plain text')).toThrow(/Unknown sealed data format/);
  });

  it('gives another thread the master key, as a copy, to derive the same keys', () => {
    const secrets = secretsFrom(key);
    const copy = secrets.masterKey();
    expect(copy).toEqual(key);
    copy.fill(0);
    expect(secretsFrom(secrets.masterKey()).open(secrets.seal('shared'))).toBe('shared');
  });

  it('gives stable, keyed, separate hashes', () => {
    const secrets = secretsFrom(key);
    expect(secrets.emailIndex('a@example.org')).toBe(secrets.emailIndex('a@example.org'));
    expect(secrets.emailIndex('a@example.org')).not.toBe(
      secretsFrom(Buffer.alloc(32, 8)).emailIndex('a@example.org'),
    );
    expect(secrets.ipHash('203.0.113.7')).not.toBe(secrets.emailIndex('203.0.113.7').slice(0, 32));
  });

  it('parses hex and base64 keys, and refuses short ones', () => {
    expect(parseMasterKey(key.toString('hex'))).toEqual(key);
    expect(parseMasterKey(key.toString('base64'))).toEqual(key);
    expect(() => parseMasterKey('abcd')).toThrow(/32 bytes/);
  });

  it('creates a key file once, private to its owner, and reads it back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chorus-key-'));
    try {
      const file = join(dir, 'nested', 'encryption.key');
      const first = await loadSecrets(null, file);
      expect(first.created).toBe(true);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const again = await loadSecrets(null, file);
      expect(again.created).toBe(false);
      expect(again.secrets.open(first.secrets.seal('kept'))).toBe('kept');
      expect((await readFile(file, 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
