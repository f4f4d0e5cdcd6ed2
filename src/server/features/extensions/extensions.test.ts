import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';
import { docxText } from '../../platform/documents/docx-text';
import { formatDateRu } from '../../../domain/time/local-date';

describe.each(testDatabaseKinds)('extension of the term (DL-2) across the New Year holidays, HMR, on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, exec: Session;
  const users: Record<string, { id: number }> = {};

  async function appealInWork(receivedAt: string, surname: string) {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt, authors: [{ ...buildAppealInput().authors[0]!, surname }] }));
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().id as number;
    await reg.request('POST', `/api/appeals/${id}/hand-over`, { toUserId: users.head!.id });
    expect((await head.request('POST', `/api/appeals/${id}/resolution`, { parts: [{ instruction: 'Подготовить ответ', executors: [{ userId: users.exec!.id }] }] })).statusCode).toBe(200);
    return { id, deadline: (await t.database.db.selectFrom('appeals').select('consideration_deadline').where('id', '=', id).executeTakeFirstOrThrow()).consideration_deadline };
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2025-12-10T05:00:00Z' }); // Wednesday 10.12.2025, 10:00 in Khanty-Mansiysk
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['exec', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles] });
    [reg, head, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'exec')]);
  });
  afterAll(() => t.close());

  it('extends from the day after the original deadline, moves the assignment, and queues the author’s notice with the final date', async () => {
    const { id, deadline } = await appealInWork('2025-12-09T05:00:00Z', 'Продлеваемый');
    const calendar = await t.deps.calendar.get();
    const original = computeDeadline('consideration', '2025-12-10', t.deps.profile(), calendar);
    expect(deadline).toBe(original.date);
    expect(original.date).toBe('2026-01-12'); // 08.01 falls in the holidays → the first working day (HMR 5.3)
    expect((await reg.request('POST', `/api/appeals/${id}/extensions`, { reasons: 'необходимостью запроса сведений', days: 30 })).statusCode).toBe(403);
    const bad = await exec.request('POST', `/api/appeals/${id}/extensions`, { reasons: 'мало', days: 45 });
    expect(bad.statusCode).toBe(400);
    const memo = await exec.request('POST', `/api/appeals/${id}/extensions`, { reasons: 'необходимостью запроса сведений в Социальном фонде России', days: 30 });
    expect(memo.statusCode, memo.body).toBe(200);
    expect(memo.json().requestDue).toBe(computeDeadline('extension-request', original.date, t.deps.profile(), calendar).date);
    expect((await exec.request('POST', `/api/extensions/${memo.json().id}/decision`, { decision: 'approved' })).statusCode).toBe(403);
    const decided = await head.request('POST', `/api/extensions/${memo.json().id}/decision`, { decision: 'approved' });
    expect(decided.statusCode, decided.body).toBe(200);
    const extended = computeDeadline('extension', original.date, t.deps.profile(), calendar, { amount: 30 });
    expect(decided.json().newDeadline).toBe(extended.date);
    expect(decided.json().steps).toEqual(JSON.parse(JSON.stringify(extended.steps)));
    const listed = (await head.request('GET', `/api/appeals/${id}/extensions`)).json();
    expect(listed[0].newDeadlineSteps).toEqual(JSON.parse(JSON.stringify(extended.steps)));
    const explained = (await head.request('GET', `/api/appeals/${id}/deadlines`)).json();
    expect(explained.consideration.date).toBe(extended.date);
    expect(explained.consideration.steps.at(-1).date).toBe(extended.date);
    const [assignment] = (await exec.request('GET', '/api/my-assignments')).json() as { appealId: number; deadline: string }[];
    expect(assignment).toMatchObject({ appealId: id, deadline: extended.date });
    const docs = (await reg.request('GET', `/api/appeals/${id}/documents`)).json() as { id: number; kind: string }[];
    const notice = docs.find((d) => d.kind === 'extension-notice');
    const text = docxText((await reg.request('GET', `/api/outgoing-documents/${notice!.id}/file`)).rawPayload);
    expect(text).toContain(`не позднее ${formatDateRu(extended.date)}`);
    expect(text).toContain('в связи с необходимостью запроса сведений в Социальном фонде России');
    // Once only (59-ФЗ ст. 12 ч. 2).
    expect((await exec.request('POST', `/api/appeals/${id}/extensions`, { reasons: 'повторной необходимостью', days: 10 })).statusCode).toBe(409);
  });

  it('refuses a memo after the lead time (HMR 5.4: 3 working days before the deadline)', async () => {
    const { id, deadline } = await appealInWork('2025-12-09T06:00:00Z', 'Опоздавший');
    const due = computeDeadline('extension-request', deadline, t.deps.profile(), await t.deps.calendar.get()).date;
    t.clock.set(`${deadline}T04:00:00Z`);
    try {
      const late = await (await loginAs(t, 'exec')).request('POST', `/api/appeals/${id}/extensions`, { reasons: 'необходимостью дополнительной проверки', days: 10 });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.message).toContain(`не позднее ${formatDateRu(due)}`);
    } finally {
      t.clock.set('2025-12-10T05:00:00Z');
    }
  });
});
