import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../testing/factories';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { docxText } from '../../platform/documents/docx-text';
import { multipartBody } from '../../testing/multipart';
import { minimalDocx, minimalPdf } from '../../testing/sample-files';
import { hasPdftotext, pdfText } from '../../testing/read-docx';

const BODY = 'По вопросу ремонта дороги по ул. Мира сообщаем, что работы включены в план ремонта на 2027 год. По вопросу перерасчёта пенсии разъясняем порядок обращения в Социальный фонд России.';

type AnswerView = { id: number; status: string; version: number; outgoingNumber: string | null; versions: { id: number; version: number }[]; route: { approverUserId: number; signs: boolean; decision: string | null }[]; turnUserId: number | null };

describe.each(testDatabaseKinds)('answer: draft, approval, signature, registration, e-mail, control (ANS-3…7, CTL-2) on %s', (kind) => {
  let sink: SmtpSink;
  let t: TestApp;
  let reg: Session, head: Session, deputy: Session, exec: Session, other: Session;
  const users: Record<string, { id: number }> = {};
  let appealId: number;
  let answerId: number;
  const answers = async (s: Session = exec) => (await s.request('GET', `/api/appeals/${appealId}/answers`)).json() as AnswerView[];

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z', env: sink.env });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['deputy', ['deputy']], ['exec', ['executor']], ['other', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [reg, head, deputy, exec, other] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'deputy'), loginAs(t, 'exec'), loginAs(t, 'other')]);
    const author = { ...buildAppealInput().authors[0]!, surname: 'Сидорова', firstName: 'Елена', patronymic: 'Викторовна', gender: null, email: 'sidorova@example.ru' };
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ form: 'electronic', channel: 'internet-reception', receivedAt: '2026-11-20T04:00:00Z', authors: [author], questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Ремонт дороги' }, { totkCode: TOTK_PENSIONS, annotation: 'Пенсия' }] }));
    expect(res.statusCode, res.body).toBe(200);
    appealId = res.json().id;
    await t.drainJobs(); // the registration notice and its e-mail
    sink.messages.length = 0;
    expect((await reg.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.head!.id })).statusCode).toBe(200);
    expect((await head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ instruction: 'Подготовить ответ', executors: [{ userId: users.exec!.id }] }] })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('gives the drafter the lists for the route: signers (head, deputies) and approvers (executors too), not to the registrar', async () => {
    type Person = { userId: number; name: string };
    const signers = await exec.request('GET', '/api/answers/signers');
    expect(signers.statusCode, signers.body).toBe(200);
    expect((signers.json() as Person[]).map((p) => p.userId).sort()).toEqual([users.head!.id, users.deputy!.id].sort());
    expect(signers.json()[0]).toEqual({ userId: expect.any(Number), officialId: expect.any(Number), unitId: null, name: expect.stringMatching(/^Сотрудник-/), unit: null, position: null });
    const approvers = (await exec.request('GET', '/api/answers/approvers')).json() as Person[];
    expect(approvers.map((p) => p.userId).sort()).toEqual([users.head!.id, users.deputy!.id, users.exec!.id, users.other!.id].sort());
    // Only active users.
    await t.database.db.updateTable('users').set({ active: false }).where('id', '=', users.other!.id).execute();
    try {
      expect(((await head.request('GET', '/api/answers/approvers')).json() as Person[]).map((p) => p.userId)).not.toContain(users.other!.id);
    } finally {
      await t.database.db.updateTable('users').set({ active: true }).where('id', '=', users.other!.id).execute();
    }
    expect((await reg.request('GET', '/api/answers/signers')).statusCode).toBe(403);
    expect((await reg.request('GET', '/api/answers/approvers')).statusCode).toBe(403);
  });

  it('lets only the responsible executor draft the answer from the template', async () => {
    expect((await other.request('POST', `/api/appeals/${appealId}/answers`, { body: BODY })).statusCode).toBe(403);
    expect((await exec.request('POST', `/api/appeals/${appealId}/answers`, { body: 'коротко' })).statusCode).toBe(400);
    const res = await exec.request('POST', `/api/appeals/${appealId}/answers`, { body: BODY });
    expect(res.statusCode, res.body).toBe(200);
    answerId = res.json().id;
    const [answer] = await answers();
    expect(answer).toMatchObject({ status: 'draft', version: 1 });
    const file = await exec.request('GET', `/api/answer-versions/${answer!.versions[0]!.id}/file`);
    const text = docxText(file.rawPayload);
    expect(text).toContain('Уважаемая Елена Викторовна!');
    expect(text).toContain(BODY);
    expect(text).toContain('Вы вправе обжаловать');
    expect((await other.request('GET', `/api/answer-versions/${answer!.versions[0]!.id}/file`)).statusCode).toBe(404);
  });

  it('goes along the route: the deputy approves, then only the head signs — an executor cannot sign for him', async () => {
    expect((await exec.request('POST', `/api/answers/${answerId}/approval`, { approverUserIds: [users.deputy!.id], signerUserId: users.exec!.id })).statusCode).toBe(400); // an executor is no signer
    expect((await exec.request('POST', `/api/answers/${answerId}/approval`, { approverUserIds: [users.deputy!.id], signerUserId: users.head!.id })).statusCode).toBe(200);
    expect((await exec.request('PUT', `/api/answers/${answerId}`, { body: `${BODY} Дополнение.` })).statusCode).toBe(409); // on approval: no edits
    expect((await head.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' })).statusCode).toBe(403); // not his turn yet
    expect((await deputy.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' })).json()).toEqual({ status: 'approval' });
    const signByExecutor = await exec.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' });
    expect(signByExecutor.statusCode).toBe(403);
    expect(signByExecutor.json().error.message).toBe('Подписать ответ может только должностное лицо, указанное подписантом (HMR 8.1).');
    expect((await head.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' })).json()).toEqual({ status: 'signed' });
  });

  it('never changes a signed answer: a change is a new edition', async () => {
    const edit = await exec.request('PUT', `/api/answers/${answerId}`, { body: `${BODY} Исправление.` });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('Подписанный ответ не изменяется');
    expect((await head.request('PUT', `/api/answers/${answerId}`, { body: `${BODY} Исправление.` })).statusCode).toBe(409);
    const [answer] = await answers();
    expect(answer).toMatchObject({ status: 'signed', version: 1 });
  });

  it('takes the scan of the signed answer from the registrar only, judged by its content (DUKI 6.4)', async () => {
    const scan = (s: Session, fileName: string, content: Buffer) => {
      const { payload, headers } = multipartBody([{ name: 'file', fileName, content }]);
      return s.request('POST', `/api/answers/${answerId}/scan`, payload, headers);
    };
    const plan = async () => (await reg.request('GET', `/api/answers/${answerId}/dispatch-plan`)).json();
    expect(await plan()).toMatchObject({ scanRequired: true, scan: null, recipients: [{ name: 'Сидорова Елена Викторовна', route: 'email', address: 'sidorova@example.ru', other: { route: 'post' } }] });
    // Without the scan nothing goes by e-mail, and nothing is registered.
    const refused = await reg.request('POST', `/api/answers/${answerId}/dispatch`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('приложите скан подписанного ответа');
    expect(await t.database.db.selectFrom('outgoing_documents').select('id').where('kind', '=', 'answer').execute()).toEqual([]);
    expect((await scan(exec, 'Ответ.pdf', minimalPdf('Signed answer'))).statusCode).toBe(403);
    const wrong = await scan(reg, 'Ответ.pdf', minimalDocx());
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('PDF, JPEG, PNG или TIFF');
    const ok = await scan(reg, 'скан ответа.pdf', minimalPdf('Signed 12345'));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ fileName: 'скан ответа.pdf', mimeType: 'application/pdf' });
    expect(await plan()).toMatchObject({ scan: { fileName: 'скан ответа.pdf', attachedBy: expect.stringMatching(/^Сотрудник-reg/) } });
    expect((await exec.request('GET', `/api/answers/${answerId}/scan`)).rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await other.request('GET', `/api/answers/${answerId}/scan`)).statusCode).toBe(404);
    // A co-executor sees his part, not the case's correspondence (as for outgoing documents).
    const db = t.database.db;
    const own = await db.selectFrom('assignments').selectAll().where('appeal_id', '=', appealId).executeTakeFirstOrThrow();
    const co = await db.insertInto('assignments').values({ appeal_id: appealId, resolution_id: own.resolution_id, part: own.part, executor_user_id: users.other!.id, role: 'co-executor', instruction: own.instruction, deadline: own.deadline, created_at: new Date('2026-11-20T06:00:00Z') }).returning('id').executeTakeFirstOrThrow();
    expect((await other.request('GET', `/api/answers/${answerId}/scan`)).statusCode).toBe(403);
    await db.deleteFrom('assignments').where('id', '=', co.id).execute();

    // A new edition is signed anew: the scan of the old signature does not go with it.
    expect((await exec.request('POST', `/api/answers/${answerId}/new-edition`, { body: BODY })).statusCode).toBe(200);
    expect(await plan()).toMatchObject({ scan: null, scanRequired: true });
    expect((await exec.request('POST', `/api/answers/${answerId}/approval`, { approverUserIds: [], signerUserId: users.head!.id })).statusCode).toBe(200);
    expect((await head.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' })).json()).toEqual({ status: 'signed' });
    expect((await scan(reg, 'скан ответа.pdf', minimalPdf('Signed 12345'))).statusCode).toBe(200);
  });

  it('is registered as outgoing by the registrar only, e-mailed as the scan, with a copy by post on request (ANS-6, ANS-7)', async () => {
    expect((await exec.request('POST', `/api/answers/${answerId}/dispatch`)).statusCode).toBe(403);
    const [author] = (await reg.request('GET', `/api/appeals/${appealId}`)).json().authors as { id: number }[];
    const foreign = await reg.request('POST', `/api/answers/${answerId}/dispatch`, { copyByOtherRoute: [author!.id + 1000] });
    expect(foreign.statusCode).toBe(400);
    const res = await reg.request('POST', `/api/answers/${answerId}/dispatch`, { copyByOtherRoute: [author!.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outgoingNumber: 'Исх-1', outgoingDate: '2026-11-20' });
    expect((await reg.request('POST', `/api/answers/${answerId}/dispatch`)).statusCode).toBe(409);
    expect(sink.messages).toHaveLength(0); // after the commit, by the job
    await t.drainJobs();
    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.envelope.to).toEqual(['sidorova@example.ru']);
    const [attachment] = mail.parsed.attachments;
    expect(attachment!.filename).toMatch(/^Ответ на обращение № .+ \(исх\. Исх-1 от 20\.11\.2026\)\.pdf$/);
    expect(attachment!.contentType).toBe('application/pdf');
    if (hasPdftotext()) expect(pdfText(attachment!.content)).toBe('Signed 12345');
    // The copy by post is the printed letter under the same outgoing number.
    const docs = (await reg.request('GET', `/api/appeals/${appealId}/documents`)).json() as { id: number; kind: string; route: string; fileName: string; outgoingNumber: string; status: string }[];
    const answerDocs = docs.filter((d) => d.kind === 'answer').map((d) => [d.route, d.status, d.outgoingNumber, d.fileName.replace(/№ \S+ /, '№ N ')]);
    expect(answerDocs.sort()).toEqual([
      ['email', 'sent', 'Исх-1', 'Ответ на обращение № N от 20.11.2026 (исх. Исх-1 от 20.11.2026).pdf'],
      ['post', 'queued', 'Исх-1', 'Копия. Ответ на обращение № N от 20.11.2026 (исх. Исх-1 от 20.11.2026).docx'],
    ]);
    const copy = docs.find((d) => d.kind === 'answer' && d.route === 'post')!;
    const printed = await reg.request('GET', `/api/outgoing-documents/${copy.id}/file`);
    expect(printed.headers['content-type']).toContain('wordprocessingml');
    expect(docxText(printed.rawPayload)).toContain(BODY);
    const view = (await head.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(view.status).toBe('answered');
  });

  it('is removed from control once every question has its result and the answer was sent (CTL-2)', async () => {
    const view = (await exec.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    const refused = await head.request('POST', `/api/appeals/${appealId}/control`, { decision: 'remove' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Не указан результат рассмотрения по вопросам № 1, 2.');
    const results = view.questions.map((q: { id: number }) => ({ questionId: q.id, result: 'explained' }));
    expect((await exec.request('POST', `/api/appeals/${appealId}/results`, { results })).statusCode).toBe(200);
    const removed = await head.request('POST', `/api/appeals/${appealId}/control`, { decision: 'remove' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toEqual({ status: 'closed' });
    const events = await t.database.db.selectFrom('events').select('action').where('entity_type', '=', 'appeal').where('entity_id', '=', String(appealId)).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['appeal.registered', 'appeal.handed-over', 'appeal.resolution', 'answer.drafted', 'answer.sent-for-approval', 'answer.approved', 'answer.signed', 'answer.scan-attached', 'answer.new-edition', 'answer.sent-for-approval', 'answer.signed', 'answer.scan-attached', 'answer.dispatched', 'appeal.results', 'appeal.removed-from-control']);
  });
});
