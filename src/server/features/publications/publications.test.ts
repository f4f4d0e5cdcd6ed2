import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_TRANSPORT } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';
import { proceduralTotk } from '../../../domain/special-cases/dispositions';
import totk from '../../../domain/classifier/totk.json';
import type { TotkKind } from '../../platform/db/schema';
import { docxText } from '../../platform/documents/docx-text';
import { publicBaseUrlWarning } from './public-url';

const PUBLIC_URL = 'https://priem.example.ru';
const author = { ...buildAppealInput().authors[0]!, surname: 'Кузнецов', firstName: 'Андрей', patronymic: 'Викторович', gender: 'm' as const, postalAddress: '628002, г. Ханты-Мансийск, ул. Гагарина, д. 214, кв. 7', email: 'kuznetsov@example.ru', phone: '+7 (912) 111-22-33' };
const BODY = [
  'Уважаемый Андрей Викторович!',
  'Ваше обращение по вопросу льготного проезда рассмотрено. Кузнецову А. В. (ул. Гагарина, д. 214, кв. 7) сообщаем, что с 1 января 2027 года льготный проезд в автобусах пригородного сообщения предоставляется всем пенсионерам района по социальной карте.',
  'Ответ также направлен на адрес kuznetsov@example.ru.',
].join('\n');

type Publication = { id: number; status: string; title: string; body: string; totkCodes: string[]; url: string | null; publicationDue: string | null; returnReason: string | null; returnDue: string | null };

describe.each(testDatabaseKinds)('published answers for an indefinite circle of persons (SPC-11) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, exec: Session, other: Session, deputy: Session;
  const users: Record<string, { id: number }> = {};
  let appealId: number;
  let answerId: number;
  let publicationId: number;
  let secondPublicationId: number;
  const publications = async () => (await exec.request('GET', `/api/appeals/${appealId}/publications`)).json() as Publication[];

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z', env: { PUBLIC_URL } });
    const db = t.database.db;
    await ensureTestTotk(db);
    const shipped = totk as { code: string; name: string; level: number; kind: TotkKind; parent: string | null }[];
    const wanted = new Set<string>();
    for (let c: string | null = proceduralTotk.publishedAnswer.code; c; c = shipped.find((x) => x.code === c)?.parent ?? null) wanted.add(c);
    for (const [i, e] of shipped.filter((x) => wanted.has(x.code)).sort((a, b) => a.level - b.level).entries()) {
      await db.insertInto('totk').values({ code: e.code, name: e.name, level: e.level, kind: e.kind, parent: e.parent, position: 100 + i, search: sql<string>`to_tsvector('ru', ${e.name})` }).onConflict((oc) => oc.column('code').doNothing()).execute();
    }
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['deputy', ['deputy']], ['exec', ['executor']], ['other', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [reg, head, deputy, exec, other] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'deputy'), loginAs(t, 'exec'), loginAs(t, 'other')]);
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ authors: [author], questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Льготный проезд' }] }));
    expect(res.statusCode, res.body).toBe(200);
    appealId = res.json().id;
    expect((await reg.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.head!.id })).statusCode).toBe(200);
    expect((await head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ instruction: 'Подготовить ответ', executors: [{ userId: users.exec!.id }] }] })).statusCode).toBe(200);
    const draft = await exec.request('POST', `/api/appeals/${appealId}/answers`, { body: BODY });
    expect(draft.statusCode, draft.body).toBe(200);
    answerId = draft.json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('is proposed only after the signature, by the responsible official', async () => {
    const proposal = { title: 'О льготном проезде пенсионеров в пригородных автобусах', totkCodes: [TOTK_TRANSPORT], body: 'С 1 января 2027 года льготный проезд в автобусах пригородного сообщения предоставляется всем пенсионерам района по социальной карте.' };
    expect((await exec.request('POST', `/api/answers/${answerId}/publication`, proposal)).statusCode).toBe(409); // a draft
    expect((await exec.request('POST', `/api/answers/${answerId}/approval`, { approverUserIds: [], signerUserId: users.head!.id })).statusCode).toBe(200);
    expect((await head.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' })).json()).toEqual({ status: 'signed' });
    expect((await other.request('POST', `/api/answers/${answerId}/publication`, proposal)).statusCode).toBe(403);
    expect((await reg.request('POST', `/api/answers/${answerId}/publication`, proposal)).statusCode).toBe(403);
  });

  it('prefills the text without the personal data and refuses a text that still has any (59-ФЗ ст. 6 ч. 2)', async () => {
    const draft = await exec.request('GET', `/api/answers/${answerId}/publication-draft`);
    expect(draft.statusCode, draft.body).toBe(200);
    const d = draft.json() as { title: string; questions: { code: string; name: string }[]; body: string };
    expect(d.questions).toEqual([{ code: TOTK_TRANSPORT, name: 'Проезд льготных категорий граждан' }]);
    expect(d.body).toContain('льготный проезд в автобусах пригородного сообщения');
    expect(d.body).not.toMatch(/Кузнецов|Андрей|Викторович|Гагарина|kuznetsov|Уважаем/);

    for (const body of [BODY, `${d.body} Заявитель — гражданин Кузнецов.`, `${d.body} Обследован дом по ул. Гагарина, 214.`, `${d.body} Тел. 8 912 111 22 33.`]) {
      const refused = await exec.request('POST', `/api/answers/${answerId}/publication`, { title: 'О льготном проезде', totkCodes: [TOTK_TRANSPORT], body });
      expect(refused.statusCode, body).toBe(400);
      expect(refused.json().error.message).toContain('персональные данные автора');
    }
    // The title too; a question that is not the appeal's.
    expect((await exec.request('POST', `/api/answers/${answerId}/publication`, { title: 'Ответ Кузнецову А. В.', totkCodes: [TOTK_TRANSPORT], body: d.body })).statusCode).toBe(400);
    expect((await exec.request('POST', `/api/answers/${answerId}/publication`, { title: 'О льготном проезде', totkCodes: ['0001.0002.0027.0135'], body: d.body })).statusCode).toBe(400);
    expect(await publications()).toEqual([]);

    const ok = await exec.request('POST', `/api/answers/${answerId}/publication`, { title: 'О льготном проезде пенсионеров', totkCodes: [TOTK_TRANSPORT], body: d.body });
    expect(ok.statusCode, ok.body).toBe(200);
    publicationId = ok.json().id;
    expect((await exec.request('POST', `/api/answers/${answerId}/publication`, { title: 'О льготном проезде', totkCodes: [TOTK_TRANSPORT], body: d.body })).statusCode).toBe(409); // one at a time
  });

  it('is not public while proposed; the head returns it with a reason within the term', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/public/answers' })).json()).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/answers/${publicationId}` })).statusCode).toBe(404);
    // Only the head decides (HMR 7.9).
    expect((await exec.request('POST', `/api/publications/${publicationId}/approve`)).statusCode).toBe(403);
    expect((await deputy.request('POST', `/api/publications/${publicationId}/approve`)).statusCode).toBe(403);
    expect((await head.request('POST', `/api/publications/${publicationId}/return`, { reason: '' })).statusCode).toBe(400);
    const returned = await head.request('POST', `/api/publications/${publicationId}/return`, { reason: 'Уточнить дату начала действия льготы.' });
    expect(returned.statusCode, returned.body).toBe(200);
    const due = computeDeadline('publication-return', '2026-11-20', t.deps.profile(), await t.deps.calendar.get());
    expect(returned.json()).toEqual({ id: publicationId, status: 'returned', dueDate: due.date });
    expect((await publications())[0]).toMatchObject({ status: 'returned', returnReason: 'Уточнить дату начала действия льготы.', returnDue: due.date, url: null });
    expect((await head.request('POST', `/api/publications/${publicationId}/approve`)).statusCode).toBe(409);
    const events = await t.database.db.selectFrom('events').select(['action', 'legal_ground']).where('entity_id', '=', String(appealId)).where('action', 'like', 'publication.%').orderBy('id').execute();
    expect(events).toEqual([{ action: 'publication.proposed', legal_ground: expect.stringContaining('59-ФЗ ст. 10 ч. 4') }, { action: 'publication.returned', legal_ground: 'HMR 7.9' }]);
  });

  it('is published once the head approves: the public page shows it without personal data, no login', async () => {
    const d = (await exec.request('GET', `/api/answers/${answerId}/publication-draft`)).json() as { body: string };
    const again = await exec.request('POST', `/api/answers/${answerId}/publication`, { title: 'О льготном проезде пенсионеров с 1 января 2027 года', totkCodes: [TOTK_TRANSPORT], body: d.body });
    expect(again.statusCode, again.body).toBe(200);
    publicationId = again.json().id;
    const approved = await head.request('POST', `/api/publications/${publicationId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const due = computeDeadline('publication', '2026-11-20', t.deps.profile(), await t.deps.calendar.get());
    const url = `${PUBLIC_URL}/answers/${publicationId}`;
    expect(approved.json()).toMatchObject({ status: 'published', url, dueDate: due.date });
    expect((await publications()).map((p) => p.status)).toEqual(['returned', 'published']);

    const list = await t.app.inject({ method: 'GET', url: '/api/public/answers' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([{ id: publicationId, title: 'О льготном проезде пенсионеров с 1 января 2027 года', publishedDate: '20.11.2026', questions: [{ code: TOTK_TRANSPORT, name: 'Проезд льготных категорий граждан' }], text: d.body, url }]);
    const one = await t.app.inject({ method: 'GET', url: `/api/public/answers/${publicationId}` });
    expect(one.statusCode).toBe(200);
    const number = (await t.database.db.selectFrom('appeals').select('number').where('id', '=', appealId).executeTakeFirstOrThrow()).number;
    for (const body of [list.body, one.body]) {
      expect(body).not.toMatch(/Кузнецов|Андрей|Викторович|Гагарина|kuznetsov@example\.ru|111-22-33/);
      expect(body).not.toContain(`"${number}"`);
      expect(body).not.toMatch(/appeal|author/i);
    }
    const event = await t.database.db.selectFrom('events').select(['after', 'legal_ground']).where('action', '=', 'publication.published').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ legal_ground: '59-ФЗ ст. 10 ч. 4; HMR 7.9', after: { publicationId, url, dueDate: due.date } });
  });

  it('gives a later appeal on the question the suggestion and the disposition with the page address (59-ФЗ ст. 11 ч. 5.1)', async () => {
    const url = `${PUBLIC_URL}/answers/${publicationId}`;
    const later = await reg.request('POST', '/api/appeals', buildAppealInput({ type: 'complaint', text: 'Обжалую решение суда о льготном проезде.', authors: [{ ...author, surname: 'Смирнова', firstName: 'Ольга', patronymic: 'Ивановна', gender: 'f', email: '', phone: '', postalAddress: '628011, г. Ханты-Мансийск, ул. Мира, д. 3' }], questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }] }));
    expect(later.statusCode, later.body).toBe(200);
    const laterId = later.json().id as number;
    const suggestions = (await reg.request('GET', `/api/appeals/${laterId}/suggestions`)).json().suggestions as { code: string; url?: string; reason: string }[];
    expect(suggestions.find((s) => s.code === 'published-answer')).toMatchObject({ url });
    expect(suggestions.find((s) => s.code === 'court-decision')?.reason).toContain('не возвращается');

    // HMR 7.10: a court-decision complaint on a published question is not returned.
    const court = await reg.request('POST', `/api/appeals/${laterId}/disposition`, { code: 'court-decision' });
    expect(court.statusCode).toBe(409);
    expect(court.json().error.message).toContain('не возвращается');
    const choice = ((await reg.request('GET', `/api/special-cases/catalogue?appealId=${laterId}`)).json() as { code: string; obstacle: string | null; publishedAnswer?: { url: string } }[]).find((c) => c.code === 'published-answer-link');
    expect(choice).toMatchObject({ obstacle: null, publishedAnswer: { id: publicationId, url } });
    // Executors have no special cases (policy).
    expect((await exec.request('POST', `/api/appeals/${laterId}/disposition`, { code: 'published-answer-link' })).statusCode).toBe(403);

    const res = await reg.request('POST', `/api/appeals/${laterId}/disposition`, { code: 'published-answer-link' });
    expect(res.statusCode, res.body).toBe(200);
    const registration = (await t.database.db.selectFrom('appeals').select('registration_date').where('id', '=', laterId).executeTakeFirstOrThrow()).registration_date;
    const due = computeDeadline('special-case-notice', registration, t.deps.profile(), await t.deps.calendar.get());
    expect(res.json()).toMatchObject({ code: 'published-answer-link', status: 'closed', sstuStatus: 'Answered', totkCode: '0001.0002.0027.0135', dueDate: due.date, late: false });
    const docs = ((await reg.request('GET', `/api/appeals/${laterId}/documents`)).json() as { id: number; kind: string; dueDate: string }[]).filter((x) => x.kind === 'published-answer-notice');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.dueDate).toBe(due.date);
    const text = docxText((await reg.request('GET', `/api/outgoing-documents/${docs[0]!.id}/file`)).rawPayload);
    expect(text).toContain(url);
    expect(text).toContain('частью 5.1 статьи 11');
    expect(text).toContain('«О льготном проезде пенсионеров с 1 января 2027 года», размещён 20.11.2026');
    const questions = await t.database.db.selectFrom('appeal_questions').select(['totk_code', 'result']).where('appeal_id', '=', laterId).orderBy('position').execute();
    expect(questions).toEqual([{ totk_code: TOTK_TRANSPORT, result: 'answered-to-author' }, { totk_code: '0001.0002.0027.0135', result: 'answered-to-author' }]);
    const row = await t.database.db.selectFrom('special_case_dispositions').select(['publication_id', 'legal_ground']).where('appeal_id', '=', laterId).executeTakeFirstOrThrow();
    expect(row).toEqual({ publication_id: publicationId, legal_ground: '59-ФЗ ст. 11 ч. 5.1, ст. 10 ч. 4; HMR 7.10, DUKI 5.22' });
  });

  it('refuses the disposition for an appeal whose questions have no published answer', async () => {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ authors: [{ ...author, surname: 'Орлова', firstName: 'Анна', patronymic: 'Сергеевна', gender: 'f', email: '' }], questions: [{ totkCode: '0002.0007.0071.0284', annotation: 'Пенсия' }] }));
    expect(res.statusCode, res.body).toBe(200);
    const refused = await reg.request('POST', `/api/appeals/${res.json().id}/disposition`, { code: 'published-answer-link' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('не опубликован');
    // 59-ФЗ ст. 11 ч. 5.1 per question: the transport question has a published answer, the pension one does not.
    const mixed = await reg.request('POST', '/api/appeals', buildAppealInput({ authors: [{ ...author, surname: 'Лебедева', firstName: 'Анна', patronymic: 'Сергеевна', gender: 'f', email: '' }], questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }, { totkCode: '0002.0007.0071.0284', annotation: 'Пенсия' }] }));
    expect(mixed.statusCode, mixed.body).toBe(200);
    const partial = await reg.request('POST', `/api/appeals/${mixed.json().id}/disposition`, { code: 'published-answer-link' });
    expect(partial.statusCode).toBe(409);
    expect(partial.json().error.message).toContain('0002.0007.0071.0284 ответ на официальном сайте не опубликован: на них нужен ответ по существу');
  });

  it('is approved only as the signed edition it was proposed from (HMR 7.9)', async () => {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ authors: [{ ...author, surname: 'Белова', firstName: 'Нина', patronymic: 'Павловна', gender: 'f', email: '' }], questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }] }));
    const id = res.json().id as number;
    expect((await reg.request('POST', `/api/appeals/${id}/hand-over`, { toUserId: users.head!.id })).statusCode).toBe(200);
    expect((await head.request('POST', `/api/appeals/${id}/resolution`, { parts: [{ instruction: 'Подготовить ответ', executors: [{ userId: users.exec!.id }] }] })).statusCode).toBe(200);
    const answer = (await exec.request('POST', `/api/appeals/${id}/answers`, { body: 'Сообщаем, что льготный проезд в пригородных автобусах предоставляется с 1 января 2027 года.' })).json().id as number;
    const sign = async () => {
      expect((await exec.request('POST', `/api/answers/${answer}/approval`, { approverUserIds: [], signerUserId: users.head!.id })).statusCode).toBe(200);
      expect((await head.request('POST', `/api/answers/${answer}/decision`, { decision: 'approved' })).json()).toEqual({ status: 'signed' });
    };
    await sign();
    const proposed = await exec.request('POST', `/api/answers/${answer}/publication`, { title: 'О льготном проезде в пригородных автобусах', totkCodes: [TOTK_TRANSPORT], body: 'Льготный проезд в пригородных автобусах предоставляется с 1 января 2027 года.' });
    expect(proposed.statusCode, proposed.body).toBe(200);
    // A new edition replaces the signed text: neither the unsigned edition nor the old text is approved.
    expect((await exec.request('POST', `/api/answers/${answer}/new-edition`, { body: 'Сообщаем, что льготный проезд в пригородных автобусах предоставляется с 1 февраля 2027 года.' })).statusCode).toBe(200);
    const unsigned = await head.request('POST', `/api/publications/${proposed.json().id}/approve`);
    expect(unsigned.statusCode).toBe(409);
    expect(unsigned.json().error.message).toContain('новая редакция ответа');
    await sign();
    expect((await head.request('POST', `/api/publications/${proposed.json().id}/approve`)).statusCode).toBe(409);
    expect((await t.database.db.selectFrom('publications').select('status').where('id', '=', proposed.json().id).executeTakeFirstOrThrow()).status).toBe('proposed');
    // Returned, proposed again from the signed new edition, approved.
    expect((await head.request('POST', `/api/publications/${proposed.json().id}/return`, { reason: 'Текст по новой редакции ответа.' })).statusCode).toBe(200);
    const again = await exec.request('POST', `/api/answers/${answer}/publication`, { title: 'О льготном проезде с 1 февраля 2027 года', totkCodes: [TOTK_TRANSPORT], body: 'Льготный проезд в пригородных автобусах предоставляется с 1 февраля 2027 года.' });
    expect(again.statusCode, again.body).toBe(200);
    expect((await head.request('POST', `/api/publications/${again.json().id}/approve`)).statusCode).toBe(200);
    secondPublicationId = again.json().id;
  });

  it('is withdrawn from the site by the head with a reason, unless its address was already sent instead of an answer', async () => {
    // The first answer's address was sent to a later appeal's author (59-ФЗ ст. 11 ч. 5.1): it stays.
    const refused = await head.request('POST', `/api/publications/${publicationId}/withdraw`, { reason: 'Порядок проезда изменён.' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('снять его с публикации нельзя');
    expect((await exec.request('POST', `/api/publications/${secondPublicationId}/withdraw`, { reason: 'Порядок проезда изменён.' })).statusCode).toBe(403);
    expect((await head.request('POST', `/api/publications/${secondPublicationId}/withdraw`, { reason: '' })).statusCode).toBe(400);
    const reason = 'Порядок проезда изменён постановлением от 01.12.2026.';
    const res = await head.request('POST', `/api/publications/${secondPublicationId}/withdraw`, { reason });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: secondPublicationId, status: 'withdrawn' });
    expect((await head.request('POST', `/api/publications/${secondPublicationId}/withdraw`, { reason: 'Ещё раз.' })).statusCode).toBe(409);
    expect(((await t.app.inject({ method: 'GET', url: '/api/public/answers' })).json() as { id: number }[]).map((x) => x.id)).toEqual([publicationId]);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/answers/${secondPublicationId}` })).statusCode).toBe(404);
    const row = (await t.database.db.selectFrom('publications').select(['status', 'withdrawal_reason', 'appeal_id']).where('id', '=', secondPublicationId).executeTakeFirstOrThrow());
    expect(row).toMatchObject({ status: 'withdrawn', withdrawal_reason: reason });
    // A later appeal on the question gets the address still published, never the withdrawn one.
    const later = await reg.request('POST', '/api/appeals', buildAppealInput({ authors: [{ ...author, surname: 'Зайцева', firstName: 'Мария', patronymic: 'Олеговна', gender: 'f', email: '' }], questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }] }));
    const suggested = ((await reg.request('GET', `/api/appeals/${later.json().id}/suggestions`)).json().suggestions as { code: string; url?: string }[]).find((x) => x.code === 'published-answer');
    expect(suggested?.url).toBe(`${PUBLIC_URL}/answers/${publicationId}`);
    const event = await t.database.db.selectFrom('events').select(['after', 'legal_ground']).where('action', '=', 'publication.withdrawn').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ legal_ground: '59-ФЗ ст. 10 ч. 4; HMR 7.9', after: { publicationId: secondPublicationId, reason } });
  });

  it('warns the head when the published address is on this computer (PUBLIC_URL not set)', () => {
    expect(publicBaseUrlWarning('http://localhost:3000')).toContain('PUBLIC_URL');
    expect(publicBaseUrlWarning('http://127.0.0.1:3000')).toContain('доступен только на этом компьютере');
    expect(publicBaseUrlWarning(PUBLIC_URL)).toBeNull();
  });
});
