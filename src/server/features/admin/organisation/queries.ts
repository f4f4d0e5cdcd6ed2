import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { errors } from '../../../platform/errors';
import { getProfile } from '../../../../domain/profiles';

export async function getOrganisation(db: Kysely<DB>) {
  const o = await db.selectFrom('organisation').selectAll().executeTakeFirst();
  if (!o) throw errors.notFound('Организация');
  return {
    profileCode: o.profile_code,
    profileTitle: getProfile(o.profile_code)?.title ?? o.profile_code,
    fullName: o.full_name,
    shortName: o.short_name,
    headTitle: o.head_title,
    postalAddress: o.postal_address,
    phones: o.phones,
    email: o.email,
    site: o.site,
    timeZone: o.time_zone,
    workingHours: o.working_hours,
    receptionHours: o.reception_hours,
  };
}
