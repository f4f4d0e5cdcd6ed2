import { sql, type Kysely } from 'kysely';

/**
 * REG-5 at scale (1,000,000 appeals): the history lookup must answer while the registrar types.
 * A person is the same only when the name is close *and* an address, e-mail or phone matches, so
 * the candidates come from selective btree lookups — the exact normalised name, the sound key of
 * surname + first name (typos that keep the sound: «Иваноф», «Петрава»), the normalised address,
 * e-mail and phone — and the trigram similarity is computed on those few rows only. The trigram
 * index of the surname (0008) matched thousands of people per typo and is dropped.
 *
 * The journal's author filter («Иван» finds «Иванов») gets back a trigram index on the whole name.
 *
 * Registration p99 (≤ 100 ms at 200 appeals/s): a GIN index's pending list (fastupdate) makes most
 * inserts cheap and the one that fills it (4 MB) merge everything — that registration waits
 * seconds. Without it every registration pays its own small share.
 */
const statements = [
  // A Russian sound key: lower case; vowels reduced (о/а/я → а, е/ё/э/и/ы/й → и, у/ю → у),
  // consonants devoiced (б→п, в→ф, г→к, д→т, ж→ш, з→с, щ→ш, ц→с), ъ and ь dropped, non-letters
  // dropped, doubled letters collapsed. Immutable: it feeds a stored generated column.
  `create function ru_sound_key(s text) returns text language sql immutable parallel safe returns null on null input as $$
     select regexp_replace(
              translate(regexp_replace(lower(s), '[^а-яё]', '', 'g'), 'ёояыэейюбвгджзщцъь', 'иааииииупфктшсшс'),
              '(.)\\1+', '\\1', 'g')
   $$`,
  `alter table authors add column name_key text generated always as (coalesce(ru_sound_key(surname), '') || ' ' || coalesce(ru_sound_key(first_name), '')) stored`,
  `create index authors_name_key on authors(name_key) where kind = 'person'`,
  `create index authors_address on authors(address_norm) where address_norm <> ''`,
  `drop index authors_surname_trgm`,
  `create index authors_match_name_trgm on authors using gin (match_name gin_trgm_ops) with (fastupdate = off)`,
  `alter index appeals_search set (fastupdate = off)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
