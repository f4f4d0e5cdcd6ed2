import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney } from '../support/journey';
import { buildAppealInput } from '../../src/server/testing/factories';
import { docxText } from '../../src/server/platform/documents/docx-text';

/** Registers a postal appeal through the API in the page's session (the journey is about the act, not the form). */
async function registerAppeal(page: Page): Promise<{ id: number; number: string }> {
  const input = buildAppealInput({ receivedAt: new Date(Date.now() - 3_600_000).toISOString(), authors: [{ ...buildAppealInput().authors[0]!, surname: 'Конвертов' }] });
  return page.evaluate(async (body) => {
    const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const res = await fetch('/api/appeals', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(await res.text());
    return (await res.json()) as { id: number; number: string };
  }, input);
}

/** INT-4: the registrar draws up the mail-opening act from the case page, with the keyboard. */
describe.skipIf(!chromiumPath)('the mail-opening act in Chromium (INT-4)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ server, browser } = await openJourney());
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, 'registrar', server.demoPassword('registrar'));
    await changeForcedPassword(page, server.demoPassword('registrar'), 'konvert-2026');
  });
  afterAll(() => closeJourney(server, browser));

  it('asks for the findings, refuses an empty act, confirms, and shows the act among the documents and in the timeline', async () => {
    const appeal = await registerAppeal(page);
    await page.goto(`${server.url}/app/appeals/${appeal.id}`);
    await page.getByRole('heading', { name: new RegExp(`Обращение № ${appeal.number}`) }).waitFor();
    await page.getByRole('button', { name: 'Составить акт вскрытия' }).click();
    const dialog = page.getByRole('dialog', { name: `Акт о вскрытии почтового отправления: обращение № ${appeal.number}` });
    await dialog.waitFor();

    // The dialog opens on the first box.
    const pages = dialog.getByRole('checkbox', { name: 'Отсутствуют листы обращения или приложения к нему' });
    await expect.poll(() => pages.evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog.getByRole('button', { name: 'Далее' }).click();
    await dialog.getByText('Отметьте хотя бы одно: чего недостает в почтовом отправлении или что в нём обнаружено.').waitFor();

    // Keyboard: Space ticks the box, Tab goes to its description.
    await pages.focus();
    await page.keyboard.press('Space');
    expect(await pages.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('отсутствует лист 3');
    expect(await dialog.getByLabel(/^Описание: отсутствуют листы/).inputValue()).toBe('отсутствует лист 3');

    await dialog.getByRole('checkbox', { name: 'Деньги, материальные ценности, иные предметы' }).check();
    await dialog.getByRole('button', { name: 'Далее' }).click();
    await dialog.getByText('Опишите, что именно выявлено.').waitFor();
    await dialog.getByLabel(/^Описание: деньги/).fill('денежная купюра 100 руб.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Далее' }).click();

    await dialog.getByText('Отсутствуют листы обращения (приложения к нему): отсутствует лист 3').waitFor();
    await dialog.getByText('Обнаружены денежные средства, материальные ценности, иные предметы: денежная купюра 100 руб.').waitFor();
    await dialog.getByRole('button', { name: 'Составить акт' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/^Акт о вскрытии почтового отправления от \d\d\.\d\d\.\d{4} приобщён к обращению\. Экземпляр автору \(почта \(печать и отправка\)\) поставлен в очередь отправки, срок отправки — \d\d\.\d\d\.\d{4}\.$/).waitFor();

    const documents = page.getByRole('region', { name: 'Документы' });
    await expect.poll(() => documents.getByText('Акт о вскрытии почтового отправления', { exact: true }).count()).toBe(2);
    await documents.getByText('Приобщён к обращению').waitFor();
    const timeline = page.getByTestId('timeline');
    await timeline.getByText('Составлен акт о вскрытии почтового отправления').waitFor();
    await timeline.getByText('Отсутствуют листы обращения (приложения к нему): отсутствует лист 3').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const href = await documents.getByRole('link', { name: /^Скачать документ: Акт о вскрытии почтового отправления, обращение/ }).first().getAttribute('href');
    const bytes = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href!);
    const text = docxText(new Uint8Array(bytes));
    expect(text).toContain('1. Отсутствуют листы обращения (приложения к нему): отсутствует лист 3.');
    expect(text).toContain(`за № ${appeal.number}`);
  });
});
