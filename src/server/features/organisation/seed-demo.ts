import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Role } from '../../../domain/org/roles';
import { hashPassword } from '../../platform/auth/passwords';
import { recordEvent } from '../../platform/events';

/** The demo password: every demo user must replace it at first login. */
export const DEMO_PASSWORD = 'priemnaya2026';

export type DemoUser = { login: string; roles: Role[]; surname: string; firstName: string; patronymic: string; position: 'head' | 'deputy' | 'staff' };

export const demoUsers: DemoUser[] = [
  { login: 'admin', roles: ['administrator'], surname: 'Соколова', firstName: 'Ирина', patronymic: 'Викторовна', position: 'staff' },
  { login: 'registrar', roles: ['registrar'], surname: 'Петрова', firstName: 'Анна', patronymic: 'Сергеевна', position: 'staff' },
  { login: 'head', roles: ['head'], surname: 'Кузнецов', firstName: 'Алексей', patronymic: 'Николаевич', position: 'head' },
  { login: 'deputy', roles: ['deputy', 'executor'], surname: 'Морозов', firstName: 'Дмитрий', patronymic: 'Иванович', position: 'deputy' },
  { login: 'executor', roles: ['executor'], surname: 'Васильева', firstName: 'Елена', patronymic: 'Андреевна', position: 'staff' },
  { login: 'assistant', roles: ['assistant'], surname: 'Новикова', firstName: 'Ольга', patronymic: 'Петровна', position: 'staff' },
  { login: 'analyst', roles: ['analyst'], surname: 'Фёдоров', firstName: 'Павел', patronymic: 'Александрович', position: 'staff' },
];

/** PRIEMNAYA_DEMO: demo staff, one per role, placed in the profile's structure. Runs once. */
export async function seedDemo(db: Kysely<DB>, organisationId: number, now: Date): Promise<boolean> {
  const any = await db.selectFrom('users').select('id').executeTakeFirst();
  if (any) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  const units = await db.selectFrom('units').select(['id', 'parent_id', 'kind']).where('organisation_id', '=', organisationId).orderBy('sort_order').execute();
  const positions = await db.selectFrom('positions').select(['id', 'unit_id', 'is_head', 'name']).where('organisation_id', '=', organisationId).orderBy('id').execute();
  const headPosition = positions.find((p) => p.is_head) ?? positions[0];
  const deputyPosition = positions.find((p) => /замест/i.test(p.name)) ?? headPosition;
  const staffPosition = positions.find((p) => !p.is_head && !/замест/i.test(p.name)) ?? headPosition;
  const departments = units.filter((u) => u.kind === 'department');

  await db.transaction().execute(async (trx) => {
    for (const d of demoUsers) {
      const position = d.position === 'head' ? headPosition : d.position === 'deputy' ? deputyPosition : staffPosition;
      const official = await trx
        .insertInto('officials')
        .values({ organisation_id: organisationId, surname: d.surname, first_name: d.firstName, patronymic: d.patronymic, position_id: position?.id ?? null, unit_id: position?.unit_id ?? units[0]?.id ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      const user = await trx
        .insertInto('users')
        .values({ organisation_id: organisationId, official_id: official.id, login: d.login, password_hash: hash, must_change_password: true })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const role of d.roles) await trx.insertInto('user_roles').values({ user_id: user.id, role }).execute();
      if (d.roles.includes('deputy')) {
        for (const unit of departments.slice(0, 2)) await trx.insertInto('supervised_units').values({ user_id: user.id, unit_id: unit.id }).execute();
      }
      await recordEvent(trx, { actor: null, at: now, entityType: 'user', entityId: user.id, action: 'user.created', after: { login: d.login, roles: d.roles, demo: true } });
    }
  });
  return true;
}
