import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_TRANSPORT } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';
import type { RuleId } from '../../../domain/deadlines/rules';
import totk from '../../../domain/classifier/totk.json';
import type { TotkKind } from '../../platform/db/schema';
import { proceduralTotk } from '../../../domain/special-cases/dispositions';
import type { StatementKind } from '../../../domain/special-cases/statements';
import { docxText } from '../../platform/documents/docx-text';
import { multipartBody } from '../../testing/multipart';
import { minimalPdf } from '../../testing/sample-files';
import { registerStatementBody } from './schemas';
import { recordStatement, StatementRouteChanged } from './record-statement';

type Doc = { id: number; kind: string; route: string; status: string; dueDate: string | null; recipientAddress: string; outgoingNumber: string | null };
type State = 'in-work' | 'redirected' | 'answered';

const TODAY = '2026-11-20';
const BODY = { name: 'Департамент дорожного хозяйства ХМАО — Югры', address: 'ул. Мира, д. 14, г. Ханты-Мансийск' };
const citizen = { surname: 'Кузнецов', firstName: 'Алексей', patronymic: 'Викторович', gender: 'm', postalAddress: '628011, г. Ханты-Мансийск, ул. Ленина, д. 3, кв. 7' };
const paper = [{ description: 'Справка о составе семьи', pages: 2 }];

/** One row per case and outcome (SPC-8, 9, 10): the earlier appeal's state → the statement → what must follow. */
type Row = {
  name: string;
  kind: StatementKind;
  state: State;
  isAuthor?: boolean;
  route: 'comparison' | 'attached' | 'new-appeal' | 'forwarded';
  rule: RuleId | null;
  /** `absent`: what must not be read there (item 6: «поступило …: дополнительные документы», «документы» for a statement). */
  docs: { kind: string; route: string; address: string; text: string[]; absent?: string[] }[];
  sstu: string | null;
  totk: string | null;
  result: string | null;
  status: string;
  outcome?: string;
};

const rows: Row[] = [
  {
    name: 'SPC-8, not the author: the appeal is anonymous', kind: 'not-sent', state: 'in-work', isAuthor: false, route: 'comparison', rule: 'statement-comparison', outcome: 'anonymous',
    docs: [{ kind: 'statement-not-sent-notice', route: 'post', address: citizen.postalAddress, text: ['Уважаемый Алексей Викторович!', 'об отсутствии факта направления Вами обращения', 'Вы не определены как автор обращения', 'признано анонимным', 'частью 1 статьи 11', 'проинформировано должностное лицо, ответственное за рассмотрение обращения'] }],
    sstu: 'LeftWithoutAnswer', totk: proceduralTotk.anonymous.code, result: 'left-without-answer', status: 'closed',
  },
  {
    name: 'SPC-8, the author: consideration goes on', kind: 'not-sent', state: 'in-work', isAuthor: true, route: 'comparison', rule: 'statement-comparison', outcome: 'continues',
    docs: [{ kind: 'statement-not-sent-notice', route: 'post', address: citizen.postalAddress, text: ['Вы определены как автор обращения', 'подлежит рассмотрению в установленном порядке'] }],
    sstu: null, totk: null, result: null, status: 'in-work',
  },
  {
    name: 'SPC-9, the author: consideration stops', kind: 'withdrawal', state: 'in-work', isAuthor: true, route: 'comparison', rule: 'statement-comparison', outcome: 'stopped',
    docs: [{ kind: 'statement-withdrawal-notice', route: 'post', address: citizen.postalAddress, text: ['о прекращении рассмотрения обращения', 'Вы определены как автор обращения', 'рассмотрение обращения прекращено'] }],
    sstu: 'Answered', totk: proceduralTotk.considerationStopped.code, result: 'answered-to-author', status: 'closed',
  },
  {
    name: 'SPC-9, not the author: consideration goes on', kind: 'withdrawal', state: 'in-work', isAuthor: false, route: 'comparison', rule: 'statement-comparison', outcome: 'continues',
    docs: [{ kind: 'statement-withdrawal-notice', route: 'post', address: citizen.postalAddress, text: ['Вы не определены как автор обращения', 'не прекращается'] }],
    sstu: null, totk: null, result: null, status: 'in-work',
  },
  {
    name: 'SPC-8 on a redirected appeal: follows it', kind: 'not-sent', state: 'redirected', route: 'forwarded', rule: 'statement-forwarding',
    docs: [
      {
        kind: 'statement-forwarding-letter', route: 'post', address: BODY.address,
        text: [BODY.name, 'ранее направлено Вам для рассмотрения по компетенции', 'По указанному обращению направляем заявление об отсутствии факта направления обращения от 20.11.2026', 'Заявитель — Кузнецов Алексей Викторович', 'Приложение: заявление об отсутствии факта направления обращения от 20.11.2026'],
        absent: ['Приложение: нет'],
      },
      {
        kind: 'statement-forwarding-notice', route: 'post', address: citizen.postalAddress,
        text: ['Уважаемый Алексей Викторович!', `ранее направлено для рассмотрения по компетенции: ${BODY.name}, ${BODY.address}`, 'туда же направляем заявление об отсутствии факта направления обращения от 20.11.2026'],
        absent: ['документы', 'поступило от Вас'],
      },
    ],
    sstu: null, totk: null, result: 'redirected', status: 'redirected',
  },
  {
    name: 'SPC-9 on a redirected appeal: follows it', kind: 'withdrawal', state: 'redirected', route: 'forwarded', rule: 'statement-forwarding',
    docs: [
      { kind: 'statement-forwarding-letter', route: 'post', address: BODY.address, text: ['направляем заявление о прекращении рассмотрения обращения от 20.11.2026'] },
      { kind: 'statement-forwarding-notice', route: 'post', address: citizen.postalAddress, text: ['туда же направляем заявление о прекращении рассмотрения обращения от 20.11.2026', BODY.name], absent: ['документы'] },
    ],
    sstu: null, totk: null, result: 'redirected', status: 'redirected',
  },
  { name: 'SPC-10 under consideration: joins the case', kind: 'additional-documents', state: 'in-work', route: 'attached', rule: null, docs: [], sstu: null, totk: null, result: null, status: 'in-work' },
  { name: 'SPC-10 after the answer: a new appeal', kind: 'additional-documents', state: 'answered', route: 'new-appeal', rule: null, docs: [], sstu: null, totk: null, result: null, status: 'answered' },
  {
    name: 'SPC-10 on a redirected appeal: follows it', kind: 'additional-documents', state: 'redirected', route: 'forwarded', rule: 'statement-forwarding',
    docs: [
      {
        kind: 'statement-forwarding-letter', route: 'post', address: BODY.address,
        text: ['По указанному обращению направляем дополнительные документы и материалы в подтверждение доводов обращения от 20.11.2026', 'Приложение: Справка о составе семьи на 2 л.'],
        absent: ['Направляем поступившее', 'Решение по нему'],
      },
      { kind: 'statement-forwarding-notice', route: 'post', address: citizen.postalAddress, text: ['туда же направляем дополнительные документы и материалы в подтверждение доводов обращения от 20.11.2026', BODY.name], absent: ['поступило'] },
    ],
    sstu: null, totk: null, result: 'redirected', status: 'redirected',
  },
];

describe.each(testDatabaseKinds)('statements about an earlier appeal (SPC-8, 9, 10; HMR 6.2–6.6) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, exec: Session;
  const users: Record<string, { id: number; officialId: number }> = {};
  let bodyId: number;
  let registered = 0;

  /** The earlier appeal, brought to `state` through the real endpoints. */
  const earlier = async (state: State) => {
    registered += 1;
    const input = buildAppealInput({ questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }] });
    input.authors = input.authors.map((a) => ({ ...a, surname: `${a.surname}-${registered}` }));
    const res = await reg.request('POST', '/api/appeals', input);
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().id as number;
    if (state === 'redirected') {
      const q = await t.database.db.selectFrom('appeal_questions').select('id').where('appeal_id', '=', id).execute();
      expect((await reg.request('POST', `/api/appeals/${id}/redirect`, { targets: [{ bodyId, questionIds: q.map((x) => x.id) }] })).statusCode).toBe(200);
    } else {
      expect((await reg.request('POST', `/api/appeals/${id}/hand-over`, { toUserId: users.head!.id })).statusCode).toBe(200);
      expect((await head.request('POST', `/api/appeals/${id}/resolution`, { parts: [{ instruction: 'Рассмотреть, подготовить ответ', executors: [{ userId: users.exec!.id }] }] })).statusCode).toBe(200);
    }
    if (state === 'answered') {
      const answerId = (await exec.request('POST', `/api/appeals/${id}/answers`, { body: 'По существу обращения сообщаем, что льготный проезд предоставляется по социальной карте.' })).json().id as number;
      await exec.request('POST', `/api/answers/${answerId}/approval`, { approverUserIds: [], signerUserId: users.head!.id });
      expect((await head.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' })).statusCode).toBe(200);
      expect((await reg.request('POST', `/api/answers/${answerId}/dispatch`)).statusCode).toBe(200);
    }
    return id;
  };
  const statementInput = (k: StatementKind) => ({ kind: k, receivedDate: TODAY, ...citizen, content: 'Прошу учесть при рассмотрении обращения.', ...(k === 'additional-documents' ? { paperDocuments: paper } : {}) });

  beforeAll(async () => {
    t = await createTestApp(kind, { now: `${TODAY}T06:00:00Z` });
    const db = t.database.db;
    await ensureTestTotk(db);
    // The procedural questions of the ТОТК with their parents, from the shipped classifier.
    const shipped = totk as { code: string; name: string; level: number; kind: TotkKind; parent: string | null }[];
    const wanted = new Set<string>();
    for (const q of Object.values(proceduralTotk)) for (let c: string | null = q.code; c; c = shipped.find((x) => x.code === c)?.parent ?? null) wanted.add(c);
    for (const [i, e] of shipped.filter((x) => wanted.has(x.code)).sort((a, b) => a.level - b.level).entries()) {
      await db.insertInto('totk').values({ code: e.code, name: e.name, level: e.level, kind: e.kind, parent: e.parent, position: 1000 + i, search: sql<string>`to_tsvector('ru', ${e.name})` }).onConflict((oc) => oc.column('code').doNothing()).execute();
    }
    bodyId = (await db.insertInto('external_bodies').values({ name: BODY.name, kind: 'regional', postal_address: BODY.address }).returning('id').executeTakeFirstOrThrow()).id;
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['exec', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    [reg, head, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'exec')]);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const appealId = await earlier(row.state);
    const appeal = await t.database.db.selectFrom('appeals').select(['number']).where('id', '=', appealId).executeTakeFirstOrThrow();
    const [profile, calendar] = [t.deps.profile(), await t.deps.calendar.get()];
    const registered = await reg.request('POST', `/api/appeals/${appealId}/statements`, statementInput(row.kind));
    expect(registered.statusCode, registered.body).toBe(200);
    const s = registered.json();
    expect(s).toMatchObject({ route: row.route, registrationDate: TODAY, number: `${appeal.number}-${row.kind === 'additional-documents' ? 'Д' : 'З'}1` });
    // HMR 6.3, 6.5: 3 working days from receipt; HMR 6.2, 6.4, 6.6: 7 days from registration.
    const due = row.rule ? computeDeadline(row.rule, TODAY, profile, calendar).date : null;
    expect(s.comparisonDue ?? s.forwardingDue).toBe(due);

    let result = s;
    if (row.isAuthor !== undefined) {
      const decided = await reg.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: row.isAuthor, comment: '' });
      expect(decided.statusCode, decided.body).toBe(200);
      result = decided.json();
      expect(result).toMatchObject({ outcome: row.outcome, status: row.status, sstuStatus: row.sstu, totkCode: row.totk, dueDate: due, late: false, warnings: [] });
      // The official responsible for the consideration is informed: the executor and the head it was handed to.
      expect([...result.informedUserIds].sort()).toEqual([users.exec!.id, users.head!.id].sort());
      const informed = (await exec.request('GET', '/api/statements/informed')).json() as { id: number; appealId: number }[];
      expect(informed.some((x) => x.id === s.id && x.appealId === appealId)).toBe(true);
      // Decided once.
      expect((await reg.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: true })).statusCode).toBe(409);
    } else if (row.route === 'forwarded') {
      // The body that has the appeal decides: no comparison here.
      expect((await reg.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: true })).statusCode).toBe(409);
    }

    // The letters: registered, by route, due on the engine's date, with the template's text.
    const docs = ((await reg.request('GET', `/api/appeals/${appealId}/documents`)).json() as Doc[]).filter((d) => d.kind.startsWith('statement-'));
    expect(docs.map((d) => ({ kind: d.kind, route: d.route, address: d.recipientAddress }))).toEqual(row.docs.map(({ text: _t, absent: _a, ...d }) => d));
    expect(result.documents.map((d: { id: number }) => d.id)).toEqual(docs.map((d) => d.id));
    for (const [i, d] of docs.entries()) {
      expect(d).toMatchObject({ dueDate: due, status: 'queued', outgoingNumber: expect.stringMatching(/^Исх-\d+$/) });
      const text = docxText((await reg.request('GET', `/api/outgoing-documents/${d.id}/file`)).rawPayload);
      expect(text).toContain(`№ ${appeal.number}`);
      expect(text).toContain(`от 20.11.2026 (вх. № ${s.number})`);
      for (const fragment of row.docs[i]!.text) expect(text).toContain(fragment);
      for (const fragment of row.docs[i]!.absent ?? []) expect(text).not.toContain(fragment);
    }

    // ССТУ status and ТОТК: the questions' results, the procedural question, the appeal's state.
    const questions = await t.database.db.selectFrom('appeal_questions').select(['totk_code', 'result']).where('appeal_id', '=', appealId).orderBy('position').execute();
    const mainResult = row.state === 'answered' ? null : row.result;
    expect(questions).toEqual([{ totk_code: TOTK_TRANSPORT, result: mainResult }, ...(row.totk ? [{ totk_code: row.totk, result: row.result }] : [])]);
    const state = await t.database.db.selectFrom('appeals').select(['status', 'removed_from_control_at']).where('id', '=', appealId).executeTakeFirstOrThrow();
    expect(state.status).toBe(row.status);
    expect(state.removed_from_control_at !== null).toBe(row.status === 'closed');
    const assignments = await t.database.db.selectFrom('assignments').select('status').where('appeal_id', '=', appealId).execute();
    if (row.status === 'closed') expect(assignments.map((a) => a.status)).toEqual(['cancelled']);
    if (row.status === 'in-work') expect(assignments.map((a) => a.status)).toEqual(['open']);

    // The case page: the responsible executor reads the statements of his appeal while it is his.
    const reader = row.status === 'in-work' ? exec : reg;
    const list = (await reader.request('GET', `/api/appeals/${appealId}/statements`)).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: s.id, kind: row.kind, route: row.route, dueDate: due, outcome: row.outcome ?? null, citizen: 'Кузнецов Алексей Викторович' });
    const events = await t.database.db.selectFrom('events').select(['action', 'legal_ground']).where('entity_type', '=', 'appeal').where('entity_id', '=', String(appealId)).where('action', 'like', 'statement.%').orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(row.isAuthor === undefined ? ['statement.registered'] : ['statement.registered', 'statement.decided']);
    expect(events.every((e) => /HMR 6\.|59-ФЗ ст\. 5/.test(e.legal_ground ?? ''))).toBe(true);

    if (row.kind === 'additional-documents' && row.route !== 'forwarded') {
      // SPC-10: the documents are in the case (of the new appeal, too), the responsible executor sees them.
      expect(list[0].enclosures).toEqual([expect.objectContaining({ kind: 'paper', description: 'Справка о составе семьи', pages: 2 })]);
      const attachments = (await (row.route === 'attached' ? exec : reg).request('GET', `/api/appeals/${appealId}/attachments`)).json() as { description: string }[];
      expect(attachments.map((a) => a.description)).toContain('Справка о составе семьи');
    }
    if (row.route === 'attached') expect((await exec.request('GET', '/api/statements/informed')).json().some((x: { id: number }) => x.id === s.id)).toBe(true);
    if (row.route === 'new-appeal') {
      // HMR 6.2 абз. 2: a new appeal for the new arguments, linked to the earlier one, with its own term from its registration.
      const created = await t.database.db.selectFrom('appeals').select(['id', 'number', 'previous_appeal_id', 'multiplicity', 'registration_date', 'consideration_deadline', 'status']).where('id', '=', s.newAppealId).executeTakeFirstOrThrow();
      expect(created).toMatchObject({ previous_appeal_id: appealId, multiplicity: 'repeat', registration_date: TODAY, status: 'registered', number: s.newAppealNumber });
      expect(created.consideration_deadline).toBe(computeDeadline('consideration', TODAY, profile, calendar).date);
      const q = await t.database.db.selectFrom('appeal_questions').select('totk_code').where('appeal_id', '=', created.id).orderBy('position').execute();
      expect(q.map((x) => x.totk_code)).toEqual([TOTK_TRANSPORT, proceduralTotk.additionalDocuments.code]);
      const enclosures = await t.database.db.selectFrom('attachments').select(['description', 'statement_id']).where('appeal_id', '=', created.id).execute();
      expect(enclosures).toEqual([{ description: 'Справка о составе семьи', statement_id: s.id }]);
      expect(list[0].newAppeal).toEqual({ id: created.id, number: created.number });
    }
  });

  it('refuses the executor and the head (403) and bad input (400 in Russian), changing nothing', async () => {
    const appealId = await earlier('in-work');
    expect((await exec.request('POST', `/api/appeals/${appealId}/statements`, statementInput('withdrawal'))).statusCode).toBe(403);
    expect((await head.request('POST', `/api/appeals/${appealId}/statements`, statementInput('withdrawal'))).statusCode).toBe(403);
    const noAddress = await reg.request('POST', `/api/appeals/${appealId}/statements`, { ...statementInput('withdrawal'), postalAddress: '' });
    expect(noAddress.statusCode).toBe(400);
    expect(JSON.stringify(noAddress.json())).toContain('Укажите почтовый адрес или адрес электронной почты заявителя');
    const future = await reg.request('POST', `/api/appeals/${appealId}/statements`, { ...statementInput('withdrawal'), receivedDate: '2026-11-25' });
    expect(future.statusCode).toBe(400);
    expect(await t.database.db.selectFrom('statements').select('id').where('appeal_id', '=', appealId).execute()).toEqual([]);

    const s = (await reg.request('POST', `/api/appeals/${appealId}/statements`, statementInput('withdrawal'))).json();
    expect((await exec.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: true })).statusCode).toBe(403);
    expect((await head.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: true })).statusCode).toBe(403);
    expect((await reg.request('POST', `/api/statements/${s.id}/decision`, {})).statusCode).toBe(400);
    // SPC-8/9 are carried out only through the statement: the special-case dialog refuses them.
    expect((await reg.request('POST', `/api/appeals/${appealId}/disposition`, { code: 'statement-withdrawal' })).statusCode).toBe(409);
    expect((await t.database.db.selectFrom('appeals').select('status').where('id', '=', appealId).executeTakeFirstOrThrow()).status).toBe('in-work');
    // Someone else's appeal is not readable through the statements either.
    const other = await earlier('redirected');
    expect((await exec.request('GET', `/api/appeals/${other}/statements`)).statusCode).toBe(404);
  });

  it('carries out a late comparison with a warning and the late flag', async () => {
    const appealId = await earlier('in-work');
    const s = (await reg.request('POST', `/api/appeals/${appealId}/statements`, statementInput('not-sent'))).json();
    t.clock.set('2026-11-27T06:00:00Z');
    try {
      const res = await (await loginAs(t, 'reg')).request('POST', `/api/statements/${s.id}/decision`, { isAuthor: true });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ late: true, dueDate: '2026-11-25', warnings: ['Срок сопоставления (25.11.2026, HMR 6.3) пропущен.'] });
      // SPC-9: the clause of the withdrawal (6.5), never the forwarding clauses (6.4, 6.6).
      t.clock.set(`${TODAY}T06:00:00Z`);
      const appeal2 = await earlier('in-work');
      const s2 = (await reg.request('POST', `/api/appeals/${appeal2}/statements`, statementInput('withdrawal'))).json();
      t.clock.set('2026-11-27T06:00:00Z');
      const res2 = await (await loginAs(t, 'reg')).request('POST', `/api/statements/${s2.id}/decision`, { isAuthor: false });
      expect(res2.json()).toMatchObject({ late: true, warnings: ['Срок сопоставления (25.11.2026, HMR 6.5) пропущен.'] });
    } finally {
      t.clock.set(`${TODAY}T06:00:00Z`);
    }
  });

  /** An appeal of two authors, in work (the first receives the answer): one citizen's statement must not decide for the other. */
  const coAuthored = async () => {
    registered += 1;
    const base = buildAppealInput().authors[0]!;
    const input = buildAppealInput({
      collective: true,
      authors: [
        { ...base, surname: `Кузнецов-${registered}`, firstName: 'Алексей', patronymic: 'Викторович', receivesAnswer: true },
        { ...base, surname: `Смирнова-${registered}`, firstName: 'Ольга', patronymic: 'Ивановна', gender: 'f', postalAddress: '628012, г. Ханты-Мансийск, ул. Мира, д. 1, кв. 2', receivesAnswer: false },
      ],
    });
    const id = (await reg.request('POST', '/api/appeals', input)).json().id as number;
    expect((await reg.request('POST', `/api/appeals/${id}/hand-over`, { toUserId: users.head!.id })).statusCode).toBe(200);
    expect((await head.request('POST', `/api/appeals/${id}/resolution`, { parts: [{ instruction: 'Рассмотреть', executors: [{ userId: users.exec!.id }] }] })).statusCode).toBe(200);
    const authors = (await reg.request('GET', `/api/appeals/${id}`)).json().authors as { id: number; receivesAnswer: boolean }[];
    return { id, first: authors[0]!.id, second: authors[1]!.id };
  };
  const recipientsOf = async (appealId: number) =>
    (await t.database.db.selectFrom('appeal_authors').select(['author_id', 'receives_answer']).where('appeal_id', '=', appealId).orderBy('position').execute()).map((a) => [a.author_id, a.receives_answer]);

  it('SPC-8 with a co-author: the appeal is not anonymous — the author in whose name it came no longer receives the answer, it goes on for the other', async () => {
    const a = await coAuthored();
    const s = (await reg.request('POST', `/api/appeals/${a.id}/statements`, statementInput('not-sent'))).json();
    // Two authors: the registrar says in whose name the appeal came; a state body is not chosen — it is not anonymous.
    const unnamed = await reg.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: false });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.message).toContain('несколько авторов');
    expect((await reg.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: false, authorId: a.first, bodyId })).statusCode).toBe(400);
    const res = await reg.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: false, authorId: a.first });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'co-author-not-sent', status: 'in-work', sstuStatus: null, totkCode: null, authorId: a.first, answerRecipients: [a.second] });
    expect([...res.json().informedUserIds].sort()).toEqual([users.exec!.id, users.head!.id].sort());
    // He no longer receives the answer; the other author does (she was not marked: the «first author» fallback must not pick him).
    expect(await recipientsOf(a.id)).toEqual([[a.first, false], [a.second, true]]);
    const appeal = await t.database.db.selectFrom('appeals').select(['status', 'removed_from_control_at']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(appeal).toEqual({ status: 'in-work', removed_from_control_at: null });
    expect((await t.database.db.selectFrom('assignments').select('status').where('appeal_id', '=', a.id).execute()).map((x) => x.status)).toEqual(['open']);
    expect(await t.database.db.selectFrom('special_case_dispositions').select('id').where('appeal_id', '=', a.id).execute()).toEqual([]);
    const notice = docxText((await reg.request('GET', `/api/outgoing-documents/${res.json().documents[0].id}/file`)).rawPayload);
    expect(notice).toContain('ответ на обращение Вам направляться не будет');
    expect(notice).toContain('с направлением ответа другим его авторам');
    expect(notice).not.toContain('признано анонимным');
    const list = (await reg.request('GET', `/api/appeals/${a.id}/statements`)).json();
    expect(list[0]).toMatchObject({ outcome: 'co-author-not-sent', author: { id: a.first, name: expect.stringContaining('Кузнецов-') } });
  });

  it('SPC-9 by a co-author: consideration does not stop for the other author', async () => {
    const a = await coAuthored();
    const s = (await reg.request('POST', `/api/appeals/${a.id}/statements`, statementInput('withdrawal'))).json();
    const res = await reg.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: true, authorId: a.second });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'co-author-withdrew', status: 'in-work', sstuStatus: null, answerRecipients: [a.first] });
    expect(await recipientsOf(a.id)).toEqual([[a.first, true], [a.second, false]]);
    expect((await t.database.db.selectFrom('assignments').select('status').where('appeal_id', '=', a.id).execute()).map((x) => x.status)).toEqual(['open']);
    const notice = docxText((await reg.request('GET', `/api/outgoing-documents/${res.json().documents[0].id}/file`)).rawPayload);
    expect(notice).toContain('рассмотрение обращения в отношении Вас прекращено');
  });

  it('SPC-8, the only author did not send it and it reports an unlawful act: anonymous and sent to the state body within 3 working days (59-ФЗ ст. 11 ч. 1; HMR 7.1)', async () => {
    const appealId = await earlier('in-work');
    const s = (await reg.request('POST', `/api/appeals/${appealId}/statements`, statementInput('not-sent'))).json();
    const res = await reg.request('POST', `/api/statements/${s.id}/decision`, { isAuthor: false, bodyId });
    expect(res.statusCode, res.body).toBe(200);
    const [profile, calendar] = [t.deps.profile(), await t.deps.calendar.get()];
    // The term runs from the decision that made it anonymous: not «late» for an appeal registered long before.
    const due = computeDeadline('anonymous-unlawful-act', TODAY, profile, calendar).date;
    expect(res.json()).toMatchObject({ outcome: 'anonymous-forwarded', status: 'redirected', sstuStatus: 'Transferred', totkCode: proceduralTotk.anonymous.code, warnings: [] });
    const cover = (await reg.request('GET', `/api/appeals/${appealId}/documents`)).json().find((d: Doc) => d.kind === 'anonymous-forwarding-letter') as Doc;
    expect(cover).toMatchObject({ route: 'post', recipientAddress: BODY.address, dueDate: due, status: 'queued' });
    const letter = docxText((await reg.request('GET', `/api/outgoing-documents/${cover.id}/file`)).rawPayload);
    expect(letter).toContain('признано анонимным по итогам сопоставления');
    const notice = docxText((await reg.request('GET', `/api/outgoing-documents/${res.json().documents[0].id}/file`)).rawPayload);
    expect(notice).toContain('направлено в государственный орган в соответствии с его компетенцией');
    const disposition = await t.database.db.selectFrom('special_case_dispositions').select(['code', 'body_id', 'late', 'due_date']).where('appeal_id', '=', appealId).executeTakeFirstOrThrow();
    expect(disposition).toEqual({ code: 'anonymous-unlawful-act', body_id: bodyId, late: false, due_date: due });
    expect((await reg.request('GET', `/api/appeals/${appealId}/statements`)).json()[0]).toMatchObject({ outcome: 'anonymous-forwarded', bodies: [BODY.name] });
  });

  it('decides the route again under the lock: a statement read as «attached» follows the appeal redirected meanwhile', async () => {
    const appealId = await earlier('redirected');
    const ctx = {
      db: t.database.db, clock: t.clock, requestId: 'test', config: t.deps.config,
      actor: { userId: users.reg!.id, officialId: users.reg!.officialId, login: 'reg', name: 'reg', roles: ['registrar' as const], ownRoles: ['registrar' as const], supervisedUnitIds: [], actingFor: null, mustChangePassword: false, sessionId: 's', csrfToken: 'c' },
    };
    const input = registerStatementBody.parse({ ...statementInput('additional-documents') });
    const deps = { profile: t.deps.profile(), calendar: await t.deps.calendar.get(), timeZone: t.deps.timeZone(), delivery: t.deps };
    // The unlocked read (before the redirect) said «attached»; under the lock the appeal is redirected.
    const r = await t.database.db.transaction().execute((trx) => recordStatement(trx, ctx, { appealId, input, expected: 'attached', today: TODAY, deps }));
    expect(r.route).toBe('forwarded');
    expect(r.documents.map((d) => d.kind)).toEqual(['statement-forwarding-letter', 'statement-forwarding-notice']);
    // A route that needs another transaction (a new appeal) is not adopted silently.
    const answered = await earlier('answered');
    await expect(t.database.db.transaction().execute((trx) => recordStatement(trx, ctx, { appealId: answered, input, expected: 'attached', today: TODAY, deps }))).rejects.toBeInstanceOf(StatementRouteChanged);
    expect(await t.database.db.selectFrom('statements').select('id').where('appeal_id', '=', answered).execute()).toEqual([]);
  });

  it('registers a statement with its files in one request; a refused one leaves no file in the case', async () => {
    const appealId = await earlier('in-work');
    const countFiles = async () => (await t.database.db.selectFrom('attachments').select('id').where('appeal_id', '=', appealId).execute()).length;
    const before = await countFiles();
    const pdf = minimalPdf('Заявление');
    // A refusal (a date in the future): nothing of the statement stays, neither the statement nor its scan.
    const bad = multipartBody([{ name: 'statement', value: JSON.stringify({ ...statementInput('not-sent'), receivedDate: '2026-11-25' }) }, { name: 'files', fileName: 'заявление.pdf', content: pdf, contentType: 'application/pdf' }]);
    const refused = await reg.request('POST', `/api/appeals/${appealId}/statements/files`, bad.payload, bad.headers);
    expect(refused.statusCode).toBe(400);
    expect(await countFiles()).toBe(before);
    const wrong = multipartBody([{ name: 'statement', value: JSON.stringify({ ...statementInput('not-sent'), surname: '' }) }, { name: 'files', fileName: 'заявление.pdf', content: pdf, contentType: 'application/pdf' }]);
    const invalid = await reg.request('POST', `/api/appeals/${appealId}/statements/files`, wrong.payload, wrong.headers);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields).toMatchObject({ surname: 'Укажите фамилию заявителя.' });
    expect(await countFiles()).toBe(before);
    // SPC-8 with the scan of the statement: allowed for every kind.
    const good = multipartBody([{ name: 'statement', value: JSON.stringify(statementInput('not-sent')) }, { name: 'files', fileName: 'заявление.pdf', content: pdf, contentType: 'application/pdf' }]);
    const ok = await reg.request('POST', `/api/appeals/${appealId}/statements/files`, good.payload, good.headers);
    expect(ok.statusCode, ok.body).toBe(200);
    const files = await t.database.db.selectFrom('attachments').select(['file_name', 'statement_id', 'kind']).where('appeal_id', '=', appealId).where('statement_id', 'is not', null).execute();
    expect(files).toEqual([{ file_name: 'заявление.pdf', statement_id: ok.json().id, kind: 'file' }]);
    expect((await reg.request('POST', `/api/appeals/${appealId}/statements`, { ...statementInput('withdrawal'), paperDocuments: paper })).statusCode).toBe(200);
  });
});
