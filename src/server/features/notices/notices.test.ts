import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { findOffice, hasPdftotext, readDocxThroughPdf } from '../../testing/read-docx';
import { docxText } from '../../platform/documents/docx-text';
import { DOCX_MIME } from '../../platform/documents/docx-template';
import { computeDeadline } from '../../../domain/deadlines';
import type { OutgoingDocumentView } from './schemas';

const office = findOffice();

function skipReader(ctx: { skip: (note?: string) => never }, why: string): never {
  const note = `Проверка через LibreOffice → PDF → pdftotext пропущена: ${why}. Текст .docx проверен по word/document.xml.`;
  console.warn(note);
  return ctx.skip(note);
}
const ivanov = buildAppealInput().authors[0]!;

describe.each(testDatabaseKinds)('registration notice (REG-9) on %s', (kind) => {
  let t: TestApp;
  let reg: Session;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' }); // Friday 20.11.2026, 11:00 in Khanty-Mansiysk
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    await buildUser(t, { login: 'analyst', roles: ['analyst'] });
    await buildUser(t, { login: 'exec', roles: ['executor'] });
    await buildUser(t, { login: 'boss', roles: ['administrator'] });
    reg = await loginAs(t, 'reg');
  });
  afterAll(() => t.close());

  async function register(overrides: Parameters<typeof buildAppealInput>[0]) {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput(overrides));
    expect(res.statusCode, res.body).toBe(200);
    await t.drainJobs(); // the notice is made by a background job after the commit
    return res.json() as { id: number; number: string; created: boolean };
  }
  const documents = async (id: number, s: Session = reg) => (await s.request('GET', `/api/appeals/${id}/documents`)).json() as OutgoingDocumentView[];

  let postal: { id: number; number: string };
  let postalDoc: OutgoingDocumentView;

  it('queues one notice by post for a written appeal, due in 3 working days, with an event', async () => {
    postal = await register({ receivedAt: '2026-11-19T06:00:00Z' });
    const docs = await documents(postal.id);
    expect(docs).toHaveLength(1);
    postalDoc = docs[0]!;
    const expected = computeDeadline('registration-notice', '2026-11-20', t.deps.profile(), await t.deps.calendar.get());
    expect(postalDoc).toMatchObject({ kind: 'registration-notice', kindTitle: 'Уведомление о регистрации обращения', route: 'post', status: 'queued', recipientName: 'Иванов Иван Петрович', recipientAddress: ivanov.postalAddress, dueDate: expected.date, overdue: false, appealNumber: postal.number });
    expect(postalDoc.dueDate).toBe('2026-11-25'); // Fri 20.11 + 3 working days: Mon 23, Tue 24, Wed 25
    expect(postalDoc.dueSteps.at(-1)).toMatchObject({ kind: 'result', date: '2026-11-25' });
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'notice.queued').where('entity_type', '=', 'outgoing_document').where('entity_id', '=', String(postalDoc.id)).executeTakeFirstOrThrow();
    expect(event.legal_ground).toBe('HMR 3.8, прил. 3');
    expect(event.after).toMatchObject({ appealId: postal.id, route: 'post', dueDate: '2026-11-25' });
    const timeline = (await reg.request('GET', `/api/appeals/${postal.id}/timeline`)).json() as { action: string }[];
    expect(timeline.map((e) => e.action)).toEqual(['appeal.registered', 'notice.queued']);
  });

  it('gives a .docx with a Russian file name, whose text names the author in the dative, the number and the dates', async () => {
    const res = await reg.request('GET', `/api/outgoing-documents/${postalDoc.id}/file`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX_MIME);
    const disposition = String(res.headers['content-disposition']);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(`Уведомление о регистрации № ${postal.number} от 20.11.2026 (Иванов).docx`);
    expect(disposition).toMatch(/^attachment; filename="document-\d+\.docx"/);
    const text = docxText(res.rawPayload).replace(/\s+/g, ' ');
    for (const expected of ['Иванову Ивану Петровичу', 'Уважаемый Иван Петрович!', `за № ${postal.number}`, 'зарегистрировано 20.11.2026', 'поступившее 19.11.2026', 'Администрация Ханты-Мансийского района', 'статьёй 12 Федерального закона от 02.05.2006 № 59-ФЗ', 'утверждённым распоряжением администрации Ханты-Мансийского района от 27.07.2022 № 919-р', ivanov.postalAddress]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/[{}]/);
  });

  // A real reader: LibreOffice renders the .docx to PDF, pdftotext reads it. Optional on a developer's machine.
  it('reads the same notice through LibreOffice → PDF → pdftotext', async (ctx) => {
    if (!office || !hasPdftotext()) skipReader(ctx, 'LibreOffice (soffice) или pdftotext не найдены в PATH');
    const res = await reg.request('GET', `/api/outgoing-documents/${postalDoc.id}/file`);
    const text = readDocxThroughPdf(res.rawPayload, office!);
    if (text === null) skipReader(ctx, 'LibreOffice не открывает .docx (не установлен Writer: apt-get install -y libreoffice-writer-nogui)');
    for (const expected of ['Иванову Ивану Петровичу', 'Уважаемый Иван Петрович!', `№ ${postal.number}`, '20.11.2026']) expect(text).toContain(expected);
  }, 180_000);

  it('sends an electronic appeal by e-mail and a portal one to the portal account', async () => {
    const electronic = await register({ form: 'electronic', channel: 'internet-reception', receivedAt: '2026-11-20T04:00:00Z', authors: [{ ...ivanov, surname: 'Сидорова', firstName: 'Елена', patronymic: 'Викторовна', gender: null, email: 'sidorova@example.ru', postalAddress: 'г. Ханты-Мансийск, ул. Мира, д. 3' }] });
    const [mail] = await documents(electronic.id);
    expect(mail).toMatchObject({ route: 'email', recipientAddress: 'sidorova@example.ru', status: 'queued' });
    const epgu = await register({ form: 'electronic', channel: 'epgu', receivedAt: '2026-11-20T04:30:00Z', authors: [{ ...ivanov, surname: 'Орлов', postalAddress: '', email: '', phone: '' }] });
    expect((await documents(epgu.id)).map((d) => d.route)).toEqual(['epgu']);
    const file = await reg.request('GET', `/api/outgoing-documents/${mail!.id}/file`);
    // gender from the patronymic
    expect(docxText(file.rawPayload)).toContain('Уважаемая Елена Викторовна!');
  });

  it('addresses a collective appeal to the signatory who receives the answer', async () => {
    const collective = await register({
      collective: true,
      receivedAt: '2026-11-18T06:00:00Z',
      authors: [
        { ...ivanov, surname: 'Коллективный', receivesAnswer: false },
        { ...ivanov, surname: 'Петрова', firstName: 'Мария', patronymic: 'Ивановна', gender: 'f', postalAddress: 'г. Ханты-Мансийск, ул. Мира, д. 1', role: 'signatory', receivesAnswer: true },
      ],
    });
    const docs = await documents(collective.id);
    expect(docs.map((d) => [d.recipientName, d.route])).toEqual([['Петрова Мария Ивановна', 'post']]);
    const text = docxText((await reg.request('GET', `/api/outgoing-documents/${docs[0]!.id}/file`)).rawPayload);
    expect(text).toContain('Петровой Марии Ивановне');
    expect(text).toContain('Уважаемая Мария Ивановна!');
  });

  it('queues nothing without any address (the card already warns), and nothing twice on a retry', async () => {
    const anonymous = await register({ receivedAt: '2026-11-17T06:00:00Z', authors: [{ ...ivanov, surname: 'Безадресный', postalAddress: '', email: '', phone: '' }] });
    expect(await documents(anonymous.id)).toEqual([]);
    const card = (await reg.request('GET', `/api/appeals/${anonymous.id}`)).json() as { warnings: { code: string }[] };
    expect(card.warnings.map((w) => w.code)).toContain('no-address');

    const input = { idempotencyKey: `notice-retry-${kind}`, receivedAt: '2026-11-16T06:00:00Z', authors: [{ ...ivanov, surname: 'Повторный' }] };
    const first = await register(input);
    const again = await register(input);
    expect(again).toEqual({ ...first, created: false });
    expect(await documents(first.id)).toHaveLength(1);
  });

  it('lists the print queue; the registrar marks a postal item handed to the post, once', async () => {
    const queue = (await reg.request('GET', '/api/outgoing-documents?status=queued&route=post')).json() as OutgoingDocumentView[];
    expect(queue.length).toBeGreaterThanOrEqual(3);
    expect(queue.every((d) => d.route === 'post' && d.status === 'queued')).toBe(true);
    expect(queue.map((d) => d.id)).toContain(postalDoc.id);

    const marked = await reg.request('POST', `/api/outgoing-documents/${postalDoc.id}/printed`);
    expect(marked.statusCode, marked.body).toBe(200);
    const [after] = await documents(postal.id);
    expect(after).toMatchObject({ status: 'printed', overdue: false });
    expect(after!.sentAt).toBe('2026-11-20T06:00:00.000Z');
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'document.printed').where('entity_id', '=', String(postalDoc.id)).executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ appealId: postal.id, status: 'printed' });

    const twice = await reg.request('POST', `/api/outgoing-documents/${postalDoc.id}/printed`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('Отметка не поставлена: состояние документа — «Передано на отправку».');
    const mail = (await reg.request('GET', '/api/outgoing-documents?status=queued&route=email')).json() as OutgoingDocumentView[];
    const electronic = await reg.request('POST', `/api/outgoing-documents/${mail[0]!.id}/printed`);
    expect(electronic.statusCode).toBe(409);
    expect((await reg.request('POST', '/api/outgoing-documents/999999/printed')).statusCode).toBe(404);
  });

  it('keeps the notice of an annulled appeal out of the print queue and never marks it', async () => {
    const wrong = await register({ receivedAt: '2026-11-19T03:00:00Z', authors: [{ ...ivanov, surname: 'Ошибочный' }] });
    const [doc] = await documents(wrong.id);
    const boss = await loginAs(t, 'boss');
    expect((await boss.request('POST', `/api/appeals/${wrong.id}/annul`, { reason: 'Зарегистрировано дважды по ошибке' })).statusCode).toBe(200);
    const queue = (await reg.request('GET', '/api/outgoing-documents?status=queued&route=post')).json() as OutgoingDocumentView[];
    expect(queue.map((d) => d.id)).not.toContain(doc!.id);
    const refused = await reg.request('POST', `/api/outgoing-documents/${doc!.id}/printed`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(`Обращение № ${wrong.number} аннулировано: документы по нему не отправляются.`);
  });

  it('lets readers read, only the registrar mark, and nobody else in', async () => {
    const analyst = await loginAs(t, 'analyst');
    expect((await analyst.request('GET', `/api/appeals/${postal.id}/documents`)).statusCode).toBe(200);
    expect((await analyst.request('GET', `/api/outgoing-documents/${postalDoc.id}/file`)).statusCode).toBe(200);
    const queue = (await analyst.request('GET', '/api/outgoing-documents?route=post')).json() as OutgoingDocumentView[];
    expect((await analyst.request('POST', `/api/outgoing-documents/${queue[0]!.id}/printed`)).statusCode).toBe(403);
    const exec = await loginAs(t, 'exec');
    // An executor without an assignment on the appeal: it is not there for him.
    expect((await exec.request('GET', `/api/appeals/${postal.id}/documents`)).statusCode).toBe(404);
    expect((await exec.request('GET', `/api/outgoing-documents/${postalDoc.id}/file`)).statusCode).toBe(404);
    expect((await reg.request('GET', '/api/appeals/999999/documents')).statusCode).toBe(404);
  });

  it('computes overdue from today: a notice still waiting after its date is overdue', async () => {
    t.clock.set('2026-11-26T06:00:00Z'); // Thursday, the day after the 3rd working day
    try {
      const later = await loginAs(t, 'reg'); // the session of the 20th has long expired
      const queue = (await later.request('GET', '/api/outgoing-documents?status=queued&route=post')).json() as OutgoingDocumentView[];
      const due25 = queue.filter((d) => d.dueDate === '2026-11-25');
      expect(due25.length).toBeGreaterThan(0);
      expect(due25.every((d) => d.overdue)).toBe(true);
      expect((await documents(postal.id, later))[0]!.overdue).toBe(false); // printed in time
    } finally {
      t.clock.set('2026-11-20T06:00:00Z');
    }
  });
});

describe.each(testDatabaseKinds)('no registration notice where the procedure has none (KCSON) on %s', (kind) => {
  it('registers the appeal and queues nothing', async () => {
    const t = await createTestApp(kind, { profile: 'KCSON', now: '2026-11-20T06:00:00Z' });
    try {
      await ensureTestTotk(t.database.db);
      await buildUser(t, { login: 'reg', roles: ['registrar'] });
      const s = await loginAs(t, 'reg');
      const res = await s.request('POST', '/api/appeals', buildAppealInput());
      expect(res.statusCode, res.body).toBe(200);
      expect(await t.drainJobs()).toBe(1);
      expect((await s.request('GET', `/api/appeals/${res.json().id}/documents`)).json()).toEqual([]);
      const count = await t.database.db.selectFrom('outgoing_documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(0);
    } finally {
      await t.close();
    }
  });
});
