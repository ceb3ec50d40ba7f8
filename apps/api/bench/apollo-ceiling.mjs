// Chorus's HTTP stack as buildApp makes it, in production mode, for the bench's Apollo ceiling:
// `{ __typename }` runs no resolver, so what it costs is Fastify, the hooks and Apollo themselves.
// Anonymous callers may run any document here (trusted documents are not enforced), since the
// trivial query is no operation of Chorus's clients. Runs the built API (dist/) on plain Node.
import { openDatabase } from '../dist/db/connect.js';
import { buildApp } from '../dist/http/app.js';
import { secretsFrom } from '../dist/modules/privacy/secrets.js';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '' });
const app = await buildApp(
  {
    isProduction: true,
    logLevel: process.env.LOG_LEVEL ?? 'info',
    publicUrl: process.env.PUBLIC_URL ?? null,
    secrets: secretsFrom(Buffer.alloc(32, 7)),
    enforceTrustedDocuments: false,
  },
  database,
);
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0)),
);
