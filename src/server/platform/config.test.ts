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

describe('outgoing mail (SMTP) from the environment', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'priemnaya-config-'));
  const messageOf = (env: Record<string, string>) => {
    try {
      loadConfig({ DATA_DIR: dataDir(), ...env });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
    throw new Error('конфигурация принята');
  };

  it('is off by default: letters wait until an administrator sets SMTP', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).smtp).toBeNull();
  });

  it('reads the server, the sender and the credentials; port 587 with STARTTLS by default, 465 means TLS', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), SMTP_HOST: 'smtp.example.ru', MAIL_FROM: 'Администрация района <priem@example.ru>', SMTP_USER: 'priem', SMTP_PASSWORD: 'секрет' }).smtp).toEqual({
      host: 'smtp.example.ru',
      port: 587,
      secure: false,
      user: 'priem',
      password: 'секрет',
      from: 'Администрация района <priem@example.ru>',
    });
    expect(loadConfig({ DATA_DIR: dataDir(), SMTP_HOST: 'smtp.example.ru', SMTP_PORT: '465', MAIL_FROM: 'priem@example.ru' }).smtp).toMatchObject({ port: 465, secure: true, user: undefined });
    expect(loadConfig({ DATA_DIR: dataDir(), SMTP_HOST: 'smtp.example.ru', SMTP_SECURE: 'true', MAIL_FROM: 'priem@example.ru' }).smtp).toMatchObject({ port: 465, secure: true });
    expect(loadConfig({ DATA_DIR: dataDir(), SMTP_HOST: '10.0.0.5', SMTP_PORT: '25', MAIL_FROM: 'priem@example.ru' }).smtp).toMatchObject({ port: 25, secure: false });
  });

  it('refuses a half-set or wrong mail configuration with Russian messages', () => {
    expect(messageOf({ SMTP_HOST: 'smtp.example.ru' })).toContain('MAIL_FROM: обязателен вместе с SMTP_HOST');
    const orphan = messageOf({ MAIL_FROM: 'priem@example.ru', SMTP_PASSWORD: 'x' });
    for (const name of ['MAIL_FROM', 'SMTP_PASSWORD']) expect(orphan).toContain(`${name}: задан, а SMTP_HOST (адрес почтового сервера) — нет`);
    expect(messageOf({ SMTP_HOST: 'smtp.example.ru', MAIL_FROM: 'priem@example.ru', SMTP_USER: 'priem' })).toContain('SMTP_PASSWORD: не задан пароль для SMTP_USER');
    expect(messageOf({ SMTP_HOST: 'smtp.example.ru', MAIL_FROM: 'приёмная' })).toContain('MAIL_FROM: ожидается адрес отправителя');
    expect(messageOf({ SMTP_HOST: 'smtp://example.ru', MAIL_FROM: 'priem@example.ru' })).toContain('SMTP_HOST: ожидается имя или IP-адрес почтового сервера');
    expect(messageOf({ SMTP_HOST: 'smtp.example.ru', SMTP_PORT: '70000', MAIL_FROM: 'priem@example.ru' })).toContain('SMTP_PORT: порт должен быть от 1 до 65535');
  });
});
