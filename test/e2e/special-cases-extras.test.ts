import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { apiCall, choose, closeJourney, escapeRegExp, openJourney, signInDemoUser } from '../support/journey';
import { buildAppealInput, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../src/server/testing/factories';
import { docxText } from '../../src/server/platform/documents/docx-text';
import { computeDeadline } from '../../src/domain/deadlines';
import { getProfile } from '../../src/domain/profiles';
import { ProductionCalendar, shippedCalendars } from '../../src/domain/calendar';
import { formatDateRu } from '../../src/domain/time/local-date';

type Appeal = { id: number; number: string; registrationDate: string; receivedDate: string };
type Card = { status: string; registrationDate: string; receivedDate: string };
type Doc = { id: number; kind: string; route: string; status: string; outgoingNumber: string | null };
type Body = { id: number; name: string; postalAddress: string };

const HMR = getProfile('HMR')!;
const calendar = new ProductionCalendar(shippedCalendars);
const baseAuthor = buildAppealInput().authors[0]!;
const author = (surname: string, postalAddress = '628011, г. Ханты-Мансийск, ул. Мира, д. 7, кв. 3') => ({ ...baseAuthor, surname, firstName: 'Пётр', patronymic: 'Ильич', gender: 'm' as const, postalAddress });

// The seeded directory of an HMR organisation (ADM-3 starter list): a body with a postal address.
const MINTRUD = 'Министерство труда и социальной защиты Российской Федерации';
const BUREAU = 'Бюро переводов «Югра-Лингва»';

/**
 * Special cases built in this session, end to end in Chromium:
 * REG-11 (HMR 7.15) the copy sent for translation and the translation entered;
 * REG-12 (HMR 7.14) a mass action redirected with one registry;
 * SPC-7 (HMR 7.6 абз. 2) a courtesy letter passed to an official for information;
 * SPC-11 (HMR 7.9) a published answer approved with its full text shown, and one withdrawn;
 * SPC-9 (HMR 6.5) the author's statement withdrawing his appeal.
 */
describe.skipIf(!chromiumPath)('special cases: translation, mass action, courtesy letter, publication withdrawal, statements (REG-11, REG-12, SPC-7, SPC-11, SPC-9)', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: Record<string, Page> = {};

  const signIn = (user: string, newPassword: string): Promise<Page> => signInDemoUser(browser, server, user, newPassword);
  const openCase = async (page: Page, a: { id: number; number: string }) => {
    await page.goto(`${server.url}/app/appeals/${a.id}`);
    await page.getByRole('heading', { name: new RegExp(`^Обращение № ${escapeRegExp(a.number)} от`) }).waitFor();
  };
  const register = async (overrides: Parameters<typeof buildAppealInput>[0]): Promise<Appeal> => {
    const created = await apiCall<{ id: number; number: string }>(pages.registrar!, 'POST', '/api/appeals', buildAppealInput({ receivedAt: new Date(Date.now() - 60_000).toISOString(), ...overrides }));
    const card = await apiCall<Card>(pages.registrar!, 'GET', `/api/appeals/${created.id}`);
    return { ...created, registrationDate: card.registrationDate, receivedDate: card.receivedDate };
  };
  const read = async (download: Download) => docxText(new Uint8Array(readFileSync(await download.path())));
  /** The document's row in «Документы» of the case page, its number and its .docx text (downloaded as the user does). */
  const letterOnCase = async (page: Page, title: string) => {
    const documents = page.getByRole('region', { name: 'Документы' });
    const row = documents.getByRole('row').filter({ hasText: title });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    const number = /исх\. № (Исх-\d+) от/.exec((await row.textContent()) ?? '')?.[1];
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /^Скачать документ/ }).click()]);
    return { number, text: await read(download) };
  };
  /** Set-up through the API: the appeal handed to the head, a resolution for the executor, the answer signed. */
  const signedAnswer = async (a: Appeal, body: string) => {
    const headId = (await apiCall<{ userId: number; name: string }[]>(pages.registrar!, 'GET', '/api/consideration/deciders')).find((p) => p.name.startsWith('Кузнецов'))!.userId;
    const execId = (await apiCall<{ user: { id: number } }>(pages.executor!, 'GET', '/api/auth/session')).user.id;
    await apiCall(pages.registrar!, 'POST', `/api/appeals/${a.id}/hand-over`, { toUserId: headId });
    await apiCall(pages.head!, 'POST', `/api/appeals/${a.id}/resolution`, { parts: [{ instruction: 'Рассмотреть, подготовить ответ', executors: [{ userId: execId }] }] });
    const answer = await apiCall<{ id: number }>(pages.executor!, 'POST', `/api/appeals/${a.id}/answers`, { body });
    await apiCall(pages.executor!, 'POST', `/api/answers/${answer.id}/approval`, { approverUserIds: [], signerUserId: headId });
    await apiCall(pages.head!, 'POST', `/api/answers/${answer.id}/decision`, { decision: 'approved' });
    return answer.id;
  };

  beforeAll(async () => {
    ({ server, browser } = await openJourney());
    pages.registrar = await signIn('registrar', 'registr-extras-2026');
    pages.head = await signIn('head', 'glava-extras-2026');
    pages.executor = await signIn('executor', 'ispoln-extras-2026');
    pages.admin = await signIn('admin', 'sokolova-extras-2026');
  });
  afterAll(() => closeJourney(server, browser));

  it('REG-11: the registrar sends the copy for translation the day it arrived, then enters the translation; the cover letter asks to translate into Russian', async () => {
    // Set-up: a translation bureau in the directory (the administrator's screen is covered elsewhere).
    await apiCall<Body>(pages.admin!, 'POST', '/api/admin/external-bodies', { name: BUREAU, kind: 'other', postalAddress: '628012, г. Ханты-Мансийск, ул. Чехова, д. 12', email: '', note: 'Письменный перевод' });
    const appeal = await register({ annotation: 'Обращение на татарском языке', authors: [author('Хабибуллин')] });
    const due = computeDeadline('translation', appeal.receivedDate, HMR, calendar);

    const page = pages.registrar!;
    await openCase(page, appeal);
    const section = page.getByRole('region', { name: /Перевод обращения на русский язык/ });
    await section.getByRole('button', { name: 'Направить на перевод' }).click();
    const dialog = page.getByRole('dialog', { name: `Направление обращения № ${appeal.number} на перевод` });
    await dialog.getByTestId('translation-due').getByText(formatDateRu(due.date), { exact: false }).waitFor();
    expect(await dialog.getByTestId('translation-due').textContent()).not.toContain('срок истёк');

    // Nothing filled in: the messages stand by the fields.
    await dialog.getByRole('button', { name: 'Направить на перевод' }).click();
    await dialog.getByText('Укажите язык, на котором составлено обращение.').waitFor();
    await dialog.getByText('Выберите орган, который выполняет перевод.').waitFor();

    await dialog.getByLabel(/^Язык обращения/).fill('татарский');
    const body = dialog.getByRole('combobox', { name: /^Кто выполняет перевод/ });
    await body.click();
    await body.fill('Югра-Лингва');
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(BUREAU)}`) }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Направить на перевод' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The section: the registered letter, the term, «Ожидается».
    const table = section.getByTestId('translations');
    await table.getByText('Ожидается').waitFor();
    const row = (await table.getByRole('row').nth(1).textContent()) ?? '';
    expect(row).toContain('татарский');
    expect(row).toContain(BUREAU);
    expect(row).toMatch(/исх\. № Исх-\d+ от \d\d\.\d\d\.\d{4}/);
    expect(row).toContain(`Срок направления: ${formatDateRu(due.date)}`);
    expect(row).not.toContain('с нарушением срока');
    expect(await section.getByRole('button', { name: 'Направить на перевод' }).count()).toBe(0);

    // The translation arrives.
    await section.getByRole('button', { name: 'Внести перевод' }).click();
    const receipt = page.getByRole('dialog', { name: 'Полученный перевод' });
    const TRANSLATION = 'Прошу отремонтировать дорогу к деревне Шапша: весной проезд невозможен.';
    await receipt.getByLabel(/^Текст перевода/).fill(TRANSLATION);
    await receipt.getByRole('button', { name: 'Внести перевод' }).click();
    await receipt.waitFor({ state: 'hidden' });
    await expect.poll(() => section.getByTestId('translation-text').textContent()).toBe(TRANSLATION);
    await section.getByText(/^Получен \d\d\.\d\d\.\d{4}/).waitFor();
    expect(await section.getByText('Ожидается').count()).toBe(0);

    // The cover letter among the documents: its number is the one in the section; it asks for the translation into Russian.
    const letter = await letterOnCase(page, 'Сопроводительное письмо о направлении обращения на перевод');
    expect(row).toContain(`исх. № ${letter.number} от`);
    expect(letter.text).toContain(`за № ${appeal.number}`);
    expect(letter.text).toContain('составленного на языке: татарский, для перевода на русский язык');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('REG-12: the registrar redirects a day’s appeals on one question as a mass action; the left-out appeal stays; the registry downloads', async () => {
    const surnames = ['Акционов', 'Борисов', 'Васнецов', 'Голубев', 'Дроздов'];
    const appeals: Appeal[] = [];
    for (const s of surnames) appeals.push(await register({ annotation: 'О перерасчёте пенсии', authors: [author(s, `628002, г. Ханты-Мансийск, ул. Гагарина, д. ${appeals.length + 20}`)], questions: [{ totkCode: TOTK_PENSIONS, annotation: 'Перерасчёт пенсии' }] }));
    const day = appeals[0]!.registrationDate;
    expect(appeals.every((a) => a.registrationDate === day)).toBe(true);
    const left = appeals[2]!;

    const page = pages.registrar!;
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Одномоментные акции' }).click();
    await page.getByRole('heading', { name: 'Одномоментные акции', level: 1 }).waitFor();
    const date = page.getByLabel(/^Дата регистрации обращений/);
    await date.fill('01.01.2026');
    await date.press('Enter');
    await date.press('Escape');
    await page.getByText('За эту дату нет зарегистрированных обращений, ещё не направленных на рассмотрение.').waitFor();
    await date.fill(formatDateRu(day));
    await date.press('Enter');
    await date.press('Escape');
    const question = page.getByRole('radio', { name: new RegExp(`^Своевременность и качество пенсионного обеспечения \\(${escapeRegExp(TOTK_PENSIONS)}\\) — 5$`) });
    await question.check();

    const list = page.getByRole('table', { name: 'Обращения одномоментной акции' });
    for (const a of appeals) await list.getByRole('row').filter({ hasText: `№ ${a.number}` }).waitFor();
    await page.getByText('Отобрано обращений: 5; исключено: 0; будет направлено: 5.').waitFor();
    await page.getByText('Обращений не более тысячи').waitFor();
    await list.getByRole('checkbox', { name: `Включить обращение № ${left.number}` }).uncheck();
    await page.getByText('Отобрано обращений: 5; исключено: 1; будет направлено: 4.').waitFor();

    const launch = page.getByRole('button', { name: 'Провести акцию' });
    expect(await launch.isDisabled()).toBe(true);
    const body = page.getByRole('combobox', { name: /^Орган, в компетенцию которого входит решение вопроса/ });
    await body.click();
    await body.fill('Министерство труда');
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(MINTRUD)}`) }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await launch.click();
    const confirm = page.getByRole('dialog', { name: 'Проведение одномоментной акции' });
    const confirmText = (await confirm.textContent()) ?? '';
    expect(confirmText).toContain(`Направить по компетенции в ${MINTRUD} обращения, зарегистрированные ${formatDateRu(day)}, по вопросу «Своевременность и качество пенсионного обеспечения»: 4 обращения?`);
    expect(confirmText).toContain('Отменить направление нельзя.');
    await confirm.getByRole('button', { name: 'Провести акцию' }).click();
    await confirm.waitFor({ state: 'hidden' });

    // The progress, read again every second, reaches the end (the job runs in the server).
    const progress = page.getByTestId('mass-action-progress');
    await progress.getByText('Завершена', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await progress.getByRole('status').textContent()).toBe('Обработано 4 из 4 (100 %): направлено 4, не удалось 0, уведомлений авторам 4.');
    expect(await progress.getByRole('progressbar', { name: 'Обработано обращений: 4 из 4' }).count()).toBe(1);
    const letter = progress.getByRole('alert').filter({ hasText: 'Сопроводительное письмо' });
    expect(await letter.textContent()).toMatch(/Сопроводительное письмо Исх-\d+ от \d\d\.\d\d\.\d{4}: реестр на 4 обращения/);
    // «Проведённые акции» lists it.
    const done = page.getByRole('table', { name: 'Одномоментные акции' }).getByRole('row').filter({ hasText: 'Своевременность и качество пенсионного обеспечения' });
    await expect.poll(async () => (await done.textContent()) ?? '').toContain('4 / 4');
    expect(await done.textContent()).toContain('Завершена');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The ticked appeals are redirected; the one left out is untouched.
    for (const a of appeals) {
      const card = await apiCall<Card>(page, 'GET', `/api/appeals/${a.id}`);
      if (a === left) expect(card.status, a.number).toBe('registered');
      else expect(card.status, a.number).not.toBe('registered');
    }
    expect((await apiCall<Doc[]>(page, 'GET', `/api/appeals/${left.id}/documents`)).filter((d) => d.kind === 'redirect-notice')).toEqual([]);
    expect((await apiCall<Doc[]>(page, 'GET', `/api/appeals/${appeals[0]!.id}/documents`)).filter((d) => d.kind === 'redirect-notice')).toHaveLength(1);

    // The registry: the four appeals, not the one left out.
    const [file] = await Promise.all([page.waitForEvent('download'), letter.getByRole('button', { name: 'Скачать реестр' }).click()]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^Реестр обращений от ${escapeRegExp(formatDateRu(day))} \\(исх\\. Исх-\\d+\\)\\.docx$`));
    const registry = await read(file);
    expect(registry).toContain('РЕЕСТР');
    expect(registry).toContain('Всего обращений: 4.');
    for (const a of appeals) {
      if (a === left) expect(registry).not.toContain(`№ ${a.number} от`);
      else expect(registry).toContain(`№ ${a.number} от ${formatDateRu(day)}`);
    }
    expect(registry).not.toContain(surnames[2]!);
  });

  it('SPC-7: the registrar passes a greeting to the head for information; the head finds it in «Мои поручения» and opens it', async () => {
    const appeal = await register({ annotation: 'Поздравление с Днём округа', authors: [author('Поздравляев')] });
    const page = pages.registrar!;
    await openCase(page, appeal);
    await page.getByRole('button', { name: 'Особый случай (ст. 11)' }).click();
    const dialog = page.getByRole('dialog', { name: `Особый случай (ст. 11): обращение № ${appeal.number}` });
    await dialog.getByRole('radio', { name: /^SPC-7\. Приглашение, поздравление, соболезнование, оценка деятельности/ }).check();
    expect(await dialog.getByTestId('special-case-effect').textContent()).toContain('Для ознакомления');
    // Without the official the decision is refused, in Russian, by the field.
    await dialog.getByRole('button', { name: 'Принять решение' }).click();
    await dialog.getByText('Выберите должностное лицо.').waitFor();
    await choose(page, dialog.getByRole('combobox', { name: /^Должностное лицо, которому письмо передаётся для ознакомления/ }), /^Кузнецов Алексей Николаевич/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Принять решение' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const dispositions = page.getByTestId('special-case-dispositions');
    await dispositions.getByText(/SPC-7/).first().waitFor();
    await dispositions.getByText('Передано для ознакомления: Кузнецов Алексей Николаевич', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const head = pages.head!;
    await head.goto(`${server.url}/app`);
    await head.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои поручения' }).click();
    await head.getByRole('heading', { name: 'Для ознакомления' }).waitFor();
    const informed = head.getByRole('table', { name: 'Для ознакомления' });
    const row = informed.getByRole('row').filter({ hasText: `№ ${appeal.number}` });
    await row.waitFor();
    expect(await row.textContent()).toContain('Поздравление с Днём округа');
    expect(await row.textContent()).toContain('Петрова Анна Сергеевна');
    expect(await accessibilityViolations(head)).toEqual([]);
    await row.getByRole('link', { name: `Обращение № ${appeal.number} от ${formatDateRu(appeal.registrationDate)}` }).click();
    await head.getByRole('heading', { name: new RegExp(`^Обращение № ${escapeRegExp(appeal.number)} от`) }).waitFor();
    await head.getByTestId('special-case-dispositions').getByText('Передано для ознакомления: Кузнецов Алексей Николаевич', { exact: false }).waitFor();
  });

  it('SPC-11: the head approves a proposed answer seeing its full text, and withdraws a published one with a reason; the portal no longer lists it', async () => {
    const WITHDRAWN = 'О бесплатном проезде к местам лечения';
    const APPROVED = 'О льготном проезде в речном транспорте';
    const TEXT_W = 'Бесплатный проезд к местам лечения предоставляется по направлению медицинской организации в пределах автономного округа один раз в год.';
    const TEXT_A = `Льготный проезд в речном транспорте предоставляется в период навигации по социальной карте.\n${'Порядок оформления социальной карты определён постановлением администрации района. '.repeat(8)}Конец текста публикации.`;

    // Set-up: two signed answers; the first proposed and approved (published), the second proposed.
    const first = await register({ annotation: 'О проезде к местам лечения', authors: [author('Лечебников')] });
    const second = await register({ annotation: 'О речном транспорте', authors: [author('Речников')] });
    const firstAnswer = await signedAnswer(first, 'По существу поставленного вопроса сообщаем следующее. ' + TEXT_W);
    const secondAnswer = await signedAnswer(second, 'По существу поставленного вопроса сообщаем следующее. ' + TEXT_A);
    const published = await apiCall<{ id: number }>(pages.executor!, 'POST', `/api/answers/${firstAnswer}/publication`, { title: WITHDRAWN, totkCodes: [TOTK_TRANSPORT], body: TEXT_W });
    await apiCall(pages.head!, 'POST', `/api/publications/${published.id}/approve`, {});
    await apiCall(pages.executor!, 'POST', `/api/answers/${secondAnswer}/publication`, { title: APPROVED, totkCodes: [TOTK_TRANSPORT], body: TEXT_A });

    // The approval: the confirmation shows the whole text as it will be published.
    const page = pages.head!;
    await openCase(page, second);
    const approveSection = page.getByRole('region', { name: /Публикация ответа/ });
    await approveSection.getByRole('button', { name: 'Одобрить публикацию' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await approveSection.getByRole('button', { name: 'Одобрить публикацию' }).click();
    const confirm = page.getByRole('dialog', { name: 'Одобрение публикации ответа' });
    await confirm.getByText(APPROVED).waitFor();
    expect(await confirm.getByTestId('publication-text').textContent()).toBe(TEXT_A);
    expect(await accessibilityViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Одобрить и опубликовать' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await approveSection.getByTestId('publication-link').waitFor();

    // The withdrawal of the first: a reason is required.
    await openCase(page, first);
    const section = page.getByRole('region', { name: /Публикация ответа/ });
    await section.getByText('Опубликован', { exact: true }).waitFor();
    await section.getByRole('button', { name: 'Снять с публикации' }).click();
    const dialog = page.getByRole('dialog', { name: 'Снять ответ с публикации' });
    expect(await dialog.textContent()).toContain(`«${WITHDRAWN}» перестанет показываться на портале`);
    await dialog.getByRole('button', { name: 'Снять с публикации' }).click();
    await dialog.getByText('Укажите причину снятия с публикации.').waitFor();
    const REASON = 'Порядок предоставления проезда изменён с 1 января.';
    await dialog.getByLabel(/^Причина снятия/).fill(REASON);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Снять с публикации' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section.getByText('Снят с публикации', { exact: true }).waitFor();
    expect(await section.textContent()).toContain(`Причина: ${REASON}`);
    expect(await section.getByTestId('publication-link').count()).toBe(0);
    expect(await section.getByRole('button', { name: 'Снять с публикации' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The portal: the approved answer is listed, the withdrawn one is not (nor its page).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const visitor = await context.newPage();
    try {
      await visitor.goto(`${server.url}/answers`);
      await visitor.getByRole('heading', { name: 'Ответы на обращения, затрагивающие интересы неопределенного круга лиц', level: 1 }).waitFor();
      await visitor.getByRole('link', { name: APPROVED }).waitFor();
      expect(await visitor.getByRole('link', { name: WITHDRAWN }).count()).toBe(0);
      expect((await visitor.locator('main').textContent()) ?? '').not.toContain(TEXT_W);
      expect(await accessibilityViolations(visitor)).toEqual([]);
      const res = await visitor.request.get(`${server.url}/api/public/answers`);
      expect(res.ok()).toBe(true);
      expect(await res.text()).not.toContain(WITHDRAWN);
    } finally {
      await context.close();
    }
  });

  /** Set-up through the API: an appeal of its author in consideration (a resolution for the executor). */
  const inConsideration = async (surname: string) => {
    const appeal = await register({ annotation: 'О благоустройстве двора', authors: [{ ...author(surname), firstName: 'Николай', patronymic: 'Сергеевич', postalAddress: '628011, г. Ханты-Мансийск, ул. Сирина, д. 3' }] });
    const headId = (await apiCall<{ userId: number; name: string }[]>(pages.registrar!, 'GET', '/api/consideration/deciders')).find((p) => p.name.startsWith('Кузнецов'))!.userId;
    const execId = (await apiCall<{ user: { id: number } }>(pages.executor!, 'GET', '/api/auth/session')).user.id;
    await apiCall(pages.registrar!, 'POST', `/api/appeals/${appeal.id}/hand-over`, { toUserId: headId });
    await apiCall(pages.head!, 'POST', `/api/appeals/${appeal.id}/resolution`, { parts: [{ instruction: 'Рассмотреть, подготовить ответ', executors: [{ userId: execId }] }] });
    return appeal;
  };
  const WITHDRAWAL = 'Прошу прекратить рассмотрение моего обращения: вопрос решён.';

  it('SPC-9: the registrar registers the author’s statement withdrawing his appeal through the dialog; the comparison term is shown', async () => {
    const appeal = await inConsideration('Отзывов');
    const due = computeDeadline('statement-comparison', appeal.registrationDate, HMR, calendar);
    const page = pages.registrar!;
    await openCase(page, appeal);
    const section = page.getByRole('region', { name: 'Заявления и дополнительные документы' });
    await section.getByText('Заявлений гражданина и дополнительных документов по обращению не поступало.').waitFor();
    await section.getByRole('button', { name: 'Зарегистрировать заявление' }).click();
    const dialog = page.getByRole('dialog', { name: `Заявление по обращению № ${appeal.number}` });
    // Nothing filled in: the messages stand by the fields.
    await dialog.getByRole('button', { name: 'Зарегистрировать' }).click();
    await dialog.getByText('Выберите вид заявления.').waitFor();
    await dialog.getByText('Укажите фамилию заявителя.').waitFor();
    await dialog.getByRole('radio', { name: /^SPC-9\. Заявление о прекращении рассмотрения обращения/ }).check();
    const received = dialog.getByLabel(/^Дата поступления/);
    await received.fill(formatDateRu(appeal.registrationDate));
    await received.press('Enter');
    // Not Escape: that closes the whole dialog. A click on the dialog's text closes the calendar.
    await dialog.getByText('Что поступило').click();
    // Several fields typed one after another: the dialog once read the event in a state updater and crashed here.
    await dialog.getByLabel(/^Фамилия/).fill('Отзывов');
    await dialog.getByLabel(/^Имя/).fill('Николай');
    await dialog.getByLabel(/^Отчество/).fill('Сергеевич');
    await choose(page, dialog.getByRole('combobox', { name: /^Пол/ }), 'мужской');
    await dialog.getByLabel(/^Почтовый адрес/).fill('628011, г. Ханты-Мансийск, ул. Сирина, д. 3');
    await dialog.getByLabel(/^Краткое содержание/).fill(WITHDRAWAL);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Зарегистрировать' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = section.getByTestId('statements').getByRole('row').filter({ hasText: 'SPC-9' });
    await row.waitFor();
    const registered = (await row.textContent()) ?? '';
    expect(registered).toContain('Заявление о прекращении рассмотрения обращения');
    expect(registered).toContain('Отзывов Николай Сергеевич');
    expect(registered).toContain(formatDateRu(due.date));
    await row.getByRole('button', { name: 'Решение по итогам сопоставления' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('SPC-9: the registrar decides the statement is the author’s own and confirms; the appeal leaves consideration; the notice is among the documents', async () => {
    const appeal = await inConsideration('Отказников');
    // Set-up through the API: the statement registered (its dialog is the previous step's subject).
    await apiCall(pages.registrar!, 'POST', `/api/appeals/${appeal.id}/statements`, {
      kind: 'withdrawal', receivedDate: appeal.registrationDate, form: 'written', surname: 'Отказников', firstName: 'Николай', patronymic: 'Сергеевич', gender: 'm', postalAddress: '628011, г. Ханты-Мансийск, ул. Сирина, д. 3', email: '', content: WITHDRAWAL,
    });
    const page = pages.registrar!;
    await openCase(page, appeal);
    const status = page.getByTestId('consideration-status');
    await status.getByText('На исполнении').waitFor();
    const row = page.getByRole('region', { name: 'Заявления и дополнительные документы' }).getByTestId('statements').getByRole('row').filter({ hasText: 'SPC-9' });

    // The comparison: the author himself; the consequence is shown before it is carried out.
    await row.getByRole('button', { name: 'Решение по итогам сопоставления' }).click();
    const decide = page.getByRole('dialog', { name: new RegExp(`^Сопоставление: заявление № .+ по обращению № ${escapeRegExp(appeal.number)}$`) });
    await decide.getByTestId('statement-appeal-authors').getByText(/Отказников Николай Сергеевич \(автор\)/).waitFor();
    await decide.getByRole('button', { name: 'Принять решение' }).click();
    await decide.getByText('Укажите результат сопоставления.').waitFor();
    await decide.getByRole('radio', { name: 'Заявитель является автором обращения' }).check();
    await decide.getByRole('button', { name: 'Принять решение' }).click();
    const confirm = decide.getByTestId('statement-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Рассмотрение обращения прекращается: поручения отменяются, обращение снимается с контроля');
    expect(await accessibilityViolations(page)).toEqual([]);
    await decide.getByRole('button', { name: 'Подтвердить решение' }).click();
    await decide.waitFor({ state: 'hidden' });

    // The appeal has left consideration.
    await status.getByText('Снято с контроля').waitFor();
    expect((await apiCall<Card>(page, 'GET', `/api/appeals/${appeal.id}`)).status).toBe('closed');
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('выполнено');
    expect(await row.getByRole('button', { name: 'Решение по итогам сопоставления' }).count()).toBe(0);
    expect(await row.textContent()).toMatch(/исх\. № Исх-\d+ от/);

    // The notice to the author among the documents.
    const notice = await letterOnCase(page, 'Уведомление о решении по заявлению о прекращении рассмотрения обращения');
    expect(notice.number).toBeDefined();
    expect(await row.textContent()).toContain(`исх. № ${notice.number} от`);
    expect(notice.text).toContain(`за № ${appeal.number}`);
    expect(notice.text).toContain('В соответствии с Вашим заявлением рассмотрение обращения прекращено.');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
