import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { ancestorCodes, breadcrumb, isSelectable, type TotkKind, type TotkPathItem } from '../../../domain/classifier';

type Row = { code: string; name: string; level: number; kind: TotkKind };

export type TotkItem = { code: string; name: string; kind: TotkKind; level: number; selectable: boolean; path: TotkPathItem[] };
export type TotkNode = { code: string; name: string; kind: TotkKind; level: number; selectable: boolean; hasChildren: boolean };

const SELECTABLE: TotkKind[] = ['question', 'refinement'];
/** A stem of the classifier counts as a spelling of the query's word from this pg_trgm similarity up. */
const TRIGRAM_THRESHOLD = 0.4;
const CODE_QUERY = /^\d{1,4}(\.\d{0,4}){0,4}$/;

/** Presenter: an entry with its breadcrumb (ancestors, the section first). */
async function withPaths(db: Kysely<DB>, rows: Row[]): Promise<TotkItem[]> {
  const codes = [...new Set(rows.flatMap((r) => ancestorCodes(r.code)))];
  const names = new Map(codes.length ? (await db.selectFrom('totk').select(['code', 'name']).where('code', 'in', codes).execute()).map((r) => [r.code, r.name]) : []);
  return rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind, level: r.level, selectable: isSelectable(r.kind), path: breadcrumb(r.code, (c) => names.get(c)) }));
}

/** The words of a query, lower case, ё as е (the `ru` configuration and the stored names agree on that). */
export function queryWords(q: string): string[] {
  return q.toLowerCase().replaceAll('ё', 'е').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Type-ahead search over the classifier, best first:
 * 1. full text by word forms — every word of the query as a prefix of its Russian stem, so
 *    «пенсии» (stem «пенс») finds «пенсионного обеспечения» and a half-typed word still matches;
 *    entries with the very word form («пенсии», «пенсий») come before the longer words;
 * 2. trigram similarity — a word with a typo («пенсеонное») is matched to the most similar stems
 *    of the names (pg_trgm similarity ≥ 0.4 against the classifier's vocabulary). Comparing stems
 *    rather than whole names keeps endings out of the score: on whole names «пенсеонное» was
 *    closest to «Электронное правительство»;
 * 3. code prefix — «0002.0007» lists that theme and everything under it.
 * An entry found by an earlier step is not repeated by a later one.
 */
export async function searchTotk(db: Kysely<DB>, opts: { q: string; limit: number; selectableOnly: boolean }): Promise<TotkItem[]> {
  const q = opts.q.trim();
  const found: Row[] = [];
  const room = () => opts.limit - found.length;
  const base = () => {
    let query = db.selectFrom('totk').select(['code', 'name', 'level', 'kind']);
    if (opts.selectableOnly) query = query.where('kind', 'in', SELECTABLE);
    if (found.length) query = query.where('code', 'not in', found.map((r) => r.code));
    return query;
  };
  const words = queryWords(q);
  const isCode = CODE_QUERY.test(q);
  if (!isCode && words.length > 0) {
    // Words hold letters and digits only, so quoting them in the tsquery text is safe.
    const prefix = sql`to_tsquery('ru', ${words.map((w) => `'${w}':*`).join(' & ')})`;
    const exact = sql`to_tsquery('ru', ${words.map((w) => `'${w}'`).join(' & ')})`;
    found.push(
      ...(await base()
        .where(sql<boolean>`search @@ ${prefix}`)
        .orderBy(sql`search @@ ${exact}`, 'desc')
        // Normalisation 2 (rank / number of words): among equal matches the shorter name comes first.
        .orderBy(sql`ts_rank(search, ${prefix}, 2)`, 'desc')
        .orderBy('level')
        .orderBy('position')
        .limit(room())
        .execute()),
    );
    if (room() > 0) {
      const fuzzy = await fuzzyQueries(db, words);
      if (fuzzy) {
        found.push(
          ...(await base()
            .where(sql<boolean>`search @@ ${fuzzy.any}`)
            .orderBy(sql`search @@ ${fuzzy.best}`, 'desc')
            .orderBy(sql`ts_rank(search, ${fuzzy.any}, 2)`, 'desc')
            .orderBy('level')
            .orderBy('position')
            .limit(room())
            .execute()),
        );
      }
    }
  }
  if (room() > 0 && isCode) {
    const prefix = q.replace(/\.$/, '');
    found.push(...(await base().where((eb) => eb.or([eb('code', '=', prefix), eb('code', 'like', `${prefix}%`)])).orderBy('code').limit(room()).execute()));
  }
  return withPaths(db, found);
}

/**
 * For each word of the query (stop words and words under three letters aside): the stems of the
 * classifier most similar to its stem. Gives two tsqueries: `any` — every word by any of its
 * similar stems, `best` — every word by its closest stem. Null when some word has no similar stem.
 */
async function fuzzyQueries(db: Kysely<DB>, words: string[]) {
  const candidates = words.filter((w) => w.length >= 3);
  if (candidates.length === 0) return null;
  const { rows } = await sql<{ i: number; word: string; sim: number }>`
    with w as (
      select t.i, (select lexeme from unnest(to_tsvector('ru', t.x)) limit 1) as stem
      from unnest(array[${sql.join(candidates)}]::text[]) with ordinality as t(x, i))
    select w.i::int as i, v.word, similarity(v.word, w.stem) as sim
    from w cross join ts_stat('select search from totk') v
    where w.stem is not null and similarity(v.word, w.stem) >= ${TRIGRAM_THRESHOLD}
    order by w.i, sim desc, v.word`.execute(db);
  const byWord = new Map<number, string[]>();
  for (const r of rows) {
    const list = byWord.get(r.i) ?? [];
    if (list.length < 5) list.push(r.word.replaceAll("'", ''));
    byWord.set(r.i, list);
  }
  if (byWord.size === 0) return null;
  const groups = [...byWord.values()];
  return {
    any: sql`to_tsquery('simple', ${groups.map((g) => `(${g.map((w) => `'${w}'`).join(' | ')})`).join(' & ')})`,
    best: sql`to_tsquery('simple', ${groups.map((g) => `'${g[0]}'`).join(' & ')})`,
  };
}

/** One level of the tree: the sections (parent null) or the children of an entry, in the edition's order. */
export async function totkChildren(db: Kysely<DB>, parent: string | null): Promise<TotkNode[]> {
  const rows = await db
    .selectFrom('totk as t')
    .select(['t.code', 't.name', 't.level', 't.kind'])
    .select((eb) => eb.exists(eb.selectFrom('totk as c').select('c.code').whereRef('c.parent', '=', 't.code')).as('hasChildren'))
    .where((eb) => (parent === null ? eb('t.parent', 'is', null) : eb('t.parent', '=', parent)))
    .orderBy('t.position')
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind, level: r.level, selectable: isSelectable(r.kind), hasChildren: Boolean(r.hasChildren) }));
}

/** One entry with its breadcrumb; undefined when the stored edition has no such code. */
export async function totkEntry(db: Kysely<DB>, code: string): Promise<(TotkItem & { hasChildren: boolean }) | undefined> {
  const row = await db
    .selectFrom('totk as t')
    .select(['t.code', 't.name', 't.level', 't.kind'])
    .select((eb) => eb.exists(eb.selectFrom('totk as c').select('c.code').whereRef('c.parent', '=', 't.code')).as('hasChildren'))
    .where('t.code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  const [item] = await withPaths(db, [row]);
  return { ...item!, hasChildren: Boolean(row.hasChildren) };
}

/** The editions loaded so far, the newest first. */
export async function totkEditions(db: Kysely<DB>) {
  const rows = await db.selectFrom('totk_editions').select(['id', 'title', 'entries', 'loaded_at', 'current']).orderBy('id', 'desc').execute();
  return rows.map((r) => ({ id: r.id, title: r.title, entries: r.entries, loadedAt: r.loaded_at.toISOString(), current: r.current }));
}
