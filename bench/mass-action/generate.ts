/**
 * A mass action's worth of data (REG-12): `n` appeals registered on one day, each from its own
 * author, each with one question of the same ТОТК code; a fifth of them electronic with an e-mail
 * (their notices go by e-mail). Generated inside the database, one statement per table.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/server/platform/db/schema';

const surnames = ['Иванов', 'Петров', 'Сидоров', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев'];
const firstNames = ['Александр', 'Сергей', 'Владимир', 'Андрей', 'Алексей', 'Дмитрий', 'Николай', 'Иван', 'Михаил', 'Евгений'];
const patronymics = ['Александрович', 'Сергеевич', 'Владимирович', 'Иванович', 'Николаевич', 'Петрович'];
const streets = ['ул. Гагарина', 'ул. Мира', 'ул. Ленина', 'ул. Калинина', 'ул. Комсомольская', 'ул. Чехова'];

const arr = (xs: string[]) => sql.raw(`array[${xs.map((x) => `'${x}'`).join(',')}]`);
const pick = (xs: string[]) => sql`(${arr(xs)})[1 + floor(random() * ${xs.length})::int]`;

export async function generateMassAction(db: Kysely<DB>, n: number, date: string, totkCode: string): Promise<void> {
  await sql`select setseed(0.14)`.execute(db);
  await sql`
    insert into authors (kind, surname, first_name, patronymic, postal_address, email, gender, match_name, surname_norm, updated_at)
    select 'person', s, f, p, a, e, 'm', lower(s || ' ' || f || ' ' || p), lower(s), now()
    from (select ${pick(surnames)} as s, ${pick(firstNames)} as f, ${pick(patronymics)} as p,
                 '628002, г. Ханты-Мансийск, ' || ${pick(streets)} || ', д. ' || (1 + i % 120) || ', кв. ' || i as a,
                 case when i % 5 = 0 then 'author' || i || '@example.ru' else '' end as e
          from generate_series(1, ${n}) i) x`.execute(db);
  const firstAuthor = Number((await sql<{ m: number }>`select min(id) as m from authors`.execute(db)).rows[0]!.m);
  await sql`
    insert into appeals (number, year, seq, received_at, received_date, registered_at, registration_date, registration_deadline, consideration_deadline,
                         form, channel, type, annotation, multiplicity, search, updated_at, warnings)
    select i::text, extract(year from ${date}::date)::int, i, ${date}::date::timestamptz, ${date}::date, ${date}::date::timestamptz + interval '2 hours', ${date}::date, ${date}::date + 3, ${date}::date + 30,
           case when i % 5 = 0 then 'electronic' else 'written' end, case when i % 5 = 0 then 'email' else 'post' end, 'statement',
           'О проезде льготных категорий граждан (одномоментная акция)', 'primary', to_tsvector('ru', 'О проезде льготных категорий граждан'), now(), '[]'
    from generate_series(1, ${n}) i`.execute(db);
  const firstAppeal = Number((await sql<{ m: number }>`select min(id) as m from appeals`.execute(db)).rows[0]!.m);
  await sql`insert into appeal_authors (appeal_id, author_id, role, position, receives_answer) select id, ${firstAuthor} + (id - ${firstAppeal}), 'author', 1, true from appeals`.execute(db);
  await sql`insert into appeal_questions (appeal_id, position, totk_code) select id, 1, ${totkCode} from appeals`.execute(db);
  await sql`insert into number_counters (scope, last_value) values (${`appeals:${date.slice(0, 4)}`}, ${n}) on conflict (scope) do update set last_value = excluded.last_value`.execute(db);
  await sql`analyze`.execute(db);
}
