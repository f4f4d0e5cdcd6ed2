import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { apiCall, changeForcedPassword, closeJourney, login, openJourney } from '../support/journey';
import { buildAppealInput } from '../../src/server/testing/factories';

const TEXT = 'Прошу разобраться: решение районного суда о сносе сарая до сих пор не исполнено.';

describe.skipIf(!chromiumPath)('special-case suggestions in Chromium (issue 6)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));

  it('the registration form suggests a court decision and an anonymous appeal while the registrar types, with the reasons; the case page too', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, 'registrar', server.demoPassword('registrar'));
    await changeForcedPassword(page, server.demoPassword('registrar'), 'registr-2026');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Регистрация' }).click();
    await page.getByRole('heading', { name: 'Регистрация обращения' }).waitFor();

    // A name without an address, and a text that mentions a court decision.
    const author = page.getByTestId('author-0');
    await author.getByLabel(/^Фамилия/).fill('Кузнецов');
    await author.getByLabel(/^Имя/).fill('Пётр');
    await page.getByLabel(/^Текст обращения/).fill(TEXT);

    const panel = page.getByTestId('special-case-suggestions');
    const court = panel.getByTestId('suggestion-court-decision');
    const anonymous = panel.getByTestId('suggestion-anonymous');
    await court.waitFor();
    await anonymous.waitFor();
    expect(await panel.getByText('Обратите внимание').count()).toBeGreaterThan(0);
    expect(await court.textContent()).toContain('Упоминается судебное решение');
    expect(await court.textContent()).toContain('В тексте обращения найдено: „решение районного суда“.');
    expect(await court.textContent()).toContain('59-ФЗ ст. 11 ч. 2');
    expect(await anonymous.textContent()).toContain('Не указан почтовый адрес для ответа.');
    expect(await anonymous.textContent()).toContain('59-ФЗ ст. 11 ч. 1');
    expect(await panel.textContent()).toContain('Решение принимает ответственное лицо.');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The address typed: that suggestion goes away (after the pause in typing), the court one stays.
    await author.getByLabel(/^Почтовый адрес/).fill('628011, г. Ханты-Мансийск, ул. Мира, д. 7');
    await anonymous.waitFor({ state: 'detached' });
    expect(await court.isVisible()).toBe(true);

    // Registered, the case page shows the same suggestion with its reason.
    const registered = await apiCall<{ id: number }>(page, 'POST', '/api/appeals', buildAppealInput({ receivedAt: new Date().toISOString(), text: TEXT, questions: [{ totkCode: '0002.0007.0074.0320', annotation: '' }] }));
    await page.goto(`${server.url}/app/appeals/${registered.id}`);
    const onCase = page.getByTestId('special-case-suggestions');
    await onCase.getByTestId('suggestion-court-decision').getByText(/решение районного суда/).waitFor();
    expect(await onCase.getByTestId('suggestion-anonymous').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
