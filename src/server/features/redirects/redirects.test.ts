import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';
import { docxText } from '../../platform/documents/docx-text';

type Doc = { id: number; kind: string; route: string; status: string; dueDate: string | null; recipientAddress: string; recipientName: string };

describe.each(testDatabaseKinds)('redirect by competence (ROU-7, ROU-8, ROU-10) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, exec: Session;
  const users: Record<string, { id: number; officialId: number }> = {};
  const bodies: number[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['exec', ['executor']], ['accused', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [reg, head, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'exec')]);
    for (const [name, address] of [['Прокуратура Ханты-Мансийского района', 'ул. Мира, д. 1, г. Ханты-Мансийск, 628011'], ['Отделение Социального фонда России по ХМАО — Югре', 'ул. Мира, д. 5, г. Ханты-Мансийск, 628012']] as const) {
      bodies.push((await t.database.db.insertInto('external_bodies').values({ name, kind: 'federal', postal_address: address }).returning('id').executeTakeFirstOrThrow()).id);
    }
  });
  afterAll(() => t.close());

  it('refuses the complaint to the official complained about, then redirects it to two bodies with registered cover letters and the author’s notices', async () => {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ type: 'complaint', receivedAt: '2026-11-19T06:00:00Z', questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Жалоба на бездействие' }, { totkCode: TOTK_PENSIONS, annotation: 'Пенсия' }] }));
    const appealId = res.json().id as number;
    await t.drainJobs();
    expect((await reg.request('PUT', `/api/appeals/${appealId}/complained-subject`, { officialId: users.accused!.officialId })).statusCode).toBe(200);
    await reg.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.head!.id });
    const refused = await head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ instruction: 'Рассмотреть', executors: [{ userId: users.accused!.id }] }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('59-ФЗ ст. 8 ч. 6');

    const questions = (await head.request('GET', `/api/appeals/${appealId}/consideration`)).json().questions as { id: number }[];
    expect((await exec.request('POST', `/api/appeals/${appealId}/redirect`, { targets: [{ bodyId: bodies[0], questionIds: [questions[0]!.id] }] })).statusCode).toBe(403);
    const bad = await reg.request('POST', `/api/appeals/${appealId}/redirect`, { targets: [{ bodyId: bodies[0], questionIds: [999999] }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['targets.0.questionIds']).toBe('Такого вопроса в обращении нет.');

    const done = await reg.request('POST', `/api/appeals/${appealId}/redirect`, { targets: [{ bodyId: bodies[0], questionIds: [questions[0]!.id] }, { bodyId: bodies[1], questionIds: [questions[1]!.id] }] });
    expect(done.statusCode, done.body).toBe(200);
    const due = computeDeadline('redirect', '2026-11-20', t.deps.profile(), await t.deps.calendar.get());
    expect(done.json()).toMatchObject({ status: 'redirected', dueDate: due.date, warnings: [] });
    expect(done.json().targets.map((x: { outgoingNumber: string }) => x.outgoingNumber)).toEqual(['Исх-1', 'Исх-2']);
    // The case page lists where each part went, with how the term was counted (ROU-7).
    const listed = (await head.request('GET', `/api/appeals/${appealId}/redirects`)).json() as { bodyId: number; dueDate: string; dueSteps: unknown[]; outgoingNumber: string }[];
    expect(listed.map((r) => [r.bodyId, r.dueDate, r.outgoingNumber])).toEqual([[bodies[0], due.date, 'Исх-1'], [bodies[1], due.date, 'Исх-2']]);
    expect(listed[0]!.dueSteps).toEqual(JSON.parse(JSON.stringify(due.steps)));

    const docs = ((await reg.request('GET', `/api/appeals/${appealId}/documents`)).json() as Doc[]).filter((d) => d.kind.startsWith('redirect'));
    expect(docs.map((d) => [d.kind, d.route, d.dueDate])).toEqual([
      ['redirect-cover-letter', 'post', due.date],
      ['redirect-notice', 'post', due.date],
      ['redirect-cover-letter', 'post', due.date],
      ['redirect-notice', 'post', due.date],
    ]);
    expect(docs[0]).toMatchObject({ recipientName: 'Прокуратура Ханты-Мансийского района', recipientAddress: 'ул. Мира, д. 1, г. Ханты-Мансийск, 628011', outgoingNumber: 'Исх-1', outgoingDate: '2026-11-20' });
    const cover = docxText((await reg.request('GET', `/api/outgoing-documents/${docs[0]!.id}/file`)).rawPayload);
    expect(cover).toContain('направляем для рассмотрения по компетенции');
    expect(cover).toContain('Автор обращения уведомлён о переадресации обращения.');
    const notice = docxText((await reg.request('GET', `/api/outgoing-documents/${docs[3]!.id}/file`)).rawPayload);
    expect(notice).toContain('Обращение направлено: Отделение Социального фонда России по ХМАО — Югре');

    const view = (await head.request('GET', `/api/appeals/${appealId}/consideration`)).json();
    expect(view.questions.map((q: { result: string }) => q.result)).toEqual(['redirected', 'redirected']);
    // Redirected as a whole: no answer of ours is awaited — the head removes it from control.
    expect((await head.request('POST', `/api/appeals/${appealId}/control`, { decision: 'remove' })).json()).toEqual({ status: 'closed' });
  });

  it('gives 5 days for information on migration law and says when the term was missed (ROU-10)', async () => {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-02T06:00:00Z', authors: [{ ...buildAppealInput().authors[0]!, surname: 'Мигрантов' }] }));
    const appealId = res.json().id as number;
    // Registered 20.11 (the clock): 5 days → 25.11 on time; move the clock past it.
    t.clock.set('2026-11-27T06:00:00Z');
    try {
      const late = await (await loginAs(t, 'reg')).request('POST', `/api/appeals/${appealId}/redirect`, { migration: true, targets: [{ bodyId: bodies[0], questionIds: (await t.database.db.selectFrom('appeal_questions').select('id').where('appeal_id', '=', appealId).execute()).map((q) => q.id) }] });
      expect(late.statusCode, late.body).toBe(200);
      const due = computeDeadline('migration-redirect', '2026-11-20', t.deps.profile(), await t.deps.calendar.get());
      expect(late.json().dueDate).toBe(due.date);
      expect(late.json().warnings).toEqual([`Срок направления по компетенции (${due.date.split('-').reverse().join('.')}, 59-ФЗ ст. 8 ч. 3.1) пропущен.`]);
    } finally {
      t.clock.set('2026-11-20T06:00:00Z');
    }
  });
});
