import PizZip from 'pizzip';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { FONT, PT } from '../../platform/documents/letter-template';
import { formatDateRu } from '../../../domain/time/local-date';

export type RegistryRow = { number: string; registrationDate: string; author: string; address: string; question: string };

export type RegistryHeading = { organisation: string; bodyName: string; registrationDate: string; question: string; today: string };

const columns = [
  { title: '№ п/п', width: 7 },
  { title: 'Регистрационный номер и дата регистрации', width: 18 },
  { title: 'Автор обращения', width: 25 },
  { title: 'Адрес автора', width: 28 },
  { title: 'Вопрос (ТОТК)', width: 22 },
];

function text(value: string, o: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; after?: number } = {}) {
  return new Paragraph({ alignment: o.align ?? AlignmentType.LEFT, spacing: { after: o.after ?? 0 }, children: [new TextRun({ text: value, font: FONT, size: (o.size ?? 11) * PT, bold: o.bold ?? false })] });
}

function row(cells: string[], header = false) {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: cells.map((c, i) => new TableCell({ width: { size: columns[i]!.width, type: WidthType.PERCENTAGE }, children: [text(c, { bold: header, align: header || i < 2 ? AlignmentType.CENTER : AlignmentType.LEFT })] })),
  });
}

const SENTINEL = ['@@R0@@', '@@R1@@', '@@R2@@', '@@R3@@', '@@R4@@'];

const escapeXml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * HMR 7.14 (REG-12): the registry of the appeals of a mass action — №, number and date of
 * registration, author, address, question — one .docx for the whole action. The page is laid out
 * by `docx` with one sample row; the rows are then written by copying that row's markup (5,000 rows
 * in milliseconds instead of seconds).
 */
export async function buildRegistryDocument(h: RegistryHeading, rows: readonly RegistryRow[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Приёмная',
    title: 'Реестр обращений',
    styles: { default: { document: { run: { font: FONT, size: 11 * PT } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 567 } } },
        children: [
          text('РЕЕСТР', { bold: true, align: AlignmentType.CENTER, size: 14 }),
          text(`обращений граждан, поступивших ${formatDateRu(h.registrationDate)} в ходе одномоментной акции и направленных по компетенции`, { align: AlignmentType.CENTER, size: 14 }),
          text(h.bodyName, { align: AlignmentType.CENTER, size: 14, after: 120 }),
          text(`Вопрос: ${h.question}. Всего обращений: ${rows.length}.`, { size: 12, after: 120 }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(columns.map((c) => c.title), true), row(SENTINEL)] }),
          text(`Реестр составлен ${formatDateRu(h.today)}: ${h.organisation}.`, { size: 11 }),
        ],
      },
    ],
  });
  const zip = new PizZip(new Uint8Array(await Packer.toBuffer(doc)));
  const xml = zip.file('word/document.xml')!.asText();
  const at = xml.indexOf(SENTINEL[0]!);
  const start = Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
  const end = xml.indexOf('</w:tr>', start) + '</w:tr>'.length;
  const sample = xml.slice(start, end);
  const filled = rows.map((r, i) => {
    const values = [String(i + 1), `№ ${r.number} от ${formatDateRu(r.registrationDate)}`, r.author, r.address || 'не указан', r.question];
    return sample.replace(/@@R(\d)@@/g, (_, k: string) => escapeXml(values[Number(k)] ?? ''));
  });
  zip.file('word/document.xml', xml.slice(0, start) + filled.join('') + xml.slice(end));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
