// Process start: configuration, database, migrations, demo data, then the HTTP server.
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { withStartupLock } from './db/startup-lock.js';
import { seedDemoDataIfEmpty } from './demo/seed.js';
import { ensureFirstAdmin } from './modules/accounts/accounts.service.js';
import { loadSecrets } from './modules/privacy/secrets.js';
import { SigningGuard } from './modules/signatures/signing-guard.js';
import { DEFAULT_SIGN_IN_THROTTLE, SignInThrottle } from './modules/accounts/sign-in-throttle.js';
import { QUERY_LIMITS, QueryBudget } from './graphql/limits.js';
import { buildApp } from './http/app.js';
import { startBackgroundWorkWhenLeader, type LeaderWork } from './jobs.js';

function loadConfigOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Chorus cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const config = loadConfigOrExit();

let firstAdmin: Awaited<ReturnType<typeof ensureFirstAdmin>> = null;
let background: LeaderWork | null = null;
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  preparedStatements: config.preparedStatements,
  onConnectionError: (error) => log.warn({ err: error }, 'lost a database connection; the pool replaces it'),
});
const { secrets, created: keyCreated } = await loadSecrets(
  config.encryptionKey,
  join(config.dataDir, 'encryption.key'),
);
// ioredis and nodemailer are loaded only when configured: together they hold some 14 MB of heap,
// which a process without Redis or SMTP never needs.
const redis = config.redisUrl
  ? new (await import('ioredis')).Redis(config.redisUrl, {
      lazyConnect: false,
      maxRetriesPerRequest: 1,
      keyPrefix: config.redisKeyPrefix,
    })
  : null;
const app = await buildApp(
  {
    ...config,
    secrets,
    signingGuard: new SigningGuard(config.signingLimits, redis),
    signInThrottle: new SignInThrottle(DEFAULT_SIGN_IN_THROTTLE, redis),
    queryBudget: new QueryBudget(QUERY_LIMITS.keyPointsPerHour, redis),
    enforceTrustedDocuments: config.isProduction,
    role: () => background?.role() ?? 'follower',
  },
  database,
);
const log = app.log;
redis?.on('error', (error: Error) =>
  log.warn({ err: error }, 'cannot reach Redis; shared rate limits are relaxed until it answers'),
);

try {
  const applied = await migrateToLatest(database.db);
  log.info({ database: database.driver, location: database.location, applied }, 'database ready');
  // Several processes may start together on an empty database: one loads the demo and creates the admin.
  firstAdmin = await withStartupLock(database.db, async (db) => {
    if (config.demoData === 'auto' && (await seedDemoDataIfEmpty(db))) {
      log.info('loaded the demo campaign Korea Peace Now! into the empty database');
    }
    return ensureFirstAdmin(db, config.admin);
  });
  if (keyCreated) {
    log.warn(
      { keyFile: join(config.dataDir, 'encryption.key') },
      'created a new key for supporters’ personal data; back it up with the database, or set CHORUS_ENCRYPTION_KEY',
    );
  }
  if (firstAdmin) log.info({ email: firstAdmin.email }, 'created the first admin');
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  log.fatal({ err: error }, 'Chorus failed to start');
  await database.close();
  process.exit(1);
}

const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const localHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
const base = config.publicUrl ?? `http://${localHost}:${port}`;
const transport = config.smtpUrl
  ? (await import('./modules/mail/mail-sender.js')).smtpTransport(config.smtpUrl)
  : null;
background = startBackgroundWorkWhenLeader({
  databaseUrl: config.databaseUrl,
  db: database.db,
  log,
  secrets,
  publicUrl: base,
  mail: transport ? { transport, from: config.mailFrom } : null,
  retentionMonths: config.retentionMonths,
});
if (!transport) log.warn('SMTP_URL is not set: mail stays in the outbox, where admins can read it');
console.log(
  [
    '',
    `Chorus is running (${database.driver === 'pglite' ? `embedded database in ${database.location}` : `Postgres at ${database.location}`}).`,
    `  Demo page:    ${base}/   (a partner's page with the appeal widget)`,
    `  Dashboard:    ${base}/admin`,
    `  GraphQL API:  ${base}/graphql`,
    `  Health:       ${base}/healthz   Ready: ${base}/readyz`,
    `  Listening on ${config.host}:${port}. Stop with Ctrl+C.`,
    ...(firstAdmin?.generatedPassword
      ? [
          '',
          `  First admin created: ${firstAdmin.email}`,
          `  Password (shown this once; Chorus keeps only a hash): ${firstAdmin.generatedPassword}`,
        ]
      : []),
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down: finishing requests in flight');
  // A stuck request must not keep the process alive forever.
  const timer = setTimeout(() => {
    log.error('shutdown took longer than 10 s; exiting');
    process.exit(1);
  }, 10_000);
  timer.unref();
  try {
    await app.close();
    await background?.stop();
    redis?.disconnect();
    await database.close();
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'error during shutdown');
    process.exit(1);
  }
}
process.on('SIGTERM', (signal) => void shutdown(signal));
process.on('SIGINT', (signal) => void shutdown(signal));
