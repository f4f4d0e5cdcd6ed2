import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, browserSkipReason, chromiumPath, launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const NEW_PASSWORD = 'kalendar-2026';
const DECREE_2027 = 'Постановление Правительства РФ от 01.10.2026 № 1500 «О переносе выходных дней в 2027 году»';

/** Two bad lines in one file: each must be reported with its line number. */
const BAD_XML = ['<calendar year="2027">', '<day d="02.30" t="1"/>', '<day d="13.01" t="1"/>', '</calendar>', ''].join('\n');
const GOOD_XML = ['<?xml version="1.0" encoding="UTF-8"?>', '<calendar year="2028">', '<days>', '<day d="01.10" t="1"/>', '</days>', '</calendar>', ''].join('\n');

async function pickYear(page: Page, year: number) {
  await page.getByRole('radiogroup', { name: 'Год' }).getByText(String(year), { exact: true }).click();
  await page.getByRole('heading', { name: `Производственный календарь на ${year} год` }).waitFor();
}

async function upload(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Загрузить из XML').click();
  await (await chooser).setFiles(path);
}

/** Toasts of earlier steps are not part of this screen's check (their own contrast belongs to the theme). */
async function dismissNotifications(page: Page) {
  const close = page.getByRole('button', { name: 'Закрыть уведомление' });
  // A toast may be closing on its own while we reach for it: a short try, then look again.
  for (let i = 0; i < 20 && (await close.count()) > 0; i++) await close.first().click({ timeout: 1000 }).catch(() => {});
  expect(await close.count()).toBe(0);
}

const workingDays = async (page: Page, month: string) => /рабочих дней: (\d+)/.exec((await page.getByRole('region', { name: month }).textContent()) ?? '')?.[1];

describe.skipIf(!chromiumPath)('production calendar journey in Chromium (ADM-5)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const files = mkdtempSync(join(tmpdir(), 'priemnaya-calendar-'));

  beforeAll(async () => {
    server = await startServer({ env: { PRIEMNAYA_DEMO: 'true' } });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the calendar from administration and shows 2026 as confirmed', async () => {
    await page.goto(`${server.url}/app`);
    await page.getByLabel('Имя пользователя').fill('admin');
    await page.getByLabel(/^Пароль/).fill(server.demoPassword('admin'));
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('heading', { name: 'Смена пароля' }).waitFor();
    await page.getByLabel('Текущий пароль').fill(server.demoPassword('admin'));
    await page.getByLabel(/^Новый пароль( \*)?$/).fill(NEW_PASSWORD);
    await page.getByLabel('Новый пароль ещё раз').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await page.getByRole('heading', { name: /Добро пожаловать/ }).waitFor();

    await page.getByRole('link', { name: 'Администрирование' }).first().click();
    await page.getByRole('tab', { name: 'Производственный календарь' }).click();
    await pickYear(page, 2026);
    expect(await workingDays(page, 'Январь')).toBe('15');
    await page.getByText(/^Подтверждён:/).waitFor();
    // The kind is in the accessible name, not only in the colour.
    await page.getByRole('button', { name: /^9 января 2026 г\., пятница: выходной день \(перенос\)/ }).waitFor();
    await page.getByRole('button', { name: /^1 января 2026 г\., четверг: нерабочий праздничный день/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('warns that 2027 is not confirmed and changes one of its days with a ground', async () => {
    await pickYear(page, 2027);
    const warning = page.getByText('Календарь на 2027 год не подтверждён');
    await warning.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const novemberBefore = Number(await workingDays(page, 'Ноябрь'));

    // Keyboard: from 4 November the right arrow reaches Friday 5 November, Enter opens it.
    await page.getByRole('button', { name: /^4 ноября 2027 г\./ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^5 ноября 2027 г\., пятница: рабочий день/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '5 ноября 2027 г.' });
    await dialog.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByLabel('Выходной день (перенос)').check();

    // The server refuses a ground too short: its message under the field, the choice kept.
    await dialog.getByLabel(/^Основание изменения/).fill('аб');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.getByText('Укажите основание изменения').waitFor();
    expect(await dialog.getByLabel('Выходной день (перенос)').isChecked()).toBe(true);

    await dialog.getByLabel(/^Основание изменения/).fill('Проект постановления Правительства о переносе выходных дней в 2027 году');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /^5 ноября 2027 г\., пятница: выходной день \(перенос\)/ }).waitFor();
    await expect.poll(() => workingDays(page, 'Ноябрь')).toBe(String(novemberBefore - 1));
  });

  it('confirms 2027 by the Government decree', async () => {
    await page.getByRole('button', { name: 'Подтвердить год' }).click();
    const dialog = page.getByRole('dialog', { name: 'Подтверждение календаря на 2027 год' });
    await dialog.getByLabel(/^Основание/).fill(DECREE_2027);
    await dialog.getByRole('button', { name: 'Подтвердить', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Подтверждён: ${DECREE_2027}`).waitFor();
    await page.getByText('Календарь на 2027 год не подтверждён').waitFor({ state: 'detached' });
    // The shell's warning about unconfirmed years follows at once.
    await page.getByText('Производственный календарь не подтверждён').waitFor({ state: 'detached' });

    // The export link downloads the year with the changed day.
    const link = page.getByRole('link', { name: 'Выгрузить в XML' });
    expect(await link.getAttribute('href')).toBe('/api/admin/calendar/2027/export');
    expect(await link.getAttribute('download')).toBe('calendar-2027.xml');
    const xml = await page.evaluate(async (href) => (await fetch(href)).text(), '/api/admin/calendar/2027/export');
    expect(xml).toContain('<calendar year="2027"');
    expect(xml).toContain('<day d="11.05" t="1"');
  });

  it('lists every bad line of a rejected XML file and changes nothing', async () => {
    const bad = join(files, 'bad-2027.xml');
    writeFileSync(bad, BAD_XML);
    await upload(page, bad);
    const alert = page.getByRole('alert').filter({ hasText: 'Календарь из файла не загружен' });
    await alert.waitFor();
    const lines = await alert.getByRole('listitem').allTextContents();
    expect(lines).toEqual(['Строка 2: даты 30.02.2027 не существует.', 'Строка 3: даты 01.13.2027 не существует.']);
    await dismissNotifications(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByText(`Подтверждён: ${DECREE_2027}`).waitFor();
  });

  it('imports a good file, switches to its year and leaves it unconfirmed', async () => {
    const good = join(files, 'good-2028.xml');
    writeFileSync(good, GOOD_XML);
    await upload(page, good);
    await page.getByRole('heading', { name: 'Производственный календарь на 2028 год' }).waitFor();
    await page.getByText('Календарь на 2028 год не подтверждён').waitFor();
    await page.getByRole('button', { name: /^10 января 2028 г\., понедельник: выходной день \(перенос\)/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Выгрузить в XML' }).getAttribute('href')).toBe('/api/admin/calendar/2028/export');
  });
});

describe.skipIf(chromiumPath)(browserSkipReason, () => {
  it.skip('production calendar journey', () => {});
});
