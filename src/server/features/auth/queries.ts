import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Actor } from '../../platform/actor';
import { can, visibleSections } from '../../../domain/access/policy';
import { fullName } from '../../../domain/org/person-name';
import type { SessionResponse } from './schemas';

/** The substitutions that let this user act for someone today. */
export async function substitutionsFor(db: Kysely<DB>, userId: number, today: string) {
  const rows = await db
    .selectFrom('substitutions as s')
    .innerJoin('users as u', 'u.id', 's.absent_user_id')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .select(['s.absent_user_id', 's.date_from', 's.date_to', 'o.surname', 'o.first_name', 'o.patronymic'])
    .where('s.substitute_user_id', '=', userId)
    .where('s.cancelled_at', 'is', null)
    .where('s.date_from', '<=', today)
    .where('s.date_to', '>=', today)
    .where('u.active', '=', true)
    .orderBy('s.date_from')
    .execute();
  return rows.map((r) => ({
    userId: r.absent_user_id,
    name: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }),
    dateFrom: r.date_from,
    dateTo: r.date_to,
  }));
}

export async function sessionView(db: Kysely<DB>, actor: Actor | null, today: string): Promise<SessionResponse> {
  const org = await db.selectFrom('organisation').select(['short_name', 'time_zone']).executeTakeFirst();
  const organisation = org ? { shortName: org.short_name, timeZone: org.time_zone } : null;
  if (!actor) return { user: null, csrfToken: null, organisation };
  return {
    user: {
      id: actor.userId,
      login: actor.login,
      name: actor.name,
      roles: actor.roles,
      ownRoles: actor.ownRoles,
      actingFor: actor.actingFor,
      mustChangePassword: actor.mustChangePassword,
      sections: visibleSections(actor.roles).map(({ key, title, path }) => ({ key, title, path })),
      substitutions: await substitutionsFor(db, actor.userId, today),
      unconfirmedCalendarYears: can(actor.roles, 'admin.calendar') ? await unconfirmedCalendarYears(db, Number(today.slice(0, 4))) : [],
    },
    csrfToken: actor.csrfToken,
    organisation,
  };
}

/** ADM-5: this and next year must be confirmed against the decree; deadlines fall in them. */
async function unconfirmedCalendarYears(db: Kysely<DB>, thisYear: number): Promise<number[]> {
  const rows = await db.selectFrom('calendar_years').select(['year', 'confirmed']).where('year', 'in', [thisYear, thisYear + 1]).execute();
  return [thisYear, thisYear + 1].filter((y) => !rows.some((r) => r.year === y && r.confirmed));
}
