import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { testDatabaseKinds } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { requireAccessDeclaration } from './app';
import { migrations } from '../../migrations';

describe.each(testDatabaseKinds)('HTTP platform on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('reports database and migration state at /api/health', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { kind, reachable: true }, migrations: { pending: [], latest: Object.keys(migrations).at(-1) } });
  });

  it('serves the OpenAPI document generated from the zod schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['login', 'password']);
    expect(Object.keys(doc.paths)).toContain('/api/admin/users');
  });

  it('answers unknown API addresses with a Russian 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Такого адреса в API нет.');
  });

  it('shows the organisation from the profile on the public endpoint', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/organisation' });
    expect(res.statusCode).toBe(200);
    expect(res.json().fullName).toMatch(/Ханты-Мансийского района/);
  });

  it('sorts Russian text with the ICU collation and searches with the ru configuration and pg_trgm', async () => {
    const { sql } = await import('kysely');
    const sorted = await sql<{ x: string }>`select x from (values ('яблоко'), ('Ёж'), ('арбуз'), ('Елка')) t(x) order by x collate "und-x-icu"`.execute(t.database.db);
    expect(sorted.rows.map((r) => r.x)).toEqual(['арбуз', 'Ёж', 'Елка', 'яблоко']);
    const fts = await sql<{ hit: boolean }>`select to_tsvector('ru', 'Пенсионное обеспечение ёлки') @@ plainto_tsquery('ru', 'пенсионного елка') as hit`.execute(t.database.db);
    expect(fts.rows[0]?.hit).toBe(true);
    const trgm = await sql<{ s: number }>`select similarity('Иванов', 'Иваноф') as s`.execute(t.database.db);
    expect(Number(trgm.rows[0]?.s)).toBeGreaterThan(0.3);
  });

  it('returns int8 as numbers and dates as YYYY-MM-DD strings', async () => {
    const { sql } = await import('kysely');
    const r = await sql<{ n: number; d: string }>`select 9007199254740::int8 as n, date '2026-01-12' as d`.execute(t.database.db);
    expect(r.rows[0]).toEqual({ n: 9007199254740, d: '2026-01-12' });
  });
});

describe('route access declarations', () => {
  it('refuse to start when an /api route does not declare who may call it', async () => {
    const app = Fastify();
    app.addHook('onRoute', requireAccessDeclaration);
    expect(() => app.get('/api/unguarded', async () => 'x')).toThrow(/не объявляет правила доступа/);
    expect(() => app.get('/api/guarded', { config: { access: 'public' } }, async () => 'x')).not.toThrow();
  });
});
