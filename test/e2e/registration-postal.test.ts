import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney } from '../support/journey';
import { minimalPdf } from '../../src/server/testing/sample-files';
import { docxText } from '../../src/server/platform/documents/docx-text';
import { findOffice, hasPdftotext, readDocxThroughPdf } from '../../src/server/testing/read-docx';
import { formatDateRu, localDate } from '../../src/domain/time/local-date';

const ZONE = 'Asia/Yekaterinburg';

async function choose(page: Page, combobox: Locator, option: string | RegExp) {
  await combobox.click();
  await page.getByRole('option', { name: option }).first().click();
}

async function question(page: Page, index: number, typed: string, option: RegExp) {
  const field = page.getByTestId(`question-${index}`).getByRole('combobox', { name: /Вопрос по классификатору ТОТК/ });
  await field.click();
  await field.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function person(card: Locator, surname: string, name: string, patronymic: string, address: string) {
  await card.getByLabel(/^Фамилия/).fill(surname);
  await card.getByLabel(/^Имя/).fill(name);
  await card.getByLabel(/^Отчество/).fill(patronymic);
  await card.getByLabel(/^Почтовый адрес/).fill(address);
}

/**
 * The acceptance journey: a postal collective appeal with two questions and a scanned
 * attachment is registered, the registration notice is downloaded and read, the appeal is found in
 * the journal by another word form, and the same author's next appeal brings up the earlier one.
 */
describe.skipIf(!chromiumPath)('a postal collective appeal, from the envelope to the journal', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));

  it('registers it with a scan, gives the number and the notice, finds it and its author again', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, 'registrar', server.demoPassword('registrar'));
    await changeForcedPassword(page, server.demoPassword('registrar'), 'registr-2026');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Регистрация' }).click();
    await page.getByRole('heading', { name: 'Регистрация обращения' }).waitFor();

    const yesterday = localDate(new Date(Date.now() - 86_400_000), ZONE);
    const date = page.getByLabel(/^Дата поступления/);
    await date.fill(formatDateRu(yesterday));
    await date.press('Enter');
    await page.getByLabel(/^Время поступления/).fill('11:00');
    await choose(page, page.getByRole('combobox', { name: /^Вид обращения/ }), 'Заявление');
    await page.getByLabel(/^Адресат/).fill('Главе Ханты-Мансийского района');

    // Two signatories; the answer goes to the second.
    await page.getByLabel('Коллективное обращение').check();
    await person(page.getByTestId('author-0'), 'Кузнецов', 'Пётр', 'Ильич', '628011, г. Ханты-Мансийск, ул. Мира, д. 7, кв. 3');
    await page.getByRole('button', { name: 'Добавить подписавшего' }).click();
    await person(page.getByTestId('author-1'), 'Орлова', 'Мария', 'Викторовна', '628011, г. Ханты-Мансийск, ул. Мира, д. 7, кв. 9');
    await page.getByRole('radiogroup', { name: /^Кому направить ответ/ }).getByRole('radio', { name: /Орлова/ }).check();

    await question(page, 0, 'проезд', /Проезд льготных категорий граждан/);
    await page.getByRole('button', { name: 'Добавить вопрос' }).click();
    await question(page, 1, 'освещение', /освещ/i);
    await page.getByLabel(/^Аннотация/).fill('О ремонте дорог во дворе дома и уличном освещении, о льготном проезде');
    await page.getByLabel(/^Количество листов/).fill('3');
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();

    const result = page.getByTestId('registration-result');
    const heading = result.getByRole('heading', { name: /^Обращение зарегистрировано: № \S+ от \d{2}\.\d{2}\.\d{4}$/ });
    await heading.waitFor();
    const number = /№ (\S+) от/.exec((await heading.textContent()) ?? '')![1]!;

    // The scan of the paper appeal, uploaded at once.
    const dir = mkdtempSync(join(tmpdir(), 'priemnaya-scan-'));
    const scan = join(dir, 'Скан обращения.pdf');
    writeFileSync(scan, minimalPdf('Scan'));
    const chooser = page.waitForEvent('filechooser');
    await page.getByLabel(/^Файлы/).click();
    await (await chooser).setFiles(scan);
    await page.getByRole('button', { name: 'Загрузить', exact: true }).click();
    await page.getByRole('cell', { name: /Скан обращения\.pdf/ }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The case shows the notice queued for post; the downloaded letter is addressed in the dative.
    await result.getByRole('link', { name: 'Открыть карточку' }).click();
    await page.getByRole('heading', { name: new RegExp(`^Обращение № ${number} от`) }).waitFor();
    const link = page.getByRole('link', { name: /^Скачать документ:/ }).first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    const bytes = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url!)).arrayBuffer())), href);
    // Read as a person reads it: LibreOffice renders the letter, pdftotext reads the page (where installed).
    const docx = Uint8Array.from(bytes);
    const office = findOffice();
    const text = ((office && hasPdftotext() ? readDocxThroughPdf(docx, office) : null) ?? docxText(docx)).replace(/\s+/g, ' ');
    expect(text).toContain('Орловой Марии Викторовне');
    expect(text).toContain('Уважаемая Мария Викторовна!');
    expect(text).toContain(number);
    expect(text).toContain(formatDateRu(localDate(new Date(), ZONE)));
    expect(await accessibilityViolations(page)).toEqual([]);

    // The journal finds it by another word form.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Журнал' }).click();
    const search = page.getByLabel(/^Поиск по тексту/);
    await search.fill('дорога');
    await search.press('Enter');
    await page.getByRole('link', { name: new RegExp(`^Обращение № ${number} от`) }).waitFor();

    // The same person writes again: the earlier appeal is suggested.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Регистрация' }).click();
    await person(page.getByTestId('author-0'), 'КУЗНЕЦОВ', 'Петр', 'Ильич', 'г. Ханты-Мансийск, ул. Мира, 7-3');
    await question(page, 0, 'проезд', /Проезд льготных категорий граждан/);
    const history = page.getByTestId('author-history');
    await history.getByRole('link', { name: new RegExp(`№ ${number} от`) }).waitFor();
    await expect.poll(() => history.getByTestId('history-suggestion').textContent()).toContain('Рекомендуется: повторное');
    await page.close();
  });
});
