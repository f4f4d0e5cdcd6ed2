import { describe, expect, it } from 'vitest';
import { Document, Footer, Packer, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';
import { AppError } from '../errors';
import { checkTemplate, fillTemplate, templatePlaceholders } from './docx-template';
import { docxText } from './docx-text';
import { buildLetterTemplate } from './letter-template';
import { placeholderNames, placeholders } from '../../../domain/documents/placeholders';
import { defaultTemplateTexts } from '../../../domain/documents/default-texts';

async function docxOf(...paragraphs: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('docx templates (ADM-4)', () => {
  it('fills a field that Word split over several runs, and keeps the formatting around it', async () => {
    // «{номер}» typed, then «мер}» made bold: Word stores it as two runs.
    const template = await docxOf(new Paragraph({ children: [new TextRun('Обращение № {но'), new TextRun({ text: 'мер} от ', bold: true }), new TextRun('{дата_регистрации}')] }));
    expect(templatePlaceholders(template)).toEqual(['номер', 'дата_регистрации']);
    const filled = fillTemplate(template, { номер: '1234', дата_регистрации: '20.11.2026' });
    expect(docxText(filled)).toBe('Обращение № 1234 от 20.11.2026');
    expect(new PizZip(filled).file('word/document.xml')?.asText()).toContain('<w:b/>');
  });

  it('escapes what the citizen wrote and keeps line breaks', async () => {
    const template = await docxOf(new Paragraph('{почтовый_адрес}'));
    const filled = fillTemplate(template, { почтовый_адрес: 'ул. «Мира» & <Ленина>, д. 1\nкв. 5' });
    expect(docxText(filled)).toBe('ул. «Мира» & <Ленина>, д. 1\nкв. 5');
  });

  it('refuses an unknown field and names it with the list of allowed ones', async () => {
    const template = await docxOf(new Paragraph('№ {номерр} от {дата_регистрации}'));
    const e = refusal(() => checkTemplate(template, placeholderNames));
    expect(e.status).toBe(400);
    expect(e.message).toMatch(/^В шаблоне указано неизвестное поле \{номерр\}\. Допустимые поля: \{номер\}, \{дата_регистрации\}, /);
    expect(e.message).toContain('{адресат_дательный}');
    const two = refusal(() => checkTemplate(fillable('{фио} {дата}'), placeholderNames));
    expect(two.message).toMatch(/^В шаблоне указаны неизвестные поля \{фио\}, \{дата\}\./);
  });

  it('finds fields in headers and footers too', async () => {
    const content = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ footers: { default: new Footer({ children: [new Paragraph('{телефон_организаци}')] }) }, children: [new Paragraph('{номер}')] }] })));
    expect(refusal(() => checkTemplate(content, placeholderNames)).message).toContain('{телефон_организаци}');
  });

  it('refuses loops, raw XML and broken braces in Russian', async () => {
    expect(refusal(() => checkTemplate(fillable('{#номер}x{/номер}'), placeholderNames)).message).toMatch(/не поддерживается/);
    expect(refusal(() => checkTemplate(fillable('{номер'), placeholderNames)).message).toMatch(/^Шаблон не принят: ошибка в фигурных скобках полей\. Поле не закрыто/);
    expect(refusal(() => checkTemplate(fillable('номер}'), placeholderNames)).message).toMatch(/Закрывающая скобка «\}» без открывающей/);
  });

  it('refuses a file that is not a .docx', async () => {
    expect(refusal(() => checkTemplate(new TextEncoder().encode('Это не документ'), placeholderNames)).message).toMatch(/^Файл не является документом Word \(\.docx\)/);
    const zip = new PizZip();
    zip.file('readme.txt', 'zip, но не Word');
    expect(refusal(() => checkTemplate(zip.generate({ type: 'uint8array' }), placeholderNames)).message).toMatch(/word\/document\.xml/);
  });

  it('generates a default letter whose every field is in the catalogue', async () => {
    const content = await buildLetterTemplate(defaultTemplateTexts['registration-notice']);
    const used = checkTemplate(content, placeholderNames);
    expect(used).toEqual(expect.arrayContaining(['организация', 'адрес_организации', 'адресат_дательный', 'почтовый_адрес', 'обращение', 'номер', 'дата_регистрации', 'дата_поступления', 'основание', 'срок_рассмотрения', 'исполнитель']));
    const text = docxText(fillTemplate(content, Object.fromEntries(placeholders.map((p) => [p.name, p.example]))));
    expect(text).toContain('Уведомление о регистрации обращения');
    expect(text).toContain('Уважаемый Иван Петрович!');
    expect(text).toContain('зарегистрировано 20.11.2026 за № 1234');
    expect(text).toContain('статьёй 12 Федерального закона от 02.05.2006 № 59-ФЗ');
    expect(text).not.toMatch(/[{}]/);
  });

  it('keeps the placeholder catalogue consistent', () => {
    expect(new Set(placeholderNames).size).toBe(placeholderNames.length);
    for (const p of placeholders) {
      expect(p.name).toMatch(/^[а-яё_]+$/);
      expect(p.description.length).toBeGreaterThan(10);
    }
  });
});

/** A minimal one-paragraph .docx written by hand (synchronously), for the refusal checks. */
function fillable(text: string): Uint8Array {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:body></w:document>`);
  return zip.generate({ type: 'uint8array' });
}
