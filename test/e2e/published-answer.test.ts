import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { closeJourney, openJourney, apiCall, escapeRegExp, signInDemoUser } from '../support/journey';
import { buildAppealInput, TOTK_TRANSPORT } from '../../src/server/testing/factories';
import { docxText } from '../../src/server/platform/documents/docx-text';
import { computeDeadline } from '../../src/domain/deadlines';
import { getProfile } from '../../src/domain/profiles';
import { ProductionCalendar, shippedCalendars } from '../../src/domain/calendar';
import { formatDateRu } from '../../src/domain/time/local-date';

const TITLE = 'О льготном проезде пенсионеров в пригородных автобусах';
const SUBSTANCE = 'с 1 января 2027 года льготный проезд в автобусах пригородного сообщения предоставляется всем пенсионерам района по социальной карте';
const AUTHOR = { ...buildAppealInput().authors[0]!, surname: 'Веретенников', firstName: 'Олег', patronymic: 'Степанович', gender: 'm' as const, postalAddress: '628011, г. Ханты-Мансийск, ул. Рябиновая, д. 17, кв. 3', phone: '+7 (912) 765-43-21' };
const BODY = `Уважаемый Олег Степанович!\nВаше обращение о льготном проезде рассмотрено. Веретенникову О. С. (ул. Рябиновая, д. 17, кв. 3) сообщаем, что ${SUBSTANCE}.`;

/**
 * SPC-11 (59-ФЗ ст. 10 ч. 4, ст. 11 ч. 5.1; HMR 7.8–7.10): the executor proposes the signed answer for
 * publication without personal data, the head approves it, the public portal shows it without the
 * author's name; the next appeal on the same question is flagged with the link and the registrar sends
 * the author the page's address («Направление адреса опубликованного ответа»).
 */
describe.skipIf(!chromiumPath)('published answer for an indefinite circle of persons in Chromium (SPC-11)', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: Record<string, Page> = {};
  let first: { id: number; number: string };
  let publicUrl = '';

  const signIn = (user: string, newPassword: string): Promise<Page> => signInDemoUser(browser, server, user, newPassword);
  const openCase = async (page: Page, a: { id: number; number: string }) => {
    await page.goto(`${server.url}/app/appeals/${a.id}`);
    await page.getByRole('heading', { name: new RegExp(`^Обращение № ${escapeRegExp(a.number)} от`) }).waitFor();
  };
  const register = (overrides: Parameters<typeof buildAppealInput>[0]) =>
    apiCall<{ id: number; number: string }>(pages.registrar!, 'POST', '/api/appeals', buildAppealInput({ receivedAt: new Date(Date.now() - 3_600_000).toISOString(), questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Льготный проезд' }], ...overrides }));

  beforeAll(async () => {
    ({ server, browser } = await openJourney());
    pages.registrar = await signIn('registrar', 'registr-publish-2026');
    pages.head = await signIn('head', 'glava-publish-2026');
    pages.executor = await signIn('executor', 'ispoln-publish-2026');
    // Set-up through the API: the first appeal, its resolution and its signed answer.
    first = await register({ authors: [AUTHOR] });
    const headId = (await apiCall<{ userId: number; name: string }[]>(pages.registrar!, 'GET', '/api/consideration/deciders')).find((p) => p.name.startsWith('Кузнецов'))!.userId;
    const execId = (await apiCall<{ user: { id: number } }>(pages.executor!, 'GET', '/api/auth/session')).user.id;
    await apiCall(pages.registrar!, 'POST', `/api/appeals/${first.id}/hand-over`, { toUserId: headId });
    await apiCall(pages.head!, 'POST', `/api/appeals/${first.id}/resolution`, { parts: [{ instruction: 'Подготовить ответ', executors: [{ userId: execId }] }] });
    const answer = await apiCall<{ id: number }>(pages.executor!, 'POST', `/api/appeals/${first.id}/answers`, { body: BODY });
    await apiCall(pages.executor!, 'POST', `/api/answers/${answer.id}/approval`, { approverUserIds: [], signerUserId: headId });
    await apiCall(pages.head!, 'POST', `/api/answers/${answer.id}/decision`, { decision: 'approved' });
  });
  afterAll(() => closeJourney(server, browser));

  it('the executor proposes the signed answer without personal data; the head approves it', async () => {
    const page = pages.executor!;
    await openCase(page, first);
    const section = page.getByRole('region', { name: /Публикация ответа/ });
    await section.getByRole('button', { name: 'Предложить к опубликованию' }).click();
    const dialog = page.getByRole('dialog', { name: 'Предложить ответ к опубликованию' });
    const text = dialog.getByLabel(/^Текст для публикации/);
    await text.waitFor();
    const prefilled = await text.inputValue();
    expect(prefilled).toContain(SUBSTANCE);
    expect(prefilled).not.toMatch(/Веретенников|Олег|Степанович|Рябиновая|Уважаем/);
    // Personal data typed back is named at once, and the server refuses it too.
    await text.fill(`${prefilled} Заявитель — Веретенников О. С.`);
    await dialog.getByTestId('publication-personal-data').getByText(/Веретенников О\. С\./).waitFor();
    await dialog.getByLabel(/^Заголовок публикации/).fill(TITLE);
    await dialog.getByRole('button', { name: 'Направить главе на согласование' }).click();
    await dialog.getByRole('alert').getByText(/В тексте для публикации остались персональные данные автора/).waitFor();
    await text.fill(prefilled);
    expect(await dialog.getByTestId('publication-personal-data').count()).toBe(0);
    expect(await dialog.getByRole('checkbox', { name: /Проезд льготных категорий граждан/ }).isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Направить главе на согласование' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section.getByText('На согласовании у главы').waitFor();
    expect(await section.getByRole('button', { name: 'Одобрить публикацию' }).count()).toBe(0);

    const head = pages.head!;
    await openCase(head, first);
    const headSection = head.getByRole('region', { name: /Публикация ответа/ });
    await headSection.getByRole('button', { name: 'Одобрить публикацию' }).click();
    const confirm = head.getByRole('dialog', { name: 'Одобрение публикации ответа' });
    expect(await confirm.textContent()).toContain('2 дня');
    await confirm.getByRole('button', { name: 'Одобрить и опубликовать' }).click();
    const link = headSection.getByTestId('publication-link');
    await link.waitFor();
    publicUrl = (await link.textContent()) ?? '';
    expect(publicUrl).toMatch(new RegExp(`^${escapeRegExp(server.url)}/answers/\\d+$`));
    await headSection.getByText('Опубликован').waitFor();
  });

  it('the public page shows the answer without the author, to anyone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await page.getByRole('link', { name: 'Перейти к ответам' }).click();
      await page.getByRole('heading', { name: 'Ответы на обращения, затрагивающие интересы неопределенного круга лиц', level: 1 }).waitFor();
      await page.getByRole('link', { name: TITLE }).waitFor();
      const listText = (await page.locator('main').textContent()) ?? '';
      expect(listText).toContain(SUBSTANCE);
      expect(listText).toContain('Проезд льготных категорий граждан');
      expect(listText).not.toMatch(/Веретенников|Олег|Степанович|Рябиновая|765-43-21/);
      expect(listText).not.toContain(`№ ${first.number}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.goto(publicUrl);
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      expect((await page.locator('main').textContent()) ?? '').not.toMatch(/Веретенников|Рябиновая/);
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the next appeal on the question is flagged with the link; the registrar sends the author the address', async () => {
    const later = await register({ authors: [{ ...AUTHOR, surname: 'Лебедева', firstName: 'Нина', patronymic: 'Павловна', gender: 'f', postalAddress: '628012, г. Ханты-Мансийск, ул. Ленина, д. 5', phone: '' }] });
    const page = pages.registrar!;
    await openCase(page, later);
    const suggestion = page.getByTestId('special-case-suggestions').getByTestId('suggestion-published-answer');
    const link = suggestion.getByRole('link', { name: 'Страница с опубликованным ответом' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(publicUrl);
    expect(await suggestion.textContent()).toContain(publicUrl);

    await page.getByRole('button', { name: 'Особый случай (ст. 11)' }).click();
    const dialog = page.getByRole('dialog', { name: `Особый случай (ст. 11): обращение № ${later.number}` });
    await dialog.getByRole('radio', { name: /Направление адреса опубликованного ответа/ }).check();
    const card = await apiCall<{ registrationDate: string }>(page, 'GET', `/api/appeals/${later.id}`);
    const due = computeDeadline('special-case-notice', card.registrationDate, getProfile('HMR')!, new ProductionCalendar(shippedCalendars));
    await dialog.getByTestId('special-case-due').getByText(formatDateRu(due.date), { exact: false }).waitFor();
    expect(await dialog.getByTestId('special-case-effect').textContent()).toContain('электронный адрес страницы');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Принять решение' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('special-case-dispositions').getByText(/SPC-11/).waitFor();

    const docs = await apiCall<{ id: number; kind: string; dueDate: string }[]>(page, 'GET', `/api/appeals/${later.id}/documents`);
    const notice = docs.find((d) => d.kind === 'published-answer-notice');
    expect(notice?.dueDate).toBe(due.date);
    await page.getByRole('link', { name: /Скачать документ: Сообщение об адресе страницы/ }).first().waitFor();
    const file = await page.request.get(`${server.url}/api/outgoing-documents/${notice!.id}/file`);
    const text = docxText(new Uint8Array(await file.body()));
    expect(text).toContain(publicUrl);
    expect(text).toContain('частью 5.1 статьи 11');
  });
});
