import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportYearXml, shippedCalendars } from '../../../domain/calendar';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';

describe.each(testDatabaseKinds)('production calendar and deadlines API on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let registrar: Session;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await buildUser(t, { login: 'boss', roles: ['administrator'] });
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    admin = await loginAs(t, 'boss');
    registrar = await loginAs(t, 'reg');
  });
  afterAll(() => t.close());

  it('ships 2023–2027 on first start, 2027 unconfirmed, and shows a year with its months', async () => {
    const years = (await registrar.request('GET', '/api/calendar/years')).json() as { year: number; confirmed: boolean }[];
    expect(years.map((y) => [y.year, y.confirmed])).toEqual([[2023, true], [2024, true], [2025, true], [2026, true], [2027, false]]);
    const y2026 = (await registrar.request('GET', '/api/calendar/2026')).json();
    expect(y2026.workingDaysByMonth[0]).toBe(15);
    expect(y2026.days.find((d: { date: string }) => d.date === '2026-01-09').kind).toBe('day-off');
  });

  it('previews a deadline with its explanation for the organisation profile (HMR)', async () => {
    const res = await registrar.request('POST', '/api/deadlines/preview', { ruleId: 'consideration', start: '2025-12-05' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.date).toBe('2026-01-12');
    expect(body.steps.map((s: { text: string }) => s.text)).toContain('Срок переносится на 12.01.2026 — первый рабочий день после нерабочих дней.');
    const shorter = await registrar.request('POST', '/api/deadlines/preview', { ruleId: 'consideration', start: '2026-11-20', amount: 10 });
    expect(shorter.json().date).toBe('2026-11-30'); // DL-5: day 10 from 20.11 (HMR 5.1) = 29.11 (Sunday) → 30.11
    const longer = await registrar.request('POST', '/api/deadlines/preview', { ruleId: 'consideration', start: '2026-11-20', amount: 40 });
    expect(longer.statusCode).toBe(400);
    const tooLongExtension = await registrar.request('POST', '/api/deadlines/preview', { ruleId: 'extension', start: '2026-11-20', amount: 31 });
    expect(tooLongExtension.json().error.message).toMatch(/не более 30 дней/);
    const laxLeadTime = await registrar.request('POST', '/api/deadlines/preview', { ruleId: 'co-executor-materials', start: '2026-12-21', amount: 0 });
    expect(laxLeadTime.statusCode).toBe(400);
    expect(laxLeadTime.json().error.fields.amount).toBe('Не менее 10.');
    const badDate = await registrar.request('POST', '/api/deadlines/preview', { ruleId: 'consideration', start: '2026-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.fields.start).toBeTruthy();
  });

  it('applies the 16:00 cut-off in the organisation time zone', async () => {
    const res = await registrar.request('POST', '/api/deadlines/internet-registration', { receivedAt: '2026-11-20T11:30:00Z' });
    expect(res.json()).toMatchObject({ date: '2026-11-23', receivedTime: '16:30', beforeCutoff: false, cutoff: '16:00' });
  });

  it('lets only the administrator change a day, with the reason as an event, and the deadline follows', async () => {
    const body = { kind: 'day-off', reason: 'Проверка: перенос по постановлению' };
    expect((await registrar.request('PUT', '/api/admin/calendar/2026/days/2026-12-30', body)).statusCode).toBe(403);
    const res = await admin.request('PUT', '/api/admin/calendar/2026/days/2026-12-30', body);
    expect(res.statusCode).toBe(200);
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'calendar.day_changed').executeTakeFirstOrThrow();
    expect(event.legal_ground).toBe('Проверка: перенос по постановлению');
    const preview = await registrar.request('POST', '/api/deadlines/preview', { ruleId: 'redirect', start: '2026-12-24' });
    expect(preview.json().date).toBe('2027-01-11'); // 30.12 and 31.12 off, 1–10 January off → first working day 11.01.2027
    const holidayToWork = await admin.request('PUT', '/api/admin/calendar/2026/days/2026-01-07', { kind: 'working', reason: 'Ошибка' });
    expect(holidayToWork.statusCode).toBe(400);
    await admin.request('PUT', '/api/admin/calendar/2026/days/2026-12-30', { kind: 'normal', reason: 'Возврат к графику' });
  });

  it('confirms a year with the decree, and imports and exports XML', async () => {
    const bad = await admin.request('POST', '/api/admin/calendar/import', { xml: '<calendar year="2027">\n<day d="02.30" t="1"/>\n</calendar>' });
    expect(bad.statusCode).toBe(400);
    expect(Object.values(bad.json().error.fields)).toEqual(['Строка 2: даты 30.02.2027 не существует.']);

    const y2026 = shippedCalendars.find((y) => y.year === 2026)!;
    const xml = exportYearXml({ ...y2026, year: 2028, days: [{ date: '2028-11-06', kind: 'day-off', note: 'Перенос выходного дня с 04.11' }, { date: '2028-11-11', kind: 'working', note: '' }] }, '2026-11-20');
    const imported = await admin.request('POST', '/api/admin/calendar/import', { xml });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ year: 2028, confirmed: false, stored: true });

    const confirmed = await admin.request('POST', '/api/admin/calendar/2027/confirm', { source: 'Постановление Правительства РФ от 01.10.2026 № 0000 (проверка)' });
    expect(confirmed.json().confirmed).toBe(true);
    const preview = await registrar.request('POST', '/api/deadlines/preview', { ruleId: 'consideration', start: '2026-12-20' });
    expect(preview.json().unconfirmedYears).toEqual([]);

    const exported = await admin.request('GET', '/api/admin/calendar/2026/export');
    expect(exported.headers['content-type']).toMatch(/application\/xml/);
    expect(exported.body).toContain('<day d="01.09" t="1" f="01.03"/>');
  });
});
