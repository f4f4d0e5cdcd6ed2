import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type RunningServer } from './server';

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

/** The real server with demo data and a browser, for one journey file. */
/** A demo user's first login in a new page: the demo password, then the forced change to `newPassword`. */
export async function signInDemoUser(browser: Browser, server: RunningServer, user: string, newPassword: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  await login(page, server.url, user, server.demoPassword(user));
  await changeForcedPassword(page, server.demoPassword(user), newPassword);
  return page;
}

export async function openJourney(): Promise<{ server: RunningServer; browser: Browser }> {
  const server = await startServer({ env: { PRIEMNAYA_DEMO: 'true' } });
  return { server, browser: await launchBrowser() };
}

export async function closeJourney(server: RunningServer | undefined, browser: Browser | undefined) {
  await browser?.close();
  await server?.stop();
}

/** A call to the API in the page's session (the CSRF token from the session), for set-up steps that are not the subject of the journey. */
export async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const res = await fetch(url, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    { method, url, body },
  );
}

/** Chooses an option of a Mantine select. */
export async function choose(page: Page, combobox: Locator, option: string | RegExp) {
  await combobox.click();
  await page.getByRole('option', { name: option }).first().click();
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
