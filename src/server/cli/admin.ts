import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrate';
import { createUserCommand, listUsersCommand, resetPasswordCommand, type CliResult } from './admin-commands';

const usage = `Использование:
  npm run admin -- create-user --login LOGIN --surname Фамилия --name Имя [--patronymic Отчество] --roles administrator[,registrar,...]
  npm run admin -- reset-password --login LOGIN
  npm run admin -- list-users`;

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { login: { type: 'string' }, surname: { type: 'string' }, name: { type: 'string' }, patronymic: { type: 'string' }, roles: { type: 'string' }, password: { type: 'string' } },
  strict: false,
});
const opts = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));

let result: CliResult;
let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
try {
  database = await openDatabase(loadConfig());
  await migrateToLatest(database.db);
  const now = new Date();
  if (command === 'create-user') result = await createUserCommand(database.db, now, opts);
  else if (command === 'reset-password') result = await resetPasswordCommand(database.db, now, opts);
  else if (command === 'list-users') result = await listUsersCommand(database.db);
  else result = { ok: false, lines: [usage] };
} catch (e) {
  // Configuration errors, a busy embedded database (the server is running), an unreachable PostgreSQL.
  result = { ok: false, lines: [e instanceof Error ? e.message : String(e)] };
} finally {
  await database?.close();
}
for (const line of result.lines) (result.ok ? console.log : console.error)(line);
process.exitCode = result.ok ? 0 : 1;
