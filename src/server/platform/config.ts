import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { profileCodes } from '../../domain/profiles';

/** Configuration comes only from the environment (README, «Configuration»). */
export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  sessionSecret: string;
  profile: (typeof profileCodes)[number];
  demo: boolean;
  /** Outgoing mail (ANS-7: answers to electronic appeals by e-mail); null while no SMTP server is set. */
  smtp: SmtpConfig | null;
  secureCookies: boolean;
  trustProxy: boolean;
  /** The largest attachment file accepted (bytes). */
  attachmentMaxBytes: number;
};

/** The SMTP server letters leave through; the password comes only from the environment. */
export type SmtpConfig = {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  /** The From of every letter: «priem@example.ru» or «Администрация района <priem@example.ru>». */
  from: string;
};

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], {
    error: 'ожидается одно из значений: true/false, 1/0, yes/no, on/off',
  })
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'ожидается номер порта' })
    .int('ожидается целое число')
    .min(1, 'порт должен быть от 1 до 65535')
    .max(65535, 'порт должен быть от 1 до 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'ожидается адрес вида postgres://пользователь@сервер:5432/база')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url({ error: 'ожидается полный адрес, например https://priem.example.ru' }).optional(),
  SESSION_SECRET: z.string().min(32, 'секрет должен быть не короче 32 символов').optional(),
  PRIEMNAYA_PROFILE: z
    .enum(profileCodes, { error: `ожидается один из профилей: ${profileCodes.join(', ')}` })
    .default('HMR'),
  PRIEMNAYA_DEMO: booleanFlag.optional(),
  SMTP_HOST: z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, 'ожидается имя или IP-адрес почтового сервера, например smtp.example.ru').optional(),
  SMTP_PORT: z.coerce
    .number({ error: 'ожидается номер порта' })
    .int('ожидается целое число')
    .min(1, 'порт должен быть от 1 до 65535')
    .max(65535, 'порт должен быть от 1 до 65535')
    .optional(),
  SMTP_SECURE: booleanFlag.optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>@]*<\s*[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+\s*>|[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+)$/, 'ожидается адрес отправителя: priem@example.ru или «Администрация района <priem@example.ru>»')
    .optional(),
  TRUST_PROXY: booleanFlag.optional(),
  ATTACHMENT_MAX_MB: z.coerce
    .number({ error: 'ожидается число мегабайт' })
    .positive('размер должен быть больше нуля')
    .max(1024, 'не более 1024 МБ')
    .default(25),
}).superRefine((e, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!e.SMTP_HOST) {
    // A half-set mail configuration is a mistake, not «mail off».
    for (const name of ['SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD', 'MAIL_FROM'] as const) {
      if (e[name] !== undefined) issue(name, 'задан, а SMTP_HOST (адрес почтового сервера) — нет');
    }
    return;
  }
  if (!e.MAIL_FROM) issue('MAIL_FROM', 'обязателен вместе с SMTP_HOST: адрес отправителя писем, например «Администрация района <priem@example.ru>»');
  if (e.SMTP_USER && !e.SMTP_PASSWORD) issue('SMTP_PASSWORD', 'не задан пароль для SMTP_USER');
  if (e.SMTP_PASSWORD && !e.SMTP_USER) issue('SMTP_USER', 'не задано имя пользователя для SMTP_PASSWORD');
});

export class ConfigError extends Error {}

/** Reads and validates the environment; throws one ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Неверная конфигурация, запуск остановлен:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    publicUrl,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    profile: e.PRIEMNAYA_PROFILE,
    // Demo data is on for the embedded database unless switched off, off on PostgreSQL unless switched on.
    demo: e.PRIEMNAYA_DEMO ?? e.DATABASE_URL === undefined,
    smtp: e.SMTP_HOST && e.MAIL_FROM ? smtpConfig(e, e.SMTP_HOST, e.MAIL_FROM) : null,
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy: e.TRUST_PROXY ?? false,
    attachmentMaxBytes: Math.round(e.ATTACHMENT_MAX_MB * 1024 * 1024),
  };
}

/** Port 465 means TLS from the start; otherwise 587 (submission, STARTTLS) unless told. */
function smtpConfig(e: z.infer<typeof envSchema>, host: string, from: string): SmtpConfig {
  const secure = e.SMTP_SECURE ?? e.SMTP_PORT === 465;
  return { host, port: e.SMTP_PORT ?? (secure ? 465 : 587), secure, user: e.SMTP_USER, password: e.SMTP_PASSWORD, from };
}

/** SESSION_SECRET unset: generated on first start and kept in DATA_DIR (mode 0600). */
function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
