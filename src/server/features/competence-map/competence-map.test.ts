import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../testing/factories';

describe.each(testDatabaseKinds)('competence map (ADM-2) suggests executors on %s', (kind) => {
  let t: TestApp;
  let admin: Session, head: Session, reg: Session;
  const users: Record<string, { id: number; officialId: number }> = {};
  let transportUnit: number;

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['admin', ['administrator']], ['head', ['head']], ['reg', ['registrar']], ['roads1', ['executor']], ['roads2', ['executor']], ['social', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [admin, head, reg] = await Promise.all([loginAs(t, 'admin'), loginAs(t, 'head'), loginAs(t, 'reg')]);
    const org = await t.database.db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
    transportUnit = (await t.database.db.insertInto('units').values({ organisation_id: org.id, name: 'Отдел транспорта и дорог', kind: 'department' }).returning('id').executeTakeFirstOrThrow()).id;
    await t.database.db.updateTable('officials').set({ unit_id: transportUnit }).where('id', 'in', [users.roads1!.officialId, users.roads2!.officialId]).execute();
  });
  afterAll(() => t.close());

  it('lets only the administrator keep the map, and suggests by the most specific ТОТК entry', async () => {
    const section = TOTK_TRANSPORT.split('.').slice(0, 2).join('.');
    expect((await head.request('POST', '/api/admin/competence-map', { totkPrefix: section, unitId: transportUnit })).statusCode).toBe(403);
    expect((await admin.request('POST', '/api/admin/competence-map', { totkPrefix: section })).statusCode).toBe(400);
    expect((await admin.request('POST', '/api/admin/competence-map', { totkPrefix: section, unitId: transportUnit })).statusCode).toBe(200);
    // A more specific entry: pensions to one official.
    expect((await admin.request('POST', '/api/admin/competence-map', { totkPrefix: TOTK_PENSIONS, officialId: users.social!.officialId })).statusCode).toBe(200);
    const appeal = (await reg.request('POST', '/api/appeals', buildAppealInput({ questions: [{ totkCode: TOTK_TRANSPORT, annotation: '' }, { totkCode: TOTK_PENSIONS, annotation: '' }] }))).json();
    const suggested = (await head.request('GET', `/api/appeals/${appeal.id}/suggested-executors`)).json() as { totkCode: string; executors: { userId: number }[] }[];
    expect(suggested.map((s) => [s.totkCode, s.executors.map((e) => e.userId).sort()])).toEqual([
      [TOTK_TRANSPORT, [users.roads1!.id, users.roads2!.id].sort()],
      [TOTK_PENSIONS, [users.social!.id]], // the pensions entry is more specific than the section's
    ]);
    expect((await reg.request('GET', `/api/appeals/${appeal.id}/suggested-executors`)).statusCode).toBe(403);
    const list = (await admin.request('GET', '/api/admin/competence-map')).json() as { id: number }[];
    expect((await admin.request('DELETE', `/api/admin/competence-map/${list[0]!.id}`)).statusCode).toBe(200);
    expect((await admin.request('GET', '/api/admin/competence-map')).json()).toHaveLength(1);
  });
});
