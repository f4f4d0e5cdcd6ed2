import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { NoticeSources } from './notice-values';

/**
 * The organisation, its head and the official who makes the document (with his position) — the
 * parties of an outgoing document's fields. Pass the transaction: PGlite has one connection.
 */
export async function loadDocumentParties(trx: Kysely<DB>, officialId: number) {
  const org = await trx.selectFrom('organisation').selectAll().executeTakeFirstOrThrow();
  const head = await trx
    .selectFrom('officials as o')
    .innerJoin('positions as p', 'p.id', 'o.position_id')
    .select(['o.surname', 'o.first_name', 'o.patronymic'])
    .where('p.is_head', '=', true)
    // The organisation's head: the head position of the top unit, not a department head (as in the notice).
    .where((eb) => eb.or([eb('p.unit_id', 'is', null), eb('p.unit_id', 'in', trx.selectFrom('units').select('id').where('parent_id', 'is', null))]))
    .where('o.active', '=', true)
    .orderBy('o.id')
    .executeTakeFirst();
  const official = await trx
    .selectFrom('officials as o')
    .leftJoin('positions as p', 'p.id', 'o.position_id')
    .select(['o.surname', 'o.first_name', 'o.patronymic', 'o.phone', 'p.name as position'])
    .where('o.id', '=', officialId)
    .executeTakeFirst();
  return {
    organisation: { fullName: org.full_name, shortName: org.short_name, postalAddress: org.postal_address, phones: org.phones, email: org.email, site: org.site, headTitle: org.head_title } satisfies NoticeSources['organisation'],
    head: head ? { surname: head.surname, firstName: head.first_name, patronymic: head.patronymic } : null,
    official: official ? { surname: official.surname, firstName: official.first_name, patronymic: official.patronymic, phone: official.phone, position: official.position } : null,
  };
}
