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
  smtpUrl: string | undefined;
  secureCookies: boolean;
  trustProxy: boolean;
  /** The largest attachment file accepted (bytes). */
  attachmentMaxBytes: number;
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
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'ожидается адрес вида smtp://сервер:25').optional(),
  TRUST_PROXY: booleanFlag.optional(),
  ATTACHMENT_MAX_MB: z.coerce
    .number({ error: 'ожидается число мегабайт' })
    .positive('размер должен быть больше нуля')
    .max(1024, 'не более 1024 МБ')
    .default(25),
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
    smtpUrl: e.SMTP_URL,
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy: e.TRUST_PROXY ?? false,
    attachmentMaxBytes: Math.round(e.ATTACHMENT_MAX_MB * 1024 * 1024),
  };
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
