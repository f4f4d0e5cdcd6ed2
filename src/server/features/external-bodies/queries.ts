import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { ExternalBody, ExternalBodyQuery } from './schemas';

/** Case- and ё-insensitive form of a name, the same in JS and in SQL (ADM-3 search, duplicate check). */
export function normaliseName(s: string): string {
  return s.toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

/** lower() needs an ICU collation: the databases' default byte-order collation lowers ASCII only. */
function normalisedColumn(): Expression<string> {
  return sql<string>`translate(lower(name collate "und-x-icu"), 'ё', 'е')`;
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The directory for pickers and the admin list: every word of `q` must occur in the name. */
export async function listExternalBodies(db: Kysely<DB>, filter: Partial<ExternalBodyQuery> = {}): Promise<ExternalBody[]> {
  let q = db.selectFrom('external_bodies').select(['id', 'name', 'kind', 'postal_address', 'email', 'note', 'active']);
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.active !== undefined) q = q.where('active', '=', filter.active);
  const words = normaliseName(filter.q ?? '').split(' ').filter(Boolean);
  for (const w of words) q = q.where(sql<SqlBool>`${normalisedColumn()} like ${`%${likeEscape(w)}%`}`);
  const rows = await q
    .orderBy('active', 'desc')
    .orderBy((eb) => eb.ref('name'), (ob) => ob.collate('und-x-icu'))
    .orderBy('id')
    .limit(filter.limit ?? 1000)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, postalAddress: r.postal_address, email: r.email, note: r.note, active: r.active }));
}

/** Another record of the same kind under the same name (ignoring case, ё and spaces). */
export async function findSameExternalBody(db: Kysely<DB>, name: string, kind: ExternalBody['kind'], exceptId?: number) {
  let q = db.selectFrom('external_bodies').select(['id', 'name']).where('kind', '=', kind).where(sql<SqlBool>`regexp_replace(${normalisedColumn()}, '\\s+', ' ', 'g') = ${normaliseName(name)}`);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst();
}
