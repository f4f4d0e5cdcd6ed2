import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney } from '../support/journey';

describe.skipIf(!chromiumPath)('deadline calculator journey in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));

  it('the registrar computes the consideration deadline over the New Year holidays and sees why', async () => {
    const page = await browser.newPage();
    await login(page, server.url, 'registrar', server.demoPassword('registrar'));
    await changeForcedPassword(page, server.demoPassword('registrar'), 'registr-2026');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Калькулятор сроков' }).click();
    await page.getByRole('heading', { name: 'Калькулятор сроков' }).waitFor();

    const start = page.getByLabel(/^Дата, от которой исчисляется срок/);
    await start.fill('05.12.2025');
    await start.press('Enter');
    await page.getByRole('button', { name: 'Рассчитать' }).click();
    await expect.poll(() => page.getByTestId('deadline-result').textContent()).toBe('12.01.2026 (понедельник)');
    const steps = await page.getByRole('list', { name: 'Как рассчитан срок' }).textContent();
    expect(steps).toContain('Зарегистрировано 05.12.2025 (день 1).');
    expect(steps).toContain('30-й день — 03.01.2026, нерабочий праздничный день (Новогодние каникулы).');
    expect(steps).toContain('Срок переносится на 12.01.2026 — первый рабочий день');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A deadline in the unconfirmed 2027 calendar carries the warning.
    await start.fill('20.12.2026');
    await start.press('Enter');
    await page.getByRole('button', { name: 'Рассчитать' }).click();
    await expect.poll(() => page.getByTestId('deadline-result').textContent()).toBe('18.01.2027 (понедельник)');
    await page.getByText(/на 2027 г\. не подтверждён/).waitFor();

    // The internet-reception cut-off: 16:30 on Friday 20.11.2026 → Monday 23.11.2026.
    await page.getByLabel(/^Дата поступления/).fill('20.11.2026');
    await page.getByLabel(/^Дата поступления/).press('Enter');
    await page.getByLabel(/^Время поступления/).fill('16:30');
    await page.getByRole('button', { name: 'Определить день регистрации' }).click();
    await expect.poll(() => page.getByTestId('cutoff-result').textContent()).toBe('23.11.2026 (понедельник)');
    await page.close();
  });
});
