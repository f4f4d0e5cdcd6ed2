/**
 * Realistic registry data at scale, generated inside the database (one SQL statement per table):
 * appeals over five years (2022–2026), ≈1.2 authors and 2 ТОТК questions each, ≈20 % repeats
 * (authors drawn with replacement from a smaller pool), Russian names, addresses and annotations.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/server/platform/db/schema';
import { addressNoise } from '../../src/domain/appeal/normalise';

const surnamesM = ['Иванов', 'Петров', 'Сидоров', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв', 'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Антонов'];
// Surname stems × joints × endings: about 650 surnames, so that a name is as selective as in life.
const stems = ['Бел', 'Черн', 'Кругл', 'Остр', 'Мал', 'Больш', 'Тих', 'Сух', 'Прям', 'Крив', 'Добр', 'Весел', 'Светл', 'Красн', 'Зелён', 'Жук', 'Гус', 'Лис', 'Медвед', 'Вол', 'Бобр', 'Сом', 'Щук', 'Карп', 'Ерш', 'Галк', 'Грач', 'Дятл', 'Сыч', 'Клён', 'Дуб', 'Берёз', 'Сосн', 'Рябин', 'Калин', 'Мельн', 'Кузн', 'Плот', 'Гонч', 'Стрел'];
const joints = ['', 'ан', 'ен', 'ал', 'ун'];
const endings = ['ов', 'ин', 'ский'];
const firstM = ['Александр', 'Сергей', 'Владимир', 'Андрей', 'Алексей', 'Дмитрий', 'Николай', 'Иван', 'Михаил', 'Евгений', 'Юрий', 'Игорь', 'Олег', 'Виктор', 'Павел', 'Анатолий', 'Василий', 'Пётр', 'Константин', 'Геннадий'];
const firstF = ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Анна', 'Мария', 'Галина', 'Людмила', 'Екатерина', 'Валентина', 'Надежда', 'Любовь', 'Нина', 'Марина', 'Юлия', 'Оксана', 'Вера', 'Лариса'];
const patronymicM = ['Александрович', 'Сергеевич', 'Владимирович', 'Иванович', 'Николаевич', 'Петрович', 'Михайлович', 'Викторович', 'Юрьевич', 'Анатольевич', 'Васильевич', 'Алексеевич'];
const patronymicF = ['Александровна', 'Сергеевна', 'Владимировна', 'Ивановна', 'Николаевна', 'Петровна', 'Михайловна', 'Викторовна', 'Юрьевна', 'Анатольевна', 'Васильевна', 'Алексеевна'];
const towns = ['г. Ханты-Мансийск', 'п. Горноправдинск', 'с. Селиярово', 'п. Луговской', 'с. Тюли', 'п. Сибирский', 'д. Шапша', 'п. Кирпичный', 'с. Елизарово', 'п. Выкатной'];
const streets = ['ул. Гагарина', 'ул. Мира', 'ул. Ленина', 'ул. Калинина', 'ул. Комсомольская', 'ул. Чехова', 'ул. Пушкина', 'ул. Механизаторов', 'ул. Строителей', 'ул. Школьная', 'ул. Набережная', 'ул. Центральная'];
const topics = [
  'О ремонте дороги по', 'О предоставлении жилого помещения, проживает по', 'О перерасчёте платы за отопление по', 'О благоустройстве двора дома по',
  'О работе общественного транспорта в районе', 'О назначении пенсии, проживает по', 'О предоставлении земельного участка вблизи', 'О вывозе мусора с контейнерной площадки по',
  'О ремонте кровли многоквартирного дома по', 'О выплате детского пособия, проживает по', 'Жалоба на действия управляющей компании, дом по', 'О водоснабжении дома по',
  'О проезде льготных категорий граждан, проживает по', 'О записи ребёнка в детский сад, проживает по', 'Об освещении улицы', 'О бродячих собаках в районе',
];
const channels = ['post', 'post', 'post', 'in-person', 'internet-reception', 'internet-reception', 'epgu', 'forwarded', 'personal-reception', 'email'];

const arr = (xs: string[]) => sql.raw(`array[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(',')}]`);
const pick = (xs: string[]) => sql`(${arr(xs)})[1 + floor(random() * ${xs.length})::int]`;

/** normaliseAddress (src/domain/appeal/normalise.ts) in SQL: the same words, so that lookups match. */
function addressNorm(address: ReturnType<typeof sql.ref>) {
  return sql`array_to_string(array(
      select w from regexp_split_to_table(trim(regexp_replace(lower(replace(${address}, 'ё', 'е')), '[^а-яa-z0-9]+', ' ', 'g')), ' ') with ordinality as t(w, n)
      where w <> '' and w <> all(${arr([...addressNoise])}) and w !~ '^[0-9]{6}$' order by n), ' ')`;
}

export async function generate(db: Kysely<DB>, appeals: number, log: (s: string) => void = console.log) {
  const authors = Math.round(appeals * 0.85);
  const t0 = Date.now();
  await sql`select setseed(0.42)`.execute(db);
  await sql`
    insert into authors (kind, surname, first_name, patronymic, postal_address, phone, gender, match_name, phone_norm, address_norm, surname_norm, updated_at)
    select 'person', s, f, p, a, ph, g,
           array_to_string(array(select w from unnest(string_to_array(lower(replace(s || ' ' || f || ' ' || p, 'ё', 'е')), ' ')) w order by w), ' '),
           right(ph, 10), ${addressNorm(sql.ref('a'))}, lower(replace(s, 'ё', 'е')), now()
    from (
      select case when g = 'm' then base else case when base like '%ский' then left(base, -2) || 'ая' else base || 'а' end end as s,
             case when g = 'm' then ${pick(firstM)} else ${pick(firstF)} end as f,
             case when g = 'm' then ${pick(patronymicM)} else ${pick(patronymicF)} end as p,
             ${pick(towns)} || ', ' || ${pick(streets)} || ', д. ' || (1 + floor(random() * 120))::int || ', кв. ' || (1 + floor(random() * 90))::int as a,
             '834673' || lpad((floor(random() * 9999))::int::text, 4, '0') as ph,
             g
      from (select case when random() < 0.5 then 'm' else 'f' end as g,
                   case when random() < 0.3 then ${pick(surnamesM)} else ${pick(stems)} || ${pick(joints)} || ${pick(endings)} end as base
            from generate_series(1, ${authors})) x
    ) y`.execute(db);
  log(`authors: ${authors} in ${Date.now() - t0} ms`);

  const t1 = Date.now();
  // Registration dates 2022-01-10 … 2026-11-19; numbers per year in date order; 20 % marked repeats.
  await sql`
    insert into appeals (number, year, seq, received_at, received_date, registered_at, registration_date, registration_deadline, consideration_deadline,
                         form, channel, type, annotation, multiplicity, search, updated_at, warnings)
    select seq::text, extract(year from d)::int, seq, d::timestamptz, d, d::timestamptz + interval '2 hours', d, d + 3, d + 30,
           case when ch in ('internet-reception', 'epgu', 'email') then 'electronic' when ch = 'personal-reception' then 'oral' else 'written' end,
           ch, case when random() < 0.7 then 'statement' when random() < 0.6 then 'complaint' else 'proposal' end,
           ann, case when random() < 0.2 then 'repeat' else 'primary' end, to_tsvector('ru', ann), now(), '[]'
    from (
      select d, ch, ann, row_number() over (partition by extract(year from d) order by d, r) as seq
      from (
        select date '2022-01-10' + floor(random() * (date '2026-11-19' - date '2022-01-10'))::int as d,
               ${pick(channels)} as ch,
               ${pick(topics)} || ' ' || ${pick(streets)} || ', ' || ${pick(towns)} as ann,
               random() as r
        from generate_series(1, ${appeals})
      ) z
    ) w`.execute(db);
  log(`appeals: ${appeals} in ${Date.now() - t1} ms`);

  const t2 = Date.now();
  const first = Number((await sql<{ m: number }>`select min(id) as m from appeals`.execute(db)).rows[0]!.m);
  const firstAuthor = Number((await sql<{ m: number }>`select min(id) as m from authors`.execute(db)).rows[0]!.m);
  await sql`
    insert into appeal_authors (appeal_id, author_id, role, position, receives_answer)
    select id, ${firstAuthor} + floor(random() * ${authors})::int, 'author', 1, true from appeals where id >= ${first}`.execute(db);
  await sql`
    insert into appeal_authors (appeal_id, author_id, role, position)
    select id, ${firstAuthor} + floor(random() * ${authors})::int, 'signatory', 2 from appeals where id >= ${first} and random() < 0.2
    on conflict do nothing`.execute(db);
  await sql`update appeals set collective = true where id in (select appeal_id from appeal_authors where position = 2)`.execute(db);
  log(`appeal authors in ${Date.now() - t2} ms`);

  const t3 = Date.now();
  await sql`
    with q as (select array_agg(code order by code) as codes from totk where kind = 'question')
    insert into appeal_questions (appeal_id, position, totk_code)
    select a.id, k, q.codes[1 + floor(random() * array_length(q.codes, 1))::int]
    from appeals a
    cross join q
    cross join lateral generate_series(1, case when random() + a.id * 0 < 0.3 then 1 when random() + a.id * 0 < 0.85 then 2 else 3 end) k
    where a.id >= ${first}
    on conflict do nothing`.execute(db);
  log(`questions in ${Date.now() - t3} ms`);
  await sql`insert into number_counters (scope, last_value) select 'appeals:' || year, max(seq) from appeals group by year on conflict (scope) do update set last_value = excluded.last_value`.execute(db);
  await sql`analyze`.execute(db);
}
