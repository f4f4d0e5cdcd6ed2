import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { computeDeadline } from '../../../domain/deadlines';
import { docxText } from '../../platform/documents/docx-text';

describe.each(testDatabaseKinds)('documents requests (ANS-1, DL-3) on %s', (kind) => {
  let t: TestApp;
  let reg: Session, head: Session, exec: Session, other: Session;
  const users: Record<string, { id: number }> = {};
  let appealId: number;
  let fund: number, court: number;

  beforeAll(async () => {
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z' });
    await ensureTestTotk(t.database.db);
    for (const [login, roles] of [['reg', ['registrar']], ['head', ['head']], ['exec', ['executor']], ['other', ['executor']]] as const) users[login] = await buildUser(t, { login, roles: [...roles] });
    [reg, head, exec, other] = await Promise.all([loginAs(t, 'reg'), loginAs(t, 'head'), loginAs(t, 'exec'), loginAs(t, 'other')]);
    fund = (await t.database.db.insertInto('external_bodies').values({ name: 'Отделение Социального фонда России по ХМАО — Югре', kind: 'federal', postal_address: 'ул. Мира, д. 5, г. Ханты-Мансийск' }).returning('id').executeTakeFirstOrThrow()).id;
    court = (await t.database.db.insertInto('external_bodies').values({ name: 'Ханты-Мансийский районный суд', kind: 'court', postal_address: 'ул. Ленина, д. 63, г. Ханты-Мансийск' }).returning('id').executeTakeFirstOrThrow()).id;
    appealId = (await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-19T06:00:00Z' }))).json().id;
    await reg.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.head!.id });
    await head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ instruction: 'Рассмотреть', executors: [{ userId: users.exec!.id }] }] });
  });
  afterAll(() => t.close());

  it('sends a registered request with its 15-day term, never to a court, and records the answer', async () => {
    expect((await other.request('POST', `/api/appeals/${appealId}/documents-requests`, { direction: 'outgoing', bodyId: fund, text: 'сведения о размере пенсии' })).statusCode).toBe(404);
    const toCourt = await exec.request('POST', `/api/appeals/${appealId}/documents-requests`, { direction: 'outgoing', bodyId: court, text: 'материалы дела' });
    expect(toCourt.statusCode).toBe(409);
    expect(toCourt.json().error.message).toContain('не запрашиваются у судов');
    const res = await exec.request('POST', `/api/appeals/${appealId}/documents-requests`, { direction: 'outgoing', bodyId: fund, text: 'сведения о перерасчёте пенсии заявителя' });
    expect(res.statusCode, res.body).toBe(200);
    const due = computeDeadline('documents-request', '2026-11-20', t.deps.profile(), await t.deps.calendar.get());
    expect(res.json()).toMatchObject({ dueDate: due.date, outgoingNumber: 'Исх-1' });
    const docs = (await exec.request('GET', `/api/appeals/${appealId}/documents`)).json() as { id: number; kind: string; recipientName: string }[];
    const letter = docs.find((d) => d.kind === 'documents-request')!;
    expect(letter.recipientName).toBe('Отделение Социального фонда России по ХМАО — Югре');
    expect(docxText((await exec.request('GET', `/api/outgoing-documents/${letter.id}/file`)).rawPayload)).toContain('просим в течение 15 дней представить сведения о перерасчёте пенсии заявителя');
    const [listed] = (await exec.request('GET', `/api/appeals/${appealId}/documents-requests`)).json();
    expect(listed).toMatchObject({ direction: 'outgoing', overdue: false, answeredAt: null });
    expect((await exec.request('POST', `/api/documents-requests/${listed.id}/answered`, { note: 'Получены сведения от 01.12.2026 № 12' })).statusCode).toBe(200);
    expect((await exec.request('POST', `/api/documents-requests/${listed.id}/answered`, { note: 'ещё раз' })).statusCode).toBe(409);
  });

  it('records another body’s request with its letter; it is overdue after 15 days without an answer (DL-3)', async () => {
    const res = await reg.request('POST', `/api/appeals/${appealId}/documents-requests`, { direction: 'incoming', bodyId: fund, letterDate: '2026-11-18', letterNumber: '86-01/123' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().outgoingNumber).toBeNull();
    t.clock.set(`${res.json().dueDate}T20:00:00Z`); // the next day in Khanty-Mansiysk
    try {
      const list = (await (await loginAs(t, 'reg')).request('GET', `/api/appeals/${appealId}/documents-requests`)).json() as { direction: string; overdue: boolean }[];
      expect(list.find((r) => r.direction === 'incoming')).toMatchObject({ overdue: true });
    } finally {
      t.clock.set('2026-11-20T06:00:00Z');
    }
  });
});
