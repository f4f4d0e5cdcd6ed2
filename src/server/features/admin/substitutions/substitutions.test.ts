import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../../testing/test-app';

/** ADM-1: a substitute acts with the absent person's authority for the dates given; events name both. */
describe.each(testDatabaseKinds)('substitutes on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let adminId = 0;
  let executorId = 0;
  beforeAll(async () => {
    // 20.11.2026 10:00 in Khanty-Mansiysk (UTC+5).
    t = await createTestApp(kind, { now: '2026-11-20T05:00:00Z' });
    adminId = (await buildUser(t, { login: 'boss', roles: ['administrator'] })).id;
    executorId = (await buildUser(t, { login: 'exec', roles: ['executor'] })).id;
    admin = await loginAs(t, 'boss');
  });
  afterAll(() => t.close());

  it('validates the period and the persons in Russian', async () => {
    const backwards = await admin.request('POST', '/api/admin/substitutions', { substituteUserId: executorId, absentUserId: adminId, dateFrom: '2026-11-25', dateTo: '2026-11-20', reason: 'Отпуск' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields.dateTo).toBe('Дата окончания раньше даты начала.');
    const self = await admin.request('POST', '/api/admin/substitutions', { substituteUserId: executorId, absentUserId: executorId, dateFrom: '2026-11-20', dateTo: '2026-11-21', reason: 'Отпуск' });
    expect(self.json().error.fields.substituteUserId).toBe('Сотрудник не может замещать сам себя.');
  });

  it('lets the substitute act for the absent person only within the dates, recording who really acted', async () => {
    const future = await admin.request('POST', '/api/admin/substitutions', { substituteUserId: executorId, absentUserId: adminId, dateFrom: '2026-12-01', dateTo: '2026-12-05', reason: 'Приказ от 19.11.2026 № 45-к' });
    expect(future.statusCode).toBe(200);
    const exec = await loginAs(t, 'exec');
    const early = await exec.request('POST', '/api/auth/acting-for', { userId: adminId });
    expect(early.statusCode).toBe(403);

    const now = await admin.request('POST', '/api/admin/substitutions', { substituteUserId: executorId, absentUserId: adminId, dateFrom: '2026-11-20', dateTo: '2026-11-22', reason: 'Приказ от 19.11.2026 № 44-к' });
    expect(now.statusCode).toBe(200);
    const overlap = await admin.request('POST', '/api/admin/substitutions', { substituteUserId: executorId, absentUserId: adminId, dateFrom: '2026-11-21', dateTo: '2026-11-23', reason: 'Повтор' });
    expect(overlap.statusCode).toBe(409);

    expect((await exec.request('GET', '/api/admin/users')).statusCode).toBe(403);
    const session = (await exec.request('GET', '/api/auth/session')).json();
    expect(session.user.substitutions.map((s: { userId: number }) => s.userId)).toEqual([adminId]);
    expect((await exec.request('POST', '/api/auth/acting-for', { userId: adminId })).statusCode).toBe(200);
    const acting = (await exec.request('GET', '/api/auth/session')).json();
    expect(acting.user.actingFor.userId).toBe(adminId);
    expect(acting.user.roles).toEqual(['administrator']);

    const created = await exec.request('POST', '/api/admin/units', { name: 'Отдел по работе с обращениями граждан', kind: 'department', parentId: null });
    expect(created.statusCode).toBe(200);
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'unit.created').executeTakeFirstOrThrow();
    expect(event.actor_user_id).toBe(executorId);
    expect(event.acting_for_user_id).toBe(adminId);

    // 23.11.2026: the substitution has ended; the session falls back to its own authority.
    t.clock.set('2026-11-23T05:00:00Z');
    const relogged = await loginAs(t, 'exec');
    await relogged.request('POST', '/api/auth/acting-for', { userId: adminId }).then((r) => expect(r.statusCode).toBe(403));
  });

  it('ends acting-for at once when the substitution is cancelled', async () => {
    t.clock.set('2026-12-02T05:00:00Z');
    admin = await loginAs(t, 'boss');
    const exec = await loginAs(t, 'exec');
    expect((await exec.request('POST', '/api/auth/acting-for', { userId: adminId })).statusCode).toBe(200);
    const list = (await admin.request('GET', '/api/admin/substitutions')).json() as { id: number; dateFrom: string }[];
    const current = list.find((s) => s.dateFrom === '2026-12-01')!;
    expect((await admin.request('POST', `/api/admin/substitutions/${current.id}/cancel`)).statusCode).toBe(200);
    const after = (await exec.request('GET', '/api/auth/session')).json();
    expect(after.user.actingFor).toBeNull();
    expect(after.user.roles).toEqual(['executor']);
  });
});
