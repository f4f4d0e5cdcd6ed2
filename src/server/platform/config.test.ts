import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'priemnaya-config-'));

  it('has working defaults: port 3000, PGlite in DATA_DIR, HMR profile, demo on for the embedded database', () => {
    const dir = dataDir();
    const c = loadConfig({ DATA_DIR: dir });
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: dir, profile: 'HMR', demo: true, publicUrl: 'http://localhost:3000', secureCookies: false });
  });

  it('generates SESSION_SECRET once, stores it in DATA_DIR with mode 0600 and reuses it', () => {
    const dir = dataDir();
    const a = loadConfig({ DATA_DIR: dir }).sessionSecret;
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(a);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(a);
    expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
  });

  it('turns demo data off on PostgreSQL unless asked, and secure cookies on behind https', () => {
    const c = loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u@db:5432/p', PUBLIC_URL: 'https://priem.example.ru/' });
    expect(c).toMatchObject({ demo: false, secureCookies: true, publicUrl: 'https://priem.example.ru' });
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u@db/p', PRIEMNAYA_DEMO: 'on' }).demo).toBe(true);
  });

  it('stops with one message naming every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dataDir(), PORT: 'abc', PRIEMNAYA_PROFILE: 'XYZ', DATABASE_URL: 'mysql://x', PRIEMNAYA_DEMO: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Неверная конфигурация, запуск остановлен:/);
    for (const v of ['PORT', 'PRIEMNAYA_PROFILE', 'DATABASE_URL', 'PRIEMNAYA_DEMO']) expect(message).toContain(v);
    expect(message).toContain('LAB, HMR, KCSON, KHV, DUKI');
  });
});
