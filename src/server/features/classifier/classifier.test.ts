import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { shippedTotkEdition } from '../../../domain/classifier/shipped';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { ensureClassifier } from './seed-classifier';

type Item = { code: string; name: string; kind: string; level: number; selectable: boolean; path: { code: string; name: string }[] };
type Node = { code: string; name: string; kind: string; selectable: boolean; hasChildren: boolean };

const TRAVEL = '0002.0007.0074.0320';

describe.each(testDatabaseKinds)('ТОТК classifier API on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let registrar: Session;
  let nobody: Session;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await buildUser(t, { login: 'boss', roles: ['administrator'] });
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    await buildUser(t, { login: 'nobody', roles: [] });
    admin = await loginAs(t, 'boss');
    registrar = await loginAs(t, 'reg');
    nobody = await loginAs(t, 'nobody');
  });
  afterAll(() => t.close());

  const search = async (q: string, extra = '') => {
    const res = await registrar.request('GET', `/api/classifier/search?q=${encodeURIComponent(q)}${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Item[];
  };
  const count = async () => Number((await t.database.db.selectFrom('totk').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('loads the whole shipped edition on first start, once, with its edition row and event', async () => {
    expect(await count()).toBe(2108);
    const kinds = await t.database.db.selectFrom('totk').select(['kind', (eb) => eb.fn.countAll().as('n')]).groupBy('kind').execute();
    expect(Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]))).toEqual({ section: 5, theme: 21, group: 206, question: 1225, refinement: 651 });
    const editions = (await registrar.request('GET', '/api/classifier/editions')).json();
    expect(editions).toMatchObject([{ title: shippedTotkEdition.title, entries: 2108, current: true }]);
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'classifier.edition_loaded').execute();
    expect(event).toHaveLength(1);
    expect(await ensureClassifier(t.database.db, new Date())).toBeNull();
    expect(await count()).toBe(2108);
  });

  it('finds by word forms: «пенсии» → pension entries, «жильё» and «жилья» → housing questions', async () => {
    const pensions = await search('пенсии');
    expect(pensions.length).toBeGreaterThan(10);
    expect(pensions[0]!.name).toMatch(/пенси/i);
    expect(pensions.map((i) => i.name)).toContain('Своевременность и качество пенсионного обеспечения');
    const one = pensions.find((i) => i.code === '0002.0007.0071.0282')!;
    expect(one).toEqual({
      code: '0002.0007.0071.0282',
      name: 'Назначение пенсии',
      kind: 'question',
      level: 4,
      selectable: true,
      path: [
        { code: '0002', name: 'Социальная сфера' },
        { code: '0002.0007', name: 'Социальное обеспечение и социальное страхование' },
        { code: '0002.0007.0071', name: 'Пенсии (за исключением международного сотрудничества)' },
      ],
    });
    const housingYo = await search('жильё');
    const housing = await search('жилья');
    expect(housingYo.map((i) => i.code)).toEqual(housing.map((i) => i.code));
    expect(housing.map((i) => i.name)).toEqual(expect.arrayContaining(['Арендное жилье', 'Предоставление служебного жилья']));
    expect(housing.filter((i) => i.selectable).length).toBeGreaterThan(5);
    expect((await search('проезд льготн')).at(0)?.code).toBe(TRAVEL);
  });

  it('survives a typo through trigram similarity and finds by code prefix', async () => {
    const typo = await search('пенсеонное');
    expect(typo.map((i) => i.name)).toContain('Своевременность и качество пенсионного обеспечения');
    expect((await search('льготный проезт')).at(0)?.code).toBe(TRAVEL);
    const byCode = await search('0002.0007', '&limit=5');
    expect(byCode.map((i) => i.code)).toEqual(['0002.0007', '0002.0007.0066', '0002.0007.0066.0271', '0002.0007.0067', '0002.0007.0067.0272']);
    expect((await search(TRAVEL)).at(0)).toMatchObject({ code: TRAVEL, name: 'Проезд льготных категорий граждан' });
    const selectable = await search('пенсии', '&selectable=true&limit=50');
    expect(selectable.length).toBeGreaterThan(5);
    expect(selectable.every((i) => i.selectable)).toBe(true);
    expect(await search('отопление')).toEqual([]);
  });

  it('refuses an empty or one-letter query in Russian', async () => {
    for (const url of ['/api/classifier/search?q=', '/api/classifier/search?q=%20п%20', '/api/classifier/search']) {
      const res = await registrar.request('GET', url);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.q).toMatch(/знак|поиск/);
    }
    expect((await registrar.request('GET', '/api/classifier/search?q=пенсия&limit=500')).json().error.fields.limit).toMatch(/от 1 до 50/);
  });

  it('walks the tree: five sections at the root, children in order, one entry with its path', async () => {
    const root = (await registrar.request('GET', '/api/classifier/children')).json() as Node[];
    expect(root.map((n) => [n.code, n.kind, n.selectable, n.hasChildren])).toEqual(['0001', '0002', '0003', '0004', '0005'].map((c) => [c, 'section', false, true]));
    expect(root[4]!.name).toBe('Жилищно-коммунальная сфера');
    expect(((await registrar.request('GET', '/api/classifier/children?parent=')).json() as Node[]).length).toBe(5);
    const themes = (await registrar.request('GET', '/api/classifier/children?parent=0001')).json() as Node[];
    expect(themes.map((n) => n.code)).toEqual(['0001.0001', '0001.0002', '0001.0020', '0001.0003', '0001.0021']); // the edition's order, not the code's
    const questions = (await registrar.request('GET', '/api/classifier/children?parent=0002.0007.0074')).json() as Node[];
    expect(questions.find((n) => n.code === TRAVEL)).toEqual({ code: TRAVEL, name: 'Проезд льготных категорий граждан', kind: 'question', level: 4, selectable: true, hasChildren: false });
    const withRefinements = (await registrar.request('GET', '/api/classifier/children?parent=0002.0007.0071')).json() as Node[];
    expect(withRefinements.find((n) => n.code === '0002.0007.0071.0282')).toMatchObject({ selectable: true, hasChildren: true });

    const entry = (await registrar.request('GET', `/api/classifier/${TRAVEL}`)).json();
    expect(entry).toMatchObject({ code: TRAVEL, kind: 'question', selectable: true, hasChildren: false });
    expect(entry.path.map((p: { code: string }) => p.code)).toEqual(['0002', '0002.0007', '0002.0007.0074']);

    const missing = await registrar.request('GET', '/api/classifier/0009.0001');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Запись классификатора 0009.0001 не найдена.');
    expect((await registrar.request('GET', '/api/classifier/children?parent=0009')).statusCode).toBe(404);
    const bad = await registrar.request('GET', '/api/classifier/12.3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.code).toMatch(/четыре цифры/);
  });

  it('lets every staff role read and only the administrator import', async () => {
    expect((await nobody.request('GET', '/api/classifier/search?q=пенсии')).statusCode).toBe(403);
    expect((await nobody.request('GET', '/api/classifier/children')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/classifier/children' })).statusCode).toBe(401);
    expect((await admin.request('GET', `/api/classifier/${TRAVEL}`)).statusCode).toBe(200);
    const body = { title: 'Проверка прав', entries: shippedTotkEdition.entries };
    expect((await registrar.request('POST', '/api/admin/classifier/import', body)).statusCode).toBe(403);
    expect((await nobody.request('POST', '/api/admin/classifier/import', body)).statusCode).toBe(403);
  });

  it('refuses a bad edition in Russian and changes nothing', async () => {
    const entries = [
      ...shippedTotkEdition.entries,
      { code: '0002.0007', name: 'Повтор' },
      { code: '0009.0001.0001', name: 'Без родителя' },
      { code: '0002.0007.0074.0320.9999', name: 'Неверный уровень', level: 4 },
      { code: '2.7', name: 'Плохой код' },
    ];
    const res = await admin.request('POST', '/api/admin/classifier/import', { title: 'Редакция с ошибками', entries });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.message).toBe('Редакция не загружена: ошибок — 4. Исправьте файл и повторите загрузку.');
    expect(Object.values(error.fields)).toEqual([
      'Запись 2109 (0002.0007): Код 0002.0007 уже встречался в записи 544.',
      'Запись 2110 (0009.0001.0001): Родительской записи 0009.0001 нет в редакции.',
      'Запись 2111 (0002.0007.0074.0320.9999): Уровень 4 не соответствует коду (у кода 0002.0007.0074.0320.9999 уровень 5).',
      'Запись 2112: Код «2.7» не соответствует формату ТОТК (от одной до пяти групп по четыре цифры через точку, например 0002.0007.0074.0320).',
    ]);
    const noTitle = await admin.request('POST', '/api/admin/classifier/import', { title: '', entries: [] });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().error.fields).toMatchObject({ title: expect.stringMatching(/наименование редакции/), entries: 'Редакция не содержит ни одной записи.' });
    expect(await count()).toBe(2108);
    expect((await registrar.request('GET', '/api/classifier/editions')).json()).toHaveLength(1);
  });

  it('imports a newer edition in one piece, but never drops a code an appeal uses', async () => {
    const used = '0002.0007.0071.0284';
    await sql`insert into appeals (number, year, seq, received_at, received_date, registered_at, registration_date, registration_deadline, consideration_deadline, form, channel, type, annotation, multiplicity, search)
      values ('T-1', 2026, 1, now(), '2026-11-19', now(), '2026-11-19', '2026-11-20', '2026-12-18', 'written', 'post', 'statement', 'Проверка', 'primary', ''::tsvector)`.execute(t.database.db);
    await sql`insert into appeal_questions (appeal_id, position, totk_code) select id, 1, ${used} from appeals where number = 'T-1'`.execute(t.database.db);

    // The newer edition: one question with its six refinements gone, one renamed, one added.
    const newer = shippedTotkEdition.entries
      .filter((e) => !e.code.startsWith(used))
      .map((e) => (e.code === TRAVEL ? { ...e, name: 'Проезд льготных категорий граждан на транспорте' } : e));
    newer.push({ code: '0002.0007.0071.9001', name: 'Выплата пенсий через кредитные организации', level: 4, kind: 'question', parent: '0002.0007.0071' });

    const refused = await admin.request('POST', '/api/admin/classifier/import', { title: 'ТОТК, редакция 2027', entries: newer });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.message).toContain(`используется в зарегистрированных обращениях, но отсутствует в новой редакции: ${used}`);
    expect(await count()).toBe(2108);
    expect((await registrar.request('GET', `/api/classifier/${TRAVEL}`)).json().name).toBe('Проезд льготных категорий граждан');

    // The administrator keeps the used question (its refinements may go).
    const kept = newer.concat(shippedTotkEdition.entries.filter((e) => e.code === used));
    const res = await admin.request('POST', '/api/admin/classifier/import', { title: 'ТОТК, редакция 2027', entries: kept });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ edition: { title: 'ТОТК, редакция 2027', entries: 2103, current: true }, added: 1, renamed: 1, removed: 6 });
    expect(await count()).toBe(2103);
    expect((await registrar.request('GET', `/api/classifier/${TRAVEL}`)).json().name).toBe('Проезд льготных категорий граждан на транспорте');
    expect((await registrar.request('GET', '/api/classifier/0002.0007.0071.0284.0030')).statusCode).toBe(404);
    expect((await search('кредитные организации пенсий')).at(0)?.code).toBe('0002.0007.0071.9001');
    expect((await search('транспорте льготных')).at(0)?.code).toBe(TRAVEL);
    const children = (await registrar.request('GET', '/api/classifier/children?parent=0002.0007.0071')).json() as Node[];
    expect(children.map((n) => n.code)).toEqual(['0002.0007.0071.0282', '0002.0007.0071.0283', '0002.0007.0071.9001', '0002.0007.0071.0284']);
    expect(children.find((n) => n.code === used)?.hasChildren).toBe(false);

    const editions = (await registrar.request('GET', '/api/classifier/editions')).json();
    expect(editions.map((e: { title: string; current: boolean }) => [e.title, e.current])).toEqual([['ТОТК, редакция 2027', true], [shippedTotkEdition.title, false]]);
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'classifier.edition_imported').executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ added: 1, renamed: 1, removed: 6, entries: 2103 });
    expect(event.actor_user_id).not.toBeNull();
  });
});
