import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, browserSkipReason, chromiumPath } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney } from '../support/journey';

const NEW_PASSWORD = 'moi-parol-2026';

const navItems = (page: Page) => page.getByRole('navigation', { name: 'Разделы' }).getByRole('link').allTextContents();

describe.skipIf(!chromiumPath)('foundation journey in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));

  it('shows the public portal with the organisation from the profile', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Обращения граждан' }).waitFor();
    expect(await page.textContent('main')).toContain('Ханты-Мансийского района');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('logs the registrar in, forces the password change, shows his menu and refuses administration', async () => {
    const page = await browser.newPage();
    await login(page, server.url, 'registrar', 'wrong-password');
    await page.getByRole('alert').filter({ hasText: 'Неверное имя пользователя или пароль.' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel(/^Пароль/).fill(server.demoPassword('registrar'));
    await page.getByRole('button', { name: 'Войти' }).click();
    await changeForcedPassword(page, server.demoPassword('registrar'), NEW_PASSWORD);
    expect(await navItems(page)).toEqual(['Регистрация', 'Журнал', 'Почтовые отправления', 'Одномоментные акции', 'Контроль', 'Личный приём', 'Отчёты', 'Калькулятор сроков']);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Keyboard: the skip link is the first stop and leads to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Перейти к содержанию');

    await page.goto(`${server.url}/app/admin/users`);
    await page.getByRole('heading', { name: 'Нет доступа' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/admin/users')).status);
    expect(status).toBe(403);
    await page.close();
  });

  it('lets the administrator open user administration and create a user with a one-time password', async () => {
    const page = await browser.newPage();
    await login(page, server.url, 'admin', server.demoPassword('admin'));
    await changeForcedPassword(page, server.demoPassword('admin'), NEW_PASSWORD);
    expect(await navItems(page)).toEqual(['Почтовые отправления', 'Администрирование']);
    await page.getByRole('link', { name: 'Администрирование' }).first().click();
    await page.getByRole('tab', { name: 'Пользователи' }).waitFor();
    await page.getByText('registrar', { exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Добавить пользователя' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Имя пользователя/).fill('ivanova');
    await dialog.getByLabel(/^Фамилия/).fill('Иванова');
    await dialog.getByLabel(/^Имя( \*)?$/).fill('Мария');
    await dialog.getByLabel('Исполнитель').check();
    await dialog.getByRole('button', { name: /Создать|Сохранить/ }).click();
    const passwordField = page.getByLabel('Временный пароль');
    await passwordField.waitFor();
    const password = await passwordField.inputValue();
    expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(await page.getByRole('dialog').filter({ has: passwordField }).textContent()).toContain('ivanova');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Готово' }).click();
    await page.getByRole('cell', { name: 'ivanova' }).waitFor();

    // The generated password works once and must be changed at first login.
    const other = await browser.newContext();
    const newcomer = await other.newPage();
    await login(newcomer, server.url, 'ivanova', password);
    await newcomer.getByRole('heading', { name: 'Смена пароля' }).waitFor();
    await other.close();
    await page.close();
  });

  it('brings a user whose session ended back to the page he was on', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/app/deadlines`);
    await page.getByLabel(/^Имя пользователя/).fill('registrar');
    await page.getByLabel(/^Пароль/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('heading', { name: 'Калькулятор сроков' }).waitFor();
    await page.close();
  });

  it('keeps the data after a restart', async () => {
    await server.stop();
    server = await startServer({ dataDir: server.dataDir, env: { PRIEMNAYA_DEMO: 'true' } });
    const page = await browser.newPage();
    await login(page, server.url, 'registrar', NEW_PASSWORD);
    await page.getByRole('heading', { name: /Добро пожаловать/ }).waitFor();
    await page.close();
  });
});

describe.skipIf(chromiumPath)(browserSkipReason, () => {
  it.skip('foundation journey', () => {});
});
