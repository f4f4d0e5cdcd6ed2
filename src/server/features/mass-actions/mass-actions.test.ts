import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../testing/factories';
import { docxText } from '../../platform/documents/docx-text';
import { computeDeadline } from '../../../domain/deadlines';
import { massActionJob, runMassAction, type RunDeps } from './run-mass-action';
import { resumeMassActions } from './resume-mass-actions';

const surnames = ['Иванов', 'Петров', 'Сидоров', 'Смирнов', 'Кузнецов', 'Попов', 'Волков', 'Орлов'];
const names = ['Иван', 'Пётр', 'Сергей', 'Андрей', 'Олег'];

type Progress = { status: string; total: number; done: number; failed: number; pending: number; notices: number; redirectDue: string; redirectLate: boolean; letters: { id: number; coverLetterId: number; outgoingNumber: string; appeals: number; leadAppealId: number }[]; errors: { appealId: number; number: string; error: string }[] };

describe.each(testDatabaseKinds)('mass action (REG-12, HMR 7.14) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, exec: Session;
  let bodyId: number;
  let runDeps: RunDeps;
  let seq = 0;
  /** What the run wrote to the application's log. */
  const logged: { obj: Record<string, unknown>; msg: string }[] = [];

  /** The registration number of an appeal, as the failure list names it. */
  const numberOf = async (id: number) => (await t.database.db.selectFrom('appeals').select('number').where('id', '=', id).executeTakeFirstOrThrow()).number;

  /** `n` appeals of distinct authors registered today on the question; some electronic with an e-mail. */
  async function register(n: number, questions = [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }], receivedAt = '2026-11-19T06:00:00Z'): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < n; i++, seq++) {
      const electronic = seq % 5 === 0;
      const author = { ...buildAppealInput().authors[0]!, surname: surnames[seq % surnames.length]!, firstName: names[Math.floor(seq / surnames.length) % names.length]!, patronymic: `Иванович`, postalAddress: `628002, г. Ханты-Мансийск, ул. Мира, д. ${seq + 1}`, email: electronic ? `author${seq}@example.ru` : '' };
      const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt, authors: [author], questions, ...(electronic ? { form: 'electronic', channel: 'email' } : {}) }));
      expect(res.statusCode, res.body).toBe(200);
      ids.push(res.json().id);
    }
    return ids;
  }

  const progress = async (id: number) => (await reg.request('GET', `/api/mass-actions/${id}`)).json() as Progress;
  const selectionIds = async (date: string) => ((await reg.request('GET', `/api/mass-actions/selection?date=${date}&totkCode=${TOTK_TRANSPORT}`)).json().appeals as { id: number }[]).map((a) => a.id);
  const launch = (date: string, appealIds: number[], body = bodyId) => reg.request('POST', '/api/mass-actions', { registrationDate: date, totkCode: TOTK_TRANSPORT, bodyId: body, appealIds });
  /** The tests work on one day each: the clock moves there, and the session (idle for days) is opened again. */
  async function onDay(iso: string, work: () => Promise<void>) {
    t.clock.set(iso);
    reg = await loginAs(t, 'reg');
    try {
      await work();
    } finally {
      t.clock.set('2026-11-20T06:00:00Z');
      reg = await loginAs(t, 'reg');
    }
  }
  const redirectedEvents = async (appealIds: number[]) => t.database.db.selectFrom('events').select(['entity_id', 'after']).where('action', '=', 'appeal.redirected').where('entity_id', 'in', appealIds.map(String)).execute();
  const notices = async (appealIds: number[]) => t.database.db.selectFrom('outgoing_documents').select(['appeal_id', 'route']).where('kind', '=', 'redirect-notice').where('appeal_id', 'in', appealIds).execute();

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'], surname: 'Регистраторова' });
    await buildUser(t, { login: 'exec', roles: ['executor'] });
    [reg, exec] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'exec')]);
    bodyId = (await t.database.db.insertInto('external_bodies').values({ name: 'Департамент дорожного хозяйства и транспорта Ханты-Мансийского автономного округа — Югры', kind: 'regional', postal_address: 'ул. Мира, д. 14а, г. Ханты-Мансийск, 628011' }).returning('id').executeTakeFirstOrThrow()).id;
    runDeps = { profile: t.deps.profile, calendar: t.deps.calendar, timeZone: t.deps.timeZone, delivery: t.deps, log: { error: (obj, msg) => logged.push({ obj: obj as Record<string, unknown>, msg }) } };
  });
  afterAll(() => t.close());

  it('refuses an executor everything', async () => {
    for (const [method, url] of [['GET', '/api/mass-actions'], ['GET', '/api/mass-actions/candidates?date=2026-11-20'], ['GET', `/api/mass-actions/selection?date=2026-11-20&totkCode=${TOTK_TRANSPORT}`], ['GET', '/api/mass-actions/1'], ['POST', '/api/mass-actions/1/retry'], ['GET', '/api/mass-actions/1/letters/1/registry']] as const) {
      expect((await exec.request(method, url)).statusCode, url).toBe(403);
    }
    expect((await exec.request('POST', '/api/mass-actions', { registrationDate: '2026-11-20', totkCode: TOTK_TRANSPORT, bodyId, appealIds: [1] })).statusCode).toBe(403);
  });

  it('selects the day’s appeals of one subject, redirects them, notifies every author and makes one registry and one cover letter', async () => {
    const ids = await register(30);
    const [mixed] = await register(1, [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }, { totkCode: TOTK_PENSIONS, annotation: 'Пенсия' }]);
    await register(2, [{ totkCode: TOTK_PENSIONS, annotation: 'Пенсия' }]);
    // Passed on to the head already: not a candidate (only registered appeals go together).
    const [handed] = await register(1);
    await t.database.db.updateTable('appeals').set({ status: 'on-resolution' }).where('id', '=', handed!).execute();
    await t.drainJobs();

    const candidates = (await reg.request('GET', '/api/mass-actions/candidates?date=2026-11-20')).json();
    expect(candidates).toEqual([expect.objectContaining({ totkCode: TOTK_TRANSPORT, count: 31 }), expect.objectContaining({ totkCode: TOTK_PENSIONS, count: 3 })]);
    const sel = (await reg.request('GET', `/api/mass-actions/selection?date=2026-11-20&totkCode=${TOTK_TRANSPORT}`)).json();
    const due = computeDeadline('redirect', '2026-11-20', t.deps.profile(), await t.deps.calendar.get());
    expect(sel).toMatchObject({ count: 31, redirectDue: due.date, redirectOverdue: false });
    expect(sel.appeals[0]).toMatchObject({ id: ids[0], author: 'Иванов Иван Иванович', address: '628002, г. Ханты-Мансийск, ул. Мира, д. 1' });

    const bad = await launch('2026-11-20', [ids[0]!], 999999);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.bodyId).toBe('Орган не найден в справочнике или отключён.');

    // The registrar leaves one appeal out and confirms the rest — by their ids.
    const excluded = ids[29]!;
    const confirmed = (sel.appeals as { id: number }[]).map((a) => a.id).filter((id) => id !== excluded);
    // An appeal of the list gone meanwhile (passed on to the head): the launch is refused, nothing is made.
    const [gone] = await register(1);
    const withGone = [...confirmed, gone!];
    await t.database.db.updateTable('appeals').set({ status: 'on-resolution' }).where('id', '=', gone!).execute();
    const refused = await launch('2026-11-20', withGone);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/^Список обращений изменился: 1 обращение из 31 подтверждённых уже нельзя включить в акцию/);
    expect(await t.database.db.selectFrom('mass_actions').select('id').execute()).toEqual([]);
    // An appeal registered on that day after the registrar reviewed the list is not swept in unseen.
    const [late] = await register(1);
    const created = await launch('2026-11-20', confirmed);
    expect(created.statusCode, created.body).toBe(201);
    const actionId = created.json().id as number;
    expect(created.json()).toEqual({ id: actionId, total: 30, redirectDue: due.date, redirectOverdue: false });
    expect(await progress(actionId)).toMatchObject({ status: 'running', total: 30, done: 0, pending: 30 });
    // The appeals of the action are no longer offered for another one: the excluded and the late one are left.
    expect(await selectionIds('2026-11-20')).toEqual([excluded, late]);

    await t.drainJobs();
    const done = await progress(actionId);
    expect(done).toMatchObject({ status: 'done', total: 30, done: 30, failed: 0, pending: 0, notices: 30, errors: [], redirectDue: due.date, redirectLate: false });
    expect(done.letters).toHaveLength(1);
    const letter = done.letters[0]!;
    expect(letter).toMatchObject({ appeals: 30, leadAppealId: ids[0] });
    expect(letter.outgoingNumber).toMatch(/^Исх-\d+$/);

    const taken = [...ids.slice(0, 29), mixed!];
    const appeals = await t.database.db.selectFrom('appeals').select(['id', 'status']).where('id', 'in', [...taken, excluded, handed!]).execute();
    for (const a of appeals) expect([a.id, a.status]).toEqual([a.id, a.id === excluded ? 'registered' : a.id === handed ? 'on-resolution' : a.id === mixed ? 'registered' : 'redirected']);
    // The appeal with a second question: only the subject's question went; the other stays with us.
    const mixedQuestions = await t.database.db.selectFrom('appeal_questions').select(['totk_code', 'result']).where('appeal_id', '=', mixed!).orderBy('position').execute();
    expect(mixedQuestions).toEqual([{ totk_code: TOTK_TRANSPORT, result: 'redirected' }, { totk_code: TOTK_PENSIONS, result: null }]);
    // Every appeal's case lists the redirect with the one cover letter's number and the engine's term.
    const listed = (await reg.request('GET', `/api/appeals/${ids[5]}/redirects`)).json();
    expect(listed).toEqual([expect.objectContaining({ bodyId, dueDate: due.date, outgoingNumber: letter.outgoingNumber })]);
    const events = await redirectedEvents(taken);
    expect(events).toHaveLength(30);
    expect(events.map((e) => (typeof e.after === 'string' ? JSON.parse(e.after) : e.after).massActionId)).toEqual(Array(30).fill(actionId));
    const sent = await notices(taken);
    expect(sent).toHaveLength(30);
    expect(sent.filter((n) => n.route === 'email')).toHaveLength(7);

    // The notice, the registry and the cover letter as the reader sees them.
    const noticeDoc = await t.database.db.selectFrom('outgoing_documents').select('id').where('kind', '=', 'redirect-notice').where('appeal_id', '=', ids[1]!).executeTakeFirstOrThrow();
    const noticeText = docxText((await reg.request('GET', `/api/outgoing-documents/${noticeDoc.id}/file`)).rawPayload);
    expect(noticeText).toContain('Петрову Ивану Ивановичу');
    expect(noticeText).toContain('Обращение направлено: Департамент дорожного хозяйства и транспорта');
    expect(noticeText).toContain('Проезд льготных категорий граждан (0002.0007.0074.0320)');
    const registry = await reg.request('GET', `/api/mass-actions/${actionId}/letters/${letter.id}/registry`);
    expect(registry.statusCode).toBe(200);
    const registryText = docxText(registry.rawPayload);
    expect(registryText).toContain('РЕЕСТР');
    expect(registryText).toContain('Всего обращений: 30.');
    const first = await t.database.db.selectFrom('appeals').select('number').where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect(registryText).toContain(`№ ${first.number} от 20.11.2026\nИванов Иван Иванович\n628002, г. Ханты-Мансийск, ул. Мира, д. 1`);
    const cover = await t.database.db.selectFrom('outgoing_documents').selectAll().where('id', '=', letter.coverLetterId).executeTakeFirstOrThrow();
    expect(cover).toMatchObject({ kind: 'mass-action-cover-letter', route: 'post', recipient_body_id: bodyId, status: 'queued', appeal_id: ids[0], outgoing_number: letter.outgoingNumber, outgoing_date: '2026-11-20' });
    const coverText = docxText((await reg.request('GET', `/api/outgoing-documents/${cover.id}/file`)).rawPayload);
    expect(coverText).toContain('направляем для рассмотрения по компетенции 30 обращений из числа поступивших в ходе одномоментной акции и зарегистрированных 20.11.2026, по вопросу:');
    expect(coverText).toContain('Информацию о результатах рассмотрения просим направить в наш адрес.');
    // 59-ФЗ ст. 8 ч. 3: the appeals themselves go with the registry.
    expect(coverText).toContain('Приложение: 1. Реестр обращений — в 1 экз. 2. Обращения граждан согласно реестру — 30 обращений.');
    // An organisation is addressed in the nominative (ГОСТ Р 7.0.97-2016).
    expect(coverText).toContain('Департамент дорожного хозяйства и транспорта Ханты-Мансийского автономного округа — Югры\nул. Мира, д. 14а');
    // SEC: the letter is filed under the first appeal, and that appeal's readers may read it — so it
    // holds no author's name or address and no other appeal: those are in the registry only.
    for (const personal of ['Иванов', 'Петров', 'Иван', 'г. Ханты-Мансийск, ул. Мира', `№ ${first.number}`]) expect(coverText).not.toContain(personal);
    const completed = await t.database.db.selectFrom('events').select('after').where('action', '=', 'mass-action.completed').where('entity_id', '=', String(actionId)).execute();
    expect(completed).toHaveLength(1);
  });

  it('resumes after a crash where it stopped and processes every appeal exactly once', async () => {
    await onDay('2026-11-23T06:00:00Z', async () => {
      const ids = await register(25, undefined, '2026-11-22T06:00:00Z');
      await t.drainJobs();
      const actionId = (await launch('2026-11-23', ids)).json().id as number;
      // A worker claims the job, commits one batch of 10 and dies: its job stays «running» under a lease.
      const key = `mass-action-run:${actionId}:1`;
      await t.database.db.updateTable('jobs').set({ status: 'running', attempts: 1, locked_until: new Date('2026-11-23T06:05:00Z') }).where('key', '=', key).execute();
      expect(await runMassAction({ db: t.database.db, clock: t.clock }, runDeps, actionId, { batchSize: 10, maxBatches: 1 })).toEqual({ batches: 1, finished: false });
      expect(await progress(actionId)).toMatchObject({ status: 'running', done: 10, pending: 15 });
      // Nothing runs while the dead worker's lease holds the job…
      expect(await t.drainJobs()).toBe(0);
      // … until the restart puts it back at once.
      expect(await resumeMassActions(t.database.db, t.deps.jobs, massActionJob(runDeps))).toEqual([actionId]);
      await t.drainJobs();
      const done = await progress(actionId);
      expect(done).toMatchObject({ status: 'done', total: 25, done: 25, failed: 0, pending: 0, notices: 25 });
      expect(done.letters.map((l) => l.appeals)).toEqual([25]);
      const events = await redirectedEvents(ids);
      expect(events.map((e) => Number(e.entity_id)).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
      expect((await notices(ids)).map((n) => n.appeal_id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
      const redirects = await t.database.db.selectFrom('redirects').select(['appeal_id', 'cover_letter_id']).where('appeal_id', 'in', ids).execute();
      expect(redirects).toHaveLength(25);
      expect(new Set(redirects.map((r) => r.cover_letter_id))).toEqual(new Set([done.letters[0]!.coverLetterId]));
      // Running it again changes nothing.
      expect(await runMassAction({ db: t.database.db, clock: t.clock }, runDeps, actionId)).toEqual({ batches: 0, finished: false });
      expect(await redirectedEvents(ids)).toHaveLength(25);
    });
  });

  it('lists an appeal that failed without stopping the others, and retries it with a further registry', async () => {
    await onDay('2026-11-24T06:00:00Z', async () => {
      const ids = await register(5, undefined, '2026-11-23T06:00:00Z');
      await t.drainJobs();
      const actionId = (await launch('2026-11-24', ids)).json().id as number;
      // Meanwhile someone answered one of them, and another was handed over to the head (who may have
      // given assignments already): neither is redirected behind their back.
      await t.database.db.updateTable('appeals').set({ status: 'answered' }).where('id', '=', ids[2]!).execute();
      await t.database.db.updateTable('appeals').set({ status: 'on-resolution' }).where('id', '=', ids[3]!).execute();
      expect((await reg.request('POST', `/api/mass-actions/${actionId}/retry`)).statusCode).toBe(409);
      await t.drainJobs();
      const first = await progress(actionId);
      expect(first).toMatchObject({ status: 'done-with-errors', done: 3, failed: 2 });
      expect(first.errors).toEqual([
        { appealId: ids[2], number: await numberOf(ids[2]!), error: expect.stringContaining('Нельзя направить по компетенции: обращение в состоянии «Ответ направлен». При необходимости') },
        { appealId: ids[3], number: await numberOf(ids[3]!), error: expect.stringContaining('после запуска акции оно передано на рассмотрение (состояние «На резолюции»), поэтому в реестр не включено.') },
      ]);
      expect(first.letters.map((l) => l.appeals)).toEqual([3]);
      const handed = await t.database.db.selectFrom('appeals').select('status').where('id', '=', ids[3]!).executeTakeFirstOrThrow();
      expect(handed.status).toBe('on-resolution');
      expect(await redirectedEvents([ids[3]!])).toEqual([]);
      expect(await t.database.db.selectFrom('appeal_questions').select('result').where('appeal_id', '=', ids[3]!).execute()).toEqual([{ result: null }]);

      // The head gives the one back to the registrar (status only, for the test); both go now.
      await t.database.db.updateTable('appeals').set({ status: 'registered' }).where('id', 'in', [ids[2]!, ids[3]!]).execute();
      expect((await reg.request('POST', `/api/mass-actions/${actionId}/retry`)).json()).toEqual({ retried: 2 });
      await t.drainJobs();
      const second = await progress(actionId);
      expect(second).toMatchObject({ status: 'done', done: 5, failed: 0, errors: [] });
      expect(second.letters.map((l) => l.appeals)).toEqual([3, 2]);
      expect(second.letters[1]!.leadAppealId).toBe(ids[2]);
      expect((await reg.request('POST', `/api/mass-actions/${actionId}/retry`)).statusCode).toBe(409);
      const list = (await reg.request('GET', '/api/mass-actions')).json();
      expect(list[0]).toMatchObject({ id: actionId, status: 'done', total: 5, done: 5 });
    });
  });

  it('retried right after finishing, while its job is still marked running, runs again at once', async () => {
    await onDay('2026-11-25T06:00:00Z', async () => {
      const ids = await register(3, undefined, '2026-11-24T06:00:00Z');
      await t.drainJobs();
      const actionId = (await launch('2026-11-25', ids)).json().id as number;
      await t.database.db.updateTable('appeals').set({ status: 'answered' }).where('id', '=', ids[1]!).execute();
      // The runner has claimed the job and made the letter; it has not yet marked its job done.
      await t.database.db.updateTable('jobs').set({ status: 'running', attempts: 1, locked_until: new Date('2026-11-25T06:05:00Z') }).where('key', '=', `mass-action-run:${actionId}:1`).execute();
      expect(await runMassAction({ db: t.database.db, clock: t.clock }, runDeps, actionId)).toEqual({ batches: 1, finished: true });
      expect(await progress(actionId)).toMatchObject({ status: 'done-with-errors', failed: 1 });
      // Just then the registrar retries.
      await t.database.db.updateTable('appeals').set({ status: 'registered' }).where('id', '=', ids[1]!).execute();
      expect((await reg.request('POST', `/api/mass-actions/${actionId}/retry`)).json()).toEqual({ retried: 1 });
      await t.drainJobs();
      const done = await progress(actionId);
      expect(done).toMatchObject({ status: 'done', done: 3, failed: 0 });
      // A one-appeal letter reads right.
      const coverText = docxText((await reg.request('GET', `/api/outgoing-documents/${done.letters[1]!.coverLetterId}/file`)).rawPayload);
      expect(coverText).toContain('направляем для рассмотрения по компетенции 1 обращение из числа поступивших в ходе одномоментной акции и зарегистрированных 25.11.2026, по вопросу:');
      expect(coverText).toContain('2. Обращения граждан согласно реестру — 1 обращение.');
    });
  });

  it('a batch that fails partway leaves nothing of it behind; its other appeals still go, the failure is logged without personal data', async () => {
    await onDay('2026-11-26T06:00:00Z', async () => {
      const ids = await register(12, undefined, '2026-11-25T06:00:00Z');
      await t.drainJobs();
      const actionId = (await launch('2026-11-26', ids)).json().id as number;
      // The database refuses the redirect of the 7th appeal — in the middle of the second batch of 5,
      // after the batch has written the redirects, notices and events of the 6th and the 7th's notice.
      const broken = ids[6]!;
      const author = await t.database.db.selectFrom('appeal_authors as aa').innerJoin('authors as au', 'au.id', 'aa.author_id').select(['au.surname', 'au.postal_address']).where('aa.appeal_id', '=', broken).executeTakeFirstOrThrow();
      await sql.raw(`alter table redirects add constraint mass_action_test_refuse check (appeal_id <> ${broken})`).execute(t.database.db);
      logged.length = 0;
      try {
        expect(await runMassAction({ db: t.database.db, clock: t.clock }, runDeps, actionId, { batchSize: 5 })).toMatchObject({ finished: true });
      } finally {
        await sql.raw('alter table redirects drop constraint mass_action_test_refuse').execute(t.database.db);
      }
      const done = await progress(actionId);
      expect(done).toMatchObject({ status: 'done-with-errors', done: 11, failed: 1, notices: 11 });
      expect(done.errors).toEqual([{ appealId: broken, number: await numberOf(broken), error: expect.stringMatching(/^Непредвиденная ошибка при направлении обращения/) }]);
      // Nothing of the failed appeal remains: no item state but «failed», no redirect, notice, event or result.
      expect(await t.database.db.selectFrom('redirects').select('id').where('appeal_id', '=', broken).execute()).toEqual([]);
      expect(await notices([broken])).toEqual([]);
      expect(await redirectedEvents([broken])).toEqual([]);
      expect(await t.database.db.selectFrom('appeals').select('status').where('id', '=', broken).executeTakeFirstOrThrow()).toEqual({ status: 'registered' });
      expect(await t.database.db.selectFrom('appeal_questions').select('result').where('appeal_id', '=', broken).execute()).toEqual([{ result: null }]);
      // Every other appeal — those of the failed batch too — went exactly once.
      const others = ids.filter((id) => id !== broken).sort((a, b) => a - b);
      const sorted = (rows: { appeal_id: number }[]) => rows.map((r) => r.appeal_id).sort((a, b) => a - b);
      expect(sorted(await t.database.db.selectFrom('redirects').select('appeal_id').where('appeal_id', 'in', ids).execute())).toEqual(others);
      expect(sorted(await notices(ids))).toEqual(others);
      expect((await redirectedEvents(ids)).map((e) => Number(e.entity_id)).sort((a, b) => a - b)).toEqual(others);
      expect(done.letters.map((l) => l.appeals)).toEqual([11]);
      // The administrator learns that something unexpected happened — the class and the stack, not the
      // message (the database quotes the failing row) nor anything of the appeal.
      expect(logged).toHaveLength(1);
      expect(logged[0]!.msg).toBe('mass action: an appeal could not be redirected');
      expect(logged[0]!.obj).toMatchObject({ massActionId: actionId, errorClass: expect.stringMatching(/^\w+$/), sqlState: '23514', stack: expect.stringMatching(/^\s*at /) });
      expect(logged[0]!.obj.errorClass).not.toBe('');
      const line = JSON.stringify(logged[0]);
      for (const secret of ['mass_action_test_refuse', 'violates', author.surname!, author.postal_address]) expect(line).not.toContain(secret);
      expect(Object.keys(logged[0]!.obj).sort()).toEqual(['errorClass', 'itemId', 'massActionId', 'sqlState', 'stack']);
    });
  });

  it('refuses two launches of the same appeals at once with a clear conflict, and a body reachable only by e-mail', async () => {
    await onDay('2026-11-27T06:00:00Z', async () => {
      const ids = await register(4, undefined, '2026-11-26T06:00:00Z');
      await t.drainJobs();
      const emailOnly = (await t.database.db.insertInto('external_bodies').values({ name: 'Орган без почтового адреса', kind: 'regional', postal_address: '', email: 'body@example.ru' }).returning('id').executeTakeFirstOrThrow()).id;
      const refused = await launch('2026-11-27', ids, emailOnly);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields.bodyId).toMatch(/^У органа указан только адрес электронной почты\. Обращения одномоментной акции направляются почтой: к сопроводительному письму прилагаются реестр и сами обращения/);

      const [a, b] = await Promise.all([launch('2026-11-27', ids), launch('2026-11-27', ids)]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      const conflict = (a.statusCode === 409 ? a : b).json().error.message as string;
      expect(conflict).toMatch(/^(Список обращений изменился|Часть обращений уже включена в другую одномоментную акцию)/);
      expect(await t.database.db.selectFrom('mass_action_items').select('appeal_id').where('appeal_id', 'in', ids).execute()).toHaveLength(4);
    });
  });

  it('warns, before the launch and in the result, when the redirect term of the day has passed', async () => {
    let ids: number[] = [];
    await onDay('2026-12-01T06:00:00Z', async () => {
      ids = await register(2, undefined, '2026-11-30T06:00:00Z');
      await t.drainJobs();
    });
    await onDay('2026-12-15T06:00:00Z', async () => {
      const due = computeDeadline('redirect', '2026-12-01', t.deps.profile(), await t.deps.calendar.get()).date;
      expect(due < '2026-12-15').toBe(true);
      const sel = (await reg.request('GET', `/api/mass-actions/selection?date=2026-12-01&totkCode=${TOTK_TRANSPORT}`)).json();
      expect(sel).toMatchObject({ count: 2, redirectDue: due, redirectOverdue: true });
      const created = await launch('2026-12-01', ids);
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ total: 2, redirectDue: due, redirectOverdue: true });
      const actionId = created.json().id as number;
      expect(await progress(actionId)).toMatchObject({ status: 'running', redirectLate: true });
      await t.drainJobs();
      expect(await progress(actionId)).toMatchObject({ status: 'done', done: 2, redirectLate: true });
    });
  });
});
