import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { apiCall, changeForcedPassword, closeJourney, escapeRegExp, login, openJourney } from '../support/journey';
import { buildAppealInput } from '../../src/server/testing/factories';
import { docxText } from '../../src/server/platform/documents/docx-text';
import { formatDateRu, localDate } from '../../src/domain/time/local-date';

const ZONE = 'Asia/Yekaterinburg';
const NOTICE = 'Уведомление о регистрации обращения';

type Doc = { id: number; route: string; status: string; kind: string };

/**
 * ANS-7 (HMR 8.6, DUKI 5.21): two written appeals are registered; their registration notices wait
 * for the post. The registrar opens «Почтовые отправления», prints an envelope, ticks one letter and
 * forms the register of postal items after a confirmation: the letter leaves the list, it is
 * «Отправлено» on the case, the register is listed and its .docx names the letter.
 */
describe.skipIf(!chromiumPath)('postal dispatch journey in Chromium (ANS-7)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const appeals: { id: number; number: string; surname: string; address: string }[] = [];

  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));

  const read = async (download: Download) => docxText(new Uint8Array(readFileSync(await download.path())));
  const rowOf = (a: (typeof appeals)[number]) => page.getByTestId('postal-row').filter({ hasText: `№ ${a.number}` });

  it('the registrar registers two written appeals; their notices are queued for the post', async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    await login(page, server.url, 'registrar', server.demoPassword('registrar'));
    await changeForcedPassword(page, server.demoPassword('registrar'), 'registr-postal-2026');
    const author = buildAppealInput().authors[0]!;
    for (const [surname, address] of [
      ['Почтальонов', '628011, г. Ханты-Мансийск, ул. Мира, д. 7, кв. 3'],
      ['Конвертов', '628012, г. Ханты-Мансийск, ул. Ленина, д. 40'],
    ] as const) {
      const created = await apiCall<{ id: number; number: string }>(page, 'POST', '/api/appeals', buildAppealInput({ receivedAt: new Date(Date.now() - 3_600_000).toISOString(), authors: [{ ...author, surname, postalAddress: address }] }));
      appeals.push({ ...created, surname, address });
    }
    // The registration notice is made by a background job a moment after the registration.
    for (const a of appeals) {
      await expect.poll(async () => (await apiCall<Doc[]>(page, 'GET', `/api/appeals/${a.id}/documents`)).filter((d) => d.route === 'post' && d.status === 'queued').length, { timeout: 20_000 }).toBe(1);
    }
  });

  it('lists them in «Почтовые отправления»; the envelope is addressed from the organisation to the author', async () => {
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Почтовые отправления' }).click();
    await page.getByRole('heading', { name: 'Почтовые отправления' }).waitFor();
    for (const a of appeals) await rowOf(a).waitFor();
    const first = appeals[0]!;
    const row = (await rowOf(first).textContent()) ?? '';
    expect(row).toContain(NOTICE);
    expect(row).toContain(`${first.surname} Иван Петрович`);
    expect(row).toContain(first.address);
    expect(await accessibilityViolations(page)).toEqual([]);

    const [envelope] = await Promise.all([page.waitForEvent('download'), rowOf(first).getByRole('button', { name: /^Скачать конверт/ }).click()]);
    expect(envelope.suggestedFilename()).toBe(`Конверт — ${NOTICE}, обращение № ${first.number.replace(/[\\/]/g, '-')}.docx`);
    const lines = (await read(envelope)).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines[0]).toMatch(/^От кого: Администрация/);
    expect(lines.slice(-3)).toEqual([`Кому: ${first.surname} Иван Петрович`, 'Куда: г. Ханты-Мансийск, ул. Мира, д. 7, кв. 3', 'Индекс: 628011']);
  });

  it('«Выбрать все» ticks every row; the registrar keeps one letter and forms the register after a confirmation', async () => {
    const [first, second] = appeals as [(typeof appeals)[number], (typeof appeals)[number]];
    const form = page.getByRole('button', { name: 'Сформировать реестр' });
    expect(await form.isDisabled()).toBe(true);
    const total = await page.getByTestId('postal-row').count();
    await page.getByRole('checkbox', { name: 'Выбрать все' }).check();
    await page.getByText(`Выбрано: ${total} из ${total}`).waitFor();
    await page.getByRole('checkbox', { name: 'Выбрать все' }).uncheck();
    await page.getByText(`Выбрано: 0 из ${total}`).waitFor();
    await rowOf(first).getByRole('checkbox', { name: /^Включить в реестр/ }).check();
    await page.getByText(`Выбрано: 1 из ${total}`).waitFor();

    // The confirmation says what happens; «Отмена» changes nothing.
    await form.click();
    const confirm = page.getByRole('dialog', { name: 'Формирование реестра почтовых отправлений' });
    await confirm.getByText('Сформировать реестр почтовых отправлений: 1 документ?').waitFor();
    expect(await confirm.textContent()).toContain('отметку нельзя отменить');
    expect(await accessibilityViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Отмена' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await rowOf(first).waitFor();

    await form.click();
    await confirm.getByRole('button', { name: 'Сформировать реестр' }).click();
    const formed = page.getByTestId('register-formed');
    await formed.waitFor();
    const year = localDate(new Date(), ZONE).slice(0, 4);
    const title = (await formed.textContent()) ?? '';
    const number = new RegExp(`Реестр № (Р-\\d+/${year}) от ${escapeRegExp(formatDateRu(localDate(new Date(), ZONE)))} сформирован`).exec(title)?.[1];
    expect(number, title).toBeDefined();
    expect(title).toContain('Включено отправлений: 1.');
    // The letter left the list; the other one still waits.
    await expect.poll(() => rowOf(first).count()).toBe(0);
    await rowOf(second).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // On the case: «Отправлено».
    const docs = await apiCall<Doc[]>(page, 'GET', `/api/appeals/${first.id}/documents`);
    expect(docs.find((d) => d.kind === 'registration-notice')).toMatchObject({ route: 'post', status: 'sent' });

    // «Реестры»: the register with its number, one item, who formed it; its .docx names the letter.
    await page.getByRole('tab', { name: 'Реестры' }).click();
    const registerRow = page.getByTestId('register-row').filter({ hasText: `№ ${number}` });
    await registerRow.waitFor();
    const text = (await registerRow.textContent()) ?? '';
    expect(text).toContain(formatDateRu(localDate(new Date(), ZONE)));
    expect(text).toContain('Петрова Анна Сергеевна');
    expect(await accessibilityViolations(page)).toEqual([]);
    const [file] = await Promise.all([page.waitForEvent('download'), registerRow.getByRole('button', { name: `Скачать реестр № ${number}` }).click()]);
    expect(file.suggestedFilename()).toBe(`Реестр почтовых отправлений № ${number!.replace('/', '-')} от ${formatDateRu(localDate(new Date(), ZONE))}.docx`);
    const register = await read(file);
    expect(register).toContain(`РЕЕСТР ПОЧТОВЫХ ОТПРАВЛЕНИЙ № ${number}`);
    expect(register).toContain(`${first.surname} Иван Петрович`);
    expect(register).toContain('628011');
    expect(register).toContain('г. Ханты-Мансийск, ул. Мира, д. 7, кв. 3');
    expect(register).toContain(`${NOTICE}; обращение № ${first.number}`);
    expect(register).toContain('Всего отправлений: 1 (один).');
    expect(register).not.toContain(second.surname);
  });

  it('a letter handed over elsewhere meanwhile is refused with the reason; the list is read again and ends empty', async () => {
    const second = appeals[1]!;
    await page.getByRole('tab', { name: 'Ожидают отправки' }).click();
    await rowOf(second).waitFor();
    // Meanwhile the letter is marked on the case page as printed and handed to the post.
    const doc = (await apiCall<Doc[]>(page, 'GET', `/api/appeals/${second.id}/documents`)).find((d) => d.kind === 'registration-notice')!;
    await apiCall(page, 'POST', `/api/outgoing-documents/${doc.id}/printed`, {});
    await rowOf(second).getByRole('checkbox', { name: /^Включить в реестр/ }).check();
    await page.getByRole('button', { name: 'Сформировать реестр' }).click();
    await page.getByRole('dialog', { name: 'Формирование реестра почтовых отправлений' }).getByRole('button', { name: 'Сформировать реестр' }).click();
    const refusal = page.getByTestId('register-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(`«${NOTICE}» по обращению № ${second.number} уже не ожидает отправки: состояние — «Передано на отправку»`);
    await page.getByText('Документов, ожидающих отправки почтой, нет.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
