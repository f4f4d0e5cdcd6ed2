import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../testing/factories';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { computeDeadline } from '../../../domain/deadlines';
import { formatDateRu } from '../../../domain/time/local-date';
import { docxText } from '../../platform/documents/docx-text';

type Doc = { id: number; kind: string; route: string; status: string; dueDate: string | null; recipientAddress: string; recipientName: string; outgoingNumber: string | null; outgoingDate: string | null };

describe.each(testDatabaseKinds)('return of a complaint to its author (ROU-8, 59-ФЗ ст. 8 ч. 6) on %s', (kind) => {
  let sink: SmtpSink;
  let t: TestApp;
  let reg: Session, head: Session, deputy: Session, exec: Session;
  const users: Record<string, { id: number; officialId: number }> = {};
  let unitId: number;

  const register = async (overrides: Parameters<typeof buildAppealInput>[0]) => {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ type: 'complaint', questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Отказ в льготном проезде' }, { totkCode: TOTK_PENSIONS, annotation: 'Задержка перерасчёта' }], ...overrides }));
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().id as number;
    const row = await t.database.db.selectFrom('appeals').select(['number', 'registration_date']).where('id', '=', id).executeTakeFirstOrThrow();
    return { id, number: row.number, registrationDate: row.registration_date };
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z', env: sink.env });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['deputy', ['deputy']], ['exec', ['executor']], ['accused', ['deputy']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [reg, head, deputy, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'deputy'), loginAs(t, 'exec')]);
    const db = t.database.db;
    const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
    unitId = (await db.insertInto('units').values({ organisation_id: org.id, parent_id: null, name: 'Управление транспорта', kind: 'department' }).returning('id').executeTakeFirstOrThrow()).id;
    const position = await db.insertInto('positions').values({ organisation_id: org.id, unit_id: unitId, name: 'Заместитель главы района' }).returning('id').executeTakeFirstOrThrow();
    await db.updateTable('officials').set({ unit_id: unitId, position_id: position.id }).where('id', '=', users.accused!.officialId).execute();
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('is refused to an executor, without a complained subject, and to a deputy it was not passed to', async () => {
    const appeal = await register({});
    expect((await reg.request('POST', `/api/appeals/${appeal.id}/hand-over`, { toUserId: users.head!.id })).statusCode).toBe(200);
    expect((await exec.request('POST', `/api/appeals/${appeal.id}/complaint-return`, {})).statusCode).toBe(403);
    expect((await reg.request('POST', `/api/appeals/${appeal.id}/complaint-return`, {})).statusCode).toBe(403);
    const without = await head.request('POST', `/api/appeals/${appeal.id}/complaint-return`, {});
    expect(without.statusCode).toBe(409);
    expect(without.json().error.message).toContain('сначала укажите в карточке, чьё решение или действие (бездействие) обжалуется');
    expect((await reg.request('PUT', `/api/appeals/${appeal.id}/complained-subject`, { officialId: users.accused!.officialId })).statusCode).toBe(200);
    const foreign = await deputy.request('POST', `/api/appeals/${appeal.id}/complaint-return`, {});
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.message).toContain('передано на резолюцию другому должностному лицу');
    // Nothing was written by the refusals.
    expect(await t.database.db.selectFrom('outgoing_documents').select('id').where('appeal_id', '=', appeal.id).where('kind', '=', 'complaint-return').execute()).toEqual([]);
    expect((await head.request('GET', `/api/appeals/${appeal.id}/consideration`)).json().status).toBe('on-resolution');
  });

  it('returns an electronic complaint: the letter explains the court, is registered, e-mailed; questions «дан ответ автору»; the appeal is answered', async () => {
    const author = { ...buildAppealInput().authors[0]!, surname: 'Сидорова', firstName: 'Елена', patronymic: 'Викторовна', gender: 'f' as const, email: 'sidorova@example.ru' };
    const appeal = await register({ form: 'electronic', channel: 'internet-reception', receivedAt: '2026-11-20T04:00:00Z', authors: [author] });
    await t.drainJobs(); // the registration notice and its e-mail
    sink.messages.length = 0;
    expect((await reg.request('PUT', `/api/appeals/${appeal.id}/complained-subject`, { officialId: users.accused!.officialId, unitId })).statusCode).toBe(200);
    expect((await reg.request('POST', `/api/appeals/${appeal.id}/hand-over`, { toUserId: users.deputy!.id })).statusCode).toBe(200);
    // The deputy cannot pass it to the one complained about (ROU-8) …
    const refused = await deputy.request('POST', `/api/appeals/${appeal.id}/resolution`, { parts: [{ instruction: 'Рассмотреть жалобу', executors: [{ userId: users.accused!.id }] }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('59-ФЗ ст. 8 ч. 6');
    // … so he returns it, with his explanation.
    const explanation = 'Решение поставленных вопросов относится к исключительной компетенции заместителя главы района, действия которого обжалуются.';
    const res = await deputy.request('POST', `/api/appeals/${appeal.id}/complaint-return`, { explanation });
    expect(res.statusCode, res.body).toBe(200);
    const due = computeDeadline('complaint-return', appeal.registrationDate, t.deps.profile(), await t.deps.calendar.get());
    expect(due.date).toBe('2026-11-27'); // registered Friday 20.11, 7 days from the next day
    expect(res.json()).toMatchObject({ status: 'answered', dueDate: due.date, outgoingNumber: 'Исх-1', outgoingDate: '2026-11-20', warnings: [] });

    const docs = ((await reg.request('GET', `/api/appeals/${appeal.id}/documents`)).json() as Doc[]).filter((d) => d.kind === 'complaint-return');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ route: 'email', recipientAddress: 'sidorova@example.ru', dueDate: due.date, outgoingNumber: 'Исх-1', outgoingDate: '2026-11-20', status: 'queued' });
    const text = docxText((await reg.request('GET', `/api/outgoing-documents/${docs[0]!.id}/file`)).rawPayload);
    expect(text).toContain(`зарегистрированное 20.11.2026 за № ${appeal.number}`);
    expect(text).toContain('Сотрудник-accused Тест Тестович (Заместитель главы района); Управление транспорта');
    expect(text).toContain('частью 6 статьи 8 Федерального закона от 02.05.2006 № 59-ФЗ');
    expect(text).toContain(explanation);
    expect(text).toContain('жалоба возвращается Вам');
    expect(text).toContain('главой 22 Кодекса административного судопроизводства Российской Федерации');
    // An entrepreneur's complaint goes to the arbitration court (АПК РФ гл. 24, ст. 198 ч. 4).
    expect(text).toContain('главой 24 Арбитражного процессуального кодекса Российской Федерации');
    expect(text).toContain('Уважаемая Елена Викторовна!');

    // E-mailed after the commit by the delivery job; then counted as the answer sent (CTL-2).
    expect(sink.messages).toHaveLength(0);
    await t.drainJobs();
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]!.envelope.to).toEqual(['sidorova@example.ru']);
    expect(sink.messages[0]!.parsed.attachments[0]!.filename).toBe(`Уведомление о возврате жалобы (исх. Исх-1 от 20.11.2026), обращение № ${appeal.number}.docx`);

    const view = (await head.request('GET', `/api/appeals/${appeal.id}/consideration`)).json();
    expect(view.status).toBe('answered');
    expect(view.questions.map((q: { result: string; resultLabel: string }) => [q.result, q.resultLabel])).toEqual([
      ['answered-to-author', 'Дан ответ автору'],
      ['answered-to-author', 'Дан ответ автору'],
    ]);
    expect(view.complaintReturn).toMatchObject({ dueDate: due.date, late: false, outgoingNumber: 'Исх-1', outgoingDate: '2026-11-20', explanation });
    expect(view.removalObstacles).toEqual([]);

    const event = await t.database.db.selectFrom('events').select(['action', 'legal_ground', 'after', 'actor_user_id']).where('entity_type', '=', 'appeal').where('entity_id', '=', String(appeal.id)).where('action', '=', 'appeal.complaint-returned').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ legal_ground: '59-ФЗ ст. 8 ч. 6; HMR 7.11, DUKI 4.2.1', actor_user_id: users.deputy!.id });
    expect(event.after).toMatchObject({ status: 'answered', dueDate: due.date, late: false, outgoingNumber: 'Исх-1' });

    // Returned once: a second return is refused by the lifecycle.
    const again = await head.request('POST', `/api/appeals/${appeal.id}/complaint-return`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Нельзя вернуть жалобу автору');
    // The head removes it from control (CTL-2): the returned letter stands for the answer.
    expect((await head.request('POST', `/api/appeals/${appeal.id}/control`, { decision: 'remove' })).json()).toEqual({ status: 'closed' });
  });

  it('returns a late written complaint by post with a warning, cancelling the open resolution', async () => {
    const appeal = await register({ authors: [{ ...buildAppealInput().authors[0]!, surname: 'Петров' }] });
    expect((await reg.request('PUT', `/api/appeals/${appeal.id}/complained-subject`, { unitId })).statusCode).toBe(200);
    expect((await head.request('POST', `/api/appeals/${appeal.id}/resolution`, { parts: [{ instruction: 'Проверить доводы', executors: [{ userId: users.exec!.id }] }] })).statusCode).toBe(200);
    const due = computeDeadline('complaint-return', appeal.registrationDate, t.deps.profile(), await t.deps.calendar.get());
    t.clock.set('2026-12-01T06:00:00Z');
    try {
      const late = await (await loginAs(t, 'head')).request('POST', `/api/appeals/${appeal.id}/complaint-return`, {});
      expect(late.statusCode, late.body).toBe(200);
      expect(late.json().warnings).toEqual([`Срок возврата жалобы (${formatDateRu(due.date)}, 59-ФЗ ст. 8 ч. 6; HMR 7.11) пропущен.`]);
      expect(late.json().documents).toEqual([{ id: expect.any(Number), route: 'post', address: '628002, г. Ханты-Мансийск, ул. Гагарина, д. 10, кв. 5' }]);
      const assignments = await t.database.db.selectFrom('assignments').select('status').where('appeal_id', '=', appeal.id).execute();
      expect(assignments.map((a) => a.status)).toEqual(['cancelled']);
      const ret = await t.database.db.selectFrom('complaint_returns').selectAll().where('appeal_id', '=', appeal.id).executeTakeFirstOrThrow();
      expect(ret).toMatchObject({ late: true, due_date: due.date, outgoing_date: '2026-12-01' });
    } finally {
      t.clock.set('2026-11-20T06:00:00Z');
    }
  });
});
