import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney } from '../support/journey';

describe.skipIf(!chromiumPath)('competence map in Chromium (ADM-2)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));

  it('the administrator assigns a ТОТК section to a unit, sees it listed, and removes it after confirmation', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, 'admin', server.demoPassword('admin'));
    await changeForcedPassword(page, server.demoPassword('admin'), 'kompetencia-2026');
    await page.getByRole('link', { name: 'Администрирование' }).first().click();
    await page.getByRole('tab', { name: 'Распределение вопросов по компетенции' }).click();
    await page.waitForURL(/\/app\/admin\/competence-map$/);
    await page.getByText('Распределение вопросов не задано.').waitFor();

    await page.getByRole('button', { name: 'Добавить строку распределения' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая строка распределения' });
    await dialog.getByText('Раздел, тема или группа').click();
    await dialog.getByRole('button', { name: 'Добавить' }).click();
    // Nothing chosen: the server's Russian field errors, the dialog stays open.
    await expect.poll(async () => (await dialog.textContent()) ?? '').toMatch(/Выберите раздел или вопрос классификатора|Укажите подразделение или должностное лицо/);
    await dialog.getByLabel('Код раздела, темы или группы ТОТК').fill('0002.0007');
    await dialog.getByLabel('Подразделение', { exact: true }).click();
    await page.getByRole('option').first().click();
    await dialog.getByRole('button', { name: 'Добавить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByTestId('competence-map');
    await table.getByText('0002.0007').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await table.getByRole('button', { name: 'Удалить строку 0002.0007' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить' }).click();
    await page.getByText('Распределение вопросов не задано.').waitFor();
    await page.close();
  });
});
