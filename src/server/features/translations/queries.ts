import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { fullName } from '../../../domain/org/person-name';

/** REG-11: the appeal's translation requests, oldest first, with the letter, the term and the translation. */
export async function appealTranslations(db: Kysely<DB>, appealId: number) {
  const rows = await db
    .selectFrom('translations as t')
    .innerJoin('external_bodies as b', 'b.id', 't.body_id')
    .leftJoin('outgoing_documents as d', 'd.id', 't.letter_id')
    .innerJoin('users as u', 'u.id', 't.requested_by')
    .leftJoin('officials as o', 'o.id', 'u.official_id')
    .select(['t.id', 't.language', 't.status', 't.due_date', 't.late', 't.requested_at', 't.received_on', 't.received_text', 'b.name as body_name', 'd.id as letter_id', 'd.outgoing_number', 'd.outgoing_date', 'd.route', 'd.status as letter_status', 'u.login', 'o.surname', 'o.first_name', 'o.patronymic'])
    .where('t.appeal_id', '=', appealId)
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({
    id: r.id, language: r.language, status: r.status, dueDate: r.due_date, late: r.late, requestedAt: r.requested_at.toISOString(),
    requestedBy: fullName({ surname: r.surname ?? '', firstName: r.first_name ?? '', patronymic: r.patronymic ?? '' }) || r.login,
    bodyName: r.body_name, letter: r.letter_id ? { id: r.letter_id, outgoingNumber: r.outgoing_number, outgoingDate: r.outgoing_date, route: r.route, status: r.letter_status } : null,
    receivedOn: r.received_on, text: r.received_text,
  }));
}
