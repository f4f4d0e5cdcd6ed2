import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { SavedFilterView } from './schemas';

/** A user's saved journal filters, by name (Russian order). */
export async function listSavedFilters(db: Kysely<DB>, userId: number, id?: number): Promise<SavedFilterView[]> {
  let q = db.selectFrom('saved_filters').select(['id', 'name', 'query', 'created_at']).where('user_id', '=', userId);
  if (id !== undefined) q = q.where('id', '=', id);
  const rows = await q.orderBy((eb) => eb.ref('name'), (ob) => ob.collate('und-x-icu')).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, query: r.query, createdAt: r.created_at.toISOString() }));
}
