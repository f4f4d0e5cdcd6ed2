import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney } from '../support/journey';
import { buildAppealInput, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../src/server/testing/factories';

const ROADS = 'О ремонте дорог в микрорайоне Учхоз';

/** Registers an appeal as the logged-in user would: through the API, with the session's CSRF token. */
async function registerFromPage(page: Page, input: unknown): Promise<{ id: number; number: string }> {
  return page.evaluate(async (body) => {
    const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const res = await fetch('/api/appeals', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: number; number: string };
  }, input);
}

describe.skipIf(!chromiumPath)('registration journal journey in Chromium (REG-10)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));

  it('the registrar searches the journal, saves the filter, exports it to Excel and opens the print version', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await login(page, server.url, 'registrar', server.demoPassword('registrar'));
    await changeForcedPassword(page, server.demoPassword('registrar'), 'zhurnal-2026');

    const receivedAt = new Date(Date.now() - 60_000).toISOString();
    const author = buildAppealInput().authors[0]!;
    const roads = await registerFromPage(page, buildAppealInput({ receivedAt, annotation: ROADS, authors: [{ ...author, surname: 'Семёнова', firstName: 'Анна', patronymic: 'Ильинична', gender: 'f', postalAddress: 'г. Ханты-Мансийск, ул. Учхоз, д. 4' }], questions: [{ totkCode: TOTK_TRANSPORT, annotation: '' }] }));
    await registerFromPage(page, buildAppealInput({ receivedAt, annotation: 'О перерасчёте пенсии по старости', questions: [{ totkCode: TOTK_PENSIONS, annotation: '' }] }));

    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Журнал' }).click();
    await page.getByRole('heading', { name: 'Журнал регистрации обращений' }).waitFor();
    const rows = page.getByTestId('journal-row');
    await expect.poll(() => rows.count()).toBe(2);

    // Another word form finds the roads: «дорога» → «дорог».
    await page.getByLabel('Поиск по тексту, аннотации и авторам').fill('дорога');
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(/\/app\/journal\?q=%D0%B4%D0%BE%D1%80%D0%BE%D0%B3%D0%B0$/);
    await expect.poll(() => page.getByTestId('journal-total').textContent()).toBe('Найдено обращений: 1');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(ROADS);
    expect(await rows.first().textContent()).toContain('Семёнова Анна Ильинична');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Saved under a name, it is offered again and chosen.
    await page.getByRole('button', { name: 'Сохранить фильтр' }).click();
    const dialog = page.getByRole('dialog', { name: 'Сохранение фильтра' });
    await dialog.getByLabel(/^Название фильтра/).fill('Дороги');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('combobox', { name: 'Сохранённые фильтры' }).inputValue()).toBe('Дороги');
    const saved = await page.evaluate(async () => (await fetch('/api/journal/filters')).json());
    expect(saved).toMatchObject([{ name: 'Дороги', query: { q: 'дорога' } }]);

    // The export: an .xlsx with the same selection.
    const [download, response] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse((r) => r.url().includes('/api/appeals/export.xlsx')),
      page.getByRole('link', { name: 'Выгрузить в Excel' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(download.suggestedFilename()).toMatch(/^Журнал регистрации обращений \d\d\.\d\d\.\d{4}\.xlsx$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as every .xlsx
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Журнал регистрации обращений граждан');
    expect(sheet.getRow(5).getCell(2).value).toBe(roads.number);
    expect(sheet.getRow(5).getCell(6).value).toBe(ROADS);

    // The print version: the same selection without the workplace around it.
    await page.getByRole('link', { name: 'Версия для печати' }).click();
    await page.waitForURL(/\/app\/journal\/print\?q=/);
    await page.getByRole('heading', { name: 'Журнал регистрации обращений граждан' }).waitFor();
    const printTable = page.getByRole('table', { name: 'Журнал регистрации обращений граждан' });
    await printTable.getByText(ROADS).waitFor();
    expect(await printTable.getByRole('row').count()).toBe(2); // the header and the roads
    expect(await page.getByRole('navigation', { name: 'Разделы' }).count()).toBe(0);
    expect(await page.getByText('Условия отбора: поиск: «дорога»').count()).toBe(1);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Печать' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Back in the journal with the same conditions; the saved filter is deleted after a confirmation.
    await page.getByRole('link', { name: 'Вернуться к журналу' }).click();
    await page.waitForURL(/\/app\/journal\?q=/);
    await expect.poll(() => page.getByLabel('Поиск по тексту, аннотации и авторам').inputValue()).toBe('дорога');
    await page.getByRole('button', { name: 'Удалить фильтр «Дороги»' }).click();
    await page.getByRole('dialog', { name: 'Удаление фильтра' }).getByRole('button', { name: 'Удалить' }).click();
    await expect.poll(() => page.evaluate(async () => ((await (await fetch('/api/journal/filters')).json()) as unknown[]).length)).toBe(0);

    // A search that finds nothing says so; a row opens the case.
    await page.getByLabel('Поиск по тексту, аннотации и авторам').fill('космодром');
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.getByText('Обращений, отвечающих условиям отбора, нет.').waitFor();
    await page.getByRole('button', { name: 'Сбросить условия' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: ROADS }).getByRole('cell').nth(4).click();
    await page.waitForURL(new RegExp(`/app/appeals/${roads.id}$`));
    await page.close();
  });
});
