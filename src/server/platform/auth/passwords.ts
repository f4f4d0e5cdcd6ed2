import argon2 from 'argon2';
import { randomInt } from 'node:crypto';

// OWASP password storage: argon2id, 19 MiB, 2 iterations, 1 lane.
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash that never verifies, used to spend the same time on unknown logins. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('dummy-password-for-timing');
  return dummyHash;
}

// No look-alike characters (0/O, 1/l/I), so it can be read out over the phone.
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password handed out by the administrator; the user must change it on first login. */
export function generatePassword(length = 12): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const PASSWORD_MIN_LENGTH = 10;

/** Returns a Russian message when the new password is not acceptable. */
export function passwordProblem(password: string, login: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Пароль должен содержать не менее ${PASSWORD_MIN_LENGTH} символов.`;
  if (password.toLowerCase().includes(login.toLowerCase())) return 'Пароль не должен содержать имя пользователя.';
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) return 'Пароль должен содержать буквы и цифры.';
  return null;
}
