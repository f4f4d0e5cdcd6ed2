import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Profile } from '../../../domain/profiles/types';
import { recordEvent } from '../../platform/events';
import { ADDRESS_PENDING, starterExternalBodies } from './starter-list';

/**
 * First start (the directory is empty): load the starter list for the organisation's region (ADM-3).
 * Later starts leave the directory alone — it belongs to the administrator from then on.
 * Returns how many bodies were added.
 */
export async function ensureExternalBodies(db: Kysely<DB>, profile: Pick<Profile, 'organisation'>, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const any = await trx.selectFrom('external_bodies').select('id').limit(1).executeTakeFirst();
    if (any) return 0;
    const { region, bodies } = starterExternalBodies(profile);
    await trx
      .insertInto('external_bodies')
      .values(bodies.map((b) => ({ name: b.name, kind: b.kind, postal_address: b.postalAddress, email: '', note: b.note, created_at: now })))
      .execute();
    await recordEvent(trx, {
      actor: null,
      at: now,
      entityType: 'external_body',
      entityId: 'starter-list',
      action: 'external_body.seeded',
      after: { region, count: bodies.length, addressPending: bodies.filter((b) => b.note.startsWith(ADDRESS_PENDING)).length },
    });
    return bodies.length;
  });
}
