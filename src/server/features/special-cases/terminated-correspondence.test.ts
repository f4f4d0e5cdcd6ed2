import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { answerOnTheMerits } from '../../testing/answer-on-merits';
import { buildAppealInput, ensureTestTotk, TOTK_TRANSPORT } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';
import totk from '../../../domain/classifier/totk.json';
import type { TotkKind } from '../../platform/db/schema';
import { proceduralTotk } from '../../../domain/special-cases/dispositions';
import type { Suggestion } from '../../../domain/special-cases/suggestions';
import { docxText } from '../../platform/documents/docx-text';

type Doc = { id: number; kind: string; route: string; status: string; dueDate: string | null; recipientAddress: string; outgoingNumber: string | null };
type Registered = { id: number; number: string; registrationDate: string; authorId: number };

const LAW = 'Федерального закона от 02.05.2006 № 59-ФЗ';
const TERMINATED = proceduralTotk.correspondenceTerminated.code;
const author = { ...buildAppealInput().authors[0]!, surname: 'Повторов', firstName: 'Пётр', patronymic: 'Ильич' };

/**
 * SPC-5 (59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15): termination of correspondence by the head on a question
 * answered on the merits twice, the author's registry, the later appeal flagged and answered with the
 * notice only, resumption when new arguments appear, and who may do it.
 */
describe.each(testDatabaseKinds)('termination of correspondence (SPC-5) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, deputy: Session, exec: Session;
  const users: Record<string, { id: number }> = {};

  async function register(receivedAt: string, who = author): Promise<Registered> {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt, authors: [who], questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Льготный проезд' }] }));
    expect(res.statusCode, res.body).toBe(200);
    const card = (await reg.request('GET', `/api/appeals/${res.json().id}`)).json() as { id: number; number: string; registrationDate: string; authors: { id: number }[] };
    return { id: card.id, number: card.number, registrationDate: card.registrationDate, authorId: card.authors[0]!.id };
  }
  const suggestions = async (appealId: number) => ((await reg.request('GET', `/api/appeals/${appealId}/suggestions`)).json().suggestions as Suggestion[]);
  const catalogue = async (s: Session, appealId: number) => (await s.request('GET', `/api/special-cases/catalogue?appealId=${appealId}`)).json() as { code: string; obstacle: string | null; deadline: { date: string } | null }[];
  const registry = async (authorId: number) => t.database.db.selectFrom('terminated_correspondence').selectAll().where('author_id', '=', authorId).orderBy('id').execute();
  const letter = async (appealId: number, kindOfLetter: string) => {
    const docs = ((await reg.request('GET', `/api/appeals/${appealId}/documents`)).json() as Doc[]).filter((d) => d.kind === kindOfLetter);
    expect(docs).toHaveLength(1);
    return { doc: docs[0]!, text: docxText((await reg.request('GET', `/api/outgoing-documents/${docs[0]!.id}/file`)).rawPayload) };
  };

  let first: Registered, second: Registered, third: Registered, fourth: Registered;
  // «№ 5 от 20.11.2026 (ответ исх. № Исх-3 от 20.11.2026)»: the earlier appeal with its sent answer, as the notices name it.
  const earlier = async (a: Registered) => {
    const doc = await t.database.db.selectFrom('outgoing_documents').select(['outgoing_number', 'outgoing_date']).where('appeal_id', '=', a.id).where('kind', '=', 'answer').executeTakeFirstOrThrow();
    return `№ ${a.number} от 20.11.2026 (ответ исх. № ${doc.outgoing_number} от ${doc.outgoing_date!.split('-').reverse().join('.')})`;
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    const db = t.database.db;
    await ensureTestTotk(db);
    // The procedural question .0130 with its parents, from the shipped classifier.
    const shipped = totk as { code: string; name: string; level: number; kind: TotkKind; parent: string | null }[];
    const wanted: string[] = [];
    for (let c: string | null = TERMINATED; c; c = shipped.find((x) => x.code === c)?.parent ?? null) wanted.unshift(c);
    for (const [i, code] of wanted.entries()) {
      const e = shipped.find((x) => x.code === code)!;
      await db.insertInto('totk').values({ code: e.code, name: e.name, level: e.level, kind: e.kind, parent: e.parent, position: 2000 + i, search: sql<string>`to_tsvector('ru', ${e.name})` }).onConflict((oc) => oc.column('code').doNothing()).execute();
    }
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['deputy', ['deputy']], ['exec', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [reg, head, deputy, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'deputy'), loginAs(t, 'exec')]);

    // Two earlier appeals of the author on the same question, answered on the merits.
    first = await register('2026-11-10T06:00:00Z');
    await answerOnTheMerits({ reg, head, exec }, { headUserId: users.head!.id, execUserId: users.exec!.id }, first.id, 'explained');
    second = await register('2026-11-11T06:00:00Z');
    await answerOnTheMerits({ reg, head, exec }, { headUserId: users.head!.id, execUserId: users.exec!.id }, second.id, 'not-supported');
  });
  afterAll(() => t.close());

  it('refuses termination on a question answered on the merits fewer than twice, and the notice without a registry row', async () => {
    const stranger = await register('2026-11-12T06:00:00Z', { ...author, surname: 'Новиков', postalAddress: '628012, г. Ханты-Мансийск, ул. Ленина, д. 3' });
    const choices = await catalogue(head, stranger.id);
    expect(choices.find((c) => c.code === 'correspondence-terminated')!.obstacle).toContain('не давались ответы по существу');
    expect(choices.find((c) => c.code === 'correspondence-terminated-notice')!.obstacle).toContain('нет вопросов этого обращения');
    const res = await head.request('POST', `/api/appeals/${stranger.id}/disposition`, { code: 'correspondence-terminated' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('59-ФЗ ст. 11 ч. 5');
    expect((await head.request('POST', `/api/appeals/${stranger.id}/disposition`, { code: 'correspondence-terminated-notice' })).statusCode).toBe(409);
    expect(await registry(stranger.authorId)).toEqual([]);
    expect((await t.database.db.selectFrom('appeals').select('status').where('id', '=', stranger.id).executeTakeFirstOrThrow()).status).toBe('registered');
  });

  it('the third appeal: the registrar and the executor may not terminate; the head does — notice, term, ССТУ, ТОТК, registry', async () => {
    third = await register('2026-11-13T06:00:00Z');
    expect((await suggestions(third.id)).map((s) => s.code)).toEqual(['repeated']);
    // 59-ФЗ ст. 11 ч. 5, HMR 7.7, DUKI 5.15: the head (or a deputy responsible for it), not the registrar or the executor.
    const byReg = await reg.request('POST', `/api/appeals/${third.id}/disposition`, { code: 'correspondence-terminated' });
    expect(byReg.statusCode).toBe(403);
    expect(byReg.json().error.message).toContain('HMR 7.7');
    expect((await exec.request('POST', `/api/appeals/${third.id}/disposition`, { code: 'correspondence-terminated' })).statusCode).toBe(403);
    expect((await catalogue(reg, third.id)).map((c) => c.code)).not.toContain('correspondence-terminated');

    const due = computeDeadline('special-case-notice', third.registrationDate, t.deps.profile(), await t.deps.calendar.get());
    const offered = (await catalogue(head, third.id)).find((c) => c.code === 'correspondence-terminated')!;
    expect(offered).toMatchObject({ obstacle: null, deadline: { date: due.date } });

    const res = await head.request('POST', `/api/appeals/${third.id}/disposition`, { code: 'correspondence-terminated', comment: 'Доводы обращения повторяют доводы обращений, рассмотренных ранее.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', sstuStatus: 'Answered', totkCode: TERMINATED, dueDate: due.date, late: false, warnings: [] });

    const { doc, text } = await letter(third.id, 'correspondence-termination-notice');
    expect(doc).toMatchObject({ route: 'post', dueDate: due.date, outgoingNumber: res.json().outgoingNumber, status: 'queued' });
    expect(text).toContain('Уважаемый Пётр Ильич!');
    expect(text).toContain(`за № ${third.number}`);
    expect(text).toContain(`«Проезд льготных категорий граждан» (ТОТК ${TOTK_TRANSPORT})`);
    expect(text).toContain(`неоднократно давались письменные ответы по существу в связи с ранее направленными обращениями: обращения ${await earlier(first)}, ${await earlier(second)}.`);
    expect(text).toContain(`частью 5 статьи 11 ${LAW}`);
    expect(text).toContain('о безосновательности очередного обращения и прекращении переписки с Вами по данному вопросу');
    expect(text).toContain('Доводы обращения повторяют доводы обращений, рассмотренных ранее.');
    expect(text).toContain('Переписка возобновляется, если в обращении приводятся новые доводы или обстоятельства.');

    // CTL-3: the question «Дан ответ автору», the procedural question .0130 added.
    const questions = await t.database.db.selectFrom('appeal_questions').select(['totk_code', 'result']).where('appeal_id', '=', third.id).orderBy('position').execute();
    expect(questions).toEqual([{ totk_code: TOTK_TRANSPORT, result: 'answered-to-author' }, { totk_code: TERMINATED, result: 'answered-to-author' }]);

    // The registry: one open row for the author and the question, with the earlier appeals; an event.
    const rows = await registry(third.authorId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ totk_code: TOTK_TRANSPORT, appeal_id: third.id, decided_by: users.head!.id, ground: '59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15', resumed_at: null });
    expect(rows[0]!.earlier_appeal_ids).toEqual([first.id, second.id]);
    const event = await t.database.db.selectFrom('events').select(['after', 'legal_ground']).where('entity_type', '=', 'author').where('entity_id', '=', String(third.authorId)).where('action', '=', 'correspondence.terminated').executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ registryId: rows[0]!.id, totkCode: TOTK_TRANSPORT, appealId: third.id, earlierAppealIds: [first.id, second.id] });

    const view = await head.request('GET', `/api/authors/${third.authorId}/terminated-correspondence`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toEqual([
      expect.objectContaining({
        id: rows[0]!.id, totkCode: TOTK_TRANSPORT, totkName: 'Проезд льготных категорий граждан', open: true, appeal: { id: third.id, number: third.number }, decidedBy: expect.stringContaining('Сотрудник-head'),
        notice: { outgoingNumber: res.json().outgoingNumber, outgoingDate: '2026-11-20' }, earlierAppeals: [{ id: first.id, number: first.number, registrationDate: '2026-11-20' }, { id: second.id, number: second.number, registrationDate: '2026-11-20' }],
      }),
    ]);
    expect((await exec.request('GET', `/api/authors/${third.authorId}/terminated-correspondence`)).statusCode).toBe(403);
  });

  it('the fourth appeal is flagged and answered only with the notice; terminating again is refused', async () => {
    fourth = await register('2026-11-14T06:00:00Z');
    const flagged = (await suggestions(fourth.id)).find((s) => s.code === 'correspondence-terminated');
    expect(flagged).toMatchObject({ case: 'SPC-5', legalGround: '59-ФЗ ст. 11 ч. 5; DUKI 5.15' });
    expect(flagged!.reason).toContain(`Переписка по вопросу «Проезд льготных категорий граждан» (ТОТК ${TOTK_TRANSPORT}) прекращена решением от 20.11.2026 по обращению № ${third.number} (принял Сотрудник-head`);
    // The appeal the decision was taken on is not flagged by its own decision.
    expect((await suggestions(third.id)).map((s) => s.code)).not.toContain('correspondence-terminated');

    const choices = await catalogue(head, fourth.id);
    expect(choices.find((c) => c.code === 'correspondence-terminated')!.obstacle).toContain('уже прекращена');
    expect(choices.find((c) => c.code === 'correspondence-terminated-notice')!.obstacle).toBeNull();
    expect((await head.request('POST', `/api/appeals/${fourth.id}/disposition`, { code: 'correspondence-terminated' })).statusCode).toBe(409);
    expect((await reg.request('POST', `/api/appeals/${fourth.id}/disposition`, { code: 'correspondence-terminated-notice' })).statusCode).toBe(403);

    const termination = (await head.request('GET', `/api/appeals/${third.id}/dispositions`)).json()[0] as { outgoingNumber: string };
    // ROU-1: the deputy answers the appeal handed over to him.
    expect((await reg.request('POST', `/api/appeals/${fourth.id}/hand-over`, { toUserId: users.deputy!.id })).statusCode).toBe(200);
    const res = await deputy.request('POST', `/api/appeals/${fourth.id}/disposition`, { code: 'correspondence-terminated-notice' });
    expect(res.statusCode, res.body).toBe(200);
    const due = computeDeadline('special-case-notice', fourth.registrationDate, t.deps.profile(), await t.deps.calendar.get());
    expect(res.json()).toMatchObject({ status: 'closed', sstuStatus: 'Answered', totkCode: TERMINATED, dueDate: due.date });
    const { doc, text } = await letter(fourth.id, 'correspondence-terminated-reminder');
    expect(doc.dueDate).toBe(due.date);
    expect(text).toContain(`за № ${fourth.number}`);
    expect(text).toContain(`переписка с Вами по которому прекращена решением от 20.11.2026 (обращение № ${third.number}, уведомление исх. № ${termination.outgoingNumber} от 20.11.2026) в соответствии с частью 5 статьи 11 ${LAW}`);
    expect(text).toContain(`Ответы по существу этого вопроса были даны Вам ранее: обращения ${await earlier(first)}, ${await earlier(second)}.`);
    expect(text).toContain('ответ по существу поставленного вопроса не даётся');
    const questions = await t.database.db.selectFrom('appeal_questions').select(['totk_code', 'result']).where('appeal_id', '=', fourth.id).orderBy('position').execute();
    expect(questions).toEqual([{ totk_code: TOTK_TRANSPORT, result: 'answered-to-author' }, { totk_code: TERMINATED, result: 'answered-to-author' }]);
    // Not a new termination: the registry keeps its one row.
    expect(await registry(fourth.authorId)).toHaveLength(1);
  });

  it('resumes correspondence when new arguments appear: head only, with the reason; later appeals are considered again', async () => {
    const [row] = await registry(third.authorId);
    const url = `/api/authors/${third.authorId}/terminated-correspondence/${row!.id}/resume`;
    const fifth = await register('2026-11-15T06:00:00Z');
    expect((await reg.request('POST', url, { reason: 'Новые доводы', appealId: fifth.id })).statusCode).toBe(403);
    expect((await exec.request('POST', url, { reason: 'Новые доводы', appealId: fifth.id })).statusCode).toBe(403);
    expect((await head.request('POST', url, { reason: '  ', appealId: fifth.id })).statusCode).toBe(400);
    const stranger = (await t.database.db.selectFrom('appeal_authors').select('appeal_id').where('author_id', '<>', third.authorId).executeTakeFirstOrThrow()).appeal_id;
    expect((await head.request('POST', url, { reason: 'Новые доводы', appealId: stranger })).statusCode).toBe(400);
    expect((await head.request('POST', `/api/authors/${third.authorId}/terminated-correspondence/${row!.id + 1000}/resume`, { reason: 'Новые доводы' })).statusCode).toBe(404);
    expect((await registry(third.authorId))[0]!.resumed_at).toBeNull();

    const reason = 'Приложено новое решение Социального фонда об отказе от 10.11.2026.';
    const res = await head.request('POST', url, { reason, appealId: fifth.id });
    expect(res.statusCode, res.body).toBe(200);
    const [resumed] = await registry(third.authorId);
    expect(resumed).toMatchObject({ resumed_by: users.head!.id, resumption_reason: reason, resumed_on_appeal_id: fifth.id });
    expect(resumed!.resumed_at).not.toBeNull();
    const event = await t.database.db.selectFrom('events').select(['after', 'legal_ground']).where('entity_type', '=', 'author').where('action', '=', 'correspondence.resumed').executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ registryId: row!.id, resumedOnAppealId: fifth.id, reason });
    expect(event.legal_ground).toContain('DUKI 5.15');
    expect((await head.request('POST', url, { reason })).statusCode).toBe(409);

    // The question is open again: no flag, no SPC-5 notice; a new termination is possible once more.
    expect((await suggestions(fifth.id)).map((s) => s.code)).toEqual(['repeated']);
    const choices = await catalogue(head, fifth.id);
    expect(choices.find((c) => c.code === 'correspondence-terminated-notice')!.obstacle).toContain('нет вопросов этого обращения');
    expect(choices.find((c) => c.code === 'correspondence-terminated')!.obstacle).toBeNull();
    const view = (await head.request('GET', `/api/authors/${third.authorId}/terminated-correspondence`)).json();
    expect(view[0]).toMatchObject({ open: false, resumptionReason: reason, resumedOnAppeal: { id: fifth.id, number: fifth.number }, resumedBy: expect.stringContaining('Сотрудник-head') });
  });
});
