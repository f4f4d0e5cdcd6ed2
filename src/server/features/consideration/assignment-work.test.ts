import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';

type Mine = { id: number; appealId: number; role: string; deadline: string };

describe.each(testDatabaseKinds)('assignments: not within competence, the drafter, hand-over on leave (ROU-4, ROU-5, ROU-12) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, exec1: Session, exec2: Session, admin: Session;
  const users: Record<string, { id: number }> = {};

  async function assigned(surname: string, executors: { userId: number }[]) {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-19T06:00:00Z', authors: [{ ...buildAppealInput().authors[0]!, surname }] }));
    const id = res.json().id as number;
    await reg.request('POST', `/api/appeals/${id}/hand-over`, { toUserId: users.head!.id });
    const r = await head.request('POST', `/api/appeals/${id}/resolution`, { parts: [{ instruction: 'Рассмотреть', executors }] });
    expect(r.statusCode, r.body).toBe(200);
    return id;
  }
  const mine = async (s: Session) => (await s.request('GET', '/api/my-assignments')).json() as Mine[];

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['exec1', ['executor']], ['exec2', ['executor']], ['admin', ['administrator']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [reg, head, exec1, exec2, admin] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'exec1'), loginAs(t, 'exec2'), loginAs(t, 'admin')]);
  });
  afterAll(() => t.close());

  it('returns an appeal outside one’s competence to the head, proposing another executor (HMR 4.4)', async () => {
    const id = await assigned('Некомпетентный', [{ userId: users.exec1!.id }]);
    const [a] = (await mine(exec1)).filter((x) => x.appealId === id);
    const missing = await exec1.request('POST', `/api/assignments/${a!.id}/return`, { reason: 'Вопрос относится к жилищному отделу' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.proposedUserId).toBe('Выберите исполнителя.');
    expect((await exec2.request('POST', `/api/assignments/${a!.id}/return`, { reason: 'чужое поручение', proposedUserId: users.exec2!.id })).statusCode).toBe(404);
    const res = await exec1.request('POST', `/api/assignments/${a!.id}/return`, { reason: 'Вопрос относится к жилищному отделу', proposedUserId: users.exec2!.id });
    expect(res.statusCode, res.body).toBe(200);
    const due = computeDeadline('reassignment', '2026-11-20', t.deps.profile(), await t.deps.calendar.get());
    expect(res.json()).toEqual({ status: 'on-resolution', due: due.date, warnings: [] });
    expect((await head.request('GET', '/api/resolution-queue')).json().map((q: { id: number }) => q.id)).toContain(id);
    const view = (await head.request('GET', `/api/appeals/${id}/consideration`)).json();
    expect(view.assignments[0]).toMatchObject({ status: 'returned', returnReason: 'Вопрос относится к жилищному отделу', proposedUserId: users.exec2!.id });
  });

  it('lets the responsible executor name the drafter, who may then draft the answer (ROU-5)', async () => {
    const id = await assigned('Черновиков', [{ userId: users.exec1!.id }]);
    const [a] = (await mine(exec1)).filter((x) => x.appealId === id);
    expect((await exec2.request('POST', `/api/appeals/${id}/answers`, { body: 'Проект ответа, подготовленный не тем исполнителем.' })).statusCode).toBe(403);
    const named = await exec1.request('POST', `/api/assignments/${a!.id}/drafter`, { userId: users.exec2!.id });
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json().due).toBe(computeDeadline('drafter-naming', '2026-11-20', t.deps.profile(), await t.deps.calendar.get()).date);
    expect((await exec2.request('POST', `/api/appeals/${id}/answers`, { body: 'Проект ответа, подготовленный назначенным исполнителем.' })).statusCode).toBe(200);
    // …and reads the whole case to do it.
    expect((await exec2.request('GET', `/api/appeals/${id}`)).statusCode).toBe(200);
    expect((await exec2.request('GET', `/api/appeals/${id}/consideration`)).json().assignments).toHaveLength(1);
  });

  it('refuses to deactivate an executor with open work, hands it all over, then deactivates (ROU-12)', async () => {
    await assigned('Отпускной', [{ userId: users.exec1!.id }, { userId: users.exec2!.id }]);
    const before = await mine(exec1);
    expect(before.length).toBeGreaterThanOrEqual(2);
    const refused = await admin.request('POST', `/api/admin/users/${users.exec1!.id}/deactivate`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('передайте их другому исполнителю');
    expect((await exec2.request('POST', `/api/executors/${users.exec1!.id}/hand-over`, { toUserId: users.exec2!.id, reason: 'Отпуск' })).statusCode).toBe(403);
    const res = await head.request('POST', `/api/executors/${users.exec1!.id}/hand-over`, { toUserId: users.exec2!.id, reason: 'Ежегодный отпуск' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().moved).toHaveLength(before.length);
    expect(await mine(exec1)).toEqual([]);
    const after = await mine(exec2);
    for (const b of before) expect(after.some((x) => x.appealId === b.appealId && x.deadline === b.deadline)).toBe(true);
    // Where exec2 was the co-executor of the same part, he is now responsible for it.
    expect(after.filter((x) => x.role === 'responsible').map((x) => x.appealId)).toEqual(expect.arrayContaining(before.filter((b) => b.role === 'responsible').map((b) => b.appealId)));
    expect((await admin.request('POST', `/api/admin/users/${users.exec1!.id}/deactivate`)).statusCode).toBe(200);
  });
});
