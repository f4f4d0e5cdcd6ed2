import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProfile } from '../../../domain/profiles';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { ensureExternalBodies } from './seed-external-bodies';
import { ADDRESS_PENDING, starterExternalBodies } from './starter-list';
import type { ExternalBody } from './schemas';

function profile(code: string) {
  const p = getProfile(code);
  if (!p) throw new Error(`no profile ${code}`);
  return p;
}

describe('the starter list of external bodies (ADM-3)', () => {
  it('follows the region of each profile, and municipal profiles get their neighbours', () => {
    const names = (code: string) => starterExternalBodies(profile(code)).bodies.map((b) => b.name);
    for (const code of ['LAB', 'HMR', 'KCSON']) {
      expect(starterExternalBodies(profile(code)).region).toBe('Ханты-Мансийский автономный округ – Югра');
      expect(names(code)).toContain('Прокуратура Ханты-Мансийского автономного округа – Югры');
      expect(names(code)).not.toContain('Прокуратура Хабаровского края');
    }
    for (const code of ['KHV', 'DUKI']) {
      expect(starterExternalBodies(profile(code)).region).toBe('Хабаровский край');
      expect(names(code)).toContain('Правительство Хабаровского края');
      expect(names(code)).not.toContain('Правительство Ханты-Мансийского автономного округа – Югры');
    }
    expect(names('HMR')).toContain('Дума Ханты-Мансийского района');
    expect(names('LAB')).not.toContain('Дума Ханты-Мансийского района');
    expect(names('DUKI')).toContain('Администрация Солнечного муниципального района Хабаровского края');
    expect(names('KHV')).not.toContain('Администрация Солнечного муниципального района Хабаровского края');
  });

  it('names a migration body in every region (59-FZ art. 8 ч. 3.1) and never leaves an empty address unexplained', () => {
    for (const code of ['LAB', 'HMR', 'KCSON', 'KHV', 'DUKI']) {
      const { bodies } = starterExternalBodies(profile(code));
      expect(bodies.filter((b) => b.kind === 'migration')).toHaveLength(1);
      for (const kind of ['prosecutor', 'police', 'court', 'regional', 'federal'] as const) expect(bodies.some((b) => b.kind === kind)).toBe(true);
      for (const b of bodies) if (!b.postalAddress) expect(b.note.startsWith(ADDRESS_PENDING)).toBe(true);
      expect(new Set(bodies.map((b) => `${b.kind} ${b.name}`)).size).toBe(bodies.length);
    }
  });
});

describe.each(testDatabaseKinds)('directory of external bodies on %s (ADM-3)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let registrar: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await buildUser(t, { login: 'boss', roles: ['administrator'] });
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    admin = await loginAs(t, 'boss');
    registrar = await loginAs(t, 'reg');
  });
  afterAll(() => t.close());

  const search = async (s: Session, query: string) => {
    const res = await s.request('GET', `/api/external-bodies${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as ExternalBody[];
  };
  const events = async (entityId: string | number) =>
    (await admin.request('GET', `/api/admin/events?entityType=external_body&entityId=${entityId}`)).json() as { action: string; actorLogin: string | null; before: unknown; after: unknown }[];

  it('holds the starter list of the HMR region after the first start, loaded once with one event', async () => {
    const all = await search(registrar, '');
    const names = all.map((b) => b.name);
    expect(names).toContain('Администрация Президента Российской Федерации');
    expect(names).toContain('Прокуратура Ханты-Мансийского автономного округа – Югры');
    expect(names).toContain('Дума Ханты-Мансийского района');
    const president = all.find((b) => b.name === 'Администрация Президента Российской Федерации');
    expect(president).toMatchObject({ kind: 'federal', postalAddress: 'ул. Ильинка, д. 23, г. Москва, 103132', active: true });
    const prosecutor = all.find((b) => b.name === 'Прокуратура Ханты-Мансийского автономного округа – Югры');
    expect(prosecutor).toMatchObject({ kind: 'prosecutor', postalAddress: '', note: 'Адрес уточняется.' });
    expect(all.filter((b) => b.kind === 'migration').map((b) => b.note).join()).toContain('ч. 3.1 ст. 8');

    const seeded = await events('starter-list');
    expect(seeded).toHaveLength(1);
    expect(seeded[0]).toMatchObject({ action: 'external_body.seeded', actorLogin: null, after: { region: 'Ханты-Мансийский автономный округ – Югра', count: all.length } });
    // A second start finds the directory filled and leaves it to the administrator.
    expect(await ensureExternalBodies(t.database.db, profile('HMR'), new Date())).toBe(0);
    expect(await search(registrar, '')).toHaveLength(all.length);
  });

  it('creates and changes a body, each with an event', async () => {
    const created = await admin.request('POST', '/api/admin/external-bodies', {
      name: '  Служба   жилищного и строительного надзора Ханты-Мансийского автономного округа – Югры ',
      kind: 'regional',
      postalAddress: 'ул. Студенческая, д. 2, г. Ханты-Мансийск, 628011',
      email: 'jilnadzor@admhmao.ru',
    });
    expect(created.statusCode).toBe(200);
    const body = created.json() as ExternalBody;
    expect(body).toMatchObject({ name: 'Служба жилищного и строительного надзора Ханты-Мансийского автономного округа – Югры', kind: 'regional', note: '', active: true });

    const changed = await admin.request('PUT', `/api/admin/external-bodies/${body.id}`, { ...body, note: 'Жилищный надзор', active: false });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: body.id, note: 'Жилищный надзор', active: false });

    const log = await events(body.id);
    expect(log.map((e) => e.action)).toEqual(['external_body.updated', 'external_body.created']);
    expect(log[0]).toMatchObject({ actorLogin: 'boss', before: { active: true }, after: { active: false } });

    // Switched off: gone from the pickers (active=true), still in the administrator's list.
    expect((await search(registrar, '?q=жилищного&active=true')).map((b) => b.id)).not.toContain(body.id);
    expect((await search(admin, '?q=жилищного')).map((b) => b.id)).toContain(body.id);
    // A saved card still shows the body it names, by id.
    expect((await search(registrar, `?id=${body.id}`)).map((b) => b.name)).toEqual([body.name]);
    expect((await admin.request('PUT', '/api/admin/external-bodies/999999', { name: 'Нет такого', kind: 'other' })).statusCode).toBe(404);
  });

  it('explains bad input in Russian and refuses a duplicate name of the same kind with 409', async () => {
    const bad = await admin.request('POST', '/api/admin/external-bodies', { name: '  ', kind: 'ministry', email: 'not-an-address' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      name: 'Укажите наименование органа или организации.',
      kind: 'Укажите вид органа или организации.',
      email: 'Неверный адрес электронной почты.',
    });

    const dup = await admin.request('POST', '/api/admin/external-bodies', { name: 'прокуратура ханты-мансийского  автономного округа – югры', kind: 'prosecutor' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('«Прокуратура Ханты-Мансийского автономного округа – Югры» (орган прокуратуры) уже есть в справочнике органов.');
    expect(dup.json().error.fields.name).toBeDefined();
    // The same name under another kind is a different entry.
    expect((await admin.request('POST', '/api/admin/external-bodies', { name: 'Прокуратура Ханты-Мансийского автономного округа – Югры', kind: 'other' })).statusCode).toBe(200);

    // Renaming onto an existing name is refused too; keeping one's own name is not a duplicate.
    const duma = (await search(admin, '?q=Дума Ханты-Мансийского района')).find((b) => b.name === 'Дума Ханты-Мансийского района');
    if (!duma) throw new Error('seeded Дума not found');
    expect((await admin.request('PUT', `/api/admin/external-bodies/${duma.id}`, { ...duma, note: 'Представительный орган района' })).statusCode).toBe(200);
    const other = (await admin.request('POST', '/api/admin/external-bodies', { name: 'Дума района (временное имя)', kind: 'municipal' })).json() as ExternalBody;
    expect((await admin.request('PUT', `/api/admin/external-bodies/${other.id}`, { ...other, name: 'ДУМА Ханты-Мансийского района' })).statusCode).toBe(409);
  });

  it('searches by words of the name ignoring case and ё/е, and filters by kind', async () => {
    const created = await admin.request('POST', '/api/admin/external-bodies', { name: 'Объединённая дирекция заповедников «Тест»', kind: 'other' });
    expect(created.statusCode).toBe(200);
    expect((await search(registrar, `?q=${encodeURIComponent('ОБЪЕДИНЕННАЯ')}`)).map((b) => b.name)).toEqual(['Объединённая дирекция заповедников «Тест»']);
    expect((await search(registrar, `?q=${encodeURIComponent('объединЁнная')}`))).toHaveLength(1);
    expect((await search(registrar, `?q=${encodeURIComponent('прокуратура югры')}`)).map((b) => b.name)).toContain('Прокуратура Ханты-Мансийского автономного округа – Югры');
    expect(await search(registrar, `?q=${encodeURIComponent('100%_')}`)).toEqual([]);
    const prosecutors = await search(registrar, '?kind=prosecutor');
    expect(prosecutors.length).toBeGreaterThan(1);
    expect(prosecutors.every((b) => b.kind === 'prosecutor')).toBe(true);
    const bad = await registrar.request('GET', '/api/external-bodies?kind=ministry');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.kind).toBe('Укажите вид органа или организации.');
  });

  it('lets staff read but only the administrator change; anonymous callers are turned away', async () => {
    const denied = await registrar.request('POST', '/api/admin/external-bodies', { name: 'Орган от регистратора', kind: 'other' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toBe('Недостаточно прав для этого действия.');
    expect((await search(registrar, '?q=Орган от регистратора'))).toEqual([]);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/external-bodies' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.message).toBe('Требуется вход в систему.');
  });
});
