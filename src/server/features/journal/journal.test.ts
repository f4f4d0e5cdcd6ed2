import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS } from '../../testing/factories';
import { AppError } from '../../platform/errors';
import type { StaffCtx } from '../../platform/context';
import { exportJournal } from './export-journal';
import { journalColumns } from './journal-workbook';

/** LibreOffice, when the machine has it, is a second real reader of the file. */
const office = ['libreoffice', 'soffice'].find((cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0);
const officeTitle = office
  ? 'LibreOffice converts the export to CSV and reads the same cells'
  : 'LibreOffice check skipped: neither libreoffice nor soffice is on PATH (apt-get install libreoffice-calc-nogui to run it)';

const ALYOSHIN = {
  ...buildAppealInput().authors[0]!,
  surname: 'Алёшин',
  firstName: 'Пётр',
  patronymic: 'Сергеевич',
  postalAddress: '628011, п. Горноправдинск, ул. Петрова, д. 3',
  phone: '',
  benefitCategory: 'ветеран труда',
};

describe.each(testDatabaseKinds)('registration journal: saved filters and Excel export on %s', (kind) => {
  let t: TestApp;
  let reg: Session;
  let analyst: Session;
  let roadsId: number;
  let roadsNumber: string;
  let bodyId: number;
  beforeAll(async () => {
    // Registered on Monday 02.11.2026; «today» is Friday 04.12.2026 — after the 30-day deadline.
    t = await createTestApp(kind, { now: '2026-11-02T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    await buildUser(t, { login: 'analyst', roles: ['analyst'] });
    await buildUser(t, { login: 'exec', roles: ['executor'] });
    reg = await loginAs(t, 'reg');
    bodyId = (await t.database.db.insertInto('external_bodies').values({ name: 'Прокуратура Ханты-Мансийского района', kind: 'prosecutor', created_at: new Date() }).returning('id').executeTakeFirstOrThrow()).id;
    const roads = await reg.request(
      'POST',
      '/api/appeals',
      buildAppealInput({
        receivedAt: '2026-11-02T05:00:00Z',
        channel: 'forwarded',
        annotation: 'О ремонте дорог в п. Горноправдинск',
        authors: [ALYOSHIN],
        forwarded: { bodyId, letterDate: '2026-10-30', letterNumber: '7-15-2026', isControl: false },
      }),
    );
    expect(roads.statusCode, roads.body).toBe(200);
    ({ id: roadsId, number: roadsNumber } = roads.json());
    const pensions = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-02T04:00:00Z', annotation: 'О перерасчёте пенсии', questions: [{ totkCode: TOTK_PENSIONS, annotation: '' }] }));
    expect(pensions.statusCode, pensions.body).toBe(200);
    t.clock.set('2026-12-04T06:00:00Z');
    reg = await loginAs(t, 'reg'); // a month later the sessions have long expired
    analyst = await loginAs(t, 'analyst');
  });
  afterAll(() => t.close());

  it('saves, lists and deletes a user’s own filters; a duplicate name is refused in Russian', async () => {
    const saved = await analyst.request('POST', '/api/journal/filters', { name: '  Дороги   за ноябрь ', query: { from: '2026-11-01', to: '2026-11-30', q: 'дорога', channel: '' } });
    expect(saved.statusCode, saved.body).toBe(200);
    const filter = saved.json();
    expect(filter).toMatchObject({ name: 'Дороги за ноябрь', query: { from: '2026-11-01', to: '2026-11-30', q: 'дорога' } });
    expect(Object.keys(filter.query)).not.toContain('channel'); // empty conditions are not kept

    const again = await analyst.request('POST', '/api/journal/filters', { name: 'Дороги за ноябрь', query: { overdue: 'true' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Фильтр с названием «Дороги за ноябрь» уже сохранён. Выберите другое название или удалите прежний фильтр.');

    const bad = await analyst.request('POST', '/api/journal/filters', { name: 'Плохой', query: { channel: 'pigeon', page: '2' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.query).toMatch(/Неизвестные условия отбора: page/);
    const noName = await analyst.request('POST', '/api/journal/filters', { name: ' ', query: {} });
    expect(noName.json().error.fields.name).toBe('Укажите название фильтра.');

    await analyst.request('POST', '/api/journal/filters', { name: 'Аннулированные', query: { status: 'annulled' } });
    const mine = (await analyst.request('GET', '/api/journal/filters')).json();
    expect(mine.map((f: { name: string }) => f.name)).toEqual(['Аннулированные', 'Дороги за ноябрь']);

    // Another user neither sees nor deletes it; the same name is free for him.
    expect((await reg.request('GET', '/api/journal/filters')).json()).toEqual([]);
    const foreign = await reg.request('DELETE', `/api/journal/filters/${filter.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toBe('Сохранённый фильтр не найден.');
    expect((await reg.request('POST', '/api/journal/filters', { name: 'Дороги за ноябрь', query: {} })).statusCode).toBe(200);

    expect((await analyst.request('DELETE', `/api/journal/filters/${filter.id}`)).json()).toEqual({ deleted: true });
    expect((await analyst.request('DELETE', `/api/journal/filters/${filter.id}`)).statusCode).toBe(404);
    expect((await analyst.request('GET', '/api/journal/filters')).json().map((f: { name: string }) => f.name)).toEqual(['Аннулированные']);

    const events = await t.database.db.selectFrom('events').select(['action', 'actor_user_id']).where('entity_type', '=', 'journal_filter').where('entity_id', '=', String(filter.id)).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['journal_filter.saved', 'journal_filter.deleted']);

    const exec = await loginAs(t, 'exec');
    expect((await exec.request('GET', '/api/journal/filters')).statusCode).toBe(403);
    expect((await exec.request('GET', '/api/appeals/export.xlsx')).statusCode).toBe(403);
  });

  it('finds an author by name regardless of case, ё/е and word order', async () => {
    for (const author of ['алешин', 'АЛЁШИН Пётр', 'Петр Алешин', 'Алешин П']) {
      const found = (await analyst.request('GET', `/api/appeals?author=${encodeURIComponent(author)}`)).json();
      expect(found.rows.map((r: { id: number }) => r.id), author).toEqual([roadsId]);
    }
    expect((await analyst.request('GET', `/api/appeals/count?author=${encodeURIComponent('Алёшина Мария')}`)).json()).toEqual({ total: 0, exact: true });
    expect((await analyst.request('GET', `/api/appeals?author=${encodeURIComponent('иванов')}`)).json().rows[0].authors).toEqual(['Иванов Иван Петрович']);
  });

  it('filters by the forwarding body and by control, and computes overdue', async () => {
    const forwarded = (await analyst.request('GET', `/api/appeals?forwardedBy=${bodyId}`)).json();
    expect(forwarded.rows.map((r: { id: number }) => r.id)).toEqual([roadsId]);
    expect(forwarded.rows[0]).toMatchObject({ forwardedBy: 'Прокуратура Ханты-Мансийского района', onControl: true, overdue: true, considerationDeadline: '2026-12-01' });
    expect((await analyst.request('GET', '/api/appeals/count?onControl=true')).json().total).toBe(2);
    expect((await analyst.request('GET', '/api/appeals/count?onControl=false')).json().total).toBe(0);
    expect((await analyst.request('GET', '/api/appeals?forwardedBy=abc')).statusCode).toBe(400);
  });

  it('exports the selection to .xlsx that a real reader opens: title, frozen bold header, Excel dates, wrapped text', async () => {
    const res = await analyst.request('GET', `/api/appeals/export.xlsx?from=2026-11-01&to=2026-11-30&q=${encodeURIComponent('дорога')}&page=3`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="journal-04\.12\.2026\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('Журнал регистрации обращений 04.12.2026.xlsx');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('Журнал регистрации обращений граждан');
    const org = await t.database.db.selectFrom('organisation').select('short_name').executeTakeFirstOrThrow();
    expect(ws.getCell('A2').value).toBe(`${org.short_name}, за период с 01.11.2026 по 30.11.2026`);
    expect(ws.getCell('A3').value).toBe('Условия отбора: поиск: «дорога»');
    const header = ws.getRow(4);
    expect(journalColumns.map((_c, i) => header.getCell(i + 1).value)).toEqual([
      '№ п/п', 'Регистрационный номер', 'Дата обращения', 'Фамилия, имя, отчество и адрес заявителя', 'Льготная категория', 'Краткое содержание обращения',
      'Через какую организацию поступило', 'Кому отписано', 'Результат рассмотрения', 'Дата ответа', 'Вид обращения', 'Форма обращения', 'Тематика обращения (ТОТК)', 'Срок рассмотрения',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.getColumn(6).width).toBe(50);

    expect(ws.rowCount).toBe(5); // one appeal: the search found only the roads
    const row = ws.getRow(5);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe(roadsNumber);
    const date = row.getCell(3);
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect((date.value as Date).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(date.numFmt).toBe('dd.mm.yyyy');
    expect(row.getCell(4).value).toBe('Алёшин Пётр Сергеевич, 628011, п. Горноправдинск, ул. Петрова, д. 3');
    expect(row.getCell(4).alignment?.wrapText).toBe(true);
    expect(row.getCell(5).value).toBe('ветеран труда');
    expect(row.getCell(6).value).toBe('О ремонте дорог в п. Горноправдинск');
    expect(row.getCell(7).value).toBe('Прокуратура Ханты-Мансийского района');
    expect([8, 9, 10].map((c) => row.getCell(c).value)).toEqual([null, null, null]); // no routing and answers yet
    expect((row.getCell(14).value as Date).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(row.getCell(14).font?.color?.argb).toBe('FFC92A2A'); // overdue on 04.12.2026

    const event = await t.database.db.selectFrom('events').select(['after', 'actor_user_id']).where('action', '=', 'journal.exported').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(event.after).toEqual({ filter: { from: '2026-11-01', to: '2026-11-30', q: 'дорога', sort: 'date-desc' }, rows: 1 });
    expect(JSON.stringify(event.after)).not.toMatch(/Алёшин|Горноправдинск/);
  });

  it(officeTitle, async (ctx) => {
    if (!office) return ctx.skip();
    const res = await analyst.request('GET', '/api/appeals/export.xlsx?sort=date-asc');
    const dir = mkdtempSync(join(tmpdir(), 'journal-xlsx-'));
    try {
      writeFileSync(join(dir, 'journal.xlsx'), res.rawPayload);
      // UTF-8 (76) CSV of the first sheet; a profile of its own so a running office does not interfere.
      execFileSync(office, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, join(dir, 'journal.xlsx')], { timeout: 120_000, stdio: 'ignore' });
      // LibreOffice without Calc (only libreoffice-writer-nogui) exits 0 and writes nothing: not a reader of .xlsx.
      const csvName = readdirSync(dir).find((f) => f.endsWith('.csv'));
      if (!csvName) return ctx.skip('LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui to run it)');
      const csv = readFileSync(join(dir, csvName), 'utf8').split(/\r?\n/);
      expect(csv[0]).toMatch(/^Журнал регистрации обращений граждан/);
      expect(csv[2]).toMatch(/^№ п\/п,Регистрационный номер,Дата обращения,/);
      // LibreOffice shows the date cell in its ДД.ММ.ГГГГ number format.
      expect(csv[3]).toMatch(new RegExp(`^1,${roadsNumber},02\\.11\\.2026,"Алёшин Пётр Сергеевич, 628011, п\\. Горноправдинск, ул\\. Петрова, д\\. 3",ветеран труда,О ремонте дорог`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an export above the limit with a Russian message and writes no event', async () => {
    const actor = await t.database.db.selectFrom('users').select(['id', 'official_id']).where('login', '=', 'analyst').executeTakeFirstOrThrow();
    const ctx = {
      db: t.database.db, clock: t.clock, requestId: 'test', config: t.deps.config,
      actor: { userId: actor.id, officialId: actor.official_id, login: 'analyst', name: 'Аналитик', roles: ['analyst'], ownRoles: ['analyst'], supervisedUnitIds: [], actingFor: null, mustChangePassword: false, sessionId: 's', csrfToken: 'c' },
    } satisfies StaffCtx;
    const before = await t.database.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'journal.exported').executeTakeFirstOrThrow();
    const refused = await exportJournal(ctx, { sort: 'date-desc' }, { timeZone: 'Asia/Yekaterinburg', maxRows: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(400);
    expect((refused as AppError).message).toBe('Условиям отбора отвечает более 1 обращений: в один файл выгружается не более 1. Сократите период или уточните условия отбора.');
    const after = await t.database.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'journal.exported').executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
