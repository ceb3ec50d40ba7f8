// The only module that reads process.env. Every setting is validated here so a bad value stops
// the process at start with a message naming the variable, not later with a confusing error.
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseMasterKey } from './modules/privacy/secrets.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4000),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => (value && value.trim() !== '' ? value.trim() : null))
    .refine((value) => value === null || /^postgres(ql)?:\/\//.test(value), {
      message: 'must be a postgres:// or postgresql:// connection URL',
    }),
  CHORUS_DATA_DIR: z.string().min(1, 'must not be empty').default('./.chorus-data'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL, like https://chorus.example.org' })
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  CHORUS_ADMIN_EMAIL: z.email({ error: 'must be an email address' }).optional(),
  CHORUS_ADMIN_PASSWORD: z
    .string()
    .min(12, 'must have at least 12 characters')
    .max(200, 'must have at most 200 characters')
    .optional(),
  CHORUS_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .refine((origins) => origins.every((origin) => /^https?:\/\/[^/]+$/.test(origin)), {
      message: 'must be a comma-separated list of origins like http://localhost:5173',
    }),
  CHORUS_ENCRYPTION_KEY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      try {
        return parseMasterKey(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be 32 bytes, as 64 hex characters or base64' });
        return z.NEVER;
      }
    }),
  SMTP_URL: z
    .string()
    .optional()
    .transform((value) => (value && value.trim() !== '' ? value.trim() : null))
    .refine((value) => value === null || /^smtps?:\/\//.test(value), {
      message: 'must be an smtp:// or smtps:// URL, like smtp://user:password@mail.example.org:587',
    }),
  CHORUS_MAIL_FROM: z
    .string()
    .min(3, 'must be a sender like "Chorus <campaigns@example.org>"')
    .default('Chorus <no-reply@chorus.local>'),
  REDIS_URL: z
    .string()
    .optional()
    .transform((value) => (value && value.trim() !== '' ? value.trim() : null))
    .refine((value) => value === null || /^rediss?:\/\//.test(value), {
      message: 'must be a redis:// or rediss:// URL, like redis://127.0.0.1:6379',
    }),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{0,64}$/, 'must be up to 64 letters, digits and : . _ -, like chorus-staging:')
    .default(''),
  CHORUS_METRICS_TOKEN: z
    .string()
    .optional()
    .transform((value) => (value && value.trim() !== '' ? value.trim() : null))
    .refine((value) => value === null || value.length >= 16, {
      message: 'must be at least 16 characters, like the output of `openssl rand -hex 16`',
    }),
  CHORUS_RETENTION_MONTHS: z.coerce
    .number({ error: 'must be a number of months' })
    .int('must be a whole number of months')
    .min(1, 'must be at least 1')
    .max(600, 'must be at most 600')
    .default(24),
  CHORUS_SIGN_BURST: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(10),
  CHORUS_SIGN_BURST_SECONDS: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(60),
  CHORUS_SIGN_DAILY: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(100),
  CHORUS_SIGN_MIN_FILL_MS: z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .default(1500),
  CHORUS_DEMO_DATA: z
    .enum(['auto', 'off'], { error: 'must be auto (load the demo campaign into an empty database) or off' })
    .default('auto'),
  CHORUS_PREPARED_STATEMENTS: z
    .enum(['on', 'off'], {
      error: 'must be on (name statements run again and again) or off (behind a transaction pooler)',
    })
    .default('on'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  /** The URL people reach Chorus at; null to derive it from the port actually listened on. */
  publicUrl: string | null;
  logLevel: (typeof LOG_LEVELS)[number];
  isProduction: boolean;
  nodeEnv: 'development' | 'production' | 'test';
  demoData: 'auto' | 'off';
  /** Whether Postgres parses and plans the statements run again and again once per connection. */
  preparedStatements: boolean;
  /** The first admin, created on first start when there is none. */
  admin: { email: string | null; password: string | null };
  /** Origins besides Chorus's own whose pages may use a session (a dashboard dev server). */
  allowedOrigins: string[];
  /** Where mail goes out; null keeps it in the outbox for admins to read. */
  smtpUrl: string | null;
  /** Per address and appeal: a burst allowance, a daily allowance, and the fastest plausible form. */
  signingLimits: {
    burst: number;
    burstSeconds: number;
    sustained: number;
    sustainedSeconds: number;
    minFillMs: number;
  };
  /** Supporters' personal data is erased this many months after their appeal closes. */
  retentionMonths: number;
  /** Shared store for signing rate limits across processes; null keeps them in memory. */
  redisUrl: string | null;
  /** Put before every Redis key, so several installations can share one Redis. */
  redisKeyPrefix: string;
  /** Bearer token Prometheus sends to GET /metrics; null answers loopback callers only. */
  metricsToken: string | null;
  mailFrom: string;
  /** The master key for supporters' personal data; null to use (or create) the data directory's key file. */
  encryptionKey: Buffer | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export function loadConfig(environment: Record<string, string | undefined>): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = issue.path.join('.');
        const given = environment[variable];
        // Never echo a secret into logs.
        const shown =
          given === undefined || /PASSWORD|SECRET|KEY|TOKEN|SMTP_URL|REDIS_URL/.test(variable)
            ? ''
            : ` (got "${given}")`;
        return `${variable} ${issue.message}${shown}`;
      }),
    );
  }
  const env = parsed.data;
  // Mail links (confirmations, invitations, private pages) are built from PUBLIC_URL; without it they
  // would come from each request's Host header, which a caller controls.
  if (env.NODE_ENV === 'production' && !env.PUBLIC_URL) {
    throw new ConfigError(['PUBLIC_URL is required in production, for the links Chorus puts in mail']);
  }
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.CHORUS_DATA_DIR),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    logLevel: env.LOG_LEVEL,
    isProduction: env.NODE_ENV === 'production',
    nodeEnv: env.NODE_ENV,
    demoData: env.CHORUS_DEMO_DATA,
    preparedStatements: env.CHORUS_PREPARED_STATEMENTS === 'on',
    admin: { email: env.CHORUS_ADMIN_EMAIL ?? null, password: env.CHORUS_ADMIN_PASSWORD ?? null },
    allowedOrigins: env.CHORUS_ALLOWED_ORIGINS,
    encryptionKey: env.CHORUS_ENCRYPTION_KEY,
    smtpUrl: env.SMTP_URL,
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    metricsToken: env.CHORUS_METRICS_TOKEN,
    retentionMonths: env.CHORUS_RETENTION_MONTHS,
    signingLimits: {
      burst: env.CHORUS_SIGN_BURST,
      burstSeconds: env.CHORUS_SIGN_BURST_SECONDS,
      sustained: env.CHORUS_SIGN_DAILY,
      sustainedSeconds: 24 * 60 * 60,
      minFillMs: env.CHORUS_SIGN_MIN_FILL_MS,
    },
    mailFrom: env.CHORUS_MAIL_FROM,
  };
}
