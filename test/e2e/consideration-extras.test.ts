import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney, apiCall, choose } from '../support/journey';
import { buildAppealInput, TOTK_TRANSPORT } from '../../src/server/testing/factories';

const MINTRUD = 'Министерство труда и социальной защиты Российской Федерации';

/** ROU-4, ROU-5, ANS-1, DL-3: the responsible executor names the drafter, keeps documents requests and returns the assignment as outside his competence. */
describe.skipIf(!chromiumPath)('assignment extras and documents requests in Chromium (ROU-4, ROU-5, ANS-1)', () => {
  let server: RunningServer;
  let browser: Browser;
  let appeal: { id: number; number: string };

  async function signIn(user: string, password: string, newPassword: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, user, password);
    await changeForcedPassword(page, password, newPassword);
    return page;
  }

  beforeAll(async () => {
    ({ server, browser } = await openJourney());
    const registrar = await signIn('registrar', server.demoPassword('registrar'), 'registr-extras-2026');
    appeal = await apiCall(registrar, 'POST', '/api/appeals', {
      ...buildAppealInput({ receivedAt: new Date(Date.now() - 3_600_000).toISOString(), annotation: 'О ремонте дороги', questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Ремонт дороги' }] }),
    });
    const deciders = await apiCall<{ userId: number; name: string }[]>(registrar, 'GET', '/api/consideration/deciders');
    const head = deciders.find((d) => d.name.startsWith('Кузнецов'))!;
    await apiCall(registrar, 'POST', `/api/appeals/${appeal.id}/hand-over`, { toUserId: head.userId });
    await registrar.close();
    const headPage = await signIn('head', server.demoPassword('head'), 'glava-extras-2026');
    const executors = await apiCall<{ userId: number; name: string }[]>(headPage, 'GET', '/api/consideration/executors');
    const executor = executors.find((e) => e.name.startsWith('Васильева'))!;
    const view = await apiCall<{ considerationDeadline: string }>(headPage, 'GET', `/api/appeals/${appeal.id}/consideration`);
    await apiCall(headPage, 'POST', `/api/appeals/${appeal.id}/resolution`, {
      text: '',
      urgent: false,
      controlDate: null,
      parts: [{ instruction: 'Рассмотреть, подготовить ответ', deadline: view.considerationDeadline, executors: [{ userId: executor.userId, responsible: true }] }],
    });
    await headPage.close();
  });
  afterAll(() => closeJourney(server, browser));

  it('names the drafter, records an incoming request and its answer, then returns the assignment', async () => {
    const page = await signIn('executor', server.demoPassword('executor'), 'ispoln-extras-2026');
    await page.goto(`${server.url}/app/appeals/${appeal.id}`);
    await page.getByRole('heading', { name: new RegExp(`Обращение № ${appeal.number}`) }).waitFor();
    const section = page.getByRole('region', { name: 'Рассмотрение' });
    const own = section.getByTestId('own-assignment');
    await own.waitFor();

    // ROU-5: the drafter.
    await own.getByRole('button', { name: 'Назначить исполнителя проекта ответа' }).click();
    const drafter = page.getByRole('dialog', { name: 'Исполнитель проекта ответа' });
    await drafter.getByRole('button', { name: 'Назначить' }).click();
    await drafter.getByText('Выберите исполнителя из списка.').waitFor();
    await choose(page, drafter.getByRole('combobox', { name: /^Исполнитель проекта ответа/ }), /^Морозов Дмитрий Иванович/);
    await drafter.getByRole('button', { name: 'Назначить' }).click();
    await drafter.waitFor({ state: 'hidden' });
    await section.getByTestId('drafter').getByText('Исполнитель проекта ответа: Морозов Дмитрий Иванович').waitFor();

    // DL-3: another body's request to us, and its answer.
    const requests = page.getByRole('region', { name: 'Запросы документов' });
    await requests.getByText('Запросов документов по обращению нет.').waitFor();
    await requests.getByRole('button', { name: 'Записать поступивший запрос' }).click();
    const incoming = page.getByRole('dialog', { name: 'Поступивший запрос документов' });
    await incoming.getByRole('button', { name: 'Записать' }).click();
    await incoming.getByText('Укажите номер письма.').waitFor();
    const body = incoming.getByRole('combobox', { name: /^От кого поступил запрос/ });
    await body.click();
    await body.fill('Министерство труда');
    await page.getByRole('option', { name: new RegExp(`^${MINTRUD}`) }).first().click();
    const letterDay = new Date(Date.now() - 2 * 86_400_000);
    await incoming.getByLabel(/^Дата письма/).fill(`${String(letterDay.getDate()).padStart(2, '0')}.${String(letterDay.getMonth() + 1).padStart(2, '0')}.${letterDay.getFullYear()}`);
    await incoming.getByLabel(/^Номер письма/).fill('12-34/567');
    await incoming.getByRole('button', { name: 'Записать' }).click();
    await incoming.waitFor({ state: 'hidden' });
    const row = requests.getByTestId('documents-request');
    await row.waitFor();
    expect(await row.textContent()).toContain('№ 12-34/567');
    expect(await accessibilityViolations(page)).toEqual([]);

    await row.getByRole('button', { name: /^Отметить ответ/ }).click();
    const answered = page.getByRole('dialog', { name: 'Ответ на запрос' });
    await answered.getByLabel(/^Что направлено/).fill('Направлены копии материалов проверки');
    await answered.getByRole('button', { name: 'Отметить ответ' }).click();
    await page.getByRole('dialog', { name: 'Отметка об ответе' }).getByRole('button', { name: 'Отметить' }).click();
    await answered.waitFor({ state: 'hidden' });
    await row.getByText('Направлены копии материалов проверки').waitFor();

    // ROU-4: the return, with the procedure's required field named by the server when missing.
    await own.getByRole('button', { name: 'Не по компетенции' }).click();
    const ret = page.getByRole('dialog', { name: 'Возврат поручения как не относящегося к компетенции' });
    await ret.getByLabel(/^Причина возврата/).fill('Ремонт дорог относится к ведению дорожного управления');
    await choose(page, ret.getByRole('combobox', { name: /^Предлагаемый исполнитель/ }), /^Морозов Дмитрий Иванович/);
    const units = await apiCall<{ name: string; active: boolean }[]>(page, 'GET', '/api/structure/units');
    const unit = units.find((u) => u.active);
    if (unit) await choose(page, ret.getByRole('combobox', { name: /^Подразделение, к компетенции/ }), unit.name);
    await ret.getByRole('button', { name: 'Вернуть поручение' }).click();
    await page.getByRole('dialog', { name: 'Подтверждение возврата поручения' }).getByRole('button', { name: 'Вернуть', exact: true }).click();
    await ret.waitFor({ state: 'hidden' });
    await section.getByTestId('consideration-status').getByText('На резолюции').waitFor();
    const reason = section.getByTestId('return-reason');
    await reason.getByText('Ремонт дорог относится к ведению дорожного управления').waitFor();
    expect(await reason.textContent()).toContain('Предложен исполнитель: Морозов Дмитрий Иванович');
    expect(await section.getByTestId('own-assignment').count()).toBe(0);
    await page.close();
  });
});
