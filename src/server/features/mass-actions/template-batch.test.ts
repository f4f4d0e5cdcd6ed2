import { describe, expect, it } from 'vitest';
import { buildDefaultTemplate } from '../admin/templates/default-template';
import { fillTemplate } from '../../platform/documents/docx-template';
import { docxText } from '../../platform/documents/docx-text';
import { placeholderNamesFor } from '../../../domain/documents/placeholders';
import { prepareBatchTemplate } from './template-batch';

describe('one template for many authors (REG-12)', () => {
  it('gives the same text as filling the template for each author, markup characters and line breaks included', async () => {
    const { content } = await buildDefaultTemplate('redirect-notice');
    const names = placeholderNamesFor('redirect-notice');
    const constant = Object.fromEntries(names.filter((n) => !['адресат', 'номер', 'вопросы_переадресации'].includes(n)).map((n) => [n, `значение ${n}`]));
    const fill = prepareBatchTemplate(content, constant, ['адресат', 'номер', 'вопросы_переадресации']);
    for (const varying of [
      { адресат: 'Иванов Иван Петрович', номер: '12', вопросы_переадресации: '1. Дороги' },
      { адресат: 'ООО «Рога & копыта» <тест>', номер: '13/1', вопросы_переадресации: '1. Дороги\n2. Транспорт' },
    ]) {
      expect(docxText(fill(varying))).toBe(docxText(fillTemplate(content, { ...constant, ...varying })));
    }
  });

  it('refuses a template with an unknown field as fillTemplate does', async () => {
    const { content } = await buildDefaultTemplate('redirect-notice');
    expect(() => prepareBatchTemplate(content, {}, ['номер'])).toThrow(/неизвестн|Допустимые поля/);
  });
});
