import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../../../domain/org/roles';
import { testDatabaseKinds } from '../../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../../testing/test-app';
import { setUserActive } from './set-user-active';

/** Every user-administration endpoint, tried by every role: only the administrator gets through. */
describe.each(testDatabaseKinds)('user administration policy on %s', (kind) => {
  let t: TestApp;
  const sessions = new Map<Role, Session>();
  let targetId = 0;

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const role of roles) await buildUser(t, { login: `u-${role}`, roles: [role] });
    targetId = (await buildUser(t, { login: 'target', roles: ['executor'] })).id;
    for (const role of roles) sessions.set(role, await loginAs(t, `u-${role}`));
  });
  afterAll(() => t.close());

  const endpoints = (id: number): { method: 'GET' | 'POST' | 'PUT'; url: string; body?: object }[] => [
    { method: 'GET', url: '/api/admin/users' },
    { method: 'GET', url: `/api/admin/users/${id}` },
    { method: 'POST', url: '/api/admin/users', body: { login: `new-${Math.random().toString(36).slice(2, 8)}`, surname: 'Новиков', firstName: 'Пётр', patronymic: null, positionId: null, unitId: null, roles: ['executor'] } },
    { method: 'PUT', url: `/api/admin/users/${id}`, body: { surname: 'Целевой', firstName: 'Тест', patronymic: null, positionId: null, unitId: null, roles: ['executor'] } },
    { method: 'POST', url: `/api/admin/users/${id}/reset-password` },
    { method: 'POST', url: `/api/admin/users/${id}/deactivate` },
    { method: 'POST', url: `/api/admin/users/${id}/activate` },
    { method: 'GET', url: '/api/admin/substitutions' },
  ];

  it('refuses anonymous callers with 401', async () => {
    for (const e of endpoints(targetId)) {
      const res = await t.app.inject({ method: e.method, url: e.url, ...(e.body ? { payload: e.body } : {}) });
      expect(res.statusCode, `${e.method} ${e.url}`).toBe(401);
    }
  });

  for (const role of roles.filter((r) => r !== 'administrator')) {
    it(`refuses the ${role} with 403 and changes nothing`, async () => {
      const s = sessions.get(role)!;
      const before = await t.database.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      for (const e of endpoints(targetId)) {
        const res = await s.request(e.method, e.url, e.body);
        expect(res.statusCode, `${role}: ${e.method} ${e.url}`).toBe(403);
        expect(res.json().error.message).toBe('Недостаточно прав для этого действия.');
      }
      const after = await t.database.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });
  }

  it('lets the administrator do each of them, every change leaving an event', async () => {
    const s = sessions.get('administrator')!;
    for (const e of endpoints(targetId)) {
      const res = await s.request(e.method, e.url, e.body);
      expect(res.statusCode, `${e.method} ${e.url}: ${res.body}`).toBe(200);
    }
    const actions = (await t.database.db.selectFrom('events').select('action').where('entity_type', '=', 'user').execute()).map((e) => e.action);
    for (const a of ['user.created', 'user.updated', 'user.password_reset', 'user.deactivated', 'user.activated']) expect(actions).toContain(a);
  });
});

describe.each(testDatabaseKinds)('the last administrator on %s', (kind) => {
  it('survives two administrators deactivating each other at the same moment', async () => {
    const t = await createTestApp(kind);
    try {
      const a = await buildUser(t, { login: 'adm-a', roles: ['administrator'] });
      const b = await buildUser(t, { login: 'adm-b', roles: ['administrator'] });
      const ctx = (userId: number) => ({ db: t.database.db, clock: t.clock, requestId: 'r', config: t.deps.config, actor: { userId, officialId: 0, login: '', name: '', roles: ['administrator' as const], ownRoles: ['administrator' as const], supervisedUnitIds: [], actingFor: null, mustChangePassword: false, sessionId: '', csrfToken: '' } });
      const results = await Promise.allSettled([setUserActive(ctx(a.id), b.id, false), setUserActive(ctx(b.id), a.id, false)]);
      const active = await t.database.db.selectFrom('users').select('login').where('active', '=', true).execute();
      expect(active.length, results.map((r) => r.status).join(',')).toBe(1);
    } finally {
      await t.close();
    }
  });
});
