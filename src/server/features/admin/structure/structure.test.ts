import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../../testing/test-app';

describe.each(testDatabaseKinds)('organisation structure on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let registrar: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await buildUser(t, { login: 'boss', roles: ['administrator'] });
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    admin = await loginAs(t, 'boss');
    registrar = await loginAs(t, 'reg');
  });
  afterAll(() => t.close());

  it('starts with the units and positions of the profile, readable by staff', async () => {
    const units = (await registrar.request('GET', '/api/structure/units')).json() as { id: number; name: string }[];
    expect(units.length).toBeGreaterThan(0);
    const positions = (await registrar.request('GET', '/api/structure/positions')).json() as { isHead: boolean }[];
    expect(positions.some((p) => p.isHead)).toBe(true);
  });

  it('nests units and refuses a unit inside its own sub-unit', async () => {
    const parent = (await admin.request('POST', '/api/admin/units', { name: 'Управление делами', kind: 'body', parentId: null })).json();
    const child = (await admin.request('POST', '/api/admin/units', { name: 'Общий отдел', kind: 'department', parentId: parent.id })).json();
    expect(child.parentId).toBe(parent.id);
    const cycle = await admin.request('PUT', `/api/admin/units/${parent.id}`, { name: 'Управление делами', kind: 'body', parentId: child.id, active: true });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.fields.parentId).toBe('Подразделение не может входить само в себя.');
  });

  it('keeps officials without a login and refuses unknown references', async () => {
    const bad = await admin.request('POST', '/api/admin/officials', { surname: 'Сидоров', firstName: 'Сидор', patronymic: null, positionId: 99999, unitId: null });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.positionId).toBe('Должность не найдена.');
    const ok = await admin.request('POST', '/api/admin/officials', { surname: 'Сидоров', firstName: 'Сидор', patronymic: 'Сидорович', positionId: null, unitId: null, phone: '+7 (3467) 35-28-00' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ fullName: 'Сидоров Сидор Сидорович', userId: null });
  });

  it('changes the organisation details with an event, and the portal shows them', async () => {
    const current = (await admin.request('GET', '/api/admin/organisation')).json();
    const res = await admin.request('PUT', '/api/admin/organisation', { ...current, profileCode: undefined, profileTitle: undefined, phones: [{ label: 'Приёмная', number: '+7 (3467) 35-28-01' }] });
    expect(res.statusCode).toBe(200);
    const portal = (await t.app.inject({ method: 'GET', url: '/api/public/organisation' })).json();
    expect(portal.phones).toEqual([{ label: 'Приёмная', number: '+7 (3467) 35-28-01' }]);
    const wrongTz = await admin.request('PUT', '/api/admin/organisation', { ...current, profileCode: undefined, profileTitle: undefined, timeZone: 'Mars/Olympus' });
    expect(wrongTz.json().error.fields.timeZone).toBe('Неизвестный часовой пояс.');
    expect((await registrar.request('PUT', '/api/admin/organisation', current)).statusCode).toBe(403);
  });
});

describe.each(testDatabaseKinds)('several server instances on %s', (kind) => {
  it('follow a time-zone change made through another instance', async () => {
    const t = await createTestApp(kind);
    try {
      const { prepare } = await import('../../../bootstrap');
      const other = await prepare(t.deps.config, t.database, t.clock);
      const stop = other.followOrganisation(20);
      await t.database.db.updateTable('organisation').set({ time_zone: 'Asia/Vladivostok' }).execute();
      await expect.poll(() => other.deps.timeZone(), { timeout: 2000 }).toBe('Asia/Vladivostok');
      stop();
    } finally {
      await t.close();
    }
  });
});
