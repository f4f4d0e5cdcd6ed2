import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath, launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, apiCall, choose, escapeRegExp } from '../support/journey';
import { fixedClock } from '../../src/server/platform/clock';
import { startSmtpSink, type SmtpSink } from '../../src/server/testing/smtp-sink';
import { docxText } from '../../src/server/platform/documents/docx-text';
import { minimalPdf } from '../../src/server/testing/sample-files';
import { hasPdftotext, pdfText } from '../../src/server/testing/read-docx';
import { parseIsoDate, ProductionCalendar, ruDate, shippedCalendars, weekday } from '../../src/domain/calendar';
import { computeDeadline } from '../../src/domain/deadlines';
import { profiles } from '../../src/domain/profiles';
import { formatDateRu } from '../../src/domain/time/local-date';

const HMR = profiles.HMR;
const calendar = new ProductionCalendar(shippedCalendars);
const EMAIL = 'sidorova@example.ru';
const REASONS = 'необходимостью запроса сведений в Социальном фонде России';
const MATERIALS = 'Сведения о маршрутах с льготным проездом запрошены у перевозчика, ответ получен.';
const ANSWER =
  'По вопросу льготного проезда сообщаем, что право на бесплатный проезд в городском автобусе сохраняется при предъявлении удостоверения. По вопросу пенсионного обеспечения разъясняем порядок обращения в Социальный фонд России.';

const weekdays = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];
/** «11.02.2026 (среда)» — a deadline as the case page writes it. */
const withWeekday = (date: string) => `${ruDate(parseIsoDate(date)!)} (${weekdays[weekday(parseIsoDate(date)!)]})`;

/**
 * The acceptance: with the server's and the browser's clocks frozen, an electronic appeal to
 * the HMR administration is registered on 10.12.2025 — its 30-day term runs into the New Year holidays
 * (01–11.01.2026) — handed over, resolved to two executors, extended by the head (the new deadline
 * and its explanation from the deadline engine), answered along the approval route, registered as
 * outgoing and e-mailed to the author, and removed from control.
 */
describe.skipIf(!chromiumPath)('consideration across the 2026 New Year holidays in Chromium (DL-2, ANS-3…7, CTL-2)', () => {
  const clock = fixedClock('2025-12-10T05:00:00Z'); // Wednesday 10.12.2025, 10:00 in Khanty-Mansiysk
  let sink: SmtpSink;
  let server: RunningServer;
  let browser: Browser;
  let executor2Password = '';
  const passwords = new Map<string, string>();
  let appeal: { id: number; number: string; registrationDate: string };
  let original: ReturnType<typeof computeDeadline>;
  let extended: ReturnType<typeof computeDeadline>;

  /**
   * A user logs in (the first time replacing the generated password) in a page whose clock shows the
   * server's frozen time. Sessions expire after 2 hours idle, so every step after the clock moved on
   * logs in again.
   */
  async function signIn(user: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.clock.setFixedTime(clock.now());
    const known = passwords.get(user);
    if (known) {
      await login(page, server.url, user, known);
      await page.getByRole('heading', { name: /Добро пожаловать/ }).waitFor();
    } else {
      const initial = user === 'grigoriev' ? executor2Password : server.demoPassword(user);
      await login(page, server.url, user, initial);
      const next = `novyi-god-2026-${passwords.size + 1}`; // never containing the login
      await changeForcedPassword(page, initial, next);
      passwords.set(user, next);
    }
    return page;
  }

  const openCase = async (page: Page) => {
    await page.goto(`${server.url}/app/appeals/${appeal.id}`);
    await page.getByRole('heading', { name: new RegExp(`Обращение № ${escapeRegExp(appeal.number)}`) }).waitFor();
  };
  const consideration = (page: Page) => page.getByRole('region', { name: 'Рассмотрение' });
  const status = (page: Page) => consideration(page).getByTestId('consideration-status');

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startServer({ env: { PRIEMNAYA_DEMO: 'true', ...sink.env }, clock });
    browser = await launchBrowser();
    // The demo has one plain executor: the administrator adds the co-executor.
    const admin = await signIn('admin');
    const created = await apiCall<{ password: string }>(admin, 'POST', '/api/admin/users', {
      login: 'grigoriev',
      surname: 'Григорьев',
      firstName: 'Олег',
      patronymic: 'Павлович',
      positionId: null,
      unitId: null,
      phone: null,
      email: null,
      roles: ['executor'],
      supervisedUnitIds: [],
    });
    executor2Password = created.password;
    await admin.close();
  });
  afterAll(async () => {
    await closeJourney(server, browser);
    await sink?.close();
  });

  it('10.12.2025: the registrar registers an electronic appeal from the internet reception and hands it to the head', async () => {
    const page = await signIn('registrar');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Регистрация' }).click();
    await page.getByRole('heading', { name: 'Регистрация обращения' }).waitFor();
    const date = page.getByLabel(/^Дата поступления/);
    await date.fill('09.12.2025');
    await date.press('Enter');
    await page.getByLabel(/^Время поступления/).fill('15:00');
    await choose(page, page.getByRole('combobox', { name: /^Канал поступления/ }), 'Интернет-приёмная');
    expect(await page.getByRole('combobox', { name: /^Форма обращения/ }).inputValue()).toBe('В форме электронного документа');
    await choose(page, page.getByRole('combobox', { name: /^Вид обращения/ }), 'Заявление');
    const author = page.getByTestId('author-0');
    await author.getByLabel(/^Фамилия/).fill('Сидорова');
    await author.getByLabel(/^Имя/).fill('Елена');
    await author.getByLabel(/^Отчество/).fill('Викторовна');
    await author.getByLabel(/^Адрес электронной почты/).fill(EMAIL);
    for (const [i, search, option] of [
      [0, 'проезд', /Проезд льготных категорий граждан/],
      [1, 'пенсион', /Своевременность и качество пенсионного обеспечения/],
    ] as const) {
      if (i > 0) await page.getByRole('button', { name: 'Добавить вопрос' }).click();
      const question = page.getByTestId(`question-${i}`).getByRole('combobox', { name: /Вопрос по классификатору ТОТК/ });
      await question.click();
      await question.fill(search);
      await page.getByRole('option', { name: option }).first().click();
    }
    await page.getByLabel(/^Аннотация/).fill('О льготном проезде в городском автобусе; о перерасчёте пенсии');
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    const heading = page.getByTestId('registration-result').getByRole('heading', { name: /^Обращение зарегистрировано: № \S+ от 10\.12\.2025$/ });
    await heading.waitFor();
    const number = /№ (\S+) от/.exec((await heading.textContent()) ?? '')![1]!;
    await page.getByTestId('registration-result').getByRole('link', { name: 'Открыть карточку' }).click();
    await page.getByRole('heading', { name: new RegExp(`^Обращение № ${escapeRegExp(number)} от`) }).waitFor();
    appeal = { id: Number(/\/app\/appeals\/(\d+)/.exec(page.url())![1]), number, registrationDate: '2025-12-10' };

    // 30 days from 10.12.2025 end on 08.01.2026, a holiday: the deadline rolls to Monday 12.01.2026 (HMR 5.3).
    original = computeDeadline('consideration', appeal.registrationDate, HMR, calendar);
    expect(original.date).toBe('2026-01-12');
    const section = consideration(page);
    await section.getByRole('definition').filter({ hasText: new RegExp(`^${escapeRegExp(formatDateRu(original.date))}$`) }).waitFor();

    await section.getByRole('button', { name: 'Передать на резолюцию' }).click();
    const handOver = page.getByRole('dialog', { name: `Передача обращения № ${appeal.number} на резолюцию` });
    await choose(page, handOver.getByRole('combobox', { name: /^Кому передать/ }), /^Кузнецов Алексей Николаевич/);
    await handOver.getByRole('button', { name: 'Передать' }).click();
    await handOver.waitFor({ state: 'hidden' });
    await status(page).getByText('На резолюции').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The registration notice goes to the author by e-mail (ANS-7).
    const [notice] = await sink.waitFor(1);
    expect(notice!.envelope.to).toEqual([EMAIL]);
    await page.close();
  });

  it('10.12.2025: the head gives a resolution to two executors; 11.12 the co-executor submits his materials', async () => {
    const head = await signIn('head');
    await openCase(head);
    await consideration(head).getByRole('button', { name: 'Вынести резолюцию' }).click();
    const dialog = head.getByRole('dialog', { name: `Резолюция по обращению № ${appeal.number}` });
    await dialog.getByLabel(/^Что поручается/).fill('Рассмотреть, подготовить ответ заявителю');
    const executors = dialog.getByRole('combobox', { name: /^Исполнители/ });
    await executors.click();
    await head.getByRole('option', { name: /^Васильева Елена Андреевна/ }).click();
    await executors.fill('Григорьев');
    await head.getByRole('option', { name: /^Григорьев Олег Павлович/ }).click();
    await executors.press('Escape');
    await dialog.getByRole('button', { name: 'Вынести резолюцию' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await status(head).getByText('На исполнении').waitFor();
    await head.close();

    clock.set('2025-12-11T05:00:00Z');
    const page = await signIn('grigoriev');
    await openCase(page);
    const section = consideration(page);
    await section.getByRole('textbox', { name: /^Материалы/ }).fill(MATERIALS);
    await section.getByRole('button', { name: 'Представить материалы' }).click();
    await page.getByRole('dialog', { name: 'Представление материалов' }).getByRole('button', { name: 'Представить' }).click();
    await page.getByText('Материалы представлены ответственному исполнителю.').waitFor();
    // A co-executor neither asks for an extension nor drafts the answer.
    expect(await section.getByRole('button', { name: 'Продлить срок рассмотрения' }).count()).toBe(0);
    expect(await section.getByRole('button', { name: 'Подготовить проект ответа' }).count()).toBe(0);
    await page.close();
  });

  it('22.12.2025: the responsible executor asks for an extension before the lead time; the head approves it with the engine’s explanation', async () => {
    clock.set('2025-12-22T05:00:00Z'); // Monday, before the lead time (HMR 5.4: 3 working days before 12.01.2026)
    const requestDue = computeDeadline('extension-request', original.date, HMR, calendar).date;
    expect('2025-12-22' <= requestDue).toBe(true);

    const page = await signIn('executor');
    await openCase(page);
    const section = consideration(page);
    await section.getByTestId('materials').getByText(MATERIALS).waitFor();
    await section.getByRole('button', { name: 'Продлить срок рассмотрения' }).click();
    const dialog = page.getByRole('dialog', { name: `Продление срока рассмотрения обращения № ${appeal.number}` });
    expect(await dialog.getByRole('textbox', { name: /^На сколько дней продлить/ }).inputValue()).toBe('30');
    await dialog.getByText('Для фразы «в связи с …», например: необходимостью запроса сведений').waitFor();
    await dialog.getByRole('button', { name: 'Направить служебную записку' }).click();
    await dialog.getByText('Изложите причины продления (для фразы «в связи с …»).').waitFor();
    await dialog.getByLabel(/^Причины продления/).fill(REASONS);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Направить служебную записку' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Служебная записка о продлении срока направлена на решение главе.').waitFor();
    const memo = section.getByTestId('extension');
    await memo.getByText('ожидает решения главы').waitFor();
    expect(await memo.textContent()).toContain(`в связи с ${REASONS}`);
    expect(await memo.textContent()).toContain(formatDateRu(requestDue));
    expect(await section.getByRole('button', { name: 'Продлить срок рассмотрения' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();

    const head = await signIn('head');
    await openCase(head);
    const headSection = consideration(head);
    await headSection.getByRole('button', { name: 'Принять решение о продлении' }).click();
    const decide = head.getByRole('dialog', { name: `Решение о продлении срока рассмотрения обращения № ${appeal.number}` });
    expect(await decide.textContent()).toContain(REASONS);
    await decide.getByRole('button', { name: 'Продлить срок' }).click();
    await decide.getByText('Выберите решение: продлить срок или отказать в продлении.').waitFor();
    await decide.getByRole('radio', { name: 'Продлить срок рассмотрения' }).check();
    expect(await decide.getByRole('textbox', { name: /^Продлить на, дней/ }).inputValue()).toBe('30');
    expect(await accessibilityViolations(head)).toEqual([]);
    await decide.getByRole('button', { name: 'Продлить срок' }).click();
    await decide.waitFor({ state: 'hidden' });

    // HMR 5.5: from the day after the original deadline, 30 days.
    extended = computeDeadline('extension', original.date, HMR, calendar, { amount: 30 });
    const outcome = headSection.getByTestId('extension-outcome');
    await outcome.waitFor();
    expect(await outcome.getByTestId('extension-new-deadline').textContent()).toBe(withWeekday(extended.date));
    const explanation = outcome.getByRole('list', { name: 'Как рассчитан срок' });
    const shown = await explanation.getByRole('listitem').allTextContents();
    expect(shown).toEqual(extended.steps.filter((s) => s.kind !== 'warning').map((s) => s.text));
    expect(shown.length).toBeGreaterThan(1);
    await headSection.getByTestId('extension-decision').getByText(`срок продлён до ${formatDateRu(extended.date)}`).waitFor();
    // The case shows the new deadline; the assignment due on the old date moved with it.
    await headSection.getByRole('definition').filter({ hasText: new RegExp(`^${escapeRegExp(formatDateRu(extended.date))}$`) }).waitFor();
    expect(await headSection.getByTestId('resolution-part').textContent()).toContain(formatDateRu(extended.date));
    expect(await accessibilityViolations(head)).toEqual([]);
    await head.close();

    // The author is told the final date (the extension notice by e-mail).
    const mails = await sink.waitFor(2);
    expect(mails[1]!.envelope.to).toEqual([EMAIL]);
    expect(docxText(mails[1]!.parsed.attachments[0]!.content)).toContain(`не позднее ${formatDateRu(extended.date)}`);
  });

  it('13.01.2026: the executor drafts the answer and sends it on its route; the deputy approves, the head signs', async () => {
    clock.set('2026-01-13T05:00:00Z'); // Tuesday, after the holidays
    const page = await signIn('executor');
    await openCase(page);
    const section = consideration(page);
    const answers = section.getByTestId('answers');
    await answers.getByRole('button', { name: 'Подготовить проект ответа' }).click();
    const draft = page.getByRole('dialog', { name: `Проект ответа по обращению № ${appeal.number}` });
    await draft.getByRole('button', { name: 'Подготовить проект' }).click();
    await draft.getByText(/не менее 20 знаков/).waitFor();
    await draft.getByLabel(/^Текст ответа/).fill(ANSWER);
    expect(await accessibilityViolations(page)).toEqual([]);
    await draft.getByRole('button', { name: 'Подготовить проект' }).click();
    await draft.waitFor({ state: 'hidden' });
    const answer = answers.getByTestId('answer');
    await answer.getByTestId('answer-status').getByText('Проект').waitFor();
    expect(await answer.getByTestId('answer-body').textContent()).toBe(ANSWER);
    await answer.getByRole('link', { name: 'Версия 1 (.docx)' }).waitFor();

    await answer.getByRole('button', { name: 'Направить на согласование' }).click();
    const route = page.getByRole('dialog', { name: `Согласование ответа по обращению № ${appeal.number}` });
    await route.getByRole('button', { name: 'Направить на согласование' }).click();
    await route.getByText('Выберите, кто подписывает ответ.').waitFor();
    await choose(page, route.getByRole('combobox', { name: /^Подписывает/ }), /^Кузнецов Алексей Николаевич/);
    const approvers = route.getByRole('combobox', { name: /^Согласующие/ });
    await approvers.click();
    await page.getByRole('option', { name: /^Морозов Дмитрий Иванович/ }).click();
    await approvers.press('Escape');
    expect(await route.getByTestId('route-preview').getByRole('listitem').allTextContents()).toEqual(['Морозов Дмитрий Иванович — согласует', 'Кузнецов Алексей Николаевич — подписывает']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await route.getByRole('button', { name: 'Направить на согласование' }).click();
    await route.waitFor({ state: 'hidden' });
    await answer.getByTestId('answer-status').getByText('На согласовании').waitFor();
    // No edits while on approval; nobody but the one whose turn it is decides.
    expect(await answer.getByRole('button', { name: 'Изменить проект' }).count()).toBe(0);
    expect(await answer.getByRole('button', { name: 'Подписать' }).count()).toBe(0);
    await page.close();

    const deputy = await signIn('deputy');
    await openCase(deputy);
    const deputyAnswer = consideration(deputy).getByTestId('answer');
    const routeTable = deputyAnswer.getByRole('table', { name: 'Маршрут согласования, версия 1' });
    expect(await routeTable.getByRole('row').nth(2).textContent()).toContain('Кузнецов Алексей Николаевич — подписывает');
    expect(await deputyAnswer.getByRole('button', { name: 'Подписать' }).count()).toBe(0);
    await deputyAnswer.getByRole('button', { name: 'Вернуть на доработку' }).click();
    const returning = deputy.getByRole('dialog', { name: `Возврат проекта ответа на доработку по обращению № ${appeal.number}` });
    await returning.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await returning.getByText('Укажите, что доработать.').waitFor();
    await returning.getByRole('button', { name: 'Отмена' }).click();
    await deputyAnswer.getByRole('button', { name: 'Согласовать' }).click();
    const approving = deputy.getByRole('dialog', { name: `Согласование проекта ответа по обращению № ${appeal.number}` });
    await approving.getByRole('button', { name: 'Согласовать' }).click();
    await approving.waitFor({ state: 'hidden' });
    await routeTable.getByRole('row').nth(1).getByText('согласовано').waitFor();
    expect(await routeTable.getByRole('row').nth(2).textContent()).toContain('на подписании');
    expect(await accessibilityViolations(deputy)).toEqual([]);
    await deputy.close();

    const head = await signIn('head');
    await openCase(head);
    const headAnswer = consideration(head).getByTestId('answer');
    await headAnswer.getByRole('button', { name: 'Подписать' }).click();
    const confirm = head.getByRole('dialog', { name: 'Подписание ответа' });
    expect(await confirm.textContent()).toContain('Подписанный ответ не изменяется');
    await confirm.getByRole('button', { name: 'Подписать' }).click();
    await headAnswer.getByTestId('answer-status').getByText('Подписан').waitFor();
    expect(await headAnswer.getByRole('button', { name: 'Новая редакция' }).count()).toBe(1);
    expect(await accessibilityViolations(head)).toEqual([]);
    await head.close();
  });

  it('13.01.2026: the registrar attaches the scan of the signed answer, registers and dispatches it; the author gets the scan by e-mail', async () => {
    const page = await signIn('registrar');
    await openCase(page);
    // A second tab, left open with the old state: its dispatch is refused and the refusal is shown.
    const stale = await browser.newPage({ viewport: { width: 1440, height: 1000 }, storageState: await page.context().storageState() });
    await stale.clock.setFixedTime(clock.now());
    await openCase(stale);
    await consideration(stale).getByTestId('answer').getByRole('button', { name: 'Зарегистрировать и направить' }).waitFor();

    const answer = consideration(page).getByTestId('answer');
    await answer.getByRole('button', { name: 'Зарегистрировать и направить' }).click();
    const confirm = page.getByRole('dialog', { name: 'Регистрация и направление ответа' });
    // The dialog's body is the dispatch plan, loaded after it opens: wait for it, never read it at once.
    await confirm.getByText('Отменить регистрацию и отправку нельзя', { exact: false }).waitFor();
    const recipients = confirm.getByTestId('dispatch-recipients');
    await recipients.getByText(EMAIL).waitFor();
    expect(await recipients.textContent()).toContain('Второй адрес не указан'); // no postal address: no copy by post to offer
    // DUKI 6.4: without the scan of the signed answer nothing goes by e-mail.
    await confirm.getByTestId('dispatch-scan').getByText('приложите его до регистрации', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Зарегистрировать и направить' }).click();
    await confirm.getByTestId('dispatch-refusal').getByText('приложите скан подписанного ответа', { exact: false }).waitFor();
    await confirm.locator('input[type=file]').setInputFiles({ name: 'Скан ответа Сидоровой.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Signed 2026') });
    await confirm.getByRole('button', { name: 'Приложить скан' }).click();
    await confirm.getByTestId('dispatch-scan').getByRole('link', { name: 'Скан ответа Сидоровой.pdf' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Зарегистрировать и направить' }).click();
    await confirm.waitFor({ state: 'hidden' });
    const outgoing = `исх. № Исх-1 от ${formatDateRu('2026-01-13')}`;
    await answer.getByTestId('answer-outgoing').getByText(outgoing).waitFor();
    await status(page).getByText('Ответ направлен').waitFor();
    // ANS-6: the registered answer appears among the case's outgoing documents without reloading the page.
    await page.getByRole('region', { name: 'Документы' }).getByText(outgoing).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const staleAnswer = consideration(stale).getByTestId('answer');
    await staleAnswer.getByRole('button', { name: 'Зарегистрировать и направить' }).click();
    const staleDialog = stale.getByRole('dialog', { name: 'Регистрация и направление ответа' });
    await staleDialog.getByRole('button', { name: 'Зарегистрировать и направить' }).click();
    await staleDialog.getByTestId('dispatch-refusal').getByText('Ответ уже зарегистрирован и направлен.').waitFor();
    await stale.close();
    await page.close();

    const mails = await sink.waitFor(3);
    const mail = mails.find((m) => m.parsed.attachments.some((a) => a.filename?.startsWith('Ответ на обращение')))!;
    expect(mail).toBeDefined();
    expect(mail.envelope.to).toEqual([EMAIL]);
    expect(mail.parsed.subject).toBe(`Обращение № ${appeal.number} от ${formatDateRu(appeal.registrationDate)}: ответ на обращение`);
    const attachment = mail.parsed.attachments[0]!;
    expect(attachment.filename).toMatch(/\(исх\. Исх-1 от 13\.01\.2026\)\.pdf$/);
    expect(attachment.contentType).toBe('application/pdf');
    expect(hasPdftotext() ? pdfText(attachment.content) : attachment.content.subarray(0, 5).toString()).toBe(hasPdftotext() ? 'Signed 2026' : '%PDF-');
  });

  it('13.01.2026: the executor records «Разъяснено» for every question; the head removes the appeal from control', async () => {
    const page = await signIn('executor');
    await openCase(page);
    const section = consideration(page);
    for (const n of [1, 2]) await choose(page, section.getByRole('combobox', { name: `Результат по вопросу № ${n}` }), 'Разъяснено');
    await section.getByRole('button', { name: 'Сохранить результаты' }).click();
    await page.getByText('Результаты рассмотрения записаны.').waitFor();
    await page.close();

    const head = await signIn('head');
    await openCase(head);
    const control = consideration(head).getByTestId('control-actions');
    const remove = control.getByRole('button', { name: 'Снять с контроля' });
    await remove.waitFor();
    // The answer letter is marked sent by the delivery job right after the SMTP server took it.
    await expect
      .poll(async () => {
        if (await remove.isEnabled()) return true;
        await head.reload();
        await remove.waitFor();
        return remove.isEnabled();
      })
      .toBe(true);
    await remove.click();
    await head.getByRole('dialog', { name: 'Снятие с контроля' }).getByRole('button', { name: 'Снять с контроля' }).click();
    await head.getByText(`Обращение № ${appeal.number} снято с контроля.`).waitFor();
    await status(head).getByText('Снято с контроля').waitFor();
    await expect.poll(() => head.getByTestId('status-badge').textContent()).toBe('Снято с контроля');
    expect(await accessibilityViolations(head)).toEqual([]);
    await head.close();
  });
});
