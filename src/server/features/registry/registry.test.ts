import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../testing/factories';

describe.each(testDatabaseKinds)('appeal registration on %s', (kind) => {
  let t: TestApp;
  let reg: Session;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' }); // Friday 20.11.2026, 11:00 in Khanty-Mansiysk
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    await buildUser(t, { login: 'exec', roles: ['executor'] });
    await buildUser(t, { login: 'analyst', roles: ['analyst'] });
    reg = await loginAs(t, 'reg');
  });
  afterAll(() => t.close());

  it('registers a collective postal appeal with two questions: number, deadlines, authors, event', async () => {
    const input = buildAppealInput({
      collective: true,
      annotation: 'О ремонте дорог и о проезде льготников',
      authors: [
        { ...buildAppealInput().authors[0]!, receivesAnswer: false },
        { ...buildAppealInput().authors[0]!, surname: 'Петрова', firstName: 'Мария', patronymic: 'Ивановна', gender: 'f', postalAddress: 'г. Ханты-Мансийск, ул. Мира, д. 1', phone: '', role: 'signatory', receivesAnswer: true },
      ],
      questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }, { totkCode: TOTK_PENSIONS, annotation: 'Пенсии' }],
    });
    const res = await reg.request('POST', '/api/appeals', input);
    expect(res.statusCode, res.body).toBe(200);
    const { id, number, created } = res.json();
    expect(created).toBe(true);
    expect(number).toMatch(/^\d+$/);
    const card = (await reg.request('GET', `/api/appeals/${id}`)).json();
    expect(card).toMatchObject({
      receivedDate: '2026-11-19', registrationDate: '2026-11-20',
      registrationDeadline: '2026-11-23', // HMR: 3 days from 19.11 → 22.11 (Sunday) → 23.11
      considerationDeadline: '2026-12-21', // HMR 5.1: 20.11 is day 1 → 19.12 (Saturday) → 21.12
      collective: true, multiplicity: 'primary', registeredAs: 'appeal',
    });
    expect(card.authors.map((a: { name: string; receivesAnswer: boolean }) => [a.name, a.receivesAnswer])).toEqual([['Иванов Иван Петрович', false], ['Петрова Мария Ивановна', true]]);
    expect(card.questions.map((q: { totkName: string }) => q.totkName)).toEqual(['Проезд льготных категорий граждан', 'Своевременность и качество пенсионного обеспечения']);
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'appeal.registered').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    expect(event.legal_ground).toBe('59-ФЗ ст. 8 ч. 2');
  });

  it('never registers twice with the same idempotency key, and numbers consecutively', async () => {
    const key = `key-${kind}-0001`;
    const a = (await reg.request('POST', '/api/appeals', buildAppealInput({ idempotencyKey: key, receivedAt: '2026-11-18T06:00:00Z' }))).json();
    const b = (await reg.request('POST', '/api/appeals', buildAppealInput({ idempotencyKey: key, receivedAt: '2026-11-18T06:00:00Z' }))).json();
    expect(b).toEqual({ ...a, created: false });
    const c = (await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-17T06:00:00Z' }))).json();
    expect(Number(c.number)).toBe(Number(a.number) + 1);
  });

  it('keeps the same author, question and day as one appeal (REG-6)', async () => {
    const jobsBefore = await t.database.db.selectFrom('jobs').select('id').execute();
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-18T09:00:00Z', channel: 'fax' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/уже зарегистрировано: № \d+/);
    // Refused: no notice job either (it is written in the registering transaction).
    expect(await t.database.db.selectFrom('jobs').select('id').execute()).toEqual(jobsBefore);
  });

  it('writes the registration notice job with the appeal; the case page sees it pending until it has run', async () => {
    const { id } = (await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-16T06:00:00Z' }))).json();
    const job = await t.database.db.selectFrom('jobs').selectAll().where('appeal_id', '=', id).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ name: 'registration-notice', status: 'queued', key: `registration-notice:${id}` });
    expect((await reg.request('GET', `/api/appeals/${id}/documents/pending`)).json()).toEqual({ pending: 1 });
    await t.drainJobs();
    expect((await reg.request('GET', `/api/appeals/${id}/documents/pending`)).json()).toEqual({ pending: 0 });
    expect((await reg.request('GET', `/api/appeals/${id}/documents`)).json()).toHaveLength(1);
  });

  it('finds the earlier appeals of the same person despite case, ё, typos and word order, and suggests the multiplicity', async () => {
    const history = await reg.request('GET', `/api/authors/history?surname=ИВАНОФ&firstName=иван&patronymic=Петрович&postalAddress=Ханты-Мансийск, Гагарина 10, кв 5&totkCodes=${TOTK_TRANSPORT}`);
    const body = history.json();
    expect(body.candidates).toHaveLength(1);
    expect(body.candidates[0].matchedBy).toContain('address');
    expect(body.candidates[0].appeals.length).toBeGreaterThanOrEqual(3);
    expect(body.candidates[0].suggestion.multiplicity).toBe('multiple');
    const stranger = (await reg.request('GET', '/api/authors/history?surname=Иванов&firstName=Иван&patronymic=Петрович&postalAddress=г. Сургут, ул. Ленина, 1')).json();
    expect(stranger.candidates).toEqual([]); // the same name at another address is another person
  });

  it('finds a person whose surname lost a letter by the same address, and nobody for an unknown person', async () => {
    const dropped = (await reg.request('GET', '/api/authors/history?surname=Иванв&firstName=Иван&patronymic=Петрович&postalAddress=г. Ханты-Мансийск, ул. Гагарина, д. 10, кв. 5')).json();
    expect(dropped.candidates.map((c: { author: { name: string } }) => c.author.name)).toEqual(['Иванов Иван Петрович']);
    const soundAlike = (await reg.request('GET', '/api/authors/history?surname=Ивонов&firstName=Иван&patronymic=Петрович&postalAddress=Ханты-Мансийск, Гагарина, 10-5')).json();
    expect(soundAlike.candidates).toHaveLength(1);
    const nobody = await reg.request('GET', '/api/authors/history?surname=Неизвестнов&firstName=Пётр&patronymic=Ильич&postalAddress=г. Сургут, ул. Мира, 7');
    expect(nobody.statusCode, nobody.body).toBe(200);
    expect(nobody.json().candidates).toEqual([]);
  });

  it('registers an appeal without what art. 7 requires, with visible warnings, and plain e-mail as correspondence', async () => {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ channel: 'email', form: 'electronic', receivedAt: '2026-11-20T05:00:00Z', authors: [{ ...buildAppealInput().authors[0]!, surname: null, postalAddress: '', email: '', phone: '' }], addressee: '' }));
    expect(res.statusCode, res.body).toBe(200);
    const card = (await reg.request('GET', `/api/appeals/${res.json().id}`)).json();
    expect(card.registeredAs).toBe('correspondence');
    expect(card.warnings.map((w: { code: string }) => w.code)).toEqual(['no-surname', 'no-address', 'no-addressee', 'plain-email']);
  });

  it('explains bad input per field in Russian and registers nothing', async () => {
    const before = await t.database.db.selectFrom('appeals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await reg.request('POST', '/api/appeals', { ...buildAppealInput(), annotation: '', questions: [], channel: 'pigeon' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['annotation', 'channel', 'questions']);
    const unknownCode = await reg.request('POST', '/api/appeals', buildAppealInput({ questions: [{ totkCode: '0002.0007.0074.9999', annotation: '' }] }));
    expect(unknownCode.json().error.fields['questions.0.totkCode']).toBe('Нет такого кода в классификаторе.');
    const after = await t.database.db.selectFrom('appeals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('finds appeals in the journal by another word form and filters them', async () => {
    const analyst = await loginAs(t, 'analyst');
    const found = (await analyst.request('GET', '/api/appeals?q=дорога')).json();
    expect(found.rows.length).toBeGreaterThanOrEqual(1);
    expect(found.hasMore).toBe(false);
    expect(found.rows[0].annotation).toMatch(/ремонте дорог/);
    const collective = (await analyst.request('GET', '/api/appeals?collective=true')).json();
    expect(collective.rows.every((r: { collective: boolean }) => r.collective)).toBe(true);
    const byTheme = (await analyst.request('GET', `/api/appeals/count?totk=${TOTK_PENSIONS}`)).json();
    expect(byTheme).toEqual({ total: 1, exact: true });
    const firstPage = (await analyst.request('GET', '/api/appeals?pageSize=1')).json();
    expect(firstPage).toMatchObject({ page: 1, pageSize: 1, hasMore: true });
  });

  it('lets only the registrar register; an executor sees no registry yet', async () => {
    const exec = await loginAs(t, 'exec');
    expect((await exec.request('POST', '/api/appeals', buildAppealInput())).statusCode).toBe(403);
    expect((await exec.request('GET', '/api/appeals')).statusCode).toBe(403);
  });

  it('gives 50 parallel registrations 50 distinct consecutive numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-16T06:00:00Z', authors: [{ ...buildAppealInput().authors[0]!, surname: `Параллельный${i}`, postalAddress: `ул. Параллельная, ${i}` }] })),
      ),
    );
    const numbers = results.map((r) => Number(r.json().number)).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers.at(-1)! - numbers[0]!).toBe(49);
  });
});

describe.each(testDatabaseKinds)('repeat numbering with a slash (KHV 3.3) on %s', (kind) => {
  it('gives a repeat the first appeal number and the count', async () => {
    const t = await createTestApp(kind, { profile: 'KHV', now: '2026-11-20T01:00:00Z' });
    try {
      await ensureTestTotk(t.database.db);
      await buildUser(t, { login: 'reg', roles: ['registrar'] });
      const s = await loginAs(t, 'reg');
      const first = (await s.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-10T01:00:00Z' }))).json();
      const second = (await s.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-12T01:00:00Z', multiplicity: 'repeat', previousAppealId: first.id }))).json();
      const third = (await s.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-13T01:00:00Z', multiplicity: 'multiple', previousAppealId: second.id }))).json();
      expect([second.number, third.number]).toEqual([`${first.number}/2`, `${first.number}/3`]);
      const links = await t.database.db.selectFrom('appeal_links').select(['appeal_id', 'kind']).where('appeal_id', '=', second.id).orderBy('kind').execute();
      expect(links.map((l) => l.kind)).toEqual(['copy-to-executor', 'repeat-of']); // REG-7: the first is still open
    } finally {
      await t.close();
    }
  });
});

describe.each(testDatabaseKinds)('numbering across the New Year on %s', (kind) => {
  it('starts again from 1 in a new year when the profile resets yearly (REG-2)', async () => {
    const t = await createTestApp(kind, { now: '2026-12-30T06:00:00Z' });
    try {
      await ensureTestTotk(t.database.db);
      await buildUser(t, { login: 'reg', roles: ['registrar'] });
      const s = await loginAs(t, 'reg');
      const last = (await s.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-12-29T06:00:00Z' }))).json();
      t.clock.set('2027-01-11T06:00:00Z');
      const s2 = await loginAs(t, 'reg');
      const res = await s2.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2027-01-11T05:00:00Z' }));
      expect(res.statusCode, res.body).toBe(200);
      expect([last.number, res.json().number]).toEqual(['1', '1']);
    } finally {
      await t.close();
    }
  });
});
