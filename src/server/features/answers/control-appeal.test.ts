import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { docxText } from '../../platform/documents/docx-text';

type Doc = { id: number; kind: string; recipientName: string; outgoingNumber: string | null };

describe.each(testDatabaseKinds)('a control appeal’s result goes back to the forwarding body (ANS-10) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, exec: Session;
  const users: Record<string, { id: number }> = {};

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['exec', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles] });
    [reg, head, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'exec')]);
  });
  afterAll(() => t.close());

  it('sends the cover letter and a copy of the answer to the body, under the answer’s outgoing number', async () => {
    const body = (await t.database.db.insertInto('external_bodies').values({ name: 'Аппарат Губернатора ХМАО — Югры', kind: 'regional', postal_address: 'ул. Мира, д. 5, г. Ханты-Мансийск' }).returning('id').executeTakeFirstOrThrow()).id;
    const appealId = (await reg.request('POST', '/api/appeals', buildAppealInput({ channel: 'forwarded', forwarded: { bodyId: body, letterDate: '2026-11-18', letterNumber: '01-12/345', isControl: true } }))).json().id as number;
    await reg.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.head!.id });
    await head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ instruction: 'Рассмотреть, доложить', executors: [{ userId: users.exec!.id }] }] });
    const answerId = (await exec.request('POST', `/api/appeals/${appealId}/answers`, { body: 'По существу обращения сообщаем, что ремонт дороги запланирован на 2027 год.' })).json().id as number;
    await exec.request('POST', `/api/answers/${answerId}/approval`, { approverUserIds: [], signerUserId: users.head!.id });
    expect((await head.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' })).json()).toEqual({ status: 'signed' });
    const res = await reg.request('POST', `/api/answers/${answerId}/dispatch`);
    expect(res.statusCode, res.body).toBe(200);
    const docs = ((await reg.request('GET', `/api/appeals/${appealId}/documents`)).json() as Doc[]).filter((d) => d.outgoingNumber === res.json().outgoingNumber);
    expect(docs.map((d) => [d.kind, d.recipientName])).toEqual([
      ['answer', 'Иванов Иван Петрович'],
      ['control-report', 'Аппарат Губернатора ХМАО — Югры'],
      ['answer', 'Аппарат Губернатора ХМАО — Югры'],
    ]);
    const cover = docxText((await reg.request('GET', `/api/outgoing-documents/${docs[1]!.id}/file`)).rawPayload);
    expect(cover).toContain('Автор обращения проинформирован о результатах рассмотрения.');
    expect(cover).toContain('Копия ответа, направленного автору обращения, прилагается.');
    // HMR app. 2: the journal now says to whom it was assigned, the result and the date of the answer.
    const view = (await exec.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    await exec.request('POST', `/api/appeals/${appealId}/results`, { results: view.questions.map((q: { id: number }) => ({ questionId: q.id, result: 'supported-measures-taken' })) });
    const journal = (await reg.request('GET', '/api/appeals')).json() as { rows: { id: number; executors: string[]; results: string[]; answerDate: string | null }[] };
    expect(journal.rows.find((r) => r.id === appealId)).toMatchObject({ executors: [expect.stringContaining('Тестов-exec')], results: ['Поддержано, в том числе меры приняты'], answerDate: '2026-11-20' });
  });
});
