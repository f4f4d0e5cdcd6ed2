import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { normaliseAddress, normaliseEmail, normaliseName, normalisePhone, normaliseText } from '../../../domain/appeal/normalise';
import type { AuthorInput } from './schemas';

function columns(a: AuthorInput) {
  return {
    kind: a.kind,
    surname: a.surname,
    first_name: a.firstName,
    patronymic: a.patronymic,
    organisation_name: a.organisationName,
    postal_address: a.postalAddress,
    email: a.email,
    phone: a.phone,
    territory: a.territory,
    social_status: a.socialStatus,
    benefit_category: a.benefitCategory,
    gender: a.gender,
    match_name: a.kind === 'person' ? normaliseName([a.surname, a.firstName, a.patronymic]) : normaliseName([a.organisationName]),
    email_norm: normaliseEmail(a.email),
    phone_norm: normalisePhone(a.phone),
    address_norm: normaliseAddress(a.postalAddress),
    surname_norm: normaliseText((a.kind === 'person' ? a.surname : a.organisationName) ?? ''),
  };
}

/**
 * REG-3: an author record is reused across appeals. Reusing updates the contact details the
 * registrar typed (people move); names and addresses are kept exactly as written.
 */
export async function saveAuthor(trx: Kysely<DB>, a: AuthorInput, now: Date): Promise<number> {
  if (a.id !== undefined) {
    const found = await trx.selectFrom('authors').select('id').where('id', '=', a.id).executeTakeFirst();
    if (!found) throw errors.invalid('Автор не найден: выберите его заново.', { authors: 'Автор не найден.' });
    await trx.updateTable('authors').set({ ...columns(a), updated_at: now }).where('id', '=', a.id).execute();
    return a.id;
  }
  // The same person typed again (same name after normalisation and the same address, e-mail or
  // phone) is the same author record; a different spelling stays a candidate for the registrar.
  const c = columns(a);
  const same = await trx
    .selectFrom('authors')
    .select('id')
    .where('kind', '=', c.kind)
    .where('match_name', '=', c.match_name)
    .where((eb) =>
      eb.or([
        ...(c.address_norm ? [eb('address_norm', '=', c.address_norm)] : []),
        ...(c.email_norm ? [eb('email_norm', '=', c.email_norm)] : []),
        ...(c.phone_norm.length >= 6 ? [eb('phone_norm', '=', c.phone_norm)] : []),
        eb.val(false),
      ]),
    )
    .orderBy('id')
    .executeTakeFirst();
  if (same && c.match_name) {
    await trx.updateTable('authors').set({ ...c, updated_at: now }).where('id', '=', same.id).execute();
    return same.id;
  }
  const row = await trx.insertInto('authors').values({ ...c, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
