import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney, apiCall, choose } from '../support/journey';
import { buildAppealInput, TOTK_TRANSPORT } from '../../src/server/testing/factories';

/** ROU-12 (KHV 2.7.4): before a leave the head hands all of an executor's open assignments over to another, from «Поручения исполнителей». */
describe.skipIf(!chromiumPath)('hand-over of an executor’s work in Chromium (ROU-12)', () => {
  let server: RunningServer;
  let browser: Browser;
  const appeals: { id: number; number: string }[] = [];

  async function signIn(user: string, password: string, newPassword: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, user, password);
    await changeForcedPassword(page, password, newPassword);
    return page;
  }

  beforeAll(async () => {
    ({ server, browser } = await openJourney());
    const registrar = await signIn('registrar', server.demoPassword('registrar'), 'registr-handover-2026');
    const deciders = await apiCall<{ userId: number; name: string }[]>(registrar, 'GET', '/api/consideration/deciders');
    const head = deciders.find((d) => d.name.startsWith('Кузнецов'))!;
    for (const [surname, annotation] of [['Дорожкин', 'О ремонте дороги'], ['Светлова', 'Об освещении двора']] as const) {
      const input = buildAppealInput({ receivedAt: new Date(Date.now() - 3_600_000).toISOString(), annotation, questions: [{ totkCode: TOTK_TRANSPORT, annotation }] });
      const appeal = await apiCall<{ id: number; number: string }>(registrar, 'POST', '/api/appeals', { ...input, authors: [{ ...input.authors[0]!, surname }] });
      await apiCall(registrar, 'POST', `/api/appeals/${appeal.id}/hand-over`, { toUserId: head.userId });
      appeals.push(appeal);
    }
    await registrar.close();
    const headPage = await signIn('head', server.demoPassword('head'), 'glava-handover-2026');
    const executors = await apiCall<{ userId: number; name: string }[]>(headPage, 'GET', '/api/consideration/executors');
    const executor = executors.find((e) => e.name.startsWith('Васильева'))!;
    for (const appeal of appeals) {
      await apiCall(headPage, 'POST', `/api/appeals/${appeal.id}/resolution`, { parts: [{ instruction: 'Рассмотреть, подготовить ответ', executors: [{ userId: executor.userId }] }] });
    }
    await headPage.close();
  });
  afterAll(() => closeJourney(server, browser));

  it('shows each executor’s open work and hands it all over before a leave', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, 'head', 'glava-handover-2026'); // the password was changed above
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Поручения исполнителей' }).click();
    await page.getByRole('heading', { name: 'Поручения исполнителей' }).waitFor();
    const row = page.getByTestId('executor-row').filter({ hasText: 'Васильева' });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('2');
    expect(await accessibilityViolations(page)).toEqual([]);

    await row.getByRole('button', { name: /^Передать поручения/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Передача поручений: Васильева/ });
    const list = dialog.getByTestId('handed-over-assignments');
    for (const a of appeals) await list.getByRole('link', { name: `№ ${a.number}` }).waitFor();
    await dialog.getByRole('button', { name: 'Передать поручения' }).click();
    await dialog.getByText('Выберите исполнителя, которому передаются поручения.').waitFor();
    await dialog.getByText('Укажите основание передачи.').waitFor();
    await choose(page, dialog.getByRole('combobox', { name: /^Кому передать/ }), /^Морозов Дмитрий Иванович/);
    await choose(page, dialog.getByRole('combobox', { name: /^Основание/ }), 'Отпуск');
    await dialog.getByLabel(/^Уточнение/).fill('ежегодный оплачиваемый отпуск с 01.12 по 28.12');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Передать поручения' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Передано поручений: 2. Исполнитель: Морозов Дмитрий Иванович.').waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('0');
    expect(await row.getByRole('button', { name: /^Передать поручения/ }).count()).toBe(0);
    const morozov = page.getByTestId('executor-row').filter({ hasText: 'Морозов' });
    expect(Number(await morozov.getByRole('cell').nth(1).textContent())).toBeGreaterThanOrEqual(2);
    await page.close();

    // The new executor has them in «Мои поручения»; the case shows who had them.
    const receiver = await signIn('deputy', server.demoPassword('deputy'), 'zam-handover-2026');
    await receiver.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои поручения' }).click();
    for (const a of appeals) await receiver.getByRole('link', { name: new RegExp(`^Обращение № ${a.number} `) }).waitFor();
    await receiver.close();
  });
});
