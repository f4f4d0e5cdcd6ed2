import type { Page } from 'playwright-core';

/** Logs in through the login form. */
export async function login(page: Page, base: string, user: string, password: string) {
  await page.goto(`${base}/app`);
  await page.getByLabel(/^Имя пользователя/).fill(user);
  await page.getByLabel(/^Пароль/).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

/** Replaces the generated (demo) password at the forced change screen. */
export async function changeForcedPassword(page: Page, from: string, to: string) {
  await page.getByRole('heading', { name: 'Смена пароля' }).waitFor();
  await page.getByLabel(/^Текущий пароль/).fill(from);
  await page.getByLabel(/^Новый пароль( \*)?$/).fill(to);
  await page.getByLabel(/^Новый пароль ещё раз/).fill(to);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
  await page.getByRole('heading', { name: /Добро пожаловать/ }).waitFor();
}
