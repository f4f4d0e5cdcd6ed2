import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { TotkEntry } from '../../../domain/classifier';

/** Rows per INSERT: 500 rows × 7 parameters stays far below PostgreSQL's 65 535. */
const BATCH = 500;

export type EditionChanges = { added: number; renamed: number; removed: number };

/**
 * Writes a checked edition over the stored one inside the caller's transaction: upserts every
 * entry (parents before children, so the parent reference always holds), then removes the codes
 * the edition no longer has. The caller makes sure no appeal uses a removed code.
 * `position` is the entry's place in the edition — the order of siblings in the tree.
 */
export async function writeEdition(trx: Kysely<DB>, entries: readonly TotkEntry[]): Promise<EditionChanges> {
  const before = new Map((await trx.selectFrom('totk').select(['code', 'name']).execute()).map((r) => [r.code, r.name]));
  const rows = entries.map((e, position) => ({ ...e, position })).sort((a, b) => a.level - b.level || a.position - b.position);
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows.slice(i, i + BATCH).map((e) => ({
      code: e.code,
      name: e.name,
      level: e.level,
      kind: e.kind,
      parent: e.parent,
      position: e.position,
      search: sql<string>`to_tsvector('ru', ${e.name})`,
    }));
    await trx
      .insertInto('totk')
      .values(values)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          parent: eb.ref('excluded.parent'),
          position: eb.ref('excluded.position'),
          search: eb.ref('excluded.search'),
        })),
      )
      .execute();
  }
  const codes = new Set(entries.map((e) => e.code));
  const gone = [...before.keys()].filter((c) => !codes.has(c));
  // One statement: a removed group and its removed questions go together (the parent check runs at its end).
  if (gone.length > 0) await trx.deleteFrom('totk').where('code', 'in', gone).execute();
  return {
    added: entries.filter((e) => !before.has(e.code)).length,
    renamed: entries.filter((e) => before.has(e.code) && before.get(e.code) !== e.name).length,
    removed: gone.length,
  };
}
