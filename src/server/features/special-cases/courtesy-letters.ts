import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { fullName } from '../../../domain/org/person-name';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export type InformedOfficial = { userId: number; name: string; text: string };

/**
 * SPC-7 (HMR 7.6 абз. 2): the official a courtesy letter is passed to «в соответствии с компетенцией
 * для ознакомления» — an active user with an active official record. `text` names him in the notice:
 * «Кузнецов Иван Петрович, глава Ханты-Мансийского района» (without a position — the name only).
 */
export async function informedOfficial(db: Kysely<DB>, userId: number | null | undefined): Promise<InformedOfficial> {
  const field = 'officialUserId';
  if (!userId) throw errors.invalid('Укажите должностное лицо, которому письмо передаётся для ознакомления (HMR 7.6).', { [field]: 'Выберите должностное лицо.' });
  const o = await db
    .selectFrom('users as u')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('positions as p', 'p.id', 'o.position_id')
    .select(['u.id', 'o.surname', 'o.first_name', 'o.patronymic', 'p.name as position'])
    .where('u.id', '=', userId)
    .where('u.active', '=', true)
    .where('o.active', '=', true)
    .executeTakeFirst();
  if (!o) throw errors.invalid('Должностное лицо не найдено или отключено: выберите другое.', { [field]: 'Должностное лицо не найдено или отключено.' });
  const name = fullName({ surname: o.surname, firstName: o.first_name, patronymic: o.patronymic });
  return { userId: o.id, name, text: o.position?.trim() ? `${name}, ${lowerFirst(o.position.trim())}` : name };
}

/** Whether the user is the official an appeal was passed to for information (read access to that appeal only). */
export async function isInformedOn(db: Kysely<DB>, appealId: number, userId: number): Promise<boolean> {
  return Boolean(await db.selectFrom('special_case_dispositions').select('id').where('appeal_id', '=', appealId).where('informed_user_id', '=', userId).executeTakeFirst());
}

/** «Мои поручения» → «Для ознакомления»: the letters passed to the user for information, newest first. */
export async function informedCourtesyLetters(db: Kysely<DB>, userId: number) {
  const rows = await db
    .selectFrom('special_case_dispositions as s')
    .innerJoin('appeals as a', 'a.id', 's.appeal_id')
    .innerJoin('users as u', 'u.id', 's.created_by')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .select(['s.id', 's.appeal_id', 'a.number', 'a.registration_date', 'a.annotation', 's.comment', 's.created_at', 'o.surname', 'o.first_name', 'o.patronymic', 'u.login'])
    .where('s.informed_user_id', '=', userId)
    .orderBy('s.id', 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => ({
    id: r.id, appealId: r.appeal_id, appealNumber: r.number, registrationDate: r.registration_date, annotation: r.annotation, comment: r.comment, at: r.created_at.toISOString(),
    by: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }) || r.login,
  }));
}
