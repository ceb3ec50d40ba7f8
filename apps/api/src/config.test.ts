import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { DEFAULT_SIGNING_LIMITS } from './modules/signatures/signing-guard.js';

describe('loadConfig', () => {
  it('has defaults that run Chorus on a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: null,
      publicUrl: null,
      logLevel: 'info',
      isProduction: false,
      demoData: 'auto',
      preparedStatements: true,
    });
    expect(config.dataDir).toMatch(/\.chorus-data$/);
    expect(config.smtpUrl).toBeNull();
    expect(config.encryptionKey).toBeNull();
    expect(config.signingLimits).toEqual(DEFAULT_SIGNING_LIMITS);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://chorus@db.internal:5432/chorus',
      CHORUS_DATA_DIR: '/var/lib/chorus',
      PUBLIC_URL: 'https://chorus.example.org/',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'production',
      CHORUS_DEMO_DATA: 'off',
      CHORUS_PREPARED_STATEMENTS: 'off',
      CHORUS_ADMIN_EMAIL: 'admin@example.org',
      CHORUS_ADMIN_PASSWORD: 'a long enough secret',
      CHORUS_ALLOWED_ORIGINS: 'http://localhost:5173, https://dashboard.example.org',
      CHORUS_ENCRYPTION_KEY: '2a'.repeat(32),
      SMTP_URL: 'smtp://chorus:secret@mail.example.org:587',
      CHORUS_MAIL_FROM: 'Chorus <campaigns@example.org>',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: 'chorus-staging:',
      CHORUS_METRICS_TOKEN: 'a-metrics-token-of-32-characters',
      CHORUS_RETENTION_MONTHS: '36',
      CHORUS_SIGN_BURST: '5',
      CHORUS_SIGN_BURST_SECONDS: '30',
      CHORUS_SIGN_DAILY: '50',
      CHORUS_SIGN_MIN_FILL_MS: '2000',
    });
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgres://chorus@db.internal:5432/chorus',
      dataDir: '/var/lib/chorus',
      publicUrl: 'https://chorus.example.org',
      logLevel: 'debug',
      isProduction: true,
      nodeEnv: 'production',
      demoData: 'off',
      preparedStatements: false,
      admin: { email: 'admin@example.org', password: 'a long enough secret' },
      allowedOrigins: ['http://localhost:5173', 'https://dashboard.example.org'],
      encryptionKey: Buffer.alloc(32, 0x2a),
      smtpUrl: 'smtp://chorus:secret@mail.example.org:587',
      mailFrom: 'Chorus <campaigns@example.org>',
      redisUrl: 'redis://127.0.0.1:6379',
      redisKeyPrefix: 'chorus-staging:',
      metricsToken: 'a-metrics-token-of-32-characters',
      retentionMonths: 36,
      signingLimits: { burst: 5, burstSeconds: 30, sustained: 50, sustainedSeconds: 86_400, minFillMs: 2000 },
    });
  });

  it('requires PUBLIC_URL in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL is required in production/);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '  ' }).databaseUrl).toBeNull();
  });

  it('names each bad variable and the value given', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '99999',
        DATABASE_URL: 'mysql://x',
        PUBLIC_URL: 'chorus.example.org',
        NODE_ENV: 'staging',
        CHORUS_ADMIN_PASSWORD: 'short',
        CHORUS_ALLOWED_ORIGINS: 'localhost:5173',
        CHORUS_METRICS_TOKEN: 'short',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual([
      'PORT must be between 0 and 65535 (got "99999")',
      'DATABASE_URL must be a postgres:// or postgresql:// connection URL (got "mysql://x")',
      'PUBLIC_URL must be an absolute http(s) URL, like https://chorus.example.org (got "chorus.example.org")',
      'NODE_ENV must be development, production or test (got "staging")',
      'CHORUS_ADMIN_PASSWORD must have at least 12 characters',
      'CHORUS_ALLOWED_ORIGINS must be a comma-separated list of origins like http://localhost:5173 (got "localhost:5173")',
      'CHORUS_METRICS_TOKEN must be at least 16 characters, like the output of `openssl rand -hex 16`',
    ]);
  });
});
