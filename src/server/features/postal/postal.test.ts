import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { docxText } from '../../platform/documents/docx-text';
import { DOCX_MIME, openDocx } from '../../platform/documents/docx-template';
import type { FormedRegisterView, PostalItemView, RegisterView } from './schemas';
import { splitPostcode } from './postcode';
import { countInWords } from './count-in-words';

const ivanov = buildAppealInput().authors[0]!;
const FUND = 'Отделение Социального фонда России по ХМАО — Югре';
const NOW = '2026-11-20T06:00:00Z'; // Friday 20.11.2026, 11:00 in Khanty-Mansiysk

describe('postal addresses and counts', () => {
  it('takes the six-digit index from the start or the end of an address', () => {
    expect(splitPostcode('628002, г. Ханты-Мансийск, ул. Гагарина, д. 10, кв. 5')).toEqual({ postcode: '628002', rest: 'г. Ханты-Мансийск, ул. Гагарина, д. 10, кв. 5' });
    expect(splitPostcode('ул. Фрунзе, д. 67, г. Хабаровск, 680000')).toEqual({ postcode: '680000', rest: 'ул. Фрунзе, д. 67, г. Хабаровск' });
    expect(splitPostcode('г. Ханты-Мансийск, ул. Мира, д. 3')).toEqual({ postcode: '', rest: 'г. Ханты-Мансийск, ул. Мира, д. 3' });
    expect(splitPostcode('6280021, д. 1')).toEqual({ postcode: '', rest: '6280021, д. 1' });
  });
  it('writes the number of items in words', () => {
    expect([1, 2, 5, 11, 21, 102, 1001, 2022].map(countInWords)).toEqual(['один', 'два', 'пять', 'одиннадцать', 'двадцать один', 'сто два', 'одна тысяча один', 'две тысячи двадцать два']);
  });
});

describe.each(testDatabaseKinds)('postal dispatch: envelopes and the register of postal items (ANS-7) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, boss: Session, exec: Session;
  let org: { full_name: string; postal_address: string };
  let postal: { id: number; number: string };
  let postalDoc: PostalItemView;
  let bodyDoc: number;
  let mailDoc: number;

  const queue = async (s: Session = reg) => (await s.request('GET', '/api/postal/queue')).json() as PostalItemView[];
  async function register(overrides: Parameters<typeof buildAppealInput>[0]) {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput(overrides));
    expect(res.statusCode, res.body).toBe(200);
    await t.drainJobs(); // the registration notice is queued by a background job after the commit
    return res.json() as { id: number; number: string };
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'], surname: 'Почтовая' });
    await buildUser(t, { login: 'boss', roles: ['administrator'] });
    await buildUser(t, { login: 'exec', roles: ['executor'] });
    [reg, boss, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'boss'), loginAs(t, 'exec')]);
    org = await t.database.db.selectFrom('organisation').select(['full_name', 'postal_address']).executeTakeFirstOrThrow();

    // A written appeal: its registration notice waits for the post.
    postal = await register({ receivedAt: '2026-11-19T06:00:00Z' });
    // An electronic one: its notice goes by e-mail.
    const electronic = await register({ form: 'electronic', channel: 'internet-reception', receivedAt: '2026-11-20T04:00:00Z', authors: [{ ...ivanov, surname: 'Сидорова', firstName: 'Елена', patronymic: 'Викторовна', gender: null, email: 'sidorova@example.ru' }] });
    const mail = await t.database.db.selectFrom('outgoing_documents').select(['id', 'route']).where('appeal_id', '=', electronic.id).executeTakeFirstOrThrow();
    expect(mail.route).toBe('email');
    mailDoc = mail.id;
    // A registered letter to another body (ROU-7, ANS-1), its index at the end of the address.
    const body = await t.database.db.insertInto('external_bodies').values({ name: FUND, kind: 'federal', postal_address: 'ул. Мира, д. 5, г. Ханты-Мансийск, 628011' }).returning('id').executeTakeFirstOrThrow();
    const users = await t.database.db.selectFrom('users').select('id').where('login', '=', 'reg').executeTakeFirstOrThrow();
    bodyDoc = (
      await t.database.db
        .insertInto('outgoing_documents')
        .values({ appeal_id: postal.id, kind: 'documents-request', route: 'post', recipient_body_id: body.id, recipient_address: 'ул. Мира, д. 5, г. Ханты-Мансийск, 628011', status: 'queued', due_date: '2026-11-20', file_name: 'Запрос.docx', content: new Uint8Array([1]), created_by: users.id, created_at: new Date(NOW), outgoing_number: 'Исх-7', outgoing_date: '2026-11-20' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  it('lists the items waiting for the post across all appeals — only to the registrar and the administrator', async () => {
    const items = await queue();
    postalDoc = items.find((i) => i.appealId === postal.id && i.kind === 'registration-notice')!;
    expect(postalDoc).toMatchObject({ appealNumber: postal.number, appealDate: '2026-11-20', kindTitle: 'Уведомление о регистрации обращения', recipientName: 'Иванов Иван Петрович', recipientAddress: ivanov.postalAddress, outgoingNumber: null });
    expect(items.find((i) => i.id === bodyDoc)).toMatchObject({ recipientName: FUND, outgoingNumber: 'Исх-7', outgoingDate: '2026-11-20', kindTitle: 'Запрос документов и материалов' });
    expect(items.map((i) => i.id)).not.toContain(mailDoc);
    expect(await queue(boss)).toHaveLength(items.length);
    expect((await exec.request('GET', '/api/postal/queue')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/postal/queue' })).statusCode).toBe(401);
  });

  it('prints a DL envelope: the organisation top left, the recipient bottom right, each index on its own line', async () => {
    const res = await reg.request('GET', `/api/outgoing-documents/${postalDoc.id}/envelope`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX_MIME);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(String(res.headers['content-disposition']))?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(`Конверт — Уведомление о регистрации обращения, обращение № ${postal.number.replace(/[\\/]/g, '-')}.docx`);
    // 220 × 110 mm landscape (twips: 56.7 per mm).
    const xml = openDocx(res.rawPayload).file('word/document.xml')!.asText();
    expect(xml).toMatch(/<w:pgSz w:w="12474" w:h="6237" w:orient="landscape"/);
    const lines = docxText(res.rawPayload).split('\n').map((l) => l.trim()).filter(Boolean);
    const sender = splitPostcode(org.postal_address);
    expect(lines.indexOf(`От кого: ${org.full_name}`)).toBeGreaterThanOrEqual(0);
    expect(lines).toContain(`Откуда: ${sender.rest}`);
    if (sender.postcode) expect(lines).toContain(`Индекс: ${sender.postcode}`);
    const to = lines.indexOf('Кому: Иванов Иван Петрович');
    expect(to).toBeGreaterThan(lines.indexOf(`От кого: ${org.full_name}`));
    expect(lines.slice(to)).toEqual(['Кому: Иванов Иван Петрович', 'Куда: г. Ханты-Мансийск, ул. Гагарина, д. 10, кв. 5', 'Индекс: 628002']);

    const toBody = docxText((await boss.request('GET', `/api/outgoing-documents/${bodyDoc}/envelope`)).rawPayload).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(toBody.slice(-3)).toEqual([`Кому: ${FUND}`, 'Куда: ул. Мира, д. 5, г. Ханты-Мансийск', 'Индекс: 628011']);
  });

  it('refuses an envelope for an e-mail document, to an executor and to an anonymous caller', async () => {
    const refused = await reg.request('GET', `/api/outgoing-documents/${mailDoc}/envelope`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('Конверт печатается только для документов, направляемых почтой; этот документ направляется иначе: «Электронная почта».');
    expect((await reg.request('GET', '/api/outgoing-documents/999999/envelope')).statusCode).toBe(404);
    expect((await exec.request('GET', `/api/outgoing-documents/${postalDoc.id}/envelope`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/outgoing-documents/${postalDoc.id}/envelope` })).statusCode).toBe(401);
  });

  it('forms a register: a number within the year, the printable list, the documents sent, an event for each and for the register', async () => {
    expect((await exec.request('POST', '/api/postal-registers', { documentIds: [postalDoc.id] })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/postal-registers', payload: { documentIds: [postalDoc.id] } })).statusCode).toBe(401);
    const empty = await reg.request('POST', '/api/postal-registers', { documentIds: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.documentIds).toBe('Отметьте хотя бы один документ для реестра.');

    const res = await reg.request('POST', '/api/postal-registers', { documentIds: [postalDoc.id, bodyDoc, postalDoc.id] });
    expect(res.statusCode, res.body).toBe(200);
    const formed = res.json() as FormedRegisterView;
    // bodyDoc is due on 20.11, the notice later: the earliest due first.
    expect(formed).toMatchObject({ number: 'Р-1/2026', date: '2026-11-20', documentCount: 2, createdBy: 'Почтовая Тест Тестович', documentIds: [bodyDoc, postalDoc.id] });

    const docs = await t.database.db.selectFrom('outgoing_documents').select(['id', 'status', 'sent_at']).where('id', 'in', [postalDoc.id, bodyDoc]).execute();
    for (const d of docs) expect(d).toMatchObject({ status: 'sent', sent_at: new Date(NOW) });
    const events = await t.database.db.selectFrom('events').selectAll().where('action', 'in', ['document.posted', 'postal-register.formed']).orderBy('id').execute();
    expect(events.map((e) => [e.action, e.entity_type, e.entity_id])).toEqual([
      ['document.posted', 'outgoing_document', String(bodyDoc)],
      ['document.posted', 'outgoing_document', String(postalDoc.id)],
      ['postal-register.formed', 'postal_register', String(formed.id)],
    ]);
    expect(events[1]!.after).toMatchObject({ appealId: postal.id, status: 'sent', registerNumber: 'Р-1/2026' });
    expect(events[1]!.before).toEqual({ status: 'queued' });
    expect(events[2]!.after).toMatchObject({ number: 'Р-1/2026', date: '2026-11-20', count: 2 });
    const timeline = (await reg.request('GET', `/api/appeals/${postal.id}/timeline`)).json() as { action: string }[];
    expect(timeline.map((e) => e.action).filter((a) => a === 'document.posted')).toHaveLength(2);

    // Neither is waiting any more; the appeal's documents say «sent».
    expect((await queue()).map((i) => i.id)).not.toContain(postalDoc.id);
    const appealDocs = (await reg.request('GET', `/api/appeals/${postal.id}/documents`)).json() as { id: number; status: string; sentAt: string }[];
    expect(appealDocs.find((d) => d.id === postalDoc.id)).toMatchObject({ status: 'sent', sentAt: NOW.replace('Z', '.000Z') });

    const list = (await boss.request('GET', '/api/postal-registers')).json() as RegisterView[];
    expect(list).toEqual([{ id: formed.id, number: 'Р-1/2026', date: '2026-11-20', documentCount: 2, createdBy: 'Почтовая Тест Тестович', createdAt: NOW.replace('Z', '.000Z'), fileName: 'Реестр почтовых отправлений № Р-1-2026 от 20.11.2026.docx' }]);
    expect((await exec.request('GET', '/api/postal-registers')).statusCode).toBe(403);

    const file = await reg.request('GET', `/api/postal-registers/${formed.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(DOCX_MIME);
    const text = docxText(file.rawPayload);
    for (const expected of [org.full_name, 'РЕЕСТР ПОЧТОВЫХ ОТПРАВЛЕНИЙ № Р-1/2026', 'от 20.11.2026', '№ п/п', 'Получатель (кому)', 'Отметка', FUND, 'Исх-7 от 20.11.2026', 'Иванов Иван Петрович', '628002', 'г. Ханты-Мансийск, ул. Гагарина, д. 10, кв. 5', 'без исх. номера', 'Всего отправлений: 2 (два).', 'Сдал:', 'Т. Т. Почтовая', 'Принял:']) {
      expect(text).toContain(expected);
    }
    // Rows in order: 1 — the body, 2 — the author.
    expect(text.indexOf(FUND)).toBeLessThan(text.indexOf('Иванов Иван Петрович'));
    expect((await reg.request('GET', '/api/postal-registers/999999/file')).statusCode).toBe(404);
    expect((await exec.request('GET', `/api/postal-registers/${formed.id}/file`)).statusCode).toBe(403);
  });

  it('refuses a document already sent and one that does not go by post, changing nothing', async () => {
    const again = await reg.request('POST', '/api/postal-registers', { documentIds: [postalDoc.id] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain(`«Уведомление о регистрации обращения» по обращению № ${postal.number} уже не ожидает отправки: состояние — «Отправлено»`);
    const byMail = await reg.request('POST', '/api/postal-registers', { documentIds: [mailDoc] });
    expect(byMail.statusCode).toBe(409);
    expect(byMail.json().error.message).toContain('направляется не почтой («Электронная почта»)');
    expect((await reg.request('POST', '/api/postal-registers', { documentIds: [999999] })).statusCode).toBe(404);
    const mail = await t.database.db.selectFrom('outgoing_documents').select('status').where('id', '=', mailDoc).executeTakeFirstOrThrow();
    expect(mail.status).toBe('queued');
    expect(await t.database.db.selectFrom('postal_registers').select('id').execute()).toHaveLength(1);
  });

  it('never puts one letter in two registers when two are formed at once', async () => {
    const next = await register({ receivedAt: '2026-11-19T07:00:00Z', authors: [{ ...ivanov, surname: 'Смирнов' }] });
    const doc = (await queue()).find((i) => i.appealId === next.id)!;
    const [a, b] = await Promise.all([reg.request('POST', '/api/postal-registers', { documentIds: [doc.id] }), boss.request('POST', '/api/postal-registers', { documentIds: [doc.id] })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = (a.statusCode === 200 ? a : b).json() as FormedRegisterView;
    // The refused one took no number: the counter moved once.
    expect(winner.number).toBe('Р-2/2026');
    expect(await t.database.db.selectFrom('postal_register_items').select('register_id').where('outgoing_document_id', '=', doc.id).execute()).toHaveLength(1);
  });

  it('dates and numbers the register in the organisation’s time zone: 01.01.2027 in Khanty-Mansiysk is still 31.12 in UTC', async () => {
    const late = await register({ receivedAt: '2026-11-19T08:00:00Z', authors: [{ ...ivanov, surname: 'Новогодний' }] });
    const doc = (await queue()).find((i) => i.appealId === late.id)!;
    t.clock.set('2026-12-31T20:30:00Z');
    try {
      const res = await (await loginAs(t, 'reg')).request('POST', '/api/postal-registers', { documentIds: [doc.id] });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ number: 'Р-1/2027', date: '2027-01-01' });
    } finally {
      t.clock.set(NOW);
    }
  });
});
