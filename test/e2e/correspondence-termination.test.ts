import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { apiCall, closeJourney, escapeRegExp, openJourney, signInDemoUser } from '../support/journey';
import { buildAppealInput, TOTK_TRANSPORT } from '../../src/server/testing/factories';
import { docxText } from '../../src/server/platform/documents/docx-text';
import { computeDeadline } from '../../src/domain/deadlines';
import { getProfile } from '../../src/domain/profiles';
import { ProductionCalendar, shippedCalendars } from '../../src/domain/calendar';
import { formatDateRu } from '../../src/domain/time/local-date';

const NOTICE = 'Уведомление о прекращении переписки';
const REMINDER = 'Уведомление об оставлении обращения без ответа по существу (переписка прекращена)';
const EXPLANATION = 'Доводы обращения повторяют доводы обращений, рассмотренных ранее.';
const author = { ...buildAppealInput().authors[0]!, surname: 'Переписчиков', firstName: 'Семён', patronymic: 'Ильич' };

type Appeal = { id: number; number: string; registrationDate: string };

/**
 * SPC-5 (59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15), issue 6 «Done when»: the third appeal of the same
 * author on the same question is flagged, the head terminates the correspondence from the case page
 * and the notice is registered; the fourth appeal is flagged as terminated and answered with the
 * notice only.
 */
describe.skipIf(!chromiumPath)('termination of correspondence in Chromium (SPC-5)', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: Record<string, Page> = {};

  const signIn = (user: string, newPassword: string): Promise<Page> => signInDemoUser(browser, server, user, newPassword);
  // The same author on another day each time: the same day would be a duplicate (HMR 3.10).
  const register = async (hoursAgo: number): Promise<Appeal> => {
    const input = buildAppealInput({ receivedAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(), annotation: 'О льготном проезде', authors: [author], questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Отказ в льготном проезде' }] });
    const created = await apiCall<{ id: number; number: string }>(pages.registrar!, 'POST', '/api/appeals', input);
    const card = await apiCall<{ registrationDate: string }>(pages.registrar!, 'GET', `/api/appeals/${created.id}`);
    return { ...created, registrationDate: card.registrationDate };
  };
  // A written answer on the merits actually sent (59-ФЗ ст. 11 ч. 5 counts only those), with its result
  // (CTL-3), through the API: the set-up, not the subject of the journey. Returns «№ … от … (ответ исх. № … от …)».
  const answerOnMerits = async (a: Appeal) => {
    const headId = (await apiCall<{ userId: number; name: string }[]>(pages.registrar!, 'GET', '/api/consideration/deciders')).find((p) => p.name.startsWith('Кузнецов'))!.userId;
    const execId = (await apiCall<{ user: { id: number } }>(pages.executor!, 'GET', '/api/auth/session')).user.id;
    await apiCall(pages.registrar!, 'POST', `/api/appeals/${a.id}/hand-over`, { toUserId: headId });
    await apiCall(pages.head!, 'POST', `/api/appeals/${a.id}/resolution`, { parts: [{ instruction: 'Рассмотреть, подготовить ответ', executors: [{ userId: execId }] }] });
    const answer = await apiCall<{ id: number }>(pages.executor!, 'POST', `/api/appeals/${a.id}/answers`, { body: 'По существу поставленного вопроса сообщаем следующее.' });
    await apiCall(pages.executor!, 'POST', `/api/answers/${answer.id}/approval`, { approverUserIds: [], signerUserId: headId });
    await apiCall(pages.head!, 'POST', `/api/answers/${answer.id}/decision`, { decision: 'approved' });
    await apiCall(pages.registrar!, 'POST', `/api/answers/${answer.id}/dispatch`, {});
    const doc = (await apiCall<{ id: number; kind: string; outgoingNumber: string; outgoingDate: string }[]>(pages.registrar!, 'GET', `/api/appeals/${a.id}/documents`)).find((d) => d.kind === 'answer')!;
    await apiCall(pages.registrar!, 'POST', `/api/outgoing-documents/${doc.id}/printed`, {});
    const view = await apiCall<{ questions: { id: number }[] }>(pages.head!, 'GET', `/api/appeals/${a.id}/consideration`);
    await apiCall(pages.head!, 'POST', `/api/appeals/${a.id}/results`, { results: view.questions.map((q) => ({ questionId: q.id, result: 'explained' })) });
    return `№ ${a.number} от ${formatDateRu(a.registrationDate)} (ответ исх. № ${doc.outgoingNumber} от ${formatDateRu(doc.outgoingDate)})`;
  };
  const openCase = async (page: Page, a: Appeal) => {
    await page.goto(`${server.url}/app/appeals/${a.id}`);
    await page.getByRole('heading', { name: new RegExp(`^Обращение № ${escapeRegExp(a.number)} от`) }).waitFor();
  };
  const dispose = async (page: Page, a: Appeal, option: RegExp, comment?: string) => {
    await page.getByRole('region', { name: 'Особые случаи (ст. 11)' }).getByRole('button', { name: 'Особый случай (ст. 11)' }).click();
    const dialog = page.getByRole('dialog', { name: `Особый случай (ст. 11): обращение № ${a.number}` });
    await dialog.getByRole('radio', { name: option }).check();
    const due = computeDeadline('special-case-notice', a.registrationDate, getProfile('HMR')!, new ProductionCalendar(shippedCalendars));
    await dialog.getByTestId('special-case-due').getByText(formatDateRu(due.date), { exact: false }).waitFor();
    const effect = (await dialog.getByTestId('special-case-effect').textContent()) ?? '';
    expect(effect).toContain('59-ФЗ ст. 11 ч. 5');
    expect(effect).toContain('«Дан ответ автору»');
    expect(effect).toContain('0001.0002.0027.0130 «Переписка прекращена»');
    if (comment) await dialog.getByLabel(/^Пояснение/).fill(comment);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Принять решение' }).click();
    await dialog.waitFor({ state: 'hidden' });
    return due;
  };
  const letterText = async (page: Page, title: string) => {
    const documents = page.getByRole('region', { name: 'Документы' });
    const row = documents.getByRole('row').filter({ hasText: title });
    await expect.poll(() => row.count()).toBe(1);
    const number = /исх\. № (Исх-\d+) от/.exec((await row.textContent()) ?? '')?.[1];
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /^Скачать документ/ }).click()]);
    return { number, text: docxText(new Uint8Array(readFileSync(await download.path()))) };
  };

  beforeAll(async () => {
    ({ server, browser } = await openJourney());
    pages.registrar = await signIn('registrar', 'registr-spc5-2026');
    pages.head = await signIn('head', 'glava-spc5-2026');
    pages.executor = await signIn('executor', 'ispoln-spc5-2026');
  });
  afterAll(() => closeJourney(server, browser));

  it('the third appeal on a question answered twice is flagged; the head terminates the correspondence; the fourth gets the notice only', async () => {
    const first = await register(96);
    const firstAnswered = await answerOnMerits(first);
    const second = await register(72);
    const secondAnswered = await answerOnMerits(second);
    const third = await register(48);

    // The case page of the third appeal: the 'repeated' suggestion with the earlier appeals.
    const page = pages.head!;
    await openCase(page, third);
    const repeated = page.getByTestId('special-case-suggestions').getByTestId('suggestion-repeated');
    await repeated.waitFor();
    const reason = (await repeated.textContent()) ?? '';
    expect(reason).toContain(`№ ${first.number}`);
    expect(reason).toContain(`№ ${second.number}`);
    expect(reason).toContain('59-ФЗ ст. 11 ч. 5');
    expect(await accessibilityViolations(page)).toEqual([]);

    // «Особый случай (ст. 11)» → «Прекращение переписки»: the term from the engine, confirmed.
    const due = await dispose(page, third, /^SPC-5\. Прекращение переписки/, EXPLANATION);
    const dispositions = page.getByTestId('special-case-dispositions');
    await dispositions.getByText('59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15', { exact: false }).waitFor();
    expect(await dispositions.textContent()).toContain(formatDateRu(due.date));

    // The notice among the documents; its text names the earlier answers.
    const notice = await letterText(page, NOTICE);
    expect(notice.number).toBeDefined();
    expect(notice.text).toContain('Уважаемый Семён Ильич!');
    expect(notice.text).toContain(`за № ${third.number}`);
    expect(notice.text).toContain(`ранее направленными обращениями: обращения ${firstAnswered}, ${secondAnswered}`);
    expect(notice.text).toContain('частью 5 статьи 11 Федерального закона от 02.05.2006 № 59-ФЗ');
    expect(notice.text).toContain('о безосновательности очередного обращения и прекращении переписки с Вами по данному вопросу');
    expect(notice.text).toContain(EXPLANATION);

    // The author's registry on the case page.
    const registry = page.getByTestId('terminated-correspondence');
    await registry.getByText('Переписка с автором прекращена по вопросам:').waitFor();
    expect(await registry.getByTestId('terminated-question').textContent()).toContain('Проезд льготных категорий граждан');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The fourth appeal: flagged as terminated correspondence; the head answers it with the notice only.
    const fourth = await register(24);
    await openCase(page, fourth);
    const flagged = page.getByTestId('special-case-suggestions').getByTestId('suggestion-correspondence-terminated');
    await flagged.waitFor();
    expect(await flagged.textContent()).toContain(`прекращена решением от ${formatDateRu(third.registrationDate)} по обращению № ${third.number}`);
    expect(await flagged.textContent()).toContain('переписка возобновляется');
    const onFourth = page.getByTestId('terminated-correspondence').getByTestId('terminated-question');
    await onFourth.getByRole('button', { name: 'Возобновить переписку' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await dispose(page, fourth, /^SPC-5\. Переписка по вопросу прекращена/);
    const reminder = await letterText(page, REMINDER);
    expect(reminder.text).toContain(`за № ${fourth.number}`);
    expect(reminder.text).toContain(`прекращена решением от ${formatDateRu(third.registrationDate)} (обращение № ${third.number}, уведомление исх. № ${notice.number} от`);
    expect(reminder.text).toContain('ответ по существу поставленного вопроса не даётся');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
