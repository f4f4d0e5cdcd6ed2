import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { accessibilityViolations, chromiumPath } from '../support/browser';
import { type RunningServer } from '../support/server';
import { changeForcedPassword, closeJourney, login, openJourney } from '../support/journey';
import { formatDateRu, localDate } from '../../src/domain/time/local-date';

const ZONE = 'Asia/Yekaterinburg'; // the HMR profile's time zone
const ADDRESS = '628011, г. Ханты-Мансийск, ул. Мира, д. 5, кв. 12';
const ANNOTATION = 'О льготном проезде в городском автобусе';
const CORRECTED = 'О льготном проезде в городском автобусе и компенсации расходов';

/** Chooses an option of a Mantine select. */
async function choose(page: Page, combobox: Locator, option: string | RegExp) {
  await combobox.click();
  await page.getByRole('option', { name: option }).first().click();
}

/** The date and time of receipt, typed as the registrar types them. */
async function receivedAt(page: Page, date: string, time: string) {
  const field = page.getByLabel(/^Дата поступления/);
  await field.fill(formatDateRu(date));
  await field.press('Enter');
  await page.getByLabel(/^Время поступления/).fill(time);
}

/** The first author, the question chosen by typing «проезд». */
async function typeAuthorAndQuestion(page: Page) {
  const author = page.getByTestId('author-0');
  await author.getByLabel(/^Фамилия/).fill('Смирнова');
  await author.getByLabel(/^Имя/).fill('Анна');
  await author.getByLabel(/^Отчество/).fill('Сергеевна');
  await author.getByLabel(/^Почтовый адрес/).fill(ADDRESS);
  await author.getByLabel(/^Телефон/).fill('+7 (3467) 33-22-11');
  const question = page.getByTestId('question-0').getByRole('combobox', { name: /Вопрос по классификатору ТОТК/ });
  await question.click();
  await question.fill('проезд');
  await page.getByRole('option', { name: /Проезд льготных категорий граждан/ }).first().click();
}

describe.skipIf(!chromiumPath)('registration and case journey in Chromium (REG-1…7)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await openJourney()));
  afterAll(() => closeJourney(server, browser));
  /** The first appeal's case page, annulled by the administrator in the second test. */
  let firstCase = '';

  it('the registrar registers an appeal, corrects it in the case, registers the author’s repeat appeal and is stopped at a duplicate', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, 'registrar', server.demoPassword('registrar'));
    await changeForcedPassword(page, server.demoPassword('registrar'), 'registr-2026');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Регистрация' }).click();
    await page.getByRole('heading', { name: 'Регистрация обращения' }).waitFor();

    // Received yesterday at 10:00 (the organisation's clock), a written appeal by post.
    const today = localDate(new Date(), ZONE);
    await receivedAt(page, localDate(new Date(Date.now() - 86_400_000), ZONE), '10:00');
    await page.getByText(/^Срок регистрации:/).waitFor();
    await typeAuthorAndQuestion(page);
    // Gender for the letters follows the patronymic.
    expect(await page.getByTestId('author-0').getByRole('radio', { name: 'Женский' }).isChecked()).toBe(true);

    // Art. 7: no addressee — a visible warning that does not block.
    await page.getByTestId('content-warnings').getByText(/Не указан адресат обращения/).waitFor();

    // Without the type and the annotation the server refuses: messages under the fields and in the summary, nothing typed is lost.
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Аннотация');
    await page.getByText('Выберите вид обращения.').first().waitFor();
    expect(await page.getByTestId('author-0').getByLabel(/^Фамилия/).inputValue()).toBe('Смирнова');
    expect(await page.getByTestId('author-0').getByLabel(/^Почтовый адрес/).inputValue()).toBe(ADDRESS);
    expect(await accessibilityViolations(page)).toEqual([]);

    await choose(page, page.getByRole('combobox', { name: /^Вид обращения/ }), 'Заявление');
    const annotation = page.getByLabel(/^Аннотация/);
    await annotation.fill(ANNOTATION);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Ctrl+Enter registers from the field.
    await annotation.press('Control+Enter');
    const result = page.getByTestId('registration-result');
    const heading = result.getByRole('heading', { name: /^Обращение зарегистрировано: № \S+ от \d{2}\.\d{2}\.\d{4}$/ });
    await heading.waitFor();
    const firstNumber = /№ (\S+) от/.exec((await heading.textContent()) ?? '')![1]!;
    expect(await result.textContent()).toContain('Не указан адресат обращения');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The case: the card, the deadlines, the timeline.
    await result.getByRole('link', { name: 'Открыть карточку' }).click();
    await page.getByRole('heading', { name: new RegExp(`^Обращение № ${firstNumber} от`) }).waitFor();
    firstCase = page.url();
    expect(await page.getByTestId('case-annotation').textContent()).toBe(ANNOTATION);
    expect(await page.getByRole('region', { name: 'Вопросы по классификатору ТОТК' }).textContent()).toContain('0002.0007.0074.0320');
    await page.getByTestId('timeline').getByText('Регистрация обращения').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Correction: the same form, a confirmation of what changes, the change in the timeline.
    await page.getByRole('button', { name: 'Исправить карточку' }).click();
    const correctedField = page.getByLabel(/^Аннотация/);
    expect(await correctedField.inputValue()).toBe(ANNOTATION);
    await correctedField.fill(CORRECTED);
    await page.getByRole('button', { name: 'Сохранить исправления' }).click();
    const confirm = page.getByRole('dialog', { name: 'Подтвердите исправление карточки' });
    await confirm.waitFor();
    const changed = confirm.getByTestId('changes');
    expect(await changed.getByRole('row').count()).toBe(2); // the header and the annotation
    expect(await changed.textContent()).toContain(CORRECTED);
    await confirm.getByRole('button', { name: 'Сохранить исправления' }).click();
    await expect.poll(() => page.getByTestId('case-annotation').textContent()).toBe(CORRECTED);
    const timeline = page.getByTestId('timeline');
    const whatChanged = timeline.getByRole('button', { name: 'Что изменено (1)' });
    await whatChanged.click();
    const diff = timeline.getByTestId('changes');
    await diff.waitFor();
    const row = diff.getByRole('row').filter({ hasText: 'Аннотация' });
    expect(await row.textContent()).toContain(ANNOTATION);
    expect(await row.textContent()).toContain(CORRECTED);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same author writes again on the same question: the history suggests «повторное» to the first.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Регистрация' }).click();
    await page.getByRole('heading', { name: 'Регистрация обращения' }).waitFor();
    await receivedAt(page, today, '00:00'); // today, whatever the time of the run
    expect(await page.getByTestId('error-summary').count()).toBe(0); // Enter in the date field does not register a half-filled card
    await typeAuthorAndQuestion(page);
    const history = page.getByTestId('author-history');
    await history.getByText('Смирнова Анна Сергеевна').waitFor();
    await history.getByRole('link', { name: new RegExp(`№ ${firstNumber} от`) }).waitFor();
    expect(await history.textContent()).toContain('почтовый адрес');
    await expect.poll(() => history.getByTestId('history-suggestion').textContent()).toContain('Рекомендуется: повторное');
    expect(await history.getByTestId('history-suggestion').textContent()).toContain(`№ ${firstNumber} ещё на рассмотрении`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await history.getByRole('button', { name: 'Это тот же автор' }).click();
    await page.getByTestId('author-0').getByText('из картотеки авторов').waitFor();
    await history.getByRole('button', { name: `Повторное к № ${firstNumber}` }).click();
    expect(await page.getByTestId('previous-appeal').textContent()).toContain(`№ ${firstNumber}`);
    expect(await page.getByRole('combobox', { name: /^Кратность/ }).inputValue()).toBe('Повторное');

    await choose(page, page.getByRole('combobox', { name: /^Вид обращения/ }), 'Жалоба');
    await page.getByLabel(/^Аннотация/).fill('Повторно о льготном проезде: ответ не получен');
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    const second = page.getByTestId('registration-result');
    const secondHeading = second.getByRole('heading', { name: /^Обращение зарегистрировано/ });
    await secondHeading.waitFor();
    const secondNumber = /№ (\S+) от/.exec((await secondHeading.textContent()) ?? '')![1]!;
    expect(await second.textContent()).toContain(`Предыдущее обращение № ${firstNumber} ещё на рассмотрении`);

    // REG-6: the same author on the same question on the same day is one appeal — refused with a link to it.
    await second.getByRole('button', { name: 'Зарегистрировать следующее' }).click();
    await receivedAt(page, today, '00:00');
    await typeAuthorAndQuestion(page);
    await choose(page, page.getByRole('combobox', { name: /^Вид обращения/ }), 'Жалоба');
    await page.getByLabel(/^Аннотация/).fill('Та же жалоба, поступившая по факсу');
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    const conflict = page.getByTestId('error-summary');
    await conflict.getByRole('link', { name: `Открыть обращение № ${secondNumber}` }).waitFor();
    expect(await conflict.textContent()).toContain(`уже зарегистрировано: № ${secondNumber}`);
    expect(await page.getByTestId('author-0').getByLabel(/^Фамилия/).inputValue()).toBe('Смирнова');
    // A reload (or a new login after the session ended) brings the unfinished card back.
    await page.reload();
    await page.getByText('Восстановлена незавершённая карточка').waitFor();
    expect(await page.getByTestId('author-0').getByLabel(/^Фамилия/).inputValue()).toBe('Смирнова');
    expect(await page.getByLabel(/^Аннотация/).inputValue()).toBe('Та же жалоба, поступившая по факсу');

    await page.close();
  });

  it('the administrator annuls the first appeal with a reason; the card keeps it and is no longer corrected', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await login(page, server.url, 'admin', server.demoPassword('admin'));
    await changeForcedPassword(page, server.demoPassword('admin'), 'annul-2026');
    await page.goto(firstCase);
    await page.getByRole('heading', { name: /^Обращение № / }).waitFor();
    await page.getByRole('button', { name: 'Аннулировать' }).click();
    const dialog = page.getByRole('dialog', { name: /^Аннулирование обращения/ });
    await dialog.getByRole('button', { name: 'Аннулировать' }).click();
    await dialog.getByText('Укажите причину аннулирования.').waitFor();
    await dialog.getByLabel(/^Причина аннулирования/).fill('Зарегистрировано дважды по ошибке');
    await dialog.getByRole('button', { name: 'Аннулировать' }).click();
    await dialog.getByRole('button', { name: 'Да, аннулировать' }).click();
    await page.getByTestId('annulled').getByText(/Зарегистрировано дважды по ошибке/).waitFor();
    expect(await page.getByTestId('status-badge').textContent()).toBe('Аннулировано');
    await page.getByTestId('timeline').getByText('Причина: Зарегистрировано дважды по ошибке').waitFor();
    expect(await page.getByRole('button', { name: 'Аннулировать' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
