import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney } from '../support/journey';

const PROSECUTOR = 'Прокуратура Ханты-Мансийского автономного округа – Югры';
const NEW_BODY = 'Служба жилищного и строительного надзора Ханты-Мансийского автономного округа – Югры';

describe.skipIf(!chromiumPath)('directory of external bodies journey in Chromium (ADM-3)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));

  it('the administrator finds the seeded prosecutor’s office, adds a body and switches it off', async () => {
    const page = await browser.newPage();
    await login(page, server.url, 'admin', server.demoPassword('admin'));
    await changeForcedPassword(page, server.demoPassword('admin'), 'organy-2026');
    await page.getByRole('link', { name: 'Администрирование' }).first().click();
    await page.getByRole('tab', { name: 'Органы и организации' }).click();
    await page.waitForURL(/\/app\/admin\/external-bodies$/);

    // The starter list of the HMR region: the okrug's prosecutor's office, its address still to be confirmed.
    const table = page.getByRole('table');
    const prosecutorRow = table.getByRole('row').filter({ hasText: PROSECUTOR });
    await prosecutorRow.waitFor();
    expect(await prosecutorRow.textContent()).toContain('Адрес уточняется.');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Search ignores case and ё/е; the kind filter narrows the list.
    await page.getByLabel('Поиск по наименованию').fill('ПРОКУРАТУРА югры');
    await expect.poll(() => table.getByRole('row').count()).toBe(2); // the header and one body
    await page.getByLabel('Поиск по наименованию').fill('');
    await page.getByRole('combobox', { name: 'Вид' }).click();
    await page.getByRole('option', { name: 'Суд', exact: true }).click();
    await expect.poll(async () => (await table.textContent()) ?? '').not.toContain(PROSECUTOR);
    await table.getByText(/^Суд Ханты-Мансийского автономного округа – Югры/).waitFor();
    await page.getByRole('combobox', { name: 'Вид' }).click();
    await page.getByRole('option', { name: 'Суд', exact: true }).click(); // choosing it again clears the filter
    await prosecutorRow.waitFor();

    // A new body: the server's Russian message under the empty field first, then the saved record.
    await page.getByRole('button', { name: 'Добавить орган или организацию' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый орган или организация' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.getByText('Укажите наименование органа или организации.').waitFor();
    await dialog.getByText('Укажите вид органа или организации.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByLabel(/^Полное наименование/).fill(NEW_BODY);
    await dialog.getByRole('combobox', { name: /^Вид/ }).click();
    await page.getByRole('option', { name: 'Орган субъекта РФ' }).click();
    await dialog.getByLabel(/^Почтовый адрес/).fill('г. Ханты-Мансийск, Ханты-Мансийский автономный округ – Югра');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const newRow = table.getByRole('row').filter({ hasText: NEW_BODY });
    await newRow.waitFor();
    expect(await newRow.textContent()).toContain('Орган субъекта РФ');

    // Switched off: still listed, no longer offered in pickers.
    const active = page.getByRole('switch', { name: `Действует: ${NEW_BODY}` });
    expect(await active.isChecked()).toBe(true);
    await active.click(); // the switch follows the saved record, so it changes after the server's answer
    await expect.poll(() => active.isChecked()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
