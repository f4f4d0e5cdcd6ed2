import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/database';
import { migrateToLatest, migrationState } from '../platform/db/migrate';

/** npm run db:migrate — the same migrations the server runs on start. */
let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
try {
  database = await openDatabase(loadConfig());
  const done = await migrateToLatest(database.db);
  const state = await migrationState(database.db);
  console.log(done.length ? `Выполнены миграции: ${done.join(', ')}` : 'Новых миграций нет.');
  console.log(`Применено миграций: ${state.applied}, последняя: ${state.latest ?? '—'}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await database?.close();
}
