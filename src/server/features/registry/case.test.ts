import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS } from '../../testing/factories';

describe.each(testDatabaseKinds)('the case of an appeal on %s', (kind) => {
  let t: TestApp;
  let reg: Session;
  let admin: Session;
  let id = 0;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    await buildUser(t, { login: 'boss', roles: ['administrator'] });
    reg = await loginAs(t, 'reg');
    admin = await loginAs(t, 'boss');
    id = (await reg.request('POST', '/api/appeals', buildAppealInput())).json().id;
    await t.drainJobs();
  });
  afterAll(() => t.close());

  it('lets the registrar correct the card, keeping the number and leaving before/after in the timeline', async () => {
    const { idempotencyKey: _k, ...input } = buildAppealInput({ annotation: 'О ремонте дороги и освещении', questions: [{ totkCode: TOTK_PENSIONS, annotation: '' }] });
    const before = (await reg.request('GET', `/api/appeals/${id}`)).json();
    const res = await reg.request('PUT', `/api/appeals/${id}`, input);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ number: before.number, annotation: 'О ремонте дороги и освещении', registrationDate: before.registrationDate, considerationDeadline: before.considerationDeadline });
    expect(res.json().questions.map((q: { totkCode: string }) => q.totkCode)).toEqual([TOTK_PENSIONS]);
    const timeline = (await reg.request('GET', `/api/appeals/${id}/timeline`)).json() as { action: string; actor: string; before: { annotation: string } | null; after: { annotation: string } | null }[];
    const own = timeline.filter((e) => e.action.startsWith('appeal.'));
    expect(own.map((e) => e.action)).toEqual(['appeal.registered', 'appeal.updated']);
    expect(own[1]!.before?.annotation).toBe('О ремонте дороги к дому');
    expect(own[1]!.after?.annotation).toBe('О ремонте дороги и освещении');
    expect(own[1]!.actor).toBe('Тестов-reg Тест Тестович');
  });

  it('says in correct Russian that an appeal does not exist', async () => {
    const res = await reg.request('GET', '/api/appeals/999999');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Обращение не найдено.');
  });

  it('explains the deadlines of the case', async () => {
    const d = (await reg.request('GET', `/api/appeals/${id}/deadlines`)).json();
    expect(d.consideration.date).toBe('2026-12-21');
    expect(d.consideration.steps.map((s: { text: string }) => s.text)).toContain('Зарегистрировано 20.11.2026 (день 1).');
    expect(d.registration.date).toBe('2026-11-23');
  });

  it('never deletes: only an administrator annuls, with a reason, and the annulled card is not edited', async () => {
    expect((await reg.request('POST', `/api/appeals/${id}/annul`, { reason: 'Зарегистрировано повторно по ошибке' })).statusCode).toBe(403);
    const noReason = await admin.request('POST', `/api/appeals/${id}/annul`, { reason: '' });
    expect(noReason.json().error.fields.reason).toBe('Укажите причину аннулирования.');
    const res = await admin.request('POST', `/api/appeals/${id}/annul`, { reason: 'Зарегистрировано повторно по ошибке' });
    expect(res.json()).toMatchObject({ status: 'annulled', annulledReason: 'Зарегистрировано повторно по ошибке' });
    // The registration notice queued for it (HMR) does not leave.
    const documents = await t.database.db.selectFrom('outgoing_documents').select('status').where('appeal_id', '=', id).execute();
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((d) => d.status === 'cancelled')).toBe(true);
    const { idempotencyKey: _k, ...input } = buildAppealInput();
    expect((await reg.request('PUT', `/api/appeals/${id}`, input)).statusCode).toBe(409);
    const timeline = (await reg.request('GET', `/api/appeals/${id}/timeline`)).json() as { action: string; legalGround: string | null }[];
    expect(timeline.at(-1)).toMatchObject({ action: 'appeal.annulled', legalGround: 'Зарегистрировано повторно по ошибке' });
  });
});
