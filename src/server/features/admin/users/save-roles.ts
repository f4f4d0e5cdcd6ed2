import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import type { Role } from '../../../../domain/org/roles';

/** Replaces a user's roles and, for a deputy, the units he supervises (ADM-1). */
export async function saveRoles(trx: Kysely<DB>, userId: number, roles: Role[], supervisedUnitIds: number[]) {
  await trx.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  await trx.deleteFrom('supervised_units').where('user_id', '=', userId).execute();
  for (const role of new Set(roles)) await trx.insertInto('user_roles').values({ user_id: userId, role }).execute();
  if (roles.includes('deputy')) {
    for (const unitId of new Set(supervisedUnitIds)) await trx.insertInto('supervised_units').values({ user_id: userId, unit_id: unitId }).execute();
  }
}

/**
 * There must always be at least one active administrator, or nobody can manage users. Changes that
 * could remove one are serialised (two administrators removing each other at once must not both win).
 */
export async function otherActiveAdministrators(trx: Kysely<DB>, exceptUserId: number): Promise<number> {
  await sql`select pg_advisory_xact_lock(7402061)`.execute(trx);
  const row = await trx
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.role', '=', 'administrator')
    .where('u.active', '=', true)
    .where('u.id', '<>', exceptUserId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
