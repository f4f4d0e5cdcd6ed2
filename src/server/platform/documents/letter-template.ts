import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType, type ITableCellBorders, type TableVerticalAlign } from 'docx';
import type { LetterText } from '../../../domain/documents/default-texts';

/**
 * A default template as a Word letter on the organisation's letterhead, generated with `docx` at the
 * first start (no binary in the repository). Layout after ГОСТ Р 7.0.97-2016: letterhead top left,
 * addressee top right, title, salutation, text, signature, executor at the foot; Times New Roman 14.
 * Every organisation detail is a field, so one template serves every profile.
 */
export const FONT = 'Times New Roman';
export const PT = 2; // docx sizes are in half-points
export const MM = 56.7; // twips per millimetre

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders: ITableCellBorders = { top: none, bottom: none, left: none, right: none };
export const tableBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

export function line(text: string, o: { size?: number; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}) {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    spacing: { after: o.after ?? 0 },
    children: [new TextRun({ text, font: FONT, size: (o.size ?? 14) * PT, bold: o.bold ?? false })],
  });
}

export function cell(children: Paragraph[], widthPct: number, align: TableVerticalAlign = VerticalAlignTable.TOP) {
  return new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: noBorders, verticalAlign: align });
}

function twoColumns(left: Paragraph[], right: Paragraph[]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: tableBorders,
    rows: [new TableRow({ children: [cell(left, 50), cell(right, 50)] })],
  });
}

export async function buildLetterTemplate(text: LetterText): Promise<Uint8Array> {
  const letterhead = [
    line('{организация}', { size: 12, bold: true, align: AlignmentType.CENTER, after: 60 }),
    line('{адрес_организации}', { size: 10, align: AlignmentType.CENTER }),
    line('тел. {телефон_организации}', { size: 10, align: AlignmentType.CENTER }),
    line('эл. почта {эл_почта_организации}', { size: 10, align: AlignmentType.CENTER }),
    line('{сайт_организации}', { size: 10, align: AlignmentType.CENTER, after: 240 }),
    line('{дата_документа} № ____________', { size: 12, align: AlignmentType.CENTER }),
  ];
  const addressee = [line('{адресат_дательный}', { after: 120 }), line('{почтовый_адрес}')];
  const body = text.paragraphs.map(
    (p) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: Math.round(12.5 * MM) },
        spacing: { after: 0, line: 276 },
        children: [new TextRun({ text: p, font: FONT, size: 14 * PT })],
      }),
  );
  const doc = new Document({
    creator: 'Приёмная',
    title: text.title,
    styles: { default: { document: { run: { font: FONT, size: 14 * PT } } } },
    sections: [
      {
        properties: { page: { margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(10 * MM) } } },
        children: [
          twoColumns(letterhead, addressee),
          line('', { after: 240 }),
          line(text.title, { bold: true, align: AlignmentType.CENTER, after: 240 }),
          line('{обращение}', { align: AlignmentType.CENTER, after: 240 }),
          ...body,
          line('', { after: 480 }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: tableBorders,
            rows: [new TableRow({ children: [cell([line('{должность_руководителя}')], 60, VerticalAlignTable.BOTTOM), cell([line('{руководитель}', { align: AlignmentType.RIGHT })], 40, VerticalAlignTable.BOTTOM)] })],
          }),
          line('', { after: 720 }),
          line('Исполнитель: {исполнитель}', { size: 10 }),
          line('тел. {телефон_исполнителя}', { size: 10 }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
