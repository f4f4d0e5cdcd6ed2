import { AlignmentType, Document, Packer, Paragraph, Table, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { ActText } from '../../../domain/documents/default-texts';
import { FONT, MM, PT, cell, line, tableBorders } from './letter-template';

/**
 * A default act (INT-4: the mail-opening act) generated with `docx` at the first start. Layout after
 * ГОСТ Р 7.0.97-2016 for an act: the organisation, the document type «АКТ», date and number, the place
 * of drawing up, the heading, the text, the number of copies, the signatures. Times New Roman 14.
 */
function row(cells: [string, number, (typeof AlignmentType)[keyof typeof AlignmentType]][], size = 14) {
  return new TableRow({ children: cells.map(([text, width, align]) => cell([line(text, { size, align })], width, VerticalAlignTable.BOTTOM)) });
}

function table(rows: TableRow[]) {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: tableBorders, rows });
}

/** A paragraph that is one field (a list filled in by the server) goes without the first-line indent. */
const onlyField = /^\{[^{}]+\}$/;

export async function buildActTemplate(text: ActText): Promise<Uint8Array> {
  const body = text.paragraphs.map(
    (p) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: onlyField.test(p) ? { left: Math.round(12.5 * MM) } : { firstLine: Math.round(12.5 * MM) },
        spacing: { after: 120, line: 276 },
        children: [new TextRun({ text: p, font: FONT, size: 14 * PT })],
      }),
  );
  const doc = new Document({
    creator: 'Приёмная',
    title: `${text.documentType} ${text.title}`,
    styles: { default: { document: { run: { font: FONT, size: 14 * PT } } } },
    sections: [
      {
        properties: { page: { margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(10 * MM) } } },
        children: [
          line('{организация}', { bold: true, align: AlignmentType.CENTER, after: 360 }),
          line(text.documentType, { bold: true, align: AlignmentType.CENTER, after: 240 }),
          table([row([['{дата_акта}', 50, AlignmentType.LEFT], ['№ ____________', 50, AlignmentType.RIGHT]])]),
          line('Место составления: {адрес_организации}', { size: 12, after: 360 }),
          line(text.title, { bold: true, align: AlignmentType.CENTER, after: 240 }),
          ...body,
          line('', { after: 360 }),
          line(text.signaturesCaption, { after: 240 }),
          table([
            row([['{должность_составителя}', 45, AlignmentType.LEFT], ['____________', 25, AlignmentType.CENTER], ['{составитель}', 30, AlignmentType.RIGHT]]),
            row([['', 45, AlignmentType.LEFT], ['(подпись)', 25, AlignmentType.CENTER], ['', 30, AlignmentType.RIGHT]], 10),
          ]),
          line('', { after: 360 }),
          line('Присутствовал(и) при вскрытии:', { after: 240 }),
          table([
            row([['____________________', 45, AlignmentType.LEFT], ['____________', 25, AlignmentType.CENTER], ['____________________', 30, AlignmentType.RIGHT]]),
            row([['(должность)', 45, AlignmentType.LEFT], ['(подпись)', 25, AlignmentType.CENTER], ['(инициалы, фамилия)', 30, AlignmentType.RIGHT]], 10),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
