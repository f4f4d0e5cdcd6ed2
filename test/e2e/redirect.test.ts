import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { closeJourney, openJourney, apiCall, choose, escapeRegExp, signInDemoUser } from '../support/journey';
import { buildAppealInput, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../src/server/testing/factories';
import { docxText } from '../../src/server/platform/documents/docx-text';
import { computeDeadline } from '../../src/domain/deadlines';
import { getProfile } from '../../src/domain/profiles';
import { ProductionCalendar, shippedCalendars } from '../../src/domain/calendar';
import { formatDateRu } from '../../src/domain/time/local-date';

type Body = { id: number; name: string; postalAddress: string; email: string };

// The seeded directory of an HMR organisation (ADM-3 starter list): two bodies with a postal address, one still without.
const GOVERNMENT = 'Правительство Ханты-Мансийского автономного округа – Югры';
const MINTRUD = 'Министерство труда и социальной защиты Российской Федерации';
const PROSECUTOR = 'Прокуратура Ханты-Мансийского автономного округа – Югры';
const Q1 = '№ 1. Проезд льготных категорий граждан';
const Q2 = '№ 2. Своевременность и качество пенсионного обеспечения';
const COVER = 'Сопроводительное письмо о направлении обращения по компетенции';
const NOTICE = 'Уведомление автора о переадресации обращения';

/**
 * ROU-7, ROU-8 (59-ФЗ ст. 8 ч. 3, ч. 6): a complaint about an official is refused for that official,
 * then redirected by competence to two bodies — cover letters registered with outgoing numbers, the
 * author's notices queued, the term computed by the deadline engine.
 */
describe.skipIf(!chromiumPath)('redirect journey in Chromium (ROU-7, ROU-8)', () => {
  let server: RunningServer;
  let browser: Browser;
  let appeal: { id: number; number: string; registrationDate: string };
  let registrarPage: Page;
  const bodies: Record<string, Body> = {};

  /** A demo user logs in and replaces the generated password. */
  const signIn = (user: string, newPassword: string): Promise<Page> => signInDemoUser(browser, server, user, newPassword);

  const consideration = (page: Page) => page.getByRole('region', { name: 'Рассмотрение' });
  const redirects = (page: Page) => page.getByRole('region', { name: 'Направление по компетенции' });
  const openCase = async (page: Page) => {
    await page.goto(`${server.url}/app/appeals/${appeal.id}`);
    await page.getByRole('heading', { name: new RegExp(`^Обращение № ${escapeRegExp(appeal.number)} от`) }).waitFor();
  };

  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));

  it('the registrar registers a complaint with two questions, marks the official complained about and hands it to the head', async () => {
    registrarPage = await signIn('registrar', 'registr-redirect-2026');
    const page = registrarPage;
    const created = await apiCall<{ id: number; number: string }>(page, 'POST', '/api/appeals', {
      ...buildAppealInput({
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        type: 'complaint',
        annotation: 'Жалоба на действия заместителя главы по вопросам льготного проезда и пенсии',
        questions: [
          { totkCode: TOTK_TRANSPORT, annotation: 'Отказ в льготном проезде' },
          { totkCode: TOTK_PENSIONS, annotation: 'Задержка перерасчёта пенсии' },
        ],
      }),
    });
    const card = await apiCall<{ registrationDate: string }>(page, 'GET', `/api/appeals/${created.id}`);
    appeal = { ...created, registrationDate: card.registrationDate };

    // The directory the demo seeded for its region: which bodies there are, and with which addresses.
    for (const name of [GOVERNMENT, MINTRUD, PROSECUTOR]) {
      const found = await apiCall<Body[]>(page, 'GET', `/api/external-bodies?active=true&q=${encodeURIComponent(name)}`);
      const body = found.find((b) => b.name === name);
      expect(body, name).toBeDefined();
      bodies[name] = body!;
    }
    expect(bodies[GOVERNMENT]!.postalAddress).not.toBe('');
    expect(bodies[MINTRUD]!.postalAddress).not.toBe('');
    expect(bodies[PROSECUTOR]!.postalAddress + bodies[PROSECUTOR]!.email).toBe('');

    await openCase(page);
    const section = consideration(page);
    await section.getByTestId('consideration-status').getByText('Зарегистрировано').waitFor();
    // Nothing was redirected yet.
    await redirects(page).getByText('Обращение по компетенции не направлялось.').waitFor();

    // ROU-8: the complaint is about the deputy's actions.
    await section.getByRole('button', { name: 'Жалоба на действия…' }).click();
    const complained = page.getByRole('dialog', { name: 'Жалоба на решение или действие (бездействие)' });
    await choose(page, complained.getByRole('combobox', { name: /^Должностное лицо/ }), /^Морозов Дмитрий Иванович/);
    await complained.getByRole('button', { name: 'Сохранить' }).click();
    await complained.waitFor({ state: 'hidden' });
    await section.getByText('Морозов Дмитрий Иванович').waitFor();

    await section.getByRole('button', { name: 'Передать на резолюцию' }).click();
    const handOver = page.getByRole('dialog', { name: `Передача обращения № ${appeal.number} на резолюцию` });
    await choose(page, handOver.getByRole('combobox', { name: /^Кому передать/ }), /^Кузнецов Алексей Николаевич/);
    await handOver.getByRole('button', { name: 'Передать' }).click();
    await handOver.waitFor({ state: 'hidden' });
    await section.getByTestId('consideration-status').getByText('На резолюции').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the head’s resolution naming the official complained about is refused (59-ФЗ ст. 8 ч. 6)', async () => {
    const page = await signIn('head', 'glava-redirect-2026');
    await openCase(page);
    await consideration(page).getByRole('button', { name: 'Вынести резолюцию' }).click();
    const dialog = page.getByRole('dialog', { name: `Резолюция по обращению № ${appeal.number}` });
    await dialog.getByLabel(/^Что поручается/).fill('Рассмотреть жалобу, подготовить ответ');
    const executors = dialog.getByRole('combobox', { name: /^Исполнители/ });
    await executors.click();
    await page.getByRole('option', { name: /^Морозов Дмитрий Иванович/ }).click();
    await executors.press('Escape');
    await dialog.getByRole('button', { name: 'Вынести резолюцию' }).click();
    const refusal = dialog.getByTestId('resolution-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('59-ФЗ ст. 8 ч. 6');
    expect(await refusal.textContent()).toContain('Морозов Дмитрий Иванович');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await consideration(page).getByTestId('consideration-status').getByText('На резолюции').waitFor();
    await page.close();
  });

  it('the registrar redirects question 1 and question 2 to two bodies; letters and notices are registered and queued, the term is the engine’s', async () => {
    const page = registrarPage;
    await openCase(page);
    const due = computeDeadline('redirect', appeal.registrationDate, getProfile('HMR')!, new ProductionCalendar(shippedCalendars));
    const dueRu = formatDateRu(due.date);

    const section = redirects(page);
    await section.getByRole('button', { name: 'Направить по компетенции' }).click();
    const dialog = page.getByRole('dialog', { name: `Направление обращения № ${appeal.number} по компетенции` });
    await dialog.getByTestId('redirect-due-preview').getByText(dueRu, { exact: false }).waitFor();

    // Nothing chosen: the messages stand next to the fields.
    await dialog.getByRole('button', { name: 'Далее' }).click();
    await dialog.getByText('Выберите орган из справочника.').waitFor();
    await dialog.getByText('Отметьте вопросы, которые направляются в этот орган.').waitFor();

    // Body 1 — first a body the directory has no address for (the server refuses it by the field).
    const first = dialog.getByRole('group', { name: 'Орган № 1' });
    const firstBody = first.getByRole('combobox', { name: /^Орган или должностное лицо/ });
    await firstBody.click();
    await firstBody.fill('Прокуратура Ханты-Мансийского автономного');
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(PROSECUTOR)}`) }).click();
    // Keyboard: the question is ticked with the space bar.
    await first.getByRole('checkbox', { name: Q1 }).focus();
    await page.keyboard.press('Space');
    expect(await first.getByRole('checkbox', { name: Q1 }).isChecked()).toBe(true);

    await dialog.getByRole('button', { name: 'Добавить орган' }).click();
    const second = dialog.getByRole('group', { name: 'Орган № 2' });
    const secondBody = second.getByRole('combobox', { name: /^Орган или должностное лицо/ });
    await secondBody.click();
    await secondBody.fill('Министерство труда');
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(MINTRUD)}`) }).click();
    await second.getByRole('checkbox', { name: Q2 }).check();
    await dialog.getByText('Сведения о нарушении миграционного законодательства (5 дней, 59-ФЗ ст. 8 ч. 3.1)').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Далее' }).click();
    const confirm = dialog.getByTestId('redirect-confirm');
    await confirm.waitFor();
    await dialog.getByRole('button', { name: 'Направить', exact: true }).click();

    // Refused by the server: the message by the body's field and in the alert; everything chosen stays.
    await dialog.getByTestId('redirect-refusal').waitFor();
    expect(await dialog.getByTestId('redirect-refusal').textContent()).toContain('Обращение не направлено: исправьте отмеченные поля.');
    await first.getByText('У органа не указан ни почтовый адрес, ни адрес электронной почты: дополните справочник.').waitFor();
    expect(await first.getByRole('checkbox', { name: Q1 }).isChecked()).toBe(true);
    expect(await secondBody.inputValue()).toBe(MINTRUD);
    expect(await second.getByRole('checkbox', { name: Q2 }).isChecked()).toBe(true);

    // Body 1 replaced by one with an address.
    await firstBody.click();
    await firstBody.fill('Правительство Ханты-Мансийского');
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(GOVERNMENT)}`) }).click();
    expect(await first.getByText('У органа не указан ни почтовый адрес').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Далее' }).click();
    await confirm.waitFor();
    const confirmText = (await confirm.textContent()) ?? '';
    expect(confirmText).toContain(`${GOVERNMENT} — вопрос ${Q1}`);
    expect(confirmText).toContain(`${MINTRUD} — вопрос ${Q2}`);
    expect(confirmText).toContain('сопроводительное письмо с исходящим номером');
    expect(confirmText).toContain('уведомление о переадресации');
    expect(confirmText).toContain('поставлены в очередь отправки');
    expect(confirmText).toContain(`Срок направления — ${dueRu}.`);
    expect(confirmText).toContain('Направлено по компетенции');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Направить', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The result: the term with its explanation and the registered letters.
    const result = section.getByTestId('redirect-result');
    await result.waitFor();
    expect(await result.getByTestId('redirect-due').textContent()).toContain(dueRu);
    const steps = await result.getByRole('list', { name: 'Как рассчитан срок' }).getByRole('listitem').allTextContents();
    expect(steps).toEqual(due.steps.filter((s) => s.kind !== 'warning').map((s) => s.text));
    const resultText = (await result.textContent()) ?? '';
    const numbers = [...resultText.matchAll(/исх\. № (Исх-\d+)/g)].map((m) => m[1]!);
    expect(numbers).toHaveLength(2);
    expect(resultText).toContain(`${GOVERNMENT} — исх. № ${numbers[0]}`);
    expect(resultText).toContain(`${MINTRUD} — исх. № ${numbers[1]}`);
    expect(resultText).toContain('Уведомлений автору о переадресации: 2.');

    // The state: redirected as a whole, still on control until the head removes it.
    await consideration(page).getByTestId('consideration-status').getByText('Направлено по компетенции').waitFor();
    await expect.poll(() => page.getByTestId('status-badge').textContent()).toBe('Направлено по компетенции, на контроле');
    expect(await section.getByRole('button', { name: 'Направить по компетенции' }).count()).toBe(0);

    // The list of redirects: body, questions, outgoing number and date of the cover letter, the term.
    const rows = section.getByTestId('redirect-row');
    await expect.poll(() => rows.count()).toBe(2);
    const row1 = (await rows.nth(0).textContent()) ?? '';
    expect(row1).toContain(GOVERNMENT);
    expect(row1).toContain(Q1);
    expect(row1).not.toContain(Q2);
    expect(row1).toContain(`исх. № ${numbers[0]} от`);
    expect(row1).toContain(dueRu);
    const row2 = (await rows.nth(1).textContent()) ?? '';
    expect(row2).toContain(MINTRUD);
    expect(row2).toContain(Q2);
    expect(row2).toContain(`исх. № ${numbers[1]} от`);
    expect(row1 + row2).not.toContain('миграционное законодательство');

    // «Исходящие документы»: two cover letters with their numbers, the author's notices; all due on the term.
    const documents = page.getByRole('region', { name: 'Документы' });
    await expect.poll(() => documents.getByText(COVER, { exact: true }).count()).toBe(2);
    await expect.poll(() => documents.getByText(NOTICE, { exact: true }).count()).toBe(2);
    for (const n of numbers) await documents.getByText(new RegExp(`^исх\\. № ${n} от \\d\\d\\.\\d\\d\\.\\d{4}$`)).waitFor();
    const coverRow = (name: string) => documents.getByRole('row').filter({ hasText: COVER }).filter({ hasText: name });
    for (const name of [GOVERNMENT, MINTRUD]) {
      const text = (await coverRow(name).textContent()) ?? '';
      expect(text).toContain(bodies[name]!.postalAddress);
      expect(text).toContain(dueRu);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    // The cover letter to the Government, downloaded by the page's link: it names that body's question only.
    const [download] = await Promise.all([page.waitForEvent('download'), coverRow(GOVERNMENT).getByRole('link', { name: /^Скачать документ: Сопроводительное письмо/ }).click()]);
    expect(download.suggestedFilename()).toBe(`Сопроводительное письмо (исх. ${numbers[0]}), обращение № ${appeal.number.replace(/[\\/]/g, '-')}.docx`);
    const letter = docxText(new Uint8Array(readFileSync(await download.path())));
    expect(letter).toContain('направляем для рассмотрения по компетенции');
    expect(letter).toContain(`за № ${appeal.number}`);
    expect(letter).toContain('Проезд льготных категорий граждан');
    expect(letter).not.toContain('Своевременность и качество пенсионного обеспечения');
    expect(letter).toContain('Автор обращения уведомлён о переадресации обращения.');
    const href = await coverRow(MINTRUD).getByRole('link', { name: /^Скачать документ/ }).getAttribute('href');
    const bytes = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href!);
    const other = docxText(new Uint8Array(bytes));
    expect(other).toContain('Своевременность и качество пенсионного обеспечения');
    expect(other).not.toContain('Проезд льготных категорий граждан');

    // After a reload the page reads the same from the server.
    await page.reload();
    await consideration(page).getByTestId('consideration-status').getByText('Направлено по компетенции').waitFor();
    await expect.poll(() => redirects(page).getByTestId('redirect-row').count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
