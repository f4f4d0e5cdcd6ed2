import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { docxText } from '../../platform/documents/docx-text';
import { considerationView } from './consideration-view';

type Doc = { id: number; kind: string; route: string; status: string; dueDate: string | null; recipientAddress: string; outgoingNumber: string | null; outgoingDate: string | null };
type Mine = { id: number; appealId: number; instruction: string; deadline: string; due: string; overdue: boolean; additionalControl: boolean };

const PROMISE = 'ремонт дороги по ул. Мира будет выполнен до 1 февраля 2027 года';

describe.each(testDatabaseKinds)('additional control (CTL-1, DUKI 7.3–7.4) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, deputy: Session, exec: Session, other: Session;
  const users: Record<string, { id: number; officialId: number }> = {};
  let appealId: number;
  let assignmentId: number;

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['deputy', ['deputy']], ['exec', ['executor']], ['other', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [reg, head, deputy, exec, other] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'deputy'), loginAs(t, 'exec'), loginAs(t, 'other')]);
    const db = t.database.db;
    const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
    const unit = await db.insertInto('units').values({ organisation_id: org.id, parent_id: null, name: 'Управление жилищно-коммунального хозяйства', kind: 'department' }).returning('id').executeTakeFirstOrThrow();
    const position = await db.insertInto('positions').values({ organisation_id: org.id, unit_id: unit.id, name: 'Начальник управления' }).returning('id').executeTakeFirstOrThrow();
    await db.updateTable('officials').set({ unit_id: unit.id, position_id: position.id }).where('id', '=', users.exec!.officialId).execute();

    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ annotation: 'О ремонте дороги по ул. Мира' }));
    expect(res.statusCode, res.body).toBe(200);
    appealId = res.json().id;
    expect((await reg.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.head!.id })).statusCode).toBe(200);
    expect((await head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ instruction: 'Рассмотреть, подготовить ответ', executors: [{ userId: users.exec!.id }] }] })).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('is refused while the appeal is in work: there is no answer promising anything yet', async () => {
    const res = await head.request('POST', `/api/appeals/${appealId}/additional-control`, { controlDate: '2027-02-15', promise: PROMISE, executorUserId: users.exec!.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('Нельзя поставить на дополнительный контроль: обращение в состоянии «На исполнении».');
  });

  it('is refused to an executor, without a control date or with one not in the future', async () => {
    // The answer (ANS-3…7): drafted, signed by the head, registered and sent by post; results recorded.
    const draft = await exec.request('POST', `/api/appeals/${appealId}/answers`, { body: `По вопросу ремонта дороги сообщаем: ${PROMISE}.` });
    expect(draft.statusCode, draft.body).toBe(200);
    const answerId = draft.json().id as number;
    expect((await exec.request('POST', `/api/answers/${answerId}/approval`, { approverUserIds: [], signerUserId: users.head!.id })).statusCode).toBe(200);
    expect((await head.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' })).json()).toEqual({ status: 'signed' });
    const dispatched = await reg.request('POST', `/api/answers/${answerId}/dispatch`);
    expect(dispatched.statusCode, dispatched.body).toBe(200);
    const answerDoc = ((await reg.request('GET', `/api/appeals/${appealId}/documents`)).json() as Doc[]).find((d) => d.kind === 'answer')!;
    expect((await reg.request('POST', `/api/outgoing-documents/${answerDoc.id}/printed`)).statusCode).toBe(200);
    const view = (await exec.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect((await exec.request('POST', `/api/appeals/${appealId}/results`, { results: view.questions.map((q: { id: number }) => ({ questionId: q.id, result: 'supported' })) })).statusCode).toBe(200);

    const body = { controlDate: '2027-02-15', promise: PROMISE, executorUserId: users.exec!.id };
    expect((await exec.request('POST', `/api/appeals/${appealId}/additional-control`, body)).statusCode).toBe(403);
    expect((await reg.request('POST', `/api/appeals/${appealId}/additional-control`, body)).statusCode).toBe(403);
    const noDate = await head.request('POST', `/api/appeals/${appealId}/additional-control`, { ...body, controlDate: null });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.fields.controlDate).toBe('Укажите контрольный срок.');
    for (const past of ['2026-11-19', '2026-11-20']) {
      const res = await head.request('POST', `/api/appeals/${appealId}/additional-control`, { ...body, controlDate: past });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe('Контрольный срок должен быть позже сегодняшнего дня.');
      expect(res.json().error.fields.controlDate).toBe('Не ранее 21.11.2026.');
    }
    const noPromise = await head.request('POST', `/api/appeals/${appealId}/additional-control`, { ...body, promise: '' });
    expect(noPromise.statusCode).toBe(400);
    expect(noPromise.json().error.fields.promise).toBe('Укажите, что и в какой срок обещано автору в ответе.');
    const nobody = await head.request('POST', `/api/appeals/${appealId}/additional-control`, { ...body, executorUserId: users.reg!.id });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.fields.executorUserId).toBe('Выберите исполнителя из списка.');
    expect(await t.database.db.selectFrom('additional_controls').select('id').where('appeal_id', '=', appealId).execute()).toEqual([]);
  });

  it('puts the answered appeal on additional control: a registered notice to the unit, an assignment in «Мои поручения», the case shows who set it', async () => {
    // Removal is possible now — the head chooses additional control instead (DUKI 7.3).
    expect((await head.request('GET', `/api/appeals/${appealId}/consideration`)).json().removalObstacles).toEqual([]);
    const res = await deputy.request('POST', `/api/appeals/${appealId}/additional-control`, { controlDate: '2027-02-15', promise: PROMISE, executorUserId: users.exec!.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ controlDate: '2027-02-15', outgoingNumber: 'Исх-2', outgoingDate: '2026-11-20' });
    assignmentId = res.json().assignmentId;

    const notice = ((await reg.request('GET', `/api/appeals/${appealId}/documents`)).json() as Doc[]).find((d) => d.kind === 'additional-control-notice')!;
    expect(notice).toMatchObject({ route: 'case', status: 'filed', dueDate: '2027-02-15', outgoingNumber: 'Исх-2', outgoingDate: '2026-11-20' });
    expect(notice.recipientAddress).toBe('Сотрудник-exec Тест Тестович — Начальник управления, Управление жилищно-коммунального хозяйства');
    const text = docxText((await reg.request('GET', `/api/outgoing-documents/${notice.id}/file`)).rawPayload);
    expect(text).toContain('О постановке обращения на дополнительный контроль');
    expect(text).toContain('автор — Иванов Иван Петрович');
    expect(text).toContain('ответ автору направлен (исх. № Исх-1 от 20.11.2026)');
    expect(text).toContain(`В ответе автору сообщено: ${PROMISE}.`);
    expect(text).toContain('Контрольный срок — 15.02.2027.');
    expect(text).toContain('Прошу не позднее 15.02.2027 доложить об окончательном решении вопроса');

    const mine = ((await exec.request('GET', '/api/my-assignments')).json() as Mine[]).filter((a) => a.additionalControl);
    expect(mine).toEqual([expect.objectContaining({ id: assignmentId, appealId, instruction: 'Доложить об окончательном решении вопроса', deadline: '2027-02-15', due: '2027-02-15', overdue: false, additionalControl: true })]);

    const view = (await head.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    // The card's own control type (REG-3) is kept; the additional control is its own record.
    expect(view).toMatchObject({ status: 'answered', controlType: 'internal' });
    expect(view.additionalControl).toMatchObject({
      controlDate: '2027-02-15', promise: PROMISE, setBy: 'Сотрудник-deputy Тест Тестович', setAt: '2026-11-20T06:00:00.000Z', executorName: 'Сотрудник-exec Тест Тестович',
      unit: 'Управление жилищно-коммунального хозяйства', assignmentId, noticeNumber: 'Исх-2', report: null, closedAt: null, overdue: false,
    });
    expect(view.removalObstacles).toEqual(['Обращение на дополнительном контроле до 15.02.2027: не поступил доклад об окончательном решении вопроса.']);
    // Overdue is computed on reading (DL-8): the day after the control date without a report.
    const later = await considerationView(t.database.db, appealId, { kind: 'staff' }, '2027-02-16');
    expect(later.additionalControl?.overdue).toBe(true);

    const removal = await head.request('POST', `/api/appeals/${appealId}/control`, { decision: 'remove' });
    expect(removal.statusCode).toBe(409);
    expect(removal.json().error.message).toContain('не поступил доклад об окончательном решении вопроса');
    const twice = await head.request('POST', `/api/appeals/${appealId}/additional-control`, { controlDate: '2027-03-01', promise: PROMISE, executorUserId: users.exec!.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain('уже на дополнительном контроле до 15.02.2027');

    const event = await t.database.db.selectFrom('events').select(['actor_user_id', 'legal_ground', 'after']).where('entity_type', '=', 'appeal').where('entity_id', '=', String(appealId)).where('action', '=', 'appeal.additional-control').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_user_id: users.deputy!.id, legal_ground: 'CTL-1 (DUKI 7.3–7.4)' });
    expect(event.after).toMatchObject({ additionalControl: true, controlDate: '2027-02-15', promise: PROMISE, executorUserId: users.exec!.id, assignmentId });
  });

  it('moves the report due with the executor’s work when it is handed over (ROU-12)', async () => {
    const mineOf = async (s: Session) => ((await s.request('GET', '/api/my-assignments')).json() as Mine[]).filter((a) => a.appealId === appealId && a.additionalControl);
    expect((await head.request('POST', `/api/executors/${users.exec!.id}/hand-over`, { toUserId: users.other!.id, reason: 'Отпуск' })).statusCode).toBe(200);
    const [moved] = await mineOf(other);
    expect(moved).toMatchObject({ instruction: 'Доложить об окончательном решении вопроса', deadline: '2027-02-15' });
    expect((await exec.request('POST', `/api/assignments/${assignmentId}/control-report`, { text: 'Дорога отремонтирована.' })).statusCode).toBe(409); // handed over: not his report any more
    expect((await head.request('GET', `/api/appeals/${appealId}/consideration`)).json().additionalControl).toMatchObject({ assignmentId: moved!.id, executorName: 'Сотрудник-other Тест Тестович' });
    // …and back, before the report.
    expect((await head.request('POST', `/api/executors/${users.other!.id}/hand-over`, { toUserId: users.exec!.id, reason: 'Выход из отпуска' })).statusCode).toBe(200);
    [{ id: assignmentId }] = (await mineOf(exec)) as [Mine];
  });

  it('takes the report from the executor only; then the head removes the appeal from control', async () => {
    expect((await other.request('POST', `/api/assignments/${assignmentId}/control-report`, { text: 'Дорога отремонтирована.' })).statusCode).toBe(404);
    expect((await reg.request('POST', `/api/assignments/${assignmentId}/control-report`, { text: 'Дорога отремонтирована.' })).statusCode).toBe(403);
    const short = await exec.request('POST', `/api/assignments/${assignmentId}/control-report`, { text: '' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.text).toBe('Изложите, как окончательно решён вопрос.');
    const report = 'Ремонт дороги по ул. Мира выполнен 25.01.2027, акт приёмки работ № 12 от 25.01.2027.';
    const res = await exec.request('POST', `/api/assignments/${assignmentId}/control-report`, { text: report });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ late: false, warnings: [] });
    expect((await exec.request('POST', `/api/assignments/${assignmentId}/control-report`, { text: report })).statusCode).toBe(409);
    expect(((await exec.request('GET', '/api/my-assignments')).json() as Mine[]).filter((a) => a.id === assignmentId)).toEqual([]);

    const view = (await head.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(view.additionalControl).toMatchObject({ report, reportedAt: '2026-11-20T06:00:00.000Z', overdue: false });
    expect(view.removalObstacles).toEqual([]);
    expect((await head.request('POST', `/api/appeals/${appealId}/control`, { decision: 'remove' })).json()).toEqual({ status: 'closed' });
    const closed = (await head.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(closed.additionalControl.closedAt).toBe('2026-11-20T06:00:00.000Z');

    const events = await t.database.db.selectFrom('events').select('action').where('entity_type', '=', 'appeal').where('entity_id', '=', String(appealId)).orderBy('id').execute();
    expect(events.map((e) => e.action).filter((a) => a !== 'assignment.handed-over').slice(-4)).toEqual(['appeal.results', 'appeal.additional-control', 'appeal.additional-control-reported', 'appeal.removed-from-control']);
  });
});
