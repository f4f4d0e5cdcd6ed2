import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import { MAX_FAILED_LOGINS, LOCKOUT_MS } from './login';
import { SESSION_IDLE_MS } from '../../platform/auth/sessions';

describe.each(testDatabaseKinds)('staff authentication on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    await buildUser(t, { login: 'fresh', roles: ['executor'], mustChangePassword: true });
    await buildUser(t, { login: 'locky', roles: ['executor'] });
  });
  afterAll(() => t.close());

  it('logs in, sets an HttpOnly SameSite cookie and returns the role-aware sections', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'REG', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain http in tests; Secure behind TLS (PUBLIC_URL https)
    const body = res.json();
    expect(body.user.login).toBe('reg');
    expect(body.user.sections.map((s: { title: string }) => s.title)).toEqual(['Регистрация', 'Журнал', 'Почтовые отправления', 'Одномоментные акции', 'Контроль', 'Личный приём', 'Отчёты', 'Калькулятор сроков']);
    const events = await t.database.db.selectFrom('events').select(['action', 'actor_user_id']).where('action', '=', 'auth.login').execute();
    expect(events.length).toBeGreaterThan(0);
  });

  it('refuses a wrong password with one Russian message and writes an event', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'reg', password: 'nope' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Неверное имя пользователя или пароль.');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'ghost', password: 'nope' } });
    expect(unknown.json().error.message).toBe('Неверное имя пользователя или пароль.');
    const failed = await t.database.db.selectFrom('events').select('action').where('action', '=', 'auth.login_failed').execute();
    expect(failed.length).toBeGreaterThanOrEqual(2);
  });

  it('explains empty fields in Russian', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: '', password: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject({ login: 'Укажите имя пользователя.', password: 'Укажите пароль.' });
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} failures and unlocks after the lockout`, async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'locky', password: 'wrong' } });
      expect(r.statusCode).toBe(400);
    }
    const last = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'locky', password: 'wrong' } });
    expect(last.statusCode).toBe(429);
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'locky', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.message).toMatch(/заблокирован/);
    t.clock.advance(LOCKOUT_MS + 1000);
    const after = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'locky', password: TEST_PASSWORD } });
    expect(after.statusCode).toBe(200);
  });

  it('counts parallel wrong passwords one by one, so a burst of guesses locks the account', async () => {
    await buildUser(t, { login: 'burst', roles: ['executor'] });
    const results = await Promise.all(Array.from({ length: 12 }, () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'burst', password: 'guess' } })));
    expect(results.filter((r) => r.statusCode === 429).length).toBeGreaterThan(0);
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'burst', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(429);
  });

  it('locks the account after repeated wrong current passwords at the password change', async () => {
    await buildUser(t, { login: 'stolen', roles: ['executor'] });
    const s = await loginAs(t, 'stolen');
    const codes: number[] = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) codes.push((await s.request('POST', '/api/auth/password', { currentPassword: `guess-${i}`, newPassword: 'novyi-parol-2026' })).statusCode);
    expect(codes).toEqual([400, 400, 400, 400, 429]);
    expect((await s.request('GET', '/api/auth/session')).json().user).toBeNull();
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'stolen', password: TEST_PASSWORD } })).statusCode).toBe(429);
  });

  it('does not keep what was typed as an unknown login', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'my-secret-password', password: 'x' } });
    const rows = await t.database.db.selectFrom('events').select('after').where('action', '=', 'auth.login_failed').execute();
    expect(JSON.stringify(rows)).not.toContain('my-secret-password');
  });

  it('forces the change of a generated password before anything else', async () => {
    const s = await loginAs(t, 'fresh');
    const session = (await s.request('GET', '/api/auth/session')).json();
    expect(session.user.mustChangePassword).toBe(true);
    const blocked = await s.request('GET', '/api/structure/units');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    const weak = await s.request('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.newPassword).toMatch(/не менее 10/);
    const ok = await s.request('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'novyi-parol-2026' });
    expect(ok.statusCode).toBe(200);
    expect((await s.request('GET', '/api/structure/units')).statusCode).toBe(200);
    await expect(loginAs(t, 'fresh', 'novyi-parol-2026')).resolves.toBeTruthy();
  });

  it('requires the CSRF header on state-changing requests and refuses foreign origins', async () => {
    const s = await loginAs(t, 'reg');
    const noHeader = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe('csrf');
    const foreign = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: 'https://evil.example' }, payload: { login: 'reg', password: TEST_PASSWORD } });
    expect(foreign.statusCode).toBe(403);
  });

  it('ends the session on logout and after the idle timeout', async () => {
    const s = await loginAs(t, 'reg');
    expect((await s.request('POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await s.request('GET', '/api/auth/session')).json().user).toBeNull();
    const s2 = await loginAs(t, 'reg');
    t.clock.advance(SESSION_IDLE_MS + 1000);
    expect((await s2.request('GET', '/api/auth/session')).json().user).toBeNull();
    expect((await s2.request('GET', '/api/structure/units')).statusCode).toBe(401);
  });

  it('keeps events append-only', async () => {
    await expect(t.database.db.deleteFrom('events').execute()).rejects.toThrow(/только добавляются/);
    await expect(t.database.db.updateTable('events').set({ action: 'x' }).execute()).rejects.toThrow(/только добавляются/);
  });
});
