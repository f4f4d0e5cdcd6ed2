import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';
import { docxText } from '../../platform/documents/docx-text';

type Doc = { id: number; kind: string; route: string; status: string; dueDate: string | null; recipientAddress: string; outgoingNumber: string | null };
const TEXT = 'Хөрмәтле хакимият! Безнең урамда юл җимерелгән.';

describe.each(testDatabaseKinds)('translation of an appeal into Russian (REG-11, HMR 7.15) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, exec: Session;
  let bodyId: number;
  let appealId: number;
  let number: string;
  let receivedDate: string;

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'], surname: 'Регистраторова' });
    await buildUser(t, { login: 'exec', roles: ['executor'] });
    [reg, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'exec')]);
    bodyId = (await t.database.db.insertInto('external_bodies').values({ name: 'Департамент общественных, внешних связей и молодёжной политики Ханты-Мансийского автономного округа – Югры', kind: 'regional', postal_address: 'ул. Мира, д. 5, г. Ханты-Мансийск' }).returning('id').executeTakeFirstOrThrow()).id;
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ text: TEXT, annotation: 'Обращение на татарском языке (о ремонте дороги)', receivedAt: '2026-11-20T04:00:00Z' }));
    expect(res.statusCode, res.body).toBe(200);
    ({ id: appealId, number } = res.json() as { id: number; number: string });
    receivedDate = (await t.database.db.selectFrom('appeals').select('received_date').where('id', '=', appealId).executeTakeFirstOrThrow()).received_date;
  });
  afterAll(() => t.close());

  it('sends the copy for translation the same day: the letter registered and routed, the term from the engine', async () => {
    expect((await exec.request('POST', `/api/appeals/${appealId}/translation`, { language: 'татарский', bodyId })).statusCode).toBe(403);
    const empty = await reg.request('POST', `/api/appeals/${appealId}/translation`, { language: '', bodyId });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.language).toBe('Укажите язык, на котором составлено обращение.');

    const res = await reg.request('POST', `/api/appeals/${appealId}/translation`, { language: 'татарский', bodyId });
    expect(res.statusCode, res.body).toBe(200);
    const due = computeDeadline('translation', receivedDate, t.deps.profile(), await t.deps.calendar.get());
    expect([receivedDate, due.date]).toEqual(['2026-11-20', '2026-11-20']); // «в день поступления»
    expect(res.json()).toMatchObject({ route: 'post', dueDate: due.date, late: false, warnings: [] });

    const doc = ((await reg.request('GET', `/api/appeals/${appealId}/documents`)).json() as Doc[]).find((d) => d.kind === 'translation-request-letter')!;
    expect(doc).toMatchObject({ route: 'post', status: 'queued', dueDate: due.date, recipientAddress: 'ул. Мира, д. 5, г. Ханты-Мансийск', outgoingNumber: res.json().outgoingNumber });
    const text = docxText((await reg.request('GET', `/api/outgoing-documents/${doc.id}/file`)).rawPayload);
    expect(text).toContain(`зарегистрированного 20.11.2026 за № ${number}, составленного на языке: татарский, для перевода на русский язык`);
    expect(text).toContain('Департамент общественных, внешних связей');
    expect(text).toContain('Приложение: копия обращения.');
    expect(text).not.toContain('Уважаем');

    // One request at a time; the executor sees the case's translations through his reading rights only.
    expect((await reg.request('POST', `/api/appeals/${appealId}/translation`, { language: 'татарский', bodyId })).statusCode).toBe(409);
    const list = (await reg.request('GET', `/api/appeals/${appealId}/translations`)).json();
    expect(list).toEqual([expect.objectContaining({ language: 'татарский', status: 'sent', dueDate: due.date, late: false, bodyName: expect.stringContaining('Департамент'), requestedBy: expect.stringContaining('Регистраторова'), letter: expect.objectContaining({ id: doc.id }), text: null })]);
    expect((await exec.request('GET', `/api/appeals/${appealId}/translations`)).statusCode).toBe(404);
    const event = await t.database.db.selectFrom('events').select(['legal_ground', 'after']).where('action', '=', 'translation.requested').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ legal_ground: 'HMR 7.15 (REG-11)', after: { language: 'татарский', dueDate: due.date } });
  });

  it('records the translation received: its date and text with the case', async () => {
    const [request] = (await reg.request('GET', `/api/appeals/${appealId}/translations`)).json() as { id: number }[];
    expect((await reg.request('POST', `/api/translations/${request!.id}/received`, { receivedOn: '2026-11-25', text: 'Уважаемая администрация! На нашей улице разрушена дорога.' })).statusCode).toBe(400); // in the future
    expect((await reg.request('POST', `/api/translations/${request!.id}/received`, { receivedOn: '2026-11-19', text: 'Уважаемая администрация! На нашей улице разрушена дорога.' })).statusCode).toBe(400); // before the request
    expect((await exec.request('POST', `/api/translations/${request!.id}/received`, { receivedOn: '2026-11-20', text: 'Уважаемая администрация!' })).statusCode).toBe(403);
    const res = await reg.request('POST', `/api/translations/${request!.id}/received`, { receivedOn: '2026-11-20', text: 'Уважаемая администрация! На нашей улице разрушена дорога.' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await reg.request('POST', `/api/translations/${request!.id}/received`, { receivedOn: '2026-11-20', text: 'Ещё раз текст перевода.' })).statusCode).toBe(409);
    const [row] = (await reg.request('GET', `/api/appeals/${appealId}/translations`)).json();
    expect(row).toMatchObject({ status: 'received', receivedOn: '2026-11-20', text: 'Уважаемая администрация! На нашей улице разрушена дорога.' });
  });

  it('sends a late request all the same, flagged late with a warning', async () => {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ text: TEXT, annotation: 'Обращение на татарском языке', authors: [{ ...buildAppealInput().authors[0]!, surname: 'Галиев' }] }));
    const id = res.json().id as number;
    t.clock.set('2026-11-24T06:00:00Z');
    try {
      const late = await (await loginAs(t, 'reg')).request('POST', `/api/appeals/${id}/translation`, { language: 'татарский', bodyId });
      expect(late.statusCode, late.body).toBe(200);
      expect(late.json()).toMatchObject({ late: true, dueDate: '2026-11-19' });
      expect(late.json().warnings[0]).toContain('пропущен');
    } finally {
      t.clock.set('2026-11-20T06:00:00Z');
    }
  });
});
