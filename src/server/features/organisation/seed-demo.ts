import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Role } from '../../../domain/org/roles';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePassword, hashPassword } from '../../platform/auth/passwords';
import { recordEvent } from '../../platform/events';
import type { PositionRole, Profile } from '../../../domain/profiles';

/**
 * Demo passwords are generated for each install (a published password would let anyone on the
 * network take the demo administrator) and kept in DATA_DIR/demo-logins.json (mode 0600) so the
 * start-up banner can show them until each user replaces his at first login.
 */
export const DEMO_LOGINS_FILE = 'demo-logins.json';

export function readDemoPasswords(dataDir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(dataDir, DEMO_LOGINS_FILE), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export type DemoUser = { login: string; roles: Role[]; surname: string; firstName: string; patronymic: string; position: PositionRole[] };

/** Each demo user takes the first position of the profile's structure with one of these roles. */
export const demoUsers: DemoUser[] = [
  { login: 'admin', roles: ['administrator'], surname: 'Соколова', firstName: 'Ирина', patronymic: 'Викторовна', position: ['executor', 'registrar'] },
  { login: 'registrar', roles: ['registrar'], surname: 'Петрова', firstName: 'Анна', patronymic: 'Сергеевна', position: ['registrar'] },
  { login: 'head', roles: ['head'], surname: 'Кузнецов', firstName: 'Алексей', patronymic: 'Николаевич', position: ['head'] },
  { login: 'deputy', roles: ['deputy', 'executor'], surname: 'Морозов', firstName: 'Дмитрий', patronymic: 'Иванович', position: ['deputy', 'unit-head', 'executor'] },
  { login: 'executor', roles: ['executor'], surname: 'Васильева', firstName: 'Елена', patronymic: 'Андреевна', position: ['executor', 'unit-head', 'registrar'] },
  { login: 'assistant', roles: ['assistant'], surname: 'Новикова', firstName: 'Ольга', patronymic: 'Петровна', position: ['assistant', 'registrar'] },
  { login: 'analyst', roles: ['analyst'], surname: 'Фёдоров', firstName: 'Павел', patronymic: 'Александрович', position: ['executor', 'registrar'] },
];

/** PRIEMNAYA_DEMO: demo staff, one per role, placed in the profile's structure. Runs once. */
export async function seedDemo(db: Kysely<DB>, organisationId: number, profile: Profile, now: Date, dataDir: string): Promise<boolean> {
  const any = await db.selectFrom('users').select('id').executeTakeFirst();
  if (any) return false;
  const passwords = Object.fromEntries(demoUsers.map((d) => [d.login, generatePassword()]));
  const hashes = Object.fromEntries(await Promise.all(demoUsers.map(async (d) => [d.login, await hashPassword(passwords[d.login]!)] as const)));
  const units = await db.selectFrom('units').select(['id', 'name']).where('organisation_id', '=', organisationId).orderBy('sort_order').execute();
  const positions = await db.selectFrom('positions').select(['id', 'unit_id', 'name']).where('organisation_id', '=', organisationId).orderBy('id').execute();
  const unitIdByKey = (key: string | undefined) => units.find((u) => u.name === profile.structure.units.find((x) => x.key === key)?.name)?.id ?? null;
  const place = (wanted: PositionRole[]) => {
    for (const role of wanted) {
      const p = profile.structure.positions.find((x) => x.role === role);
      const row = p && positions.find((x) => x.name === p.name);
      if (p && row) return { positionId: row.id, unitId: row.unit_id, supervises: (p.supervises ?? []).map(unitIdByKey).filter((id): id is number => id !== null) };
    }
    return { positionId: null, unitId: units[0]?.id ?? null, supervises: [] };
  };

  await db.transaction().execute(async (trx) => {
    for (const d of demoUsers) {
      const at = place(d.position);
      const official = await trx
        .insertInto('officials')
        .values({ organisation_id: organisationId, surname: d.surname, first_name: d.firstName, patronymic: d.patronymic, position_id: at.positionId, unit_id: at.unitId })
        .returning('id')
        .executeTakeFirstOrThrow();
      const user = await trx
        .insertInto('users')
        .values({ organisation_id: organisationId, official_id: official.id, login: d.login, password_hash: hashes[d.login]!, must_change_password: true })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const role of d.roles) await trx.insertInto('user_roles').values({ user_id: user.id, role }).execute();
      if (d.roles.includes('deputy')) {
        for (const unitId of new Set(at.supervises)) await trx.insertInto('supervised_units').values({ user_id: user.id, unit_id: unitId }).execute();
      }
      await recordEvent(trx, { actor: null, at: now, entityType: 'user', entityId: user.id, action: 'user.created', after: { login: d.login, roles: d.roles, demo: true } });
    }
  });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, DEMO_LOGINS_FILE), `${JSON.stringify(passwords, null, 2)}\n`, { mode: 0o600 });
  return true;
}
