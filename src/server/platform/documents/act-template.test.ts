import { describe, expect, it } from 'vitest';
import { buildActTemplate } from './act-template';
import { checkTemplate, fillTemplate } from './docx-template';
import { docxText } from './docx-text';
import { defaultTemplateTexts } from '../../../domain/documents/default-texts';
import { placeholderNamesFor, placeholders } from '../../../domain/documents/placeholders';

describe('the default mail-opening act (INT-4, ADM-4)', () => {
  it('uses only fields known for the act, and reads as an act when filled', async () => {
    const content = await buildActTemplate(defaultTemplateTexts['mail-opening-act']);
    expect(checkTemplate(content, placeholderNamesFor('mail-opening-act'))).toEqual(expect.arrayContaining(['организация', 'дата_акта', 'перечень_несоответствий', 'номер', 'экземпляров', 'составитель']));
    // the notice's catalogue does not know the act's fields
    expect(() => checkTemplate(content, placeholderNamesFor('registration-notice'))).toThrow(/неизвестные поля \{дата_акта\}/);
    const text = docxText(fillTemplate(content, Object.fromEntries(placeholders.map((p) => [p.name, p.name === 'перечень_несоответствий' ? '1. Первое.\n2. Второе.' : p.example]))));
    expect(text).toMatch(/^Администрация Ханты-Мансийского района\nАКТ\n20\.11\.2026\n№ _+\nМесто составления: ул\. Гагарина/);
    expect(text).toContain('о вскрытии почтового отправления');
    expect(text).toContain('выявлено следующее:\n1. Первое.\n2. Второе.\n');
    expect(text).toContain('Акт составлен в 2 (двух) экземплярах. Один экземпляр приобщается к обращению');
    expect(text).toContain('Специалист-эксперт отдела по работе с обращениями\n____________\nА. С. Петрова');
    expect(text).not.toMatch(/[{}]/);
  });
});
