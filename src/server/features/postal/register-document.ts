import { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { FONT, MM, PT, cell, line, tableBorders } from '../../platform/documents/letter-template';
import { formatDateRu } from '../../../domain/time/local-date';
import { countInWords } from './count-in-words';
import { splitPostcode } from './postcode';

export type RegisterItem = { recipientName: string; recipientAddress: string; outgoingNumber: string | null; outgoingDate: string | null; kindTitle: string; appealNumber: string };

export type RegisterParties = {
  number: string;
  date: string;
  organisation: { fullName: string; postalAddress: string };
  /** The registrar who hands the items over: position and «И. П. Фамилия». */
  handedBy: { position: string; name: string };
  items: RegisterItem[];
};

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const grid = { top: thin, bottom: thin, left: thin, right: thin };

function gridCell(lines: { text: string; size?: number; bold?: boolean }[], widthPct: number, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) {
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders: grid,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map((l) => new Paragraph({ alignment: align, children: [new TextRun({ text: l.text, font: FONT, size: (l.size ?? 11) * PT, bold: l.bold ?? false })] })),
  });
}

const columns: [string, number][] = [
  ['№ п/п', 6],
  ['Получатель (кому)', 24],
  ['Адрес (куда), индекс', 36],
  ['Исх. номер и дата документа', 20],
  ['Отметка', 14],
];

/**
 * ANS-7 (HMR 8.6, DUKI 5.21): the register of postal items handed to the post office, after the
 * список внутренних почтовых отправлений (ф. 103): the sender, the number and date, a numbered row
 * per item (recipient, address with the index, the outgoing registration of the document — ANS-6),
 * a column for the post office's marks, the total in figures and words, the signatures.
 */
export async function buildRegisterDocument(p: RegisterParties): Promise<Uint8Array> {
  const header = new TableRow({ tableHeader: true, children: columns.map(([title, width]) => gridCell([{ text: title, bold: true }], width, AlignmentType.CENTER)) });
  const rows = p.items.map((it, i) => {
    const { postcode, rest } = splitPostcode(it.recipientAddress);
    const outgoing = it.outgoingNumber ? `${it.outgoingNumber}${it.outgoingDate ? ` от ${formatDateRu(it.outgoingDate)}` : ''}` : 'без исх. номера';
    return new TableRow({
      cantSplit: true,
      children: [
        gridCell([{ text: String(i + 1) }], 6, AlignmentType.CENTER),
        gridCell([{ text: it.recipientName }], 24),
        gridCell([...(postcode ? [{ text: postcode, bold: true }] : []), { text: rest }], 36),
        gridCell([{ text: outgoing }, { text: `${it.kindTitle}; обращение № ${it.appealNumber}`, size: 9 }], 20),
        gridCell([{ text: '' }], 14),
      ],
    });
  });
  const signature = (left: string, middle: string, right: string, size = 12) =>
    new TableRow({ children: [cell([line(left, { size })], 45, VerticalAlignTable.BOTTOM), cell([line(middle, { size, align: AlignmentType.CENTER })], 20, VerticalAlignTable.BOTTOM), cell([line(right, { size, align: AlignmentType.RIGHT })], 35, VerticalAlignTable.BOTTOM)] });
  const count = p.items.length;
  const doc = new Document({
    creator: 'Приёмная',
    title: `Реестр почтовых отправлений № ${p.number}`,
    styles: { default: { document: { run: { font: FONT, size: 12 * PT } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: Math.round(15 * MM), bottom: Math.round(15 * MM), left: Math.round(20 * MM), right: Math.round(15 * MM) } } },
        children: [
          line(p.organisation.fullName, { size: 12, bold: true, align: AlignmentType.CENTER, after: 40 }),
          line(p.organisation.postalAddress, { size: 10, align: AlignmentType.CENTER, after: 240 }),
          line(`РЕЕСТР ПОЧТОВЫХ ОТПРАВЛЕНИЙ № ${p.number}`, { size: 14, bold: true, align: AlignmentType.CENTER, after: 40 }),
          line('(список внутренних почтовых отправлений)', { size: 11, align: AlignmentType.CENTER, after: 40 }),
          line(`от ${formatDateRu(p.date)}`, { size: 12, align: AlignmentType.CENTER, after: 200 }),
          line(`Отправитель: ${p.organisation.fullName}, ${p.organisation.postalAddress}`, { size: 11, after: 40 }),
          line('Вид и категория отправлений: ______________________________', { size: 11, after: 160 }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
          line('', { after: 160 }),
          line(`Всего отправлений: ${count} (${countInWords(count)}).`, { size: 12, after: 360 }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: tableBorders,
            rows: [
              signature(`Сдал: ${p.handedBy.position}`, '____________', p.handedBy.name),
              signature('', '(подпись)', '(инициалы, фамилия)', 9),
              signature('', '', ''),
              signature('Принял: ______________________________', '____________', '______________________'),
              signature('(должность работника почтовой связи)', '(подпись)', '(инициалы, фамилия)', 9),
            ],
          }),
          line('', { after: 240 }),
          line('Оттиск календарного штемпеля места приёма', { size: 10 }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
