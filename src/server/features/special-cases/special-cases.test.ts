import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_TRANSPORT } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';
import type { RuleId } from '../../../domain/deadlines/rules';
import totk from '../../../domain/classifier/totk.json';
import type { TotkKind } from '../../platform/db/schema';
import { proceduralTotk, type DispositionCode } from '../../../domain/special-cases/dispositions';
import { formatDateRu } from '../../../domain/time/local-date';
import { docxText } from '../../platform/documents/docx-text';

type Doc = { id: number; kind: string; route: string; status: string; dueDate: string | null; recipientAddress: string; outgoingNumber: string | null };
type Author = ReturnType<typeof buildAppealInput>['authors'][number];

const LAW = 'Федерального закона от 02.05.2006 № 59-ФЗ';
const base = buildAppealInput().authors[0]!;
const anonymousAuthor: Author = { ...base, surname: '', firstName: '', patronymic: '', postalAddress: '', phone: '' };
const emailAuthor: Author = { ...base, surname: 'Сидорова', firstName: 'Елена', patronymic: 'Викторовна', gender: 'f', email: 'sidorova@example.ru' };

/** One row per case: the appeal, who disposes of it, and what must follow (issue 6 «Done when»). */
type Row = {
  code: DispositionCode;
  by: 'reg' | 'head' | 'deputy';
  appeal: Parameters<typeof buildAppealInput>[0];
  comment?: string;
  forward?: boolean;
  /** SPC-7 (HMR 7.6 абз. 2): the letter is passed to the official «Кузнецов» for information. */
  official?: boolean;
  rule: RuleId | null;
  docs: { kind: string; route: string; address: string }[];
  text: string[];
  sstu: string;
  result: string;
  totk: string | null;
  status: string;
};

const rows: Row[] = [
  { code: 'anonymous', by: 'reg', appeal: { authors: [anonymousAuthor] }, rule: null, docs: [], text: [], sstu: 'LeftWithoutAnswer', result: 'left-without-answer', totk: proceduralTotk.anonymous.code, status: 'closed' },
  {
    code: 'anonymous-unlawful-act', by: 'reg', appeal: { authors: [anonymousAuthor] }, forward: true, comment: 'Сообщается о незаконной рубке леса в урочище Сосновый бор.', rule: 'anonymous-unlawful-act',
    docs: [{ kind: 'anonymous-forwarding-letter', route: 'post', address: 'ул. Мира, д. 1, г. Ханты-Мансийск' }],
    text: ['Прокуратура Ханты-Мансийского района\nул. Мира, д. 1, г. Ханты-Мансийск', 'частью 1 статьи 11', 'о подготавливаемом, совершаемом или совершенном противоправном деянии', 'незаконной рубке леса', 'Приложение: копия обращения.'],
    sstu: 'Transferred', result: 'redirected', totk: proceduralTotk.anonymous.code, status: 'redirected',
  },
  {
    code: 'court-decision', by: 'reg', appeal: { form: 'electronic', channel: 'internet-reception', receivedAt: '2026-11-20T04:00:00Z', authors: [emailAuthor] }, comment: 'Обжалуется решение Ханты-Мансийского районного суда от 01.10.2026.', rule: 'special-case-notice',
    docs: [{ kind: 'court-decision-return', route: 'email', address: 'sidorova@example.ru' }],
    text: ['Уважаемая Елена Викторовна!', `частью 2 статьи 11 ${LAW}`, 'Ваше обращение возвращается Вам', 'апелляционной, кассационной или надзорной жалобы', 'районного суда от 01.10.2026'],
    sstu: 'Answered', result: 'answered-to-author', totk: null, status: 'closed',
  },
  {
    code: 'abuse-of-right', by: 'deputy', appeal: {}, rule: 'consideration', docs: [{ kind: 'abuse-of-right-notice', route: 'post', address: base.postalAddress }],
    text: ['Уважаемый Иван Петрович!', `частью 3 статьи 11 ${LAW}`, 'о недопустимости злоупотребления правом'],
    sstu: 'Answered', result: 'answered-to-author', totk: proceduralTotk.incorrect.code, status: 'closed',
  },
  {
    code: 'unreadable', by: 'reg', appeal: {}, rule: 'special-case-notice', docs: [{ kind: 'unreadable-notice', route: 'post', address: base.postalAddress }],
    text: [`частью 4 статьи 11 ${LAW}`, 'не поддаётся прочтению', 'не подлежит направлению на рассмотрение'],
    sstu: 'Answered', result: 'answered-to-author', totk: proceduralTotk.unreadable.code, status: 'closed',
  },
  // 59-ФЗ ст. 11 ч. 4: the surname and address cannot be read either — no notice, «оставлено без ответа».
  { code: 'unreadable', by: 'reg', appeal: { authors: [anonymousAuthor] }, rule: 'special-case-notice', docs: [], text: [], sstu: 'LeftWithoutAnswer', result: 'left-without-answer', totk: proceduralTotk.unreadable.code, status: 'closed' },
  {
    code: 'substance-undetermined', by: 'head', appeal: {}, rule: 'special-case-notice', docs: [{ kind: 'substance-undetermined-notice', route: 'post', address: base.postalAddress }],
    text: [`частью 4.1 статьи 11 ${LAW}`, 'не позволяет определить суть предложения, заявления или жалобы'],
    sstu: 'Answered', result: 'answered-to-author', totk: proceduralTotk.notAnAppeal.code, status: 'closed',
  },
  {
    code: 'state-secret', by: 'head', appeal: {}, rule: 'special-case-notice', docs: [{ kind: 'state-secret-notice', route: 'post', address: base.postalAddress }],
    text: [`частью 6 статьи 11 ${LAW}`, 'государственную или иную охраняемую федеральным законом тайну', 'в связи с недопустимостью разглашения указанных сведений'],
    sstu: 'Answered', result: 'answered-to-author', totk: null, status: 'closed',
  },
  {
    code: 'not-an-appeal', by: 'reg', appeal: {}, rule: 'not-an-appeal-notice', docs: [{ kind: 'not-an-appeal-notice', route: 'post', address: base.postalAddress }],
    text: ['не является обращением в смысле статьи 4', 'статьёй 7 указанного Федерального закона', 'почтовый адрес, по которому должен быть направлен ответ', 'с идентификацией и (или) аутентификацией гражданина', 'личного кабинета на Едином портале государственных и муниципальных услуг (функций)'],
    sstu: 'Answered', result: 'answered-to-author', totk: proceduralTotk.notAnAppeal.code, status: 'closed',
  },
  {
    code: 'courtesy-letter', by: 'reg', appeal: {}, official: true, comment: 'Приглашение на торжественное открытие спортивного комплекса.', rule: 'special-case-notice', docs: [{ kind: 'courtesy-letter-notice', route: 'post', address: base.postalAddress }],
    text: ['Уважаемый Иван Петрович!', 'содержащее приглашение (поздравление, соболезнование, оценку деятельности), передано для ознакомления должностному лицу в соответствии с компетенцией: Кузнецов Иван Петрович, глава Ханты-Мансийского района.', 'не является обращением в смысле статьи 4', 'спортивного комплекса'],
    sstu: 'Answered', result: 'answered-to-author', totk: null, status: 'closed',
  },
  // HMR 7.6 абз. 2: without the author's address the letter is still passed on; nothing is sent — «оставлено без ответа».
  { code: 'courtesy-letter', by: 'head', appeal: { authors: [anonymousAuthor] }, official: true, rule: 'special-case-notice', docs: [], text: [], sstu: 'LeftWithoutAnswer', result: 'left-without-answer', totk: null, status: 'closed' },
  {
    code: 'representative-unconfirmed', by: 'reg',
    appeal: { type: 'complaint', authorityDocument: null, authors: [{ ...base, receivesAnswer: true }, { ...base, surname: 'Петров', firstName: 'Пётр', patronymic: 'Петрович', role: 'representative', receivesAnswer: false, postalAddress: '628011, г. Ханты-Мансийск, ул. Мира, д. 5' }] },
    rule: 'consideration', docs: [{ kind: 'representative-authority-notice', route: 'post', address: base.postalAddress }],
    text: ['подана представителем, полномочия которого не подтверждены', 'доверенностью'],
    sstu: 'Answered', result: 'answered-to-author', totk: null, status: 'closed',
  },
];

describe.each(testDatabaseKinds)('special-case dispositions (issue 6, 59-ФЗ ст. 11) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, deputy: Session, exec: Session, official: Session;
  const users: Record<string, { id: number; officialId: number }> = {};
  let bodyId: number;

  let registered = 0;
  const register = async (overrides: Parameters<typeof buildAppealInput>[0]) => {
    // A different author each time: the same author's appeal on the same day would be a duplicate (HMR 3.10).
    registered += 1;
    const input = buildAppealInput({ questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }], ...overrides });
    input.authors = input.authors.map((a) => (a.surname ? { ...a, surname: `${a.surname}-${registered}` } : a));
    const res = await reg.request('POST', '/api/appeals', input);
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().id as number;
    const row = await t.database.db.selectFrom('appeals').select(['number', 'registration_date']).where('id', '=', id).executeTakeFirstOrThrow();
    return { id, number: row.number, registrationDate: row.registration_date };
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    const db = t.database.db;
    await ensureTestTotk(db);
    // The procedural questions of the ТОТК with their parents, from the shipped classifier.
    const shipped = totk as { code: string; name: string; level: number; kind: TotkKind; parent: string | null }[];
    const wanted = new Set<string>();
    for (const q of Object.values(proceduralTotk)) for (let c: string | null = q.code; c; c = shipped.find((x) => x.code === c)?.parent ?? null) wanted.add(c);
    const entries = shipped.filter((x) => wanted.has(x.code)).sort((a, b) => a.level - b.level);
    for (const [i, e] of entries.entries()) {
      await db.insertInto('totk').values({ code: e.code, name: e.name, level: e.level, kind: e.kind, parent: e.parent, position: 1000 + i, search: sql<string>`to_tsvector('ru', ${e.name})` }).onConflict((oc) => oc.column('code').doNothing()).execute();
    }
    bodyId = (await db.insertInto('external_bodies').values({ name: 'Прокуратура Ханты-Мансийского района', kind: 'prosecutor', postal_address: 'ул. Мира, д. 1, г. Ханты-Мансийск' }).returning('id').executeTakeFirstOrThrow()).id;
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['deputy', ['deputy']], ['exec', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles], surname: `Сотрудник-${login}` });
    // SPC-7 (HMR 7.6 абз. 2): the official a courtesy letter is passed to — an executor, who does not read the registry.
    users.official = await buildUser(t, { login: 'official', roles: ['executor'], surname: 'Кузнецов' });
    const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
    const position = await db.insertInto('positions').values({ organisation_id: org.id, name: 'Глава Ханты-Мансийского района' }).returning('id').executeTakeFirstOrThrow();
    await db.updateTable('officials').set({ first_name: 'Иван', patronymic: 'Петрович', position_id: position.id }).where('id', '=', users.official.officialId).execute();
    [reg, head, deputy, exec, official] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'deputy'), loginAs(t, 'exec'), loginAs(t, 'official')]);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(rows.map((r, i) => [`${r.code} #${i}`, r] as const))('%s: notice, term from the engine, ССТУ status, ТОТК question, appeal state', async (_name, row) => {
    const appeal = await register(row.appeal);
    // ROU-1: a deputy decides on what was handed over to him.
    if (row.by === 'deputy') expect((await reg.request('POST', `/api/appeals/${appeal.id}/hand-over`, { toUserId: users.deputy!.id })).statusCode).toBe(200);
    const session = { reg, head, deputy }[row.by];
    const res = await session.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: row.code, comment: row.comment ?? '', ...(row.forward ? { bodyId } : {}), ...(row.official ? { officialUserId: users.official!.id } : {}) });
    expect(res.statusCode, res.body).toBe(200);
    const due = row.rule ? computeDeadline(row.rule, appeal.registrationDate, t.deps.profile(), await t.deps.calendar.get()) : null;
    const body = res.json();
    expect(body).toMatchObject({ code: row.code, status: row.status, sstuStatus: row.sstu, totkCode: row.totk, dueDate: due?.date ?? null, late: false, warnings: [] });

    // The letters: registered with one outgoing number, by route, due on the engine's date, with the text of the template.
    const docs = ((await reg.request('GET', `/api/appeals/${appeal.id}/documents`)).json() as Doc[]).filter((d) => d.kind === row.docs[0]?.kind);
    expect(docs.map((d) => ({ kind: d.kind, route: d.route, address: d.recipientAddress }))).toEqual(row.docs);
    for (const d of docs) {
      expect(d).toMatchObject({ dueDate: due!.date, outgoingNumber: body.outgoingNumber, status: 'queued' });
      const text = docxText((await reg.request('GET', `/api/outgoing-documents/${d.id}/file`)).rawPayload);
      expect(text).toContain(`зарегистрированн`);
      expect(text).toContain(`№ ${appeal.number}`);
      for (const fragment of row.text) expect(text).toContain(fragment);
    }
    if (row.docs.length === 0) expect(body.outgoingNumber).toBeNull();

    // CTL-3: every question's result by the ССТУ status; the procedural ТОТК question added.
    const questions = await t.database.db.selectFrom('appeal_questions').select(['totk_code', 'result']).where('appeal_id', '=', appeal.id).orderBy('position').execute();
    expect(questions).toEqual([{ totk_code: TOTK_TRANSPORT, result: row.result }, ...(row.totk ? [{ totk_code: row.totk, result: row.result }] : [])]);
    const state = await t.database.db.selectFrom('appeals').select(['status', 'removed_from_control_at']).where('id', '=', appeal.id).executeTakeFirstOrThrow();
    expect(state.status).toBe(row.status);
    expect(state.removed_from_control_at !== null).toBe(row.status === 'closed');

    // The case page's list and the event with the legal ground.
    const list = (await reg.request('GET', `/api/appeals/${appeal.id}/dispositions`)).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ code: row.code, sstuStatus: row.sstu, totkCode: row.totk, dueDate: due?.date ?? null, late: false, documentIds: docs.map((d) => d.id), by: expect.stringContaining(`Сотрудник-${row.by}`) });
    const event = await t.database.db.selectFrom('events').select(['legal_ground', 'after']).where('entity_type', '=', 'appeal').where('entity_id', '=', String(appeal.id)).where('action', '=', 'appeal.special-case').executeTakeFirstOrThrow();
    expect(event.legal_ground).toBe(list[0].legalGround);
    expect(event.after).toMatchObject({ code: row.code, sstuStatus: row.sstu, status: row.status });
    // SPC-7: the official the letter was passed to — on the row, in the event, in his «Мои поручения», and he may open the case.
    const informed = (await t.database.db.selectFrom('special_case_dispositions').select('informed_user_id').where('appeal_id', '=', appeal.id).executeTakeFirstOrThrow()).informed_user_id;
    expect(informed).toBe(row.official ? users.official!.id : null);
    if (row.official) {
      expect(list[0]).toMatchObject({ informedUserId: users.official!.id, informedName: 'Кузнецов Иван Петрович' });
      expect(event.after).toMatchObject({ informedUserId: users.official!.id, informedOfficial: 'Кузнецов Иван Петрович, глава Ханты-Мансийского района' });
      expect(((await official.request('GET', '/api/special-cases/informed')).json() as { appealId: number }[]).map((x) => x.appealId)).toContain(appeal.id);
      expect((await official.request('GET', `/api/appeals/${appeal.id}`)).statusCode).toBe(200);
      // A co-executor's narrow view: not the case's outgoing documents or history.
      expect((await official.request('GET', `/api/appeals/${appeal.id}/documents`)).statusCode).toBe(403);
    }

    // SPC-1 forwarding: the head removes it from control as any redirected appeal (CTL-2).
    if (row.status === 'redirected') expect((await head.request('POST', `/api/appeals/${appeal.id}/control`, { decision: 'remove' })).json()).toEqual({ status: 'closed' });
    // Disposed of once: a second disposition is refused by the lifecycle.
    const again = await head.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'state-secret' });
    expect(again.statusCode).toBe(409);
  });

  it('offers each user only the cases his procedure gives him, with the term from the engine', async () => {
    const appeal = await register({});
    const codes = async (s: Session) => ((await s.request('GET', `/api/special-cases/catalogue?appealId=${appeal.id}`)).json() as { code: string }[]).map((c) => c.code);
    expect(await codes(reg)).toEqual(['anonymous', 'anonymous-unlawful-act', 'court-decision', 'abuse-of-right', 'unreadable', 'substance-undetermined', 'not-an-appeal', 'courtesy-letter', 'representative-unconfirmed', 'published-answer-link']);
    expect(await codes(deputy)).toEqual(['court-decision', 'abuse-of-right', 'state-secret', 'representative-unconfirmed', 'correspondence-terminated', 'correspondence-terminated-notice']);
    // Not handed over to the deputy: each case says so (the server refuses with the same words).
    const forDeputy = (await deputy.request('GET', `/api/special-cases/catalogue?appealId=${appeal.id}`)).json() as { obstacle: string | null }[];
    expect(forDeputy.every((c) => c.obstacle === `Обращение № ${appeal.number} Вам на резолюцию не передавалось: решение принимает руководитель либо заместитель, которому оно передано.`)).toBe(true);
    const list = (await reg.request('GET', `/api/special-cases/catalogue?appealId=${appeal.id}`)).json();
    const court = list.find((c: { code: string }) => c.code === 'court-decision');
    const due = computeDeadline('special-case-notice', appeal.registrationDate, t.deps.profile(), await t.deps.calendar.get());
    expect(court).toMatchObject({ spc: 'SPC-2', sstuStatus: 'Answered', obstacle: null, deadline: { ruleId: 'special-case-notice', date: due.date, late: false }, notice: { kind: 'court-decision-return' } });
    expect(court.deadline.steps.length).toBeGreaterThan(0);
    // SPC-7 (HMR 7.6 абз. 2): a courtesy letter is passed to an official for information, the author told within 7 days.
    expect(list.find((c: { code: string }) => c.code === 'courtesy-letter')).toMatchObject({ spc: 'SPC-7', sstuStatus: 'Answered', needsOfficial: true, obstacle: null, totk: null, deadline: { ruleId: 'special-case-notice', date: due.date }, notice: { kind: 'courtesy-letter-notice', when: 'if-address' } });
    // The appeal names its author and address: «anonymous» does not fit, and says why.
    expect(list.find((c: { code: string }) => c.code === 'anonymous').obstacle).toContain('не является анонимным');
  });

  it('refuses a case to those the procedure does not name, and one that does not fit, changing nothing', async () => {
    const appeal = await register({});
    // An executor has no special cases at all (403 by the policy).
    expect((await exec.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'unreadable' })).statusCode).toBe(403);
    // A deputy cannot choose the registrar's case, the registrar cannot choose the head's.
    const byDeputy = await deputy.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'unreadable' });
    expect(byDeputy.statusCode).toBe(403);
    expect(byDeputy.json().error.message).toContain('HMR 7.5');
    expect((await reg.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'state-secret' })).statusCode).toBe(403);
    // ROU-1, ROU-6: a deputy disposes only of an appeal handed over to him (the head — of any).
    const handedToHead = await register({});
    expect((await reg.request('POST', `/api/appeals/${handedToHead.id}/hand-over`, { toUserId: users.head!.id })).statusCode).toBe(200);
    const notHis = await deputy.request('POST', `/api/appeals/${handedToHead.id}/disposition`, { code: 'abuse-of-right' });
    expect(notHis.statusCode).toBe(403);
    expect(notHis.json().error.message).toContain('передано на резолюцию другому должностному лицу');
    expect(await t.database.db.selectFrom('special_case_dispositions').select('id').where('appeal_id', '=', handedToHead.id).execute()).toEqual([]);
    // Not anonymous; not a representative's complaint; forwarding without a body.
    expect((await reg.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'anonymous' })).statusCode).toBe(409);
    expect((await reg.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'representative-unconfirmed' })).json().error.message).toContain('только к жалобе');
    const anonymous = await register({ authors: [anonymousAuthor] });
    expect((await reg.request('POST', `/api/appeals/${anonymous.id}/disposition`, { code: 'anonymous-unlawful-act' })).statusCode).toBe(400);
    // SPC-7: a courtesy letter without the official it is passed to, or with one who cannot be (no such active user).
    const noOfficial = await reg.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'courtesy-letter' });
    expect(noOfficial.statusCode).toBe(400);
    expect(noOfficial.json().error.fields).toEqual({ officialUserId: 'Выберите должностное лицо.' });
    const unknownOfficial = await reg.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'courtesy-letter', officialUserId: 999999 });
    expect(unknownOfficial.statusCode).toBe(400);
    expect(unknownOfficial.json().error.fields.officialUserId).toContain('не найдено');
    // Nobody was informed of what was refused: the official cannot open the appeal.
    expect((await official.request('GET', `/api/appeals/${appeal.id}`)).statusCode).toBe(404);
    // A notice that must go out cannot go to an anonymous author.
    expect((await reg.request('POST', `/api/appeals/${anonymous.id}/disposition`, { code: 'court-decision' })).json().error.message).toContain('является анонимным');
    for (const id of [appeal.id, anonymous.id]) {
      expect(await t.database.db.selectFrom('special_case_dispositions').select('id').where('appeal_id', '=', id).execute()).toEqual([]);
      expect((await t.database.db.selectFrom('appeals').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('registered');
    }
  });

  it('carries out a late disposition with a warning and the late flag', async () => {
    const appeal = await register({});
    const due = computeDeadline('special-case-notice', appeal.registrationDate, t.deps.profile(), await t.deps.calendar.get());
    t.clock.set('2026-12-10T06:00:00Z');
    try {
      const res = await (await loginAs(t, 'reg')).request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'court-decision' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ late: true, dueDate: due.date, outgoingDate: '2026-12-10' });
      expect(res.json().warnings).toEqual([`Срок (${formatDateRu(due.date)}, 59-ФЗ ст. 11 ч. 2; HMR 7.3, KCSON 3.1, DUKI 5.12) пропущен.`]);
      expect((await t.database.db.selectFrom('special_case_dispositions').select('late').where('appeal_id', '=', appeal.id).executeTakeFirstOrThrow()).late).toBe(true);
    } finally {
      t.clock.set('2026-11-20T06:00:00Z');
    }
  });
});
