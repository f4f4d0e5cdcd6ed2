import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../testing/factories';
import type { Suggestion } from '../../../domain/special-cases/suggestions';
import { answerOnTheMerits } from '../../testing/answer-on-merits';

type Registered = { id: number; number: string };

describe.each(testDatabaseKinds)('special-case suggestions (issue 6) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, exec: Session;
  const users: Record<string, { id: number }> = {};

  async function register(receivedAt: string, overrides: Parameters<typeof buildAppealInput>[0] = {}): Promise<Registered> {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt, ...overrides }));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Registered;
  }
  async function answer(appealId: number, result: string) {
    const questions = (await head.request('GET', `/api/appeals/${appealId}/consideration`)).json().questions as { id: number }[];
    const res = await head.request('POST', `/api/appeals/${appealId}/results`, { results: questions.map((q) => ({ questionId: q.id, result })) });
    expect(res.statusCode, res.body).toBe(200);
  }
  const suggestions = async (s: Session, appealId: number) => {
    const res = await s.request('GET', `/api/appeals/${appealId}/suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().suggestions as Suggestion[];
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['exec', ['executor']], ['other', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles] });
    [reg, head, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'exec')]);
  });
  afterAll(() => t.close());

  it('the third appeal of the same author on the same question, after two answers on the merits, is flagged with the earlier numbers (SPC-5)', async () => {
    const notOnMerits = await register('2026-11-13T06:00:00Z');
    await answer(notOnMerits.id, 'left-without-answer');
    // A result on the merits recorded, but the written answer never sent: not «давались ответы» (59-ФЗ ст. 11 ч. 5).
    const notSent = await register('2026-11-14T06:00:00Z');
    await answer(notSent.id, 'explained');
    const first = await register('2026-11-16T06:00:00Z');
    await answerOnTheMerits({ reg, head, exec }, { headUserId: users.head!.id, execUserId: users.exec!.id }, first.id, 'explained');
    const second = await register('2026-11-17T06:00:00Z');
    await answerOnTheMerits({ reg, head, exec }, { headUserId: users.head!.id, execUserId: users.exec!.id }, second.id, 'not-supported');
    const otherQuestion = await register('2026-11-17T06:00:00Z', { questions: [{ totkCode: TOTK_PENSIONS, annotation: 'Пенсия' }] });
    await answer(otherQuestion.id, 'supported');
    const third = await register('2026-11-18T06:00:00Z');

    const list = await suggestions(reg, third.id);
    expect(list.map((s) => s.code)).toEqual(['repeated']);
    expect(list[0]).toMatchObject({ case: 'SPC-5', legalGround: '59-ФЗ ст. 11 ч. 5' });
    expect(list[0]!.reason).toBe(`По вопросу «Проезд льготных категорий граждан» (ТОТК ${TOTK_TRANSPORT}) автору уже 2 раза дан ответ по существу: обращения № ${first.number} от 20.11.2026, № ${second.number} от 20.11.2026.`);
    // The second appeal had only one answer on the merits before it; later appeals do not count.
    expect((await suggestions(reg, second.id)).map((s) => s.code)).toEqual([]);

    // The registration form asks before saving: the same person typed again is the same author (REG-3).
    const draft = await reg.request('POST', '/api/appeals/suggestions', buildAppealInput());
    expect(draft.statusCode, draft.body).toBe(200);
    expect((draft.json().suggestions as Suggestion[]).map((s) => s.code)).toEqual(['repeated']);
    // Another person at another address: nothing to suggest.
    const stranger = buildAppealInput().authors[0]!;
    const other = await reg.request('POST', '/api/appeals/suggestions', buildAppealInput({ authors: [{ ...stranger, surname: 'Петров', postalAddress: 'г. Сургут, ул. Ленина, д. 1' }] }));
    expect(other.json().suggestions).toEqual([]);
  });

  it('a half-typed draft: a court decision mentioned and no address for the answer (SPC-2, SPC-1); nothing is saved', async () => {
    const before = await t.database.db.selectFrom('appeals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await reg.request('POST', '/api/appeals/suggestions', {
      form: 'written',
      channel: null,
      annotation: '',
      text: 'Прошу разобраться: решение районного суда не исполняется.',
      authors: [{ kind: 'person', surname: 'Сидоров', firstName: 'Олег', postalAddress: '', email: '' }],
      questions: [{ totkCode: '' }],
      receivedAt: '',
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json().suggestions as Suggestion[];
    expect(list.map((s) => [s.code, s.case, s.reason])).toEqual([
      ['anonymous', 'SPC-1', 'Не указан почтовый адрес для ответа.'],
      ['court-decision', 'SPC-2', 'В тексте обращения найдено: „решение районного суда“.'],
    ]);
    expect(await t.database.db.selectFrom('appeals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual(before);
    // An empty draft is a lenient request too: nothing typed, no author.
    expect((await reg.request('POST', '/api/appeals/suggestions', {})).json().suggestions.map((s: Suggestion) => s.code)).toEqual(['anonymous']);
  });

  it('reads like the appeal itself: 404 for an outsider and for no appeal, the assigned executor reads; the draft is the registrar’s (403)', async () => {
    const appeal = await register('2026-11-19T06:00:00Z', { text: 'Жестокое обращение с ребёнком в семье соседей. Если не поможете — пожалеете!', questions: [{ totkCode: TOTK_PENSIONS, annotation: '' }] });
    const codes = (await suggestions(head, appeal.id)).map((s) => s.code);
    expect(codes).toEqual(['threat', 'urgent-child']);

    expect((await exec.request('GET', `/api/appeals/${appeal.id}/suggestions`)).statusCode).toBe(404);
    expect((await reg.request('GET', '/api/appeals/999999/suggestions')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/appeals/${appeal.id}/suggestions` })).statusCode).toBe(401);
    expect((await exec.request('POST', '/api/appeals/suggestions', { text: 'решение суда' })).statusCode).toBe(403);
    expect((await head.request('POST', '/api/appeals/suggestions', { text: 'решение суда' })).statusCode).toBe(403);

    await reg.request('POST', `/api/appeals/${appeal.id}/hand-over`, { toUserId: users.head!.id });
    const resolution = await head.request('POST', `/api/appeals/${appeal.id}/resolution`, { parts: [{ instruction: 'Рассмотреть безотлагательно', executors: [{ userId: users.exec!.id }] }] });
    expect(resolution.statusCode, resolution.body).toBe(200);
    expect((await suggestions(exec, appeal.id)).map((s) => s.code)).toEqual(codes);
    expect((await (await loginAs(t, 'other')).request('GET', `/api/appeals/${appeal.id}/suggestions`)).statusCode).toBe(404);
  });
});
