// `npm run migrate` (and `npm run migrate -- down`): applies or reverts migrations on the
// configured database without starting the server.
import { loadConfig } from '../config.js';
import { openDatabase } from './connect.js';
import { migrateDownOne, migrateToLatest } from './migrate.js';

const config = loadConfig(process.env);
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  preparedStatements: config.preparedStatements,
});
try {
  const direction = process.argv[2] === 'down' ? 'down' : 'up';
  const names = direction === 'down' ? await migrateDownOne(database.db) : await migrateToLatest(database.db);
  console.log(
    names.length === 0
      ? `No migration to run ${direction} on ${database.location}.`
      : `Migrated ${direction} on ${database.location}: ${names.join(', ')}`,
  );
} finally {
  await database.close();
}
