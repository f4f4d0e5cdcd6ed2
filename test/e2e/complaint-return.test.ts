import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { closeJourney, openJourney, apiCall, escapeRegExp, signInDemoUser } from '../support/journey';
import { buildAppealInput, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../src/server/testing/factories';
import { docxText } from '../../src/server/platform/documents/docx-text';
import { computeDeadline } from '../../src/domain/deadlines';
import { getProfile } from '../../src/domain/profiles';
import { ProductionCalendar, shippedCalendars } from '../../src/domain/calendar';
import { formatDateRu, localDate } from '../../src/domain/time/local-date';

const ZONE = 'Asia/Yekaterinburg'; // the HMR profile's time zone
const RETURN_LETTER = 'Уведомление о возврате жалобы';
const NOTICE = 'Уведомление о постановке обращения на дополнительный контроль';
const EXPLANATION = 'Решение поставленных вопросов относится к компетенции заместителя главы района, действия которого обжалуются.';
const PROMISE = 'ремонт дороги по ул. Мира будет выполнен в течение месяца';
const REPORT = 'Ремонт дороги по ул. Мира выполнен, работы приняты по акту № 7.';

type Doc = { id: number; kind: string };

/**
 * ROU-8 (59-ФЗ ст. 8 ч. 6; HMR 7.11): a complaint about the deputy is refused to him in the resolution,
 * and the head returns it to the author from the case page — the term from the engine, the letter
 * registered and queued. CTL-1 (DUKI 7.3–7.4): an answered appeal goes on additional control; the
 * executor reports from «Мои поручения»; the head removes it from control.
 */
describe.skipIf(!chromiumPath)('return of a complaint and additional control in Chromium (ROU-8, CTL-1)', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: Record<string, Page> = {};

  /** A demo user logs in and replaces the generated password. */
  const signIn = (user: string, newPassword: string): Promise<Page> => signInDemoUser(browser, server, user, newPassword);
  const consideration = (page: Page) => page.getByRole('region', { name: 'Рассмотрение' });
  const status = (page: Page) => consideration(page).getByTestId('consideration-status');
  const openCase = async (page: Page, a: { id: number; number: string }) => {
    await page.goto(`${server.url}/app/appeals/${a.id}`);
    await page.getByRole('heading', { name: new RegExp(`^Обращение № ${escapeRegExp(a.number)} от`) }).waitFor();
  };
  const register = async (overrides: Parameters<typeof buildAppealInput>[0]) => {
    const created = await apiCall<{ id: number; number: string }>(pages.registrar!, 'POST', '/api/appeals', buildAppealInput({ receivedAt: new Date(Date.now() - 3_600_000).toISOString(), ...overrides }));
    const card = await apiCall<{ registrationDate: string }>(pages.registrar!, 'GET', `/api/appeals/${created.id}`);
    return { ...created, registrationDate: card.registrationDate };
  };
  const userId = async (page: Page, surname: string) => (await apiCall<{ userId: number; name: string }[]>(page, 'GET', '/api/consideration/executors')).find((p) => p.name.startsWith(surname))!.userId;

  beforeAll(async () => {
    ({ server, browser } = await openJourney());
    pages.registrar = await signIn('registrar', 'registr-return-2026');
    pages.head = await signIn('head', 'glava-return-2026');
    pages.executor = await signIn('executor', 'ispoln-return-2026');
  });
  afterAll(() => closeJourney(server, browser));

  it('the head’s resolution to the deputy complained about is refused; he returns the complaint to the author from the case page', async () => {
    const appeal = await register({
      type: 'complaint',
      annotation: 'Жалоба на действия заместителя главы по вопросам льготного проезда и пенсии',
      authors: [{ ...buildAppealInput().authors[0]!, surname: 'Жалобин' }],
      questions: [
        { totkCode: TOTK_TRANSPORT, annotation: 'Отказ в льготном проезде' },
        { totkCode: TOTK_PENSIONS, annotation: 'Задержка перерасчёта пенсии' },
      ],
    });
    const deputy = await userId(pages.head!, 'Морозов');
    const deputyOfficial = (await apiCall<{ userId: number; officialId: number }[]>(pages.head!, 'GET', '/api/consideration/executors')).find((p) => p.userId === deputy)!.officialId;
    await apiCall(pages.registrar!, 'PUT', `/api/appeals/${appeal.id}/complained-subject`, { officialId: deputyOfficial, unitId: null });
    const headId = (await apiCall<{ userId: number; name: string }[]>(pages.registrar!, 'GET', '/api/consideration/deciders')).find((p) => p.name.startsWith('Кузнецов'))!.userId;
    await apiCall(pages.registrar!, 'POST', `/api/appeals/${appeal.id}/hand-over`, { toUserId: headId });

    const page = pages.head!;
    await openCase(page, appeal);
    await status(page).getByText('На резолюции').waitFor();
    // The complaint has a complained subject: the return is offered next to the resolution.
    await consideration(page).getByRole('button', { name: 'Вернуть жалобу автору' }).waitFor();

    await consideration(page).getByRole('button', { name: 'Вынести резолюцию' }).click();
    const resolution = page.getByRole('dialog', { name: `Резолюция по обращению № ${appeal.number}` });
    await resolution.getByLabel(/^Что поручается/).fill('Рассмотреть жалобу, подготовить ответ');
    const executors = resolution.getByRole('combobox', { name: /^Исполнители/ });
    await executors.click();
    await page.getByRole('option', { name: /^Морозов Дмитрий Иванович/ }).click();
    await executors.press('Escape');
    await resolution.getByRole('button', { name: 'Вынести резолюцию' }).click();
    const refusal = resolution.getByTestId('resolution-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('59-ФЗ ст. 8 ч. 6');
    // The refusal offers the return straight away.
    await refusal.getByRole('button', { name: 'Вернуть жалобу автору' }).click();
    await resolution.waitFor({ state: 'hidden' });

    const dialog = page.getByRole('dialog', { name: `Возврат жалобы № ${appeal.number} автору` });
    const due = computeDeadline('complaint-return', appeal.registrationDate, getProfile('HMR')!, new ProductionCalendar(shippedCalendars));
    await dialog.getByTestId('complaint-return-due').getByText(formatDateRu(due.date), { exact: false }).waitFor();
    const confirm = (await dialog.getByTestId('complaint-return-confirm').textContent()) ?? '';
    expect(confirm).toContain('Срок возврата — 7 дней со дня регистрации');
    expect(confirm).toContain('разъяснением права обжаловать решение или действие (бездействие) в суд');
    expect(confirm).toContain('зарегистрировано с исходящим номером и направлено автору');
    expect(confirm).toContain('«Дан ответ автору»');
    expect(await dialog.textContent()).toContain('Морозов Дмитрий Иванович');
    await dialog.getByLabel(/^Пояснение для автора/).fill(EXPLANATION);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Вернуть жалобу автору' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await status(page).getByText('Ответ направлен').waitFor();
    const returned = consideration(page).getByTestId('complaint-returned');
    await returned.waitFor();
    const number = /исх\. № (Исх-\d+) от/.exec((await returned.textContent()) ?? '')?.[1];
    expect(number).toBeDefined();
    expect(await returned.textContent()).toContain(`срок возврата ${formatDateRu(due.date)}`);
    expect(await consideration(page).getByRole('button', { name: 'Вернуть жалобу автору' }).count()).toBe(0);

    // «Документы»: the registered letter, by post to the author; its text explains the court.
    const documents = page.getByRole('region', { name: 'Документы' });
    const row = documents.getByRole('row').filter({ hasText: RETURN_LETTER });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(`исх. № ${number} от`);
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /^Скачать документ/ }).click()]);
    const letter = docxText(new Uint8Array(readFileSync(await download.path())));
    expect(letter).toContain(`за № ${appeal.number}`);
    expect(letter).toContain('Морозов Дмитрий Иванович');
    expect(letter).toContain(EXPLANATION);
    expect(letter).toContain('частью 6 статьи 8 Федерального закона от 02.05.2006 № 59-ФЗ');
    expect(letter).toContain('главой 22 Кодекса административного судопроизводства Российской Федерации');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the head puts an answered appeal on additional control; the executor reports; the head removes it from control', async () => {
    // Set-up through the API: a written appeal answered by the executor and sent by post.
    const appeal = await register({ annotation: 'О ремонте дороги по ул. Мира', authors: [{ ...buildAppealInput().authors[0]!, surname: 'Дорожкин' }] });
    const headId = (await apiCall<{ userId: number; name: string }[]>(pages.registrar!, 'GET', '/api/consideration/deciders')).find((p) => p.name.startsWith('Кузнецов'))!.userId;
    await apiCall(pages.registrar!, 'POST', `/api/appeals/${appeal.id}/hand-over`, { toUserId: headId });
    const executorId = await userId(pages.head!, 'Васильева');
    await apiCall(pages.head!, 'POST', `/api/appeals/${appeal.id}/resolution`, { parts: [{ instruction: 'Рассмотреть, подготовить ответ', executors: [{ userId: executorId }] }] });
    const answer = await apiCall<{ id: number }>(pages.executor!, 'POST', `/api/appeals/${appeal.id}/answers`, { body: `По вопросу ремонта дороги сообщаем: ${PROMISE}.` });
    await apiCall(pages.executor!, 'POST', `/api/answers/${answer.id}/approval`, { approverUserIds: [], signerUserId: headId });
    await apiCall(pages.head!, 'POST', `/api/answers/${answer.id}/decision`, { decision: 'approved' });
    await apiCall(pages.registrar!, 'POST', `/api/answers/${answer.id}/dispatch`, {});
    const answerDoc = (await apiCall<Doc[]>(pages.registrar!, 'GET', `/api/appeals/${appeal.id}/documents`)).find((d) => d.kind === 'answer')!;
    await apiCall(pages.registrar!, 'POST', `/api/outgoing-documents/${answerDoc.id}/printed`, {});
    const view = await apiCall<{ questions: { id: number }[] }>(pages.head!, 'GET', `/api/appeals/${appeal.id}/consideration`);
    await apiCall(pages.head!, 'POST', `/api/appeals/${appeal.id}/results`, { results: view.questions.map((q) => ({ questionId: q.id, result: 'supported' })) });

    const page = pages.head!;
    await openCase(page, appeal);
    await status(page).getByText('Ответ направлен').waitFor();
    const control = consideration(page).getByTestId('control-actions');
    await control.getByRole('button', { name: 'Поставить на дополнительный контроль' }).click();
    const dialog = page.getByRole('dialog', { name: `Дополнительный контроль по обращению № ${appeal.number}` });
    // Who considered it is proposed: the responsible executor.
    await expect.poll(() => dialog.getByRole('combobox', { name: /^Кто докладывает/ }).inputValue()).toMatch(/^Васильева Елена Андреевна/);
    // A date that is not in the future is refused next to the field.
    const today = localDate(new Date(), ZONE);
    const date = dialog.getByLabel(/^Контрольный срок/);
    await date.fill(formatDateRu(today));
    await date.press('Tab');
    await dialog.getByLabel(/^Что обещано в ответе/).fill(PROMISE);
    await dialog.getByRole('button', { name: 'Поставить на дополнительный контроль' }).click();
    await dialog.getByText('Контрольный срок должен быть позже сегодняшнего дня.').waitFor();
    const controlDate = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    await date.fill(formatDateRu(controlDate));
    await date.press('Tab');
    expect(await dialog.getByTestId('additional-control-confirm').textContent()).toContain(`до ${formatDateRu(controlDate)}`);
    await dialog.getByRole('button', { name: 'Поставить на дополнительный контроль' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const section = consideration(page).getByTestId('additional-control');
    await section.getByTestId('additional-control-status').getByText(`На дополнительном контроле до ${formatDateRu(controlDate)}`).waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('Кузнецов Алексей Николаевич');
    expect(text).toContain(PROMISE);
    expect(text).toContain('Васильева Елена Андреевна');
    await page.getByTestId('removal-obstacles').getByText(`Обращение на дополнительном контроле до ${formatDateRu(controlDate)}: не поступил доклад об окончательном решении вопроса.`).waitFor();
    expect(await control.getByRole('button', { name: 'Снять с контроля' }).isDisabled()).toBe(true);
    const documents = page.getByRole('region', { name: 'Документы' });
    await expect.poll(() => documents.getByRole('row').filter({ hasText: NOTICE }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The executor finds the report in «Мои поручения» and gives it on the case page.
    const exec = pages.executor!;
    await exec.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои поручения' }).click();
    const row = exec.getByTestId('assignment-row').filter({ hasText: 'Доложить об окончательном решении вопроса' });
    await row.waitFor();
    expect(await row.textContent()).toContain('дополнительный контроль');
    expect(await row.textContent()).toContain(formatDateRu(controlDate));
    await row.getByRole('link', { name: new RegExp(`^Обращение № ${escapeRegExp(appeal.number)} от`) }).click();
    const report = consideration(exec).getByTestId('additional-control');
    await report.getByRole('button', { name: 'Доложить об окончательном решении вопроса' }).click();
    await report.getByLabel(/^Доклад об окончательном решении вопроса/).fill(REPORT);
    await report.getByRole('button', { name: 'Представить доклад' }).click();
    await exec.getByText('Доклад об окончательном решении вопроса представлен.').waitFor();
    await report.getByText(REPORT, { exact: false }).waitFor();
    expect(await accessibilityViolations(exec)).toEqual([]);

    // The head removes the appeal from control.
    await page.reload();
    const remove = consideration(page).getByTestId('control-actions').getByRole('button', { name: 'Снять с контроля' });
    await remove.waitFor();
    expect(await remove.isEnabled()).toBe(true);
    await remove.click();
    await page.getByRole('dialog', { name: 'Снятие с контроля' }).getByRole('button', { name: 'Снять с контроля' }).click();
    await status(page).getByText('Снято с контроля').waitFor();
    await section.getByTestId('additional-control-status').getByText(`Был на дополнительном контроле до ${formatDateRu(controlDate)}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
