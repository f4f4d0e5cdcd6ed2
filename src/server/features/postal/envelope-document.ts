import { AlignmentType, Document, HeightRule, Packer, PageOrientation, Paragraph, Table, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { FONT, MM, PT, cell, line, tableBorders } from '../../platform/documents/letter-template';
import { splitPostcode } from './postcode';

export type EnvelopeParties = {
  sender: { name: string; address: string };
  recipient: { name: string; address: string };
};

/** «Кому:» in small type, then the value: the captions of a Russian envelope. */
function field(caption: string, value: string, size: number) {
  return new Paragraph({
    spacing: { after: 40 },
    children: [new TextRun({ text: `${caption} `, font: FONT, size: (size - 2) * PT, italics: true }), new TextRun({ text: value, font: FONT, size: size * PT })],
  });
}

function block(who: string, where: string, name: string, address: string, size: number) {
  const { postcode, rest } = splitPostcode(address);
  return [
    field(who, name, size),
    field(where, rest, size),
    // The index on its own line, as the post office sorts by it.
    ...(postcode ? [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: 'Индекс: ', font: FONT, size: (size - 2) * PT, italics: true }), new TextRun({ text: postcode, font: FONT, size: (size + 2) * PT, bold: true })] })] : []),
  ];
}

/**
 * ANS-7 (HMR 8.6, DUKI 5.21): the envelope of a postal item — DL, 220 × 110 mm, landscape. The
 * sender (the organisation's name and postal address) top left, the recipient bottom right, each
 * index on a line of its own. Times New Roman; the rows keep their places whatever the length.
 */
export async function buildEnvelope(p: EnvelopeParties): Promise<Uint8Array> {
  const empty = (widthPct: number) => cell([line('', { size: 2 })], widthPct);
  const doc = new Document({
    creator: 'Приёмная',
    title: 'Конверт DL',
    styles: { default: { document: { run: { font: FONT, size: 11 * PT } } } },
    sections: [
      {
        properties: {
          // docx turns the sheet itself: the portrait size is given, the orientation makes it 220 × 110.
          page: { size: { width: Math.round(110 * MM), height: Math.round(220 * MM), orientation: PageOrientation.LANDSCAPE }, margin: { top: Math.round(8 * MM), bottom: Math.round(6 * MM), left: Math.round(10 * MM), right: Math.round(10 * MM) } },
        },
        children: [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            columnWidths: [Math.round(90 * MM), Math.round(110 * MM)],
            borders: tableBorders,
            rows: [
              new TableRow({ height: { value: Math.round(38 * MM), rule: HeightRule.EXACT }, children: [cell(block('От кого:', 'Откуда:', p.sender.name, p.sender.address, 10), 45), empty(55)] }),
              new TableRow({
                height: { value: Math.round(52 * MM), rule: HeightRule.EXACT },
                children: [empty(45), cell(block('Кому:', 'Куда:', p.recipient.name, p.recipient.address, 13), 55, VerticalAlignTable.BOTTOM)],
              }),
            ],
          }),
          // Word needs a paragraph after a table; a tiny one keeps the envelope on one sheet.
          new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, line: 20 }, children: [new TextRun({ text: '', size: 2 })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
