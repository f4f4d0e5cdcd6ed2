import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { fullName } from '../../../domain/org/person-name';

/**
 * The case timeline: who did what to the appeal, when, for whom and on what ground — the appeal's
 * own events and those of its attachments and outgoing documents (ARCHITECTURE principle 3).
 */
export async function appealTimeline(db: Kysely<DB>, appealId: number) {
  const id = String(appealId);
  const rows = await db
    .selectFrom('events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .leftJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('users as fu', 'fu.id', 'e.acting_for_user_id')
    .leftJoin('officials as fo', 'fo.id', 'fu.official_id')
    .select(['e.id', 'e.occurred_at', 'e.action', 'e.entity_type', 'e.entity_id', 'e.before', 'e.after', 'e.legal_ground', 'o.surname', 'o.first_name', 'o.patronymic', 'fo.surname as f_surname', 'fo.first_name as f_first', 'fo.patronymic as f_patronymic'])
    .where((eb) =>
      eb.or([
        eb.and([eb('e.entity_type', '=', 'appeal'), eb('e.entity_id', '=', id)]),
        eb.and([eb('e.entity_type', '=', 'attachment'), eb('e.entity_id', 'in', sql<string>`(select id::text from attachments where appeal_id = ${appealId})`)]),
        eb.and([eb('e.entity_type', 'in', ['outgoing_document', 'notice']), eb('e.entity_id', 'in', sql<string>`(select id::text from outgoing_documents where appeal_id = ${appealId})`)]),
      ]),
    )
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
    action: r.action,
    entityType: r.entity_type,
    actor: r.surname ? fullName({ surname: r.surname, firstName: r.first_name ?? '', patronymic: r.patronymic }) : 'Система',
    actingFor: r.f_surname ? fullName({ surname: r.f_surname, firstName: r.f_first ?? '', patronymic: r.f_patronymic }) : null,
    legalGround: r.legal_ground,
    before: r.before,
    after: r.after,
  }));
}
