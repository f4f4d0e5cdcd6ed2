import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';
import { myAssignments } from './queries';

type Assignment = { id: number; appealId: number; role: string; due: string; daysLeft: number; overdue: boolean; deadline: string; materialsDue: string | null };

describe.each(testDatabaseKinds)('consideration: hand-over, resolution, assignments, results, control on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, deputy: Session, exec1: Session, exec2: Session, exec3: Session, stranger: Session;
  const users: Record<string, { id: number; officialId: number }> = {};
  let appealId: number;
  let considerationDeadline: string;

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' }); // Friday 20.11.2026, 11:00 in Khanty-Mansiysk
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['deputy', ['deputy']], ['exec1', ['executor']], ['exec2', ['executor']], ['exec3', ['executor']], ['stranger', ['executor']], ['analyst', ['analyst']]] as const) {
      users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    }
    [reg, head, deputy, exec1, exec2, exec3, stranger] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'deputy'), loginAs(t, 'exec1'), loginAs(t, 'exec2'), loginAs(t, 'exec3'), loginAs(t, 'stranger')]);
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-19T06:00:00Z', questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Ремонт дороги' }, { totkCode: TOTK_PENSIONS, annotation: 'Перерасчёт пенсии' }] }));
    expect(res.statusCode, res.body).toBe(200);
    appealId = res.json().id;
    considerationDeadline = (await t.database.db.selectFrom('appeals').select('consideration_deadline').where('id', '=', appealId).executeTakeFirstOrThrow()).consideration_deadline;
  });
  afterAll(() => t.close());

  it('passes the appeal to the head, whose queue shows it with the resolution deadline (ROU-1)', async () => {
    expect((await reg.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.exec1!.id })).statusCode).toBe(400); // not a head or deputy
    expect((await exec1.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.head!.id })).statusCode).toBe(403);
    const res = await reg.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.head!.id });
    expect(res.statusCode, res.body).toBe(200);
    // HMR 4.2: 2 working days from the hand-over (Friday 20.11 → Tuesday 24.11).
    const expected = computeDeadline('resolution', '2026-11-20', t.deps.profile(), await t.deps.calendar.get());
    expect(res.json()).toEqual({ status: 'on-resolution', resolutionDeadline: expected.date });
    expect(expected.date).toBe('2026-11-24');
    const queue = (await head.request('GET', '/api/resolution-queue')).json();
    expect(queue.map((q: { id: number }) => q.id)).toEqual([appealId]);
    expect((await deputy.request('GET', '/api/resolution-queue')).json()).toEqual([]);
    expect((await exec1.request('GET', '/api/resolution-queue')).statusCode).toBe(403);
  });

  it('refuses a resolution from a deputy it was not passed to, and bad parts with Russian messages', async () => {
    const part = { instruction: 'Рассмотреть, подготовить ответ', executors: [{ userId: users.exec1!.id }] };
    expect((await deputy.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [part] })).statusCode).toBe(403);
    const urgent = await head.request('POST', `/api/appeals/${appealId}/resolution`, { urgent: true, parts: [part] });
    expect(urgent.statusCode).toBe(400);
    expect(urgent.json().error.fields.controlDate).toBe('Укажите контрольный срок.');
    const late = await head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ ...part, deadline: '2027-02-01' }] });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields['parts.0.deadline']).toMatch(/не может быть позднее срока рассмотрения/);
    const nobody = await head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ ...part, executors: [{ userId: users.reg!.id }] }] });
    expect(nobody.statusCode).toBe(400);
  });

  it('never assigns a complaint to the official complained about (ROU-8)', async () => {
    expect((await reg.request('PUT', `/api/appeals/${appealId}/complained-subject`, { officialId: users.exec3!.officialId })).statusCode).toBe(200);
    const res = await head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ instruction: 'Проверить доводы жалобы', executors: [{ userId: users.exec3!.id }] }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('59-ФЗ ст. 8 ч. 6');
    expect(res.json().error.message).toContain('Сотрудник-exec3');
    expect(res.json().error.message).toContain('разъяснением права обжаловать решение в суде');
  });

  it('gives a resolution of two parts; the first executor is responsible, the co-executor gets the materials date (ROU-2, ROU-3)', async () => {
    const res = await head.request('POST', `/api/appeals/${appealId}/resolution`, {
      text: 'Прошу рассмотреть в установленный срок',
      parts: [
        { instruction: 'Рассмотреть, подготовить ответ заявителю', executors: [{ userId: users.exec1!.id }, { userId: users.exec2!.id }] },
        { instruction: 'Представить сведения о ремонте', deadline: '2026-12-10', executors: [{ userId: users.head!.id }] },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const calendar = await t.deps.calendar.get();
    const materialsDue = computeDeadline('co-executor-materials', considerationDeadline, t.deps.profile(), calendar).date;
    expect(res.json().assignments.map((a: { executorUserId: number; role: string; deadline: string; materialsDue: string | null }) => [a.executorUserId, a.role, a.deadline, a.materialsDue])).toEqual([
      [users.exec1!.id, 'responsible', considerationDeadline, null],
      [users.exec2!.id, 'co-executor', considerationDeadline, materialsDue],
      [users.head!.id, 'responsible', '2026-12-10', null],
    ]);
    const card = (await head.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(card.status).toBe('in-work');
    expect(card.assignments).toHaveLength(3);
    expect((await head.request('GET', '/api/resolution-queue')).json()).toEqual([]);
  });

  it('shows each executor his assignments with days left; the co-executor counts to his materials date', async () => {
    const mine1 = (await exec1.request('GET', '/api/my-assignments')).json() as Assignment[];
    expect(mine1).toHaveLength(1);
    expect(mine1[0]).toMatchObject({ appealId, role: 'responsible', due: considerationDeadline, overdue: false });
    const mine2 = (await exec2.request('GET', '/api/my-assignments')).json() as Assignment[];
    expect(mine2[0]!.due).toBe(mine2[0]!.materialsDue);
    expect(mine2[0]!.daysLeft).toBe(Math.round((Date.parse(mine2[0]!.materialsDue!) - Date.parse('2026-11-20')) / 86_400_000));
    expect((await stranger.request('GET', '/api/my-assignments')).json()).toEqual([]);
    // After the deadline (the query takes today as input; moving the clock would end the sessions).
    const later = await myAssignments(t.database.db, users.exec1!.id, '2026-12-25');
    expect(later[0]).toMatchObject({ overdue: true, daysLeft: -Math.round((Date.parse('2026-12-25') - Date.parse(considerationDeadline)) / 86_400_000) });
  });

  it('lets a co-executor see only what was sent to him, and an outsider nothing', async () => {
    const co = (await exec2.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(co.viewer).toBe('co-executor');
    expect(co.assignments.map((a: { executorUserId: number }) => a.executorUserId)).toEqual([users.exec2!.id]);
    const responsible = (await exec1.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(responsible.assignments).toHaveLength(3);
    expect((await stranger.request('GET', `/api/appeals/${appealId}/consideration`)).statusCode).toBe(404);
    expect((await exec3.request('GET', `/api/appeals/${appealId}/consideration`)).statusCode).toBe(404); // refused as executor (ROU-8): nothing was sent to him
    // The card and its files through the assignment; the course of work only for the responsible one.
    expect((await exec2.request('GET', `/api/appeals/${appealId}`)).json().number).toBeTruthy();
    expect((await exec2.request('GET', `/api/appeals/${appealId}/attachments`)).statusCode).toBe(200);
    expect((await exec2.request('GET', `/api/appeals/${appealId}/timeline`)).statusCode).toBe(403);
    expect((await exec1.request('GET', `/api/appeals/${appealId}/timeline`)).statusCode).toBe(200);
    expect((await exec1.request('GET', `/api/appeals/${appealId}/documents`)).statusCode).toBe(200);
    expect((await exec2.request('GET', `/api/appeals/${appealId}/documents`)).statusCode).toBe(403);
    expect(co.responsibleOfParts).toEqual([{ resolutionId: expect.any(Number), part: 1, name: 'Сотрудник-exec1 Тест Тестович' }]);
    expect(responsible.number).toBeTruthy();
    expect((await stranger.request('GET', `/api/appeals/${appealId}`)).statusCode).toBe(404);
    expect((await stranger.request('GET', `/api/appeals/${appealId}/attachments`)).statusCode).toBe(404);
    expect((await stranger.request('GET', `/api/appeals/${appealId}/deadlines`)).statusCode).toBe(404);
    expect((await exec2.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ instruction: 'x', executors: [{ userId: users.exec2!.id }] }] })).statusCode).toBe(403);
  });

  it('takes the co-executor’s materials once and shows them to the responsible executor', async () => {
    const [mine] = (await exec2.request('GET', '/api/my-assignments')).json() as Assignment[];
    expect((await exec1.request('POST', `/api/assignments/${mine!.id}/materials`, { text: 'чужие' })).statusCode).toBe(404);
    const empty = await exec2.request('POST', `/api/assignments/${mine!.id}/materials`, { text: ' ' });
    expect(empty.statusCode).toBe(400);
    expect((await exec2.request('POST', `/api/assignments/${mine!.id}/materials`, { text: 'Ремонт включён в план на 2027 год.' })).statusCode).toBe(200);
    expect((await exec2.request('POST', `/api/assignments/${mine!.id}/materials`, { text: 'ещё раз' })).statusCode).toBe(409);
    expect((await exec2.request('GET', '/api/my-assignments')).json()).toEqual([]);
    const seen = (await exec1.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(seen.assignments.find((a: { executorUserId: number }) => a.executorUserId === users.exec2!.id)).toMatchObject({ status: 'materials-submitted', materials: 'Ремонт включён в план на 2027 год.' });
  });

  it('records results per question by the responsible executor only; refuses removal from control until the answer is sent (CTL-2, CTL-3)', async () => {
    const view = (await exec1.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    const [q1, q2] = view.questions as { id: number }[];
    expect((await exec2.request('POST', `/api/appeals/${appealId}/results`, { results: [{ questionId: q1!.id, result: 'explained' }] })).statusCode).toBe(403);
    expect((await exec1.request('POST', `/api/appeals/${appealId}/results`, { results: [{ questionId: q1!.id, result: 'explained' }] })).statusCode).toBe(200);
    const refused = await head.request('POST', `/api/appeals/${appealId}/control`, { decision: 'remove' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Не указан результат рассмотрения по вопросу № 2.');
    expect(refused.json().error.message).toContain('Нельзя снять с контроля: обращение в состоянии «На исполнении».');
    expect((await exec1.request('POST', `/api/appeals/${appealId}/results`, { results: [{ questionId: q2!.id, result: 'supported-measures-taken' }] })).statusCode).toBe(200);
    const after = (await head.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(after.questions.map((q: { resultLabel: string }) => q.resultLabel)).toEqual(['Разъяснено', 'Поддержано, в том числе меры приняты']);
    expect(after.removalObstacles).toEqual(['Нельзя снять с контроля: обращение в состоянии «На исполнении».', 'Ответ автору не направлен.']);
    const keep = await head.request('POST', `/api/appeals/${appealId}/control`, { decision: 'keep', reason: 'Ожидается ремонт дороги' });
    expect(keep.statusCode, keep.body).toBe(200);
    expect((await exec1.request('POST', `/api/appeals/${appealId}/control`, { decision: 'remove' })).statusCode).toBe(403);
  });

  it('records the author’s evaluation with its channel and time (CTL-4)', async () => {
    const res = await reg.request('POST', `/api/appeals/${appealId}/evaluations`, { value: 'satisfied', channel: 'phone', receivedAt: '2026-11-20T05:30:00Z', note: 'Звонок заявителя' });
    expect(res.statusCode, res.body).toBe(200);
    const future = await reg.request('POST', `/api/appeals/${appealId}/evaluations`, { value: 'satisfied', channel: 'phone', receivedAt: '2026-11-21T05:30:00Z' });
    expect(future.statusCode).toBe(400);
    const view = (await reg.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(view.evaluations).toEqual([{ id: res.json().id, value: 'satisfied', channel: 'phone', receivedAt: '2026-11-20T05:30:00.000Z', note: 'Звонок заявителя' }]);
    const events = await t.database.db.selectFrom('events').select('action').where('entity_type', '=', 'appeal').where('entity_id', '=', String(appealId)).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['appeal.registered', 'appeal.handed-over', 'appeal.complained-subject', 'appeal.resolution', 'assignment.materials-submitted', 'appeal.results', 'appeal.results', 'appeal.kept-on-control', 'appeal.evaluated']);
  });
});
