import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../testing/databases';
import { createTestApp, loginAs, type TestApp } from '../testing/test-app';
import { createUserCommand, listUsersCommand, resetPasswordCommand } from './admin-commands';

describe.each(testDatabaseKinds)('admin CLI on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  const now = new Date('2026-11-20T06:00:00Z');

  it('creates a user whose generated password works once and must be changed', async () => {
    const r = await createUserCommand(t.database.db, now, { login: 'chief', surname: 'Иванов', name: 'Иван', patronymic: 'Петрович', roles: 'administrator,head' });
    expect(r.ok).toBe(true);
    const password = r.lines.find((l) => l.startsWith('Пароль: '))!.slice('Пароль: '.length);
    const s = await loginAs(t, 'chief', password);
    expect((await s.request('GET', '/api/auth/session')).json().user.mustChangePassword).toBe(true);
    const list = await listUsersCommand(t.database.db);
    expect(list.lines.join('\n')).toMatch(/chief\s+Иванов Иван Петрович\s+Администратор, Руководитель/);
  });

  it('refuses bad input with a Russian explanation and creates nothing', async () => {
    expect((await createUserCommand(t.database.db, now, { login: 'x', surname: 'А', name: 'Б', roles: 'head' })).lines[0]).toMatch(/--login/);
    expect((await createUserCommand(t.database.db, now, { login: 'valid', surname: 'А', name: 'Б', roles: 'boss' })).lines[0]).toMatch(/неизвестно: boss/);
    expect((await createUserCommand(t.database.db, now, { login: 'chief', surname: 'А', name: 'Б', roles: 'head' })).lines[0]).toMatch(/уже занято/);
    const users = await t.database.db.selectFrom('users').select('login').execute();
    expect(users.map((u) => u.login)).toEqual(['chief']);
  });

  it('resets a password and lifts the lock', async () => {
    await t.database.db.updateTable('users').set({ locked_until: new Date('2030-01-01') }).where('login', '=', 'chief').execute();
    const r = await resetPasswordCommand(t.database.db, now, { login: 'chief' });
    expect(r.ok).toBe(true);
    const password = r.lines.find((l) => l.startsWith('Новый пароль: '))!.slice('Новый пароль: '.length);
    await expect(loginAs(t, 'chief', password)).resolves.toBeTruthy();
    expect((await resetPasswordCommand(t.database.db, now, { login: 'nobody' })).ok).toBe(false);
  });
});
