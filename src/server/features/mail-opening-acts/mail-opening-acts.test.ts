import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { findOffice, hasPdftotext, readDocxThroughPdf } from '../../testing/read-docx';
import { docxText } from '../../platform/documents/docx-text';
import { DOCX_MIME } from '../../platform/documents/docx-template';
import { computeDeadline, DeadlineError } from '../../../domain/deadlines';
import { getProfile } from '../../../domain/profiles';
import type { OutgoingDocumentView } from '../notices/schemas';
import type { DrawnUpActView } from './schemas';

const office = findOffice();
const ivanov = buildAppealInput().authors[0]!;
const NOW = '2026-11-20T06:00:00Z'; // Friday 20.11.2026: 11:00 in Khanty-Mansiysk, 16:00 in Vladivostok
const MONDAY = '2026-11-23T06:00:00Z';

const findings = {
  discrepancies: [
    { kind: 'missing-pages', description: 'отсутствует лист 3 (в тексте указано 4 листа)' },
    { kind: 'valuables', description: '  денежная купюра 100 руб.  ' },
  ],
  note: 'Конверт вскрыт в присутствии начальника отдела.',
};

type Setup = { t: TestApp; reg: Session };

async function setUp(kind: (typeof testDatabaseKinds)[number], profile: string): Promise<Setup> {
  const t = await createTestApp(kind, { profile, now: NOW });
  await ensureTestTotk(t.database.db);
  await buildUser(t, { login: 'reg', roles: ['registrar'], surname: 'Петрова' });
  await buildUser(t, { login: 'exec', roles: ['executor'] });
  await buildUser(t, { login: 'analyst', roles: ['analyst'] });
  await buildUser(t, { login: 'boss', roles: ['administrator'] });
  return { t, reg: await loginAs(t, 'reg') };
}

async function register(s: Session, overrides: Parameters<typeof buildAppealInput>[0] = {}) {
  const res = await s.request('POST', '/api/appeals', buildAppealInput(overrides));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: number; number: string };
}

async function actDocuments(s: Session, appealId: number) {
  const docs = (await s.request('GET', `/api/appeals/${appealId}/documents`)).json() as OutgoingDocumentView[];
  return docs.filter((d) => d.kind === 'mail-opening-act');
}

async function drawUp(s: Session, appealId: number, body: unknown = findings) {
  return s.request('POST', `/api/appeals/${appealId}/mail-opening-act`, body);
}

async function fileText(s: Session, documentId: number) {
  const res = await s.request('GET', `/api/outgoing-documents/${documentId}/file`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(DOCX_MIME);
  return docxText(res.rawPayload).replace(/[ \t]+/g, ' ');
}

describe.each(testDatabaseKinds)('mail-opening act (INT-4), HMR on %s', (kind) => {
  let t: TestApp;
  let reg: Session;
  let appeal: { id: number; number: string };
  let act: DrawnUpActView;
  beforeAll(async () => {
    ({ t, reg } = await setUp(kind, 'HMR'));
    appeal = await register(reg); // registered on Friday 20.11
    await t.drainJobs(); // its registration notice
    // The envelope's act is drawn up on the next working day: its term runs from the act, not the registration.
    t.clock.set(MONDAY);
    reg = await loginAs(t, 'reg');
  });
  afterAll(() => t.close());

  it('draws up the act: the case copy attached, the author\'s copy queued by post, due in 3 working days from the act (HMR 2.6)', async () => {
    const res = await drawUp(reg, appeal.id);
    expect(res.statusCode, res.body).toBe(200);
    act = res.json() as DrawnUpActView;
    const expected = computeDeadline('act-to-author', '2026-11-23', t.deps.profile(), await t.deps.calendar.get());
    expect(act).toMatchObject({ actDate: '2026-11-23', copies: 2, warnings: [] });
    expect(act.authorCopy).toMatchObject({ route: 'post', recipientName: 'Иванов Иван Петрович', recipientAddress: ivanov.postalAddress, dueDate: expected.date });
    expect(act.authorCopy!.dueDate).toBe('2026-11-26'); // Mon 23.11 + 3 working days: Tue 24, Wed 25, Thu 26

    const docs = await actDocuments(reg, appeal.id);
    expect(docs.map((d) => [d.id, d.route, d.status, d.dueDate])).toEqual([
      [act.caseDocumentId, 'case', 'filed', null],
      [act.authorCopy!.documentId, 'post', 'queued', '2026-11-26'],
    ]);
    expect(docs[0]).toMatchObject({ kindTitle: 'Акт о вскрытии почтового отправления', recipientName: '', recipientAddress: '', overdue: false });
    expect(docs[1]).toMatchObject({ recipientName: 'Иванов Иван Петрович', recipientAddress: ivanov.postalAddress, overdue: false, appealNumber: appeal.number });
    // «Как рассчитан срок»: counted from the act (23.11), not from the registration
    expect(docs[1]!.dueSteps.map((step) => step.date)).toContain('2026-11-26');
    expect(docs[1]!.dueSteps.length).toBeGreaterThan(0);
    expect(docs[1]!.dueSteps.filter((step) => step.kind === 'warning')).toEqual([]);
    // the postal copy waits in the print queue with the notices
    const queue = (await reg.request('GET', '/api/outgoing-documents?status=queued&route=post')).json() as OutgoingDocumentView[];
    expect(queue.map((d) => d.id)).toContain(act.authorCopy!.documentId);
    expect(queue.map((d) => d.id)).not.toContain(act.caseDocumentId);
  });

  it('records one event with the findings and the profile\'s clause, shown in the case timeline', async () => {
    const events = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'mail-opening-act.drawn-up').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity_type: 'appeal', entity_id: String(appeal.id), legal_ground: 'HMR 2.6' });
    expect(events[0]!.after).toEqual({
      actDate: '2026-11-23',
      copies: 2,
      discrepancies: [
        { kind: 'missing-pages', description: 'отсутствует лист 3 (в тексте указано 4 листа)' },
        { kind: 'valuables', description: 'денежная купюра 100 руб.' },
      ],
      note: 'Конверт вскрыт в присутствии начальника отдела.',
      caseDocumentId: act.caseDocumentId,
      authorCopy: { documentId: act.authorCopy!.documentId, route: 'post', recipientAuthorId: expect.any(Number), dueDate: '2026-11-26' },
    });
    const timeline = (await reg.request('GET', `/api/appeals/${appeal.id}/timeline`)).json() as { action: string; legalGround: string; actor: string }[];
    expect(timeline.map((e) => e.action)).toEqual(['appeal.registered', 'notice.queued', 'mail-opening-act.drawn-up']);
    expect(timeline.at(-1)).toMatchObject({ legalGround: 'HMR 2.6', actor: 'Петрова Тест Тестович' });
  });

  it('gives the act as .docx: the findings, the appeal\'s number and dates, the copies and who drew it up', async () => {
    const res = await reg.request('GET', `/api/outgoing-documents/${act.caseDocumentId}/file`);
    const disposition = String(res.headers['content-disposition']);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(`Акт о вскрытии почтового отправления, обращение № ${appeal.number} от 20.11.2026.docx`);
    expect(disposition).toMatch(/^attachment; filename="document-\d+\.docx"/);
    const text = await fileText(reg, act.caseDocumentId);
    for (const expected of [
      'Администрация Ханты-Мансийского района',
      'АКТ',
      'о вскрытии почтового отправления',
      'Настоящий акт составлен о том, что 23.11.2026 при вскрытии почтового отправления, поступившего 19.11.2026, выявлено следующее:',
      '1. Отсутствуют листы обращения (приложения к нему): отсутствует лист 3 (в тексте указано 4 листа).',
      '2. Обнаружены денежные средства, материальные ценности, иные предметы: денежная купюра 100 руб.',
      `зарегистрировано 20.11.2026 за № ${appeal.number}`,
      `Автор обращения (заявитель): Иванов Иван Петрович (${ivanov.postalAddress}).`,
      'Примечание: Конверт вскрыт в присутствии начальника отдела.',
      'Акт составлен в 2 (двух) экземплярах. Один экземпляр приобщается к обращению, второй направляется автору обращения (заявителю).',
      'Т. Т. Петрова',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/[{}]/);
    // the author receives the same act
    expect(await fileText(reg, act.authorCopy!.documentId)).toBe(text);
  });

  it('reads the act through LibreOffice → PDF → pdftotext', async (ctx) => {
    if (!office || !hasPdftotext()) return ctx.skip('LibreOffice (soffice) или pdftotext не найдены в PATH; текст .docx проверен по word/document.xml');
    const res = await reg.request('GET', `/api/outgoing-documents/${act.caseDocumentId}/file`);
    const text = readDocxThroughPdf(res.rawPayload, office);
    if (text === null) return ctx.skip('LibreOffice не открывает .docx (не установлен Writer)');
    for (const expected of ['АКТ', 'отсутствует лист 3', 'денежная купюра 100 руб.', `№ ${appeal.number}`, '23.11.2026']) expect(text).toContain(expected);
  }, 180_000);

  it('refuses an empty list, a finding without a description and an unknown kind — changing nothing', async () => {
    const before = (await actDocuments(reg, appeal.id)).length;
    const empty = await drawUp(reg, appeal.id, { discrepancies: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.discrepancies).toBe('Отметьте хотя бы одно: чего недостает в почтовом отправлении или что в нём обнаружено.');
    const blank = await drawUp(reg, appeal.id, { discrepancies: [{ kind: 'missing-attachment', description: '   ' }] });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields['discrepancies.0.description']).toBe('Опишите, что именно выявлено, например: «отсутствует лист 3».');
    const unknown = await drawUp(reg, appeal.id, { discrepancies: [{ kind: 'bomb', description: 'порошок' }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields['discrepancies.0.kind']).toBe('Выберите, что выявлено, из списка.');
    const missing = await drawUp(reg, appeal.id, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.discrepancies).toBe('Укажите, что выявлено при вскрытии.');
    const tooLong = await drawUp(reg, appeal.id, { discrepancies: [{ kind: 'originals', description: 'я'.repeat(501) }] });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields['discrepancies.0.description']).toBe('Описание — не более 500 символов.');
    expect(await actDocuments(reg, appeal.id)).toHaveLength(before);
    expect(await t.database.db.selectFrom('events').select('id').where('action', '=', 'mail-opening-act.drawn-up').execute()).toHaveLength(1);
  });

  it('lets only the registrar draw up an act', async () => {
    for (const login of ['exec', 'analyst', 'boss']) {
      const s = await loginAs(t, login);
      const res = await drawUp(s, appeal.id);
      expect(res.statusCode, login).toBe(403);
    }
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/appeals/${appeal.id}/mail-opening-act`, payload: findings });
    expect(anonymous.statusCode).toBe(401);
    const nowhere = await drawUp(reg, 999999);
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.json().error.message).toBe('Обращение не найдено.');
    expect(await actDocuments(reg, appeal.id)).toHaveLength(2);
  });

  it('refuses an annulled appeal and one that did not come as paper mail', async () => {
    const wrong = await register(reg, { receivedAt: '2026-11-19T04:00:00Z', authors: [{ ...ivanov, surname: 'Ошибочный' }] });
    const boss = await loginAs(t, 'boss');
    expect((await boss.request('POST', `/api/appeals/${wrong.id}/annul`, { reason: 'Зарегистрировано дважды по ошибке' })).statusCode).toBe(200);
    const annulled = await drawUp(reg, wrong.id);
    expect(annulled.statusCode).toBe(409);
    expect(annulled.json().error.message).toBe(`Обращение № ${wrong.number} аннулировано: акт о вскрытии почтового отправления по нему не составляется.`);

    const electronic = await register(reg, { form: 'electronic', channel: 'internet-reception', receivedAt: '2026-11-19T05:00:00Z', authors: [{ ...ivanov, surname: 'Электронный', email: 'e@example.ru' }] });
    const refused = await drawUp(reg, electronic.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/^Акт о вскрытии почтового отправления составляется только по письменному обращению/);
    expect(await actDocuments(reg, wrong.id)).toEqual([]);
    expect(await actDocuments(reg, electronic.id)).toEqual([]);
  });

  it('attaches the act without an author\'s copy when the author gave no address, and says so', async () => {
    const nowhere = await register(reg, { receivedAt: '2026-11-18T06:00:00Z', authors: [{ ...ivanov, surname: 'Безадресный', postalAddress: '', email: '', phone: '' }] });
    const res = await drawUp(reg, nowhere.id, { discrepancies: [{ kind: 'missing-attachment', description: 'копия договора' }] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as DrawnUpActView;
    expect(body.authorCopy).toBeNull();
    expect(body.warnings).toEqual(['Экземпляр акта автору не направлен: в обращении не указан ни почтовый адрес, ни адрес электронной почты (59-ФЗ ст. 11 ч. 1). Акт приобщён к обращению.']);
    expect((await actDocuments(reg, nowhere.id)).map((d) => d.status)).toEqual(['filed']);
    expect(await fileText(reg, body.caseDocumentId)).toContain('второй подлежит направлению автору обращения (заявителю), но адрес для направления в обращении не указан');
  });

  it('sends a collective appeal\'s copy to the first signatory who gave an address (HMR 2.6)', async () => {
    const collective = await register(reg, {
      collective: true,
      receivedAt: '2026-11-17T06:00:00Z',
      authors: [
        { ...ivanov, surname: 'Первый', postalAddress: '', email: '', receivesAnswer: false, role: 'signatory' },
        { ...ivanov, surname: 'Второй', postalAddress: 'г. Ханты-Мансийск, ул. Мира, д. 2', receivesAnswer: false, role: 'signatory' },
        { ...ivanov, surname: 'Третий', postalAddress: 'г. Ханты-Мансийск, ул. Мира, д. 3', receivesAnswer: false, role: 'signatory' },
      ],
    });
    const res = await drawUp(reg, collective.id, { discrepancies: [{ kind: 'foreign-enclosure', description: 'рекламный буклет' }] });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as DrawnUpActView).authorCopy).toMatchObject({ recipientName: 'Второй Иван Петрович', recipientAddress: 'г. Ханты-Мансийск, ул. Мира, д. 2', route: 'post' });
    expect(await fileText(reg, (res.json() as DrawnUpActView).caseDocumentId)).toContain('Автор обращения (заявитель): Второй Иван Петрович (г. Ханты-Мансийск, ул. Мира, д. 2) и другие, всего авторов: 3.');
  });

  it('reminds to return originals within the profile\'s term from the registration (INT-6, HMR 2.6)', async () => {
    const withOriginals = await register(reg, { receivedAt: '2026-11-16T06:00:00Z', authors: [{ ...ivanov, surname: 'Подлинников' }] }); // registered Mon 23.11
    t.clock.set('2026-11-24T06:00:00Z'); // the act a day later
    try {
      const later = await loginAs(t, 'reg');
      const res = await drawUp(later, withOriginals.id, { discrepancies: [{ kind: 'originals', description: 'подлинник свидетельства о рождении' }] });
      expect(res.statusCode, res.body).toBe(200);
      const due = computeDeadline('originals-return', '2026-11-23', t.deps.profile(), await t.deps.calendar.get());
      expect(due.date).toBe('2026-11-26');
      expect((res.json() as DrawnUpActView).warnings).toEqual(['Обнаружены подлинники документов: снимите с них копии и верните подлинники автору не позднее 26.11.2026 (HMR 2.6).']);
    } finally {
      t.clock.set(MONDAY);
    }
  });

  it('computes overdue from today: the author\'s copy not sent by its date is overdue', async () => {
    t.clock.set('2026-11-27T06:00:00Z'); // Friday, the day after the 3rd working day
    try {
      const later = await loginAs(t, 'reg');
      const [caseCopy, authorCopy] = await actDocuments(later, appeal.id);
      expect(authorCopy).toMatchObject({ status: 'queued', overdue: true });
      expect(caseCopy!.overdue).toBe(false);
    } finally {
      t.clock.set(MONDAY);
    }
  });
});

describe.each(testDatabaseKinds)('mail-opening act (INT-4), DUKI: 3 copies, the author\'s within 2 days, on %s', (kind) => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp(kind, 'DUKI');
  });
  afterAll(() => s.t.close());

  it('draws up the act in 3 copies and queues the author\'s copy due 2 days from the act (DUKI 2.3)', async () => {
    const appeal = await register(s.reg);
    const res = await drawUp(s.reg, appeal.id);
    expect(res.statusCode, res.body).toBe(200);
    const act = res.json() as DrawnUpActView;
    const expected = computeDeadline('act-to-author', act.actDate, s.t.deps.profile(), await s.t.deps.calendar.get());
    expect(act).toMatchObject({ actDate: '2026-11-20', copies: 3 });
    expect(act.authorCopy).toMatchObject({ route: 'post', dueDate: expected.date });
    // Fri 20.11 + 2 calendar days = Sun 22.11, moved to the next working day (DUKI 5.1)
    expect(act.authorCopy!.dueDate).toBe('2026-11-23');
    const event = await s.t.database.db.selectFrom('events').selectAll().where('action', '=', 'mail-opening-act.drawn-up').executeTakeFirstOrThrow();
    expect(event.legal_ground).toBe('DUKI 2.3');
    const text = await fileText(s.reg, act.caseDocumentId);
    expect(text).toContain('Акт составлен в 3 (трёх) экземплярах. Один экземпляр остаётся у сотрудника, вскрывшего почтовое отправление, второй приобщается к обращению, третий направляется автору обращения (заявителю).');
    expect(text).toContain(`за № ${appeal.number}`);
    expect(text).toContain('отсутствует лист 3');
  });

  it('reminds that originals stay in the case unless the author asks (DUKI 6.3)', async () => {
    const appeal = await register(s.reg, { receivedAt: '2026-11-18T06:00:00Z', authors: [{ ...ivanov, surname: 'Подлинников' }] });
    const res = await drawUp(s.reg, appeal.id, { discrepancies: [{ kind: 'originals', description: 'паспорт' }] });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as DrawnUpActView).warnings).toEqual([`Обнаружены подлинники документов: они хранятся в деле, пока автор не попросит их вернуть (${getProfile('DUKI')!.params.intake.originals.source}).`]);
  });
});

describe.each(testDatabaseKinds)('mail-opening act (INT-4), KHV: no copy to the author, on %s', (kind) => {
  it('attaches the act to the appeal and queues nothing (KHV 3.2.4)', async () => {
    const s = await setUp(kind, 'KHV');
    try {
      const calendar = await s.t.deps.calendar.get();
      expect(() => computeDeadline('act-to-author', '2026-11-20', getProfile('KHV')!, calendar)).toThrow(DeadlineError);
      const appeal = await register(s.reg);
      const res = await drawUp(s.reg, appeal.id, { discrepancies: [{ kind: 'missing-media-content', description: 'на компакт-диске нет файлов' }] });
      expect(res.statusCode, res.body).toBe(200);
      const act = res.json() as DrawnUpActView;
      expect(act).toMatchObject({ copies: 2, authorCopy: null, warnings: [] });
      expect((await actDocuments(s.reg, appeal.id)).map((d) => [d.route, d.status, d.dueDate])).toEqual([['case', 'filed', null]]);
      const text = await fileText(s.reg, act.caseDocumentId);
      expect(text).toContain('1. Отсутствует информация на носителе, приложенном к обращению: на компакт-диске нет файлов.');
      expect(text).toContain('Акт составлен в 2 (двух) экземплярах. Один экземпляр остаётся у сотрудника, вскрывшего почтовое отправление, второй приобщается к обращению.');
      expect(text).not.toContain('автору обращения (заявителю)');
      const event = await s.t.database.db.selectFrom('events').selectAll().where('action', '=', 'mail-opening-act.drawn-up').executeTakeFirstOrThrow();
      expect(event.after).toMatchObject({ authorCopy: 'none' });
    } finally {
      await s.t.close();
    }
  });
});
