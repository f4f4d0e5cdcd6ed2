import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { DB } from './platform/db/schema';
import { loadConfig, ConfigError } from './platform/config';
import { openDatabase } from './platform/db/database';
import { systemClock } from './platform/clock';
import { buildApp } from './platform/http/app';
import { prepare } from './bootstrap';
import { demoUsers, readDemoPasswords, DEMO_LOGINS_FILE } from './features/organisation/seed-demo';
import { roleLabels, isRole } from '../domain/org/roles';

const webDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `встроенная база PGlite в ${config.dataDir}`;
  console.log(`Приёмная: база данных — ${where}`);
  const database = await openDatabase(config);
  const prepared = await prepare(config, database, systemClock);
  if (prepared.migrated.length) console.log(`Выполнены миграции: ${prepared.migrated.join(', ')}`);
  if (prepared.organisationCreated) console.log(`Создана организация по профилю ${config.profile}.`);

  const stopFollowing = prepared.followOrganisation();
  const app = await buildApp({ ...prepared.deps, webDir });
  await app.listen({ port: config.port, host: config.host });

  const shutdown = async () => {
    stopFollowing();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  console.log(`\nПриёмная работает:`);
  console.log(`  портал для граждан:   ${config.publicUrl}/`);
  console.log(`  рабочее место:        ${config.publicUrl}/app`);
  console.log(`  документация API:     ${config.publicUrl}/api/docs`);
  await printLogins(prepared.deps.db, readDemoPasswords(config.dataDir), config.dataDir);
}

async function printLogins(db: Kysely<DB>, demoPasswords: Record<string, string>, dataDir: string) {
  const users = await db
    .selectFrom('users as u')
    .leftJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.login', 'u.must_change_password', 'u.active', 'r.role'])
    .orderBy('u.id')
    .execute();
  if (users.length === 0) {
    console.log('\nПользователей нет. Создайте администратора:');
    console.log('  npm run admin -- create-user --login admin --surname Иванов --name Иван --roles administrator');
    return;
  }
  const byLogin = new Map<string, { roles: string[]; demo: boolean; active: boolean }>();
  for (const u of users) {
    const entry = byLogin.get(u.login) ?? { roles: [], demo: u.must_change_password, active: u.active };
    if (u.role && isRole(u.role)) entry.roles.push(roleLabels[u.role]);
    byLogin.set(u.login, entry);
  }
  console.log(`\nВход в рабочее место (пароли демонстрационных пользователей хранятся в ${dataDir}/${DEMO_LOGINS_FILE}, пока не сменены):`);
  for (const [login, u] of byLogin) {
    if (!u.active) continue;
    console.log(`  ${login.padEnd(12)} ${u.roles.join(', ').padEnd(40)} ${u.demo && demoUsers.some((d) => d.login === login) && demoPasswords[login] ? `пароль: ${demoPasswords[login]} (сменить при первом входе)` : u.demo ? 'пароль выдан администратором' : 'пароль изменён пользователем'}`);
  }
}

main().catch((e: unknown) => {
  console.error('Приёмная не запустилась:', e instanceof Error ? e.message : e);
  process.exit(1);
});
