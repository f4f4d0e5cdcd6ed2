import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney, apiCall, choose, escapeRegExp } from '../support/journey';
import { buildAppealInput, TOTK_PENSIONS, TOTK_TRANSPORT } from '../../src/server/testing/factories';

const MATERIALS = 'Ремонт дороги включён в план работ на 2027 год, смета утверждена.';
const KEEP_REASON = 'Ожидается исполнение мер, обещанных в ответе: ремонт дороги';

/** ROU-1…3, ROU-8, CTL-2…4: from the registrar's hand-over to the head's decision on control, each user in his own browser session. */
describe.skipIf(!chromiumPath)('consideration journey in Chromium (ROU-1…8, CTL-2…4)', () => {
  let server: RunningServer;
  let browser: Browser;
  let appeal: { id: number; number: string };
  let executor2Password = '';
  let executorPage: Page;
  let headPage: Page;

  /** A demo (or just created) user logs in and replaces the generated password. */
  async function signIn(user: string, password: string, newPassword: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, user, password);
    await changeForcedPassword(page, password, newPassword);
    return page;
  }

  const nav = (page: Page, section: string) => page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: section }).click();
  const consideration = (page: Page) => page.getByRole('region', { name: 'Рассмотрение' });
  /** The link to the appeal's case, as the lists name it. */
  const caseLink = (page: Page) => page.getByRole('link', { name: new RegExp(`^Обращение № ${escapeRegExp(appeal.number)} от`) });

  beforeAll(async () => {
    ({ server, browser } = await openJourney());
    // The demo has one plain executor: the administrator adds a second one (the co-executor).
    const admin = await signIn('admin', server.demoPassword('admin'), 'nastroika-consid-2026');
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
  afterAll(() => closeJourney(server, browser));

  it('the registrar marks whose actions the complaint is about and hands the appeal over to the head', async () => {
    const page = await signIn('registrar', server.demoPassword('registrar'), 'registr-consid-2026');
    appeal = await apiCall(page, 'POST', '/api/appeals', {
      ...buildAppealInput({
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        type: 'complaint',
        annotation: 'Жалоба на бездействие при ремонте дороги и перерасчёте пенсии',
        questions: [
          { totkCode: TOTK_TRANSPORT, annotation: 'Ремонт дороги' },
          { totkCode: TOTK_PENSIONS, annotation: 'Перерасчёт пенсии' },
        ],
      }),
    });
    await page.goto(`${server.url}/app/appeals/${appeal.id}`);
    await page.getByRole('heading', { name: new RegExp(`Обращение № ${appeal.number}`) }).waitFor();
    const section = consideration(page);
    await section.getByTestId('consideration-status').getByText('Зарегистрировано').waitFor();
    await section.getByText('Резолюция по обращению ещё не вынесена.').waitFor();
    expect(await page.getByTestId('status-badge').textContent()).toBe('Зарегистрировано, на контроле');

    // ROU-8: the complaint is about the deputy's actions.
    await section.getByRole('button', { name: 'Жалоба на действия…' }).click();
    const complained = page.getByRole('dialog', { name: 'Жалоба на решение или действие (бездействие)' });
    await choose(page, complained.getByRole('combobox', { name: /^Должностное лицо/ }), /^Морозов Дмитрий Иванович/);
    await complained.getByRole('button', { name: 'Сохранить' }).click();
    await complained.waitFor({ state: 'hidden' });
    await section.getByText('Морозов Дмитрий Иванович').waitFor();

    // ROU-1: to the head, with the resolution deadline.
    await section.getByRole('button', { name: 'Передать на резолюцию' }).click();
    const handOver = page.getByRole('dialog', { name: `Передача обращения № ${appeal.number} на резолюцию` });
    await handOver.getByRole('button', { name: 'Передать' }).click();
    await handOver.getByText('Выберите главу или заместителя.').waitFor();
    await choose(page, handOver.getByRole('combobox', { name: /^Кому передать/ }), /^Кузнецов Алексей Николаевич/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await handOver.getByRole('button', { name: 'Передать' }).click();
    await handOver.waitFor({ state: 'hidden' });
    await page.getByText(/^Обращение передано на резолюцию: Кузнецов Алексей Николаевич\. Срок вынесения резолюции — \d\d\.\d\d\.\d{4}\.$/).waitFor();
    await section.getByTestId('consideration-status').getByText('На резолюции').waitFor();
    await section.getByText(/^Кузнецов Алексей Николаевич, \d\d\.\d\d\.\d{4}, \d\d:\d\d$/).waitFor();
    await expect.poll(() => page.getByTestId('status-badge').textContent()).toBe('На резолюции, на контроле');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('the head finds it «На резолюцию», is refused the deputy complained about (ROU-8) and gives a resolution to two executors', async () => {
    headPage = await signIn('head', server.demoPassword('head'), 'glava-consid-2026');
    const page = headPage;
    await nav(page, 'На резолюцию');
    await page.getByRole('heading', { name: 'На резолюцию' }).waitFor();
    const row = page.getByTestId('queue-row').filter({ has: caseLink(page) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\d\d\.\d\d\.\d{4}/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: new RegExp(`Обращение № ${appeal.number}`) }).waitFor();

    await consideration(page).getByRole('button', { name: 'Вынести резолюцию' }).click();
    const dialog = page.getByRole('dialog', { name: `Резолюция по обращению № ${appeal.number}` });
    await dialog.getByLabel(/^Текст резолюции/).fill('Прошу рассмотреть в установленный срок');
    // A second part can be added and removed again.
    await dialog.getByRole('button', { name: 'Добавить поручение' }).click();
    await dialog.getByRole('button', { name: 'Удалить поручение 2' }).click();
    expect(await dialog.getByRole('button', { name: /^Удалить поручение/ }).count()).toBe(0);
    await dialog.getByLabel(/^Что поручается/).fill('Рассмотреть, подготовить ответ заявителю');
    const executors = dialog.getByRole('combobox', { name: /^Исполнители/ });
    await executors.click();
    await page.getByRole('option', { name: /^Васильева Елена Андреевна/ }).click();
    await page.getByRole('option', { name: /^Морозов Дмитрий Иванович/ }).click();
    await executors.press('Escape');
    expect(await dialog.getByRole('radio', { name: 'Васильева Елена Андреевна' }).isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Вынести резолюцию' }).click();

    // ROU-8: refused inside the dialog, with the law; nothing typed is lost.
    const refusal = dialog.getByTestId('resolution-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('59-ФЗ ст. 8 ч. 6');
    expect(await refusal.textContent()).toContain('Морозов Дмитрий Иванович');
    expect(await dialog.getByLabel(/^Что поручается/).inputValue()).toBe('Рассмотреть, подготовить ответ заявителю');
    expect(await dialog.getByLabel(/^Текст резолюции/).inputValue()).toBe('Прошу рассмотреть в установленный срок');

    // The deputy is taken off (Backspace removes the last chosen), the new executor added.
    await executors.focus();
    await executors.press('Backspace');
    await executors.click();
    await executors.fill('Григорьев');
    await page.getByRole('option', { name: /^Григорьев Олег Павлович/ }).click();
    await executors.press('Escape');
    expect(await dialog.getByRole('radio').count()).toBe(2);
    await dialog.getByRole('button', { name: 'Вынести резолюцию' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Резолюция вынесена. Поручения направлены исполнителям.').waitFor();

    const section = consideration(page);
    await section.getByTestId('consideration-status').getByText('На исполнении').waitFor();
    const part = section.getByTestId('resolution-part');
    expect(await part.count()).toBe(1);
    const partText = (await part.textContent()) ?? '';
    expect(partText).toContain('Рассмотреть, подготовить ответ заявителю');
    expect(partText).toMatch(/Васильева Елена Андреевнаотв\./);
    expect(partText).toContain('Григорьев Олег Павловичсоисполнитель');
    expect(partText).toMatch(/Материалы ответственному исполнителю — до \d\d\.\d\d\.\d{4}/);
    await section.getByText('Прошу рассмотреть в установленный срок').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await nav(page, 'На резолюцию');
    await page.getByText('Обращений, ожидающих резолюции, нет.').waitFor();
  });

  it('the responsible executor sees the assignment in «Мои поручения» with the days left and opens the case', async () => {
    executorPage = await signIn('executor', server.demoPassword('executor'), 'ispoln-consid-2026');
    const page = executorPage;
    await nav(page, 'Мои поручения');
    await page.getByRole('heading', { name: 'Мои поручения' }).waitFor();
    const row = page.getByTestId('assignment-row').filter({ has: caseLink(page) });
    await row.waitFor();
    expect(await row.textContent()).toContain('ответственный исполнитель');
    expect(await row.textContent()).toContain('Рассмотреть, подготовить ответ заявителю');
    expect(await row.getByTestId('days-left').textContent()).toMatch(/^осталось \d+ дн\.$/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await row.getByRole('link').click();
    await page.getByRole('heading', { name: new RegExp(`Обращение № ${appeal.number}`) }).waitFor();
    const section = consideration(page);
    await section.getByTestId('resolution-part').waitFor();
    // The co-executor has not delivered yet; the results can be chosen by the responsible executor.
    expect(await section.getByTestId('materials').count()).toBe(0);
    await section.getByRole('combobox', { name: 'Результат по вопросу № 1' }).waitFor();
    expect(await section.getByRole('button', { name: 'Вынести резолюцию' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the co-executor delivers his materials once, after a confirmation', async () => {
    const page = await signIn('grigoriev', executor2Password, 'grigor-consid-2026');
    await nav(page, 'Мои поручения');
    const row = page.getByTestId('assignment-row').filter({ has: caseLink(page) });
    await row.waitFor();
    expect(await row.textContent()).toContain('соисполнитель');
    expect(await row.textContent()).toContain('материалы ответственному');
    expect(await row.getByTestId('days-left').textContent()).toMatch(/^осталось \d+ дн\.$/);
    await row.getByRole('link').click();

    const section = consideration(page);
    await section.getByText('Показаны поручения, направленные вам как соисполнителю.').waitFor();
    await section.getByRole('button', { name: 'Представить материалы' }).click();
    await section.getByText('Изложите материалы (что сделано, что предлагается).').waitFor();
    await section.getByRole('textbox', { name: /^Материалы/ }).fill(MATERIALS);
    expect(await accessibilityViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Представить материалы' }).click();
    const confirm = page.getByRole('dialog', { name: 'Представление материалов' });
    expect(await confirm.textContent()).toContain('Материалы представляются один раз');
    await confirm.getByRole('button', { name: 'Представить' }).click();
    await page.getByText('Материалы представлены ответственному исполнителю.').waitFor();
    await section.getByText('материалы представлены').waitFor();
    expect(await section.getByRole('button', { name: 'Представить материалы' }).count()).toBe(0);
    expect(await section.getByTestId('materials').textContent()).toContain(MATERIALS);

    await nav(page, 'Мои поручения');
    await page.getByText('Поручений на исполнении нет.').waitFor();
    await page.close();
  });

  it('the responsible executor reads the materials and records the result per question (CTL-3)', async () => {
    const page = executorPage;
    await page.reload();
    const section = consideration(page);
    await section.getByTestId('materials').getByText(MATERIALS).waitFor();
    await section.getByRole('button', { name: 'Сохранить результаты' }).click();
    await section.getByText('Выберите результат хотя бы по одному вопросу.').waitFor();
    await choose(page, section.getByRole('combobox', { name: 'Результат по вопросу № 1' }), 'Поддержано, в том числе меры приняты');
    await choose(page, section.getByRole('combobox', { name: 'Результат по вопросу № 2' }), 'Разъяснено');
    await section.getByRole('button', { name: 'Сохранить результаты' }).click();
    await page.getByText('Результаты рассмотрения записаны.').waitFor();
    await expect.poll(() => section.getByRole('combobox', { name: 'Результат по вопросу № 2' }).inputValue()).toBe('Разъяснено');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('the head cannot remove it from control before the answer is sent, keeps it on control with a reason and records the author’s evaluation (CTL-2, CTL-4)', async () => {
    const page = headPage;
    await page.goto(`${server.url}/app/appeals/${appeal.id}`);
    const section = consideration(page);
    const control = section.getByTestId('control-actions');
    const obstacles = control.getByTestId('removal-obstacles');
    await obstacles.waitFor();
    expect(await obstacles.textContent()).toContain('Ответ автору не направлен.');
    expect(await obstacles.textContent()).toContain('Нельзя снять с контроля: обращение в состоянии «На исполнении».');
    expect(await control.getByRole('button', { name: 'Снять с контроля' }).isDisabled()).toBe(true);
    // The results were recorded by the responsible executor.
    await expect.poll(() => section.getByRole('combobox', { name: 'Результат по вопросу № 1' }).inputValue()).toBe('Поддержано, в том числе меры приняты');

    await control.getByRole('button', { name: 'Оставить на контроле' }).click();
    const keep = page.getByRole('dialog', { name: 'Оставить обращение на контроле' });
    await keep.getByRole('button', { name: 'Оставить на контроле' }).click();
    await keep.getByText('Укажите, почему обращение оставлено на контроле.').waitFor();
    await keep.getByLabel(/^Причина/).fill(KEEP_REASON);
    await keep.getByRole('button', { name: 'Оставить на контроле' }).click();
    await keep.waitFor({ state: 'hidden' });
    await page.getByText(`Обращение № ${appeal.number} оставлено на контроле.`).waitFor();
    await section.getByText(KEEP_REASON).waitFor();

    // CTL-4: «поддержано» and «разъяснено» ask for the author's evaluation.
    await section.getByRole('button', { name: 'Записать оценку автора' }).click();
    const evaluation = page.getByRole('dialog', { name: 'Оценка автором результатов рассмотрения' });
    await evaluation.getByRole('button', { name: 'Записать оценку' }).click();
    await evaluation.getByText('Выберите оценку: удовлетворён полностью или не удовлетворён.').waitFor();
    await evaluation.getByRole('radio', { name: 'Удовлетворён полностью' }).check();
    await choose(page, evaluation.getByRole('combobox', { name: /^Как получена/ }), 'По телефону');
    await evaluation.getByLabel(/^Примечание/).fill('Звонок заявителя');
    expect(await accessibilityViolations(page)).toEqual([]);
    await evaluation.getByRole('button', { name: 'Записать оценку' }).click();
    await evaluation.waitFor({ state: 'hidden' });
    const evaluations = section.getByRole('table', { name: 'Оценки автора' });
    await evaluations.getByText('Удовлетворён полностью').waitFor();
    expect(await evaluations.textContent()).toContain('По телефону');
    expect(await evaluations.textContent()).toContain('Звонок заявителя');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
