import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../../testing/factories';

/** ADM-1: a substitute acts with the absent person's authority for the dates given; events name both. */
describe.each(testDatabaseKinds)('substitutes on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let adminId = 0;
  let executorId = 0;
  let registrarId = 0;
  beforeAll(async () => {
    // 20.11.2026 10:00 in Khanty-Mansiysk (UTC+5).
    t = await createTestApp(kind, { now: '2026-11-20T05:00:00Z' });
    adminId = (await buildUser(t, { login: 'boss', roles: ['administrator'] })).id;
    executorId = (await buildUser(t, { login: 'exec', roles: ['executor'] })).id;
    registrarId = (await buildUser(t, { login: 'regi', roles: ['registrar'] })).id;
    await ensureTestTotk(t.database.db);
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
    // Administration is never delegated: acting for the administrator gives no administrator role.
    expect((await exec.request('POST', '/api/auth/acting-for', { userId: adminId })).statusCode).toBe(200);
    const acting = (await exec.request('GET', '/api/auth/session')).json();
    expect(acting.user.actingFor.userId).toBe(adminId);
    expect(acting.user.roles).toEqual([]);
    expect((await exec.request('PUT', `/api/admin/users/${executorId}`, { surname: 'Тестов', firstName: 'Тест', patronymic: null, positionId: null, unitId: null, roles: ['executor', 'administrator'] })).statusCode).toBe(403);
    expect((await exec.request('POST', `/api/admin/users/${adminId}/reset-password`)).statusCode).toBe(403);

    // Acting for the registrar: the registrar's work, recorded with both persons.
    await admin.request('POST', '/api/admin/substitutions', { substituteUserId: executorId, absentUserId: registrarId, dateFrom: '2026-11-20', dateTo: '2026-11-22', reason: 'Отпуск регистратора' });
    expect((await exec.request('POST', '/api/auth/acting-for', { userId: registrarId })).statusCode).toBe(200);
    expect((await exec.request('GET', '/api/auth/session')).json().user.roles).toEqual(['registrar']);
    const registered = await exec.request('POST', '/api/appeals', buildAppealInput());
    expect(registered.statusCode, registered.body).toBe(200);
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'appeal.registered').executeTakeFirstOrThrow();
    expect(event.actor_user_id).toBe(executorId);
    expect(event.acting_for_user_id).toBe(registrarId);

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
    expect((await exec.request('GET', '/api/admin/substitutions')).statusCode).toBe(403);
  });
});
