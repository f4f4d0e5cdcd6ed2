import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';

type Row = { userId: number; active: boolean; name: string; open: number; responsible: number; overdue: number; nearestDue: string | null };

describe.each(testDatabaseKinds)('executors’ open work and its hand-over (ROU-12, KHV 2.7.4) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, exec1: Session, admin: Session;
  const users: Record<string, { id: number }> = {};
  const workload = async (s: Session = head) => (await s.request('GET', '/api/executors/workload')).json() as Row[];
  const rowOf = (rows: Row[], login: string) => rows.find((r) => r.userId === users[login]!.id);

  async function assigned(surname: string, parts: { instruction: string; deadline?: string; executors: { userId: number }[] }[]) {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-19T06:00:00Z', authors: [{ ...buildAppealInput().authors[0]!, surname }] }));
    const id = res.json().id as number;
    await reg.request('POST', `/api/appeals/${id}/hand-over`, { toUserId: users.head!.id });
    const r = await head.request('POST', `/api/appeals/${id}/resolution`, { parts });
    expect(r.statusCode, r.body).toBe(200);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['exec1', ['executor']], ['exec2', ['executor']], ['idle', ['executor']], ['admin', ['administrator']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [reg, head, exec1, admin] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'exec1'), loginAs(t, 'admin')]);
  });
  afterAll(() => t.close());

  it('shows the head every executor’s open work: counts, the responsible ones, overdue and the nearest date — to nobody else', async () => {
    await assigned('Первый', [{ instruction: 'Рассмотреть', deadline: '2026-11-27', executors: [{ userId: users.exec1!.id }, { userId: users.exec2!.id }] }]);
    await assigned('Второй', [{ instruction: 'Подготовить ответ', executors: [{ userId: users.exec1!.id }] }]);
    // One of exec1's dates has passed (DL-8: overdue is computed from today, never stored).
    await t.database.db.updateTable('assignments').set({ deadline: '2026-11-18' }).where('executor_user_id', '=', users.exec1!.id).where('instruction', '=', 'Подготовить ответ').execute();
    const rows = await workload();
    expect(rowOf(rows, 'exec1')).toMatchObject({ active: true, open: 2, responsible: 2, overdue: 1, nearestDue: '2026-11-18' });
    expect(rowOf(rows, 'exec2')).toMatchObject({ open: 1, responsible: 0, overdue: 0 });
    expect(rowOf(rows, 'idle')).toMatchObject({ open: 0, responsible: 0, overdue: 0, nearestDue: null });
    expect(rowOf(rows, 'reg')).toBeUndefined(); // not an executor
    const list = await head.request('GET', `/api/executors/${users.exec1!.id}/assignments`);
    expect(list.statusCode).toBe(200);
    expect((list.json() as { number: string; overdue: boolean }[]).map((a) => a.overdue)).toEqual([true, false]);
    for (const s of [exec1, reg, admin]) {
      expect((await s.request('GET', '/api/executors/workload')).statusCode).toBe(403);
      expect((await s.request('GET', `/api/executors/${users.exec2!.id}/assignments`)).statusCode).toBe(403);
    }
    expect((await head.request('GET', '/api/executors/999999/assignments')).statusCode).toBe(404);
  });

  it('keeps a deactivated user who still holds work on the list, and empties his row once it is handed over', async () => {
    // Deactivated behind the application's back (e.g. by an earlier version): his work must still show.
    await t.database.db.updateTable('users').set({ active: false }).where('id', '=', users.exec2!.id).execute();
    expect(rowOf(await workload(), 'exec2')).toMatchObject({ active: false, open: 1 });
    const refused = await head.request('POST', `/api/executors/${users.exec2!.id}/hand-over`, { toUserId: users.exec2!.id, reason: 'Увольнение' });
    expect(refused.statusCode).toBe(400);
    const res = await head.request('POST', `/api/executors/${users.exec2!.id}/hand-over`, { toUserId: users.idle!.id, reason: 'Увольнение: приказ № 12-к' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().moved).toHaveLength(1);
    const rows = await workload();
    expect(rowOf(rows, 'exec2')).toBeUndefined(); // inactive and nothing left in work
    expect(rowOf(rows, 'idle')).toMatchObject({ open: 1, responsible: 0 });
    const events = await t.database.db.selectFrom('events').select(['action', 'after']).where('action', '=', 'assignment.handed-over').execute();
    expect(events.map((e) => (e.after as { reason: string }).reason)).toEqual(['Увольнение: приказ № 12-к']);
  });
});
