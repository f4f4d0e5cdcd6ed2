import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Document, Packer, Paragraph } from 'docx';
import { accessibilityViolations, chromiumPath, launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { changeForcedPassword, login } from '../support/journey';

async function writeDocx(path: string, ...lines: string[]) {
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })));
}

async function upload(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('region', { name: 'Уведомление о регистрации обращения' }).getByLabel(/^Заменить шаблон/).click();
  await (await chooser).setFiles(path);
}

describe.skipIf(!chromiumPath)('document templates in Chromium (ADM-4)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const files = mkdtempSync(join(tmpdir(), 'priemnaya-templates-'));

  beforeAll(async () => {
    server = await startServer({ env: { PRIEMNAYA_DEMO: 'true' } });
    browser = await launchBrowser();
    page = await browser.newPage();
    await login(page, server.url, 'admin', server.demoPassword('admin'));
    await changeForcedPassword(page, server.demoPassword('admin'), 'shablony-2026');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the generated template and the catalogue of fields', async () => {
    await page.getByRole('link', { name: 'Администрирование' }).first().click();
    await page.getByRole('tab', { name: 'Шаблоны документов' }).click();
    const card = page.getByRole('region', { name: 'Уведомление о регистрации обращения' });
    await card.getByText('Шаблон по умолчанию').waitFor();
    expect(await card.getByRole('link', { name: 'Скачать шаблон' }).getAttribute('href')).toBe('/api/admin/templates/registration-notice/file');
    expect(await card.getByRole('button', { name: 'Вернуть по умолчанию' }).isDisabled()).toBe(true);
    await page.getByRole('cell', { name: '{адресат_дательный}' }).waitFor();
    await page.getByText('Фамилия, имя, отчество получателя полностью в дательном падеже').waitFor();
    // INT-4: the mail-opening act is listed too, with its own fields
    const act = page.getByRole('region', { name: 'Акт о вскрытии почтового отправления' });
    await act.getByText('Шаблон по умолчанию').waitFor();
    expect(await act.getByRole('link', { name: 'Скачать шаблон' }).getAttribute('href')).toBe('/api/admin/templates/mail-opening-act/file');
    await act.getByText('{перечень_несоответствий}').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the server\'s refusal of an unknown field and keeps the default', async () => {
    const bad = join(files, 'плохой.docx');
    await writeDocx(bad, 'Уведомление № {номерр}');
    await upload(page, bad);
    const alert = page.getByRole('alert').filter({ hasText: 'Шаблон не загружен' });
    await alert.getByText(/В шаблоне указано неизвестное поле \{номерр\}\. Допустимые поля: \{номер\}/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Закрыть сообщение' }).click();
    await page.getByRole('region', { name: 'Уведомление о регистрации обращения' }).getByText('Шаблон по умолчанию').waitFor();
  });

  it('takes a good template, then resets it to the default after confirmation', async () => {
    const good = join(files, 'наш бланк.docx');
    await writeDocx(good, '{обращение}', 'Ваше обращение № {номер} от {дата_регистрации} зарегистрировано.');
    await upload(page, good);
    const card = page.getByRole('region', { name: 'Уведомление о регистрации обращения' });
    await card.getByText('Шаблон организации').waitFor();
    await card.getByText(/Файл: наш бланк\.docx/).waitFor();
    await card.getByRole('button', { name: 'Вернуть по умолчанию' }).click();
    const dialog = page.getByRole('dialog', { name: 'Шаблон по умолчанию' });
    await dialog.getByRole('button', { name: 'Вернуть по умолчанию' }).click();
    await card.getByText('Шаблон по умолчанию').waitFor();
    await card.getByText(/Файл: Уведомление о регистрации обращения\.docx/).waitFor();
  });
});
