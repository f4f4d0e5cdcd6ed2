import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { JournalRow } from '../registry/journal';
import { formLabels, typeLabels } from '../../../domain/appeal/labels';

export const JOURNAL_TITLE = 'Журнал регистрации обращений граждан';

type Column = { header: string; width: number; date?: boolean; value: (r: JournalRow, index: number) => string | number | Date | null };

/** 'YYYY-MM-DD' → a real Excel date (midnight UTC: exceljs writes dates as UTC serial numbers). */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The columns of HMR app. 2 «Журнал регистрации письменных обращений граждан…», headings as there,
 * followed by what KCSON 6.1.10 adds (вид, форма, тематика) and the deadline of consideration.
 * «Кому отписано» — the responsible executors of the resolution (ROU-2), «Результат рассмотрения» —
 * the results of its questions (CTL-3), «Дата ответа» — the outgoing date of the answer (ANS-6).
 */
export const journalColumns: Column[] = [
  { header: '№ п/п', width: 7, value: (_r, i) => i + 1 },
  { header: 'Регистрационный номер', width: 14, value: (r) => r.number },
  // The journal records an appeal on the day it is registered; the period is chosen by the same date.
  { header: 'Дата обращения', width: 12, date: true, value: (r) => excelDate(r.registrationDate) },
  {
    header: 'Фамилия, имя, отчество и адрес заявителя',
    width: 40,
    value: (r) => (r.people.length ? r.people.map((p) => [p.name, p.address].filter(Boolean).join(', ')) : ['Автор не указан']).join('\n'),
  },
  { header: 'Льготная категория', width: 16, value: (r) => r.benefitCategories.join(', ') },
  { header: 'Краткое содержание обращения', width: 50, value: (r) => r.annotation },
  { header: 'Через какую организацию поступило', width: 28, value: (r) => r.forwardedBy ?? '' },
  { header: 'Кому отписано', width: 24, value: (r) => r.executors.join('\n') },
  { header: 'Результат рассмотрения', width: 24, value: (r) => r.results.join('\n') },
  { header: 'Дата ответа', width: 12, date: true, value: (r) => (r.answerDate ? excelDate(r.answerDate) : null) },
  { header: 'Вид обращения', width: 14, value: (r) => typeLabels[r.type] },
  { header: 'Форма обращения', width: 16, value: (r) => formLabels[r.form] },
  { header: 'Тематика обращения (ТОТК)', width: 40, value: (r) => r.themes.map((t) => `${t.code} ${t.name}`).join('\n') },
  { header: 'Срок рассмотрения', width: 13, date: true, value: (r) => excelDate(r.considerationDeadline) },
];

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };
const overdueFont = { color: { argb: 'FFC92A2A' }, bold: true };

/**
 * REG-10 «printable and exportable»: the journal as an .xlsx — a title with the organisation and the
 * period, the header bold and frozen, dates as Excel dates (ДД.ММ.ГГГГ), long text wrapped. Written
 * row by row (the streaming writer): 50,000 rows stay within a small office server's memory.
 */
export async function buildJournalWorkbook(o: { rows: JournalRow[]; organisation: string; period: string; conditions: string[]; createdAt: Date }): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Приёмная';
  wb.created = o.createdAt;
  const n = journalColumns.length;
  const headerRow = o.conditions.length > 0 ? 4 : 3;
  const ws = wb.addWorksheet('Журнал регистрации', {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
  });
  // No column styles: Excel would draw their borders down the whole sheet. Each data cell gets its column's style.
  ws.columns = journalColumns.map((c) => ({ width: c.width }));
  const cellStyles: Partial<ExcelJS.Style>[] = journalColumns.map((c) => ({ alignment: { vertical: 'top', wrapText: true }, border, ...(c.date ? { numFmt: 'dd.mm.yyyy' } : {}) }));

  const titleLine = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(row, 1, row, n);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.style = { font, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
    ws.getRow(row).commit();
  };
  titleLine(1, JOURNAL_TITLE, { bold: true, size: 14 });
  titleLine(2, [o.organisation, o.period].filter(Boolean).join(', '), { size: 12 });
  if (o.conditions.length > 0) titleLine(3, `Условия отбора: ${o.conditions.join('; ')}`, { italic: true, size: 10 });

  const header = ws.getRow(headerRow);
  header.values = journalColumns.map((c) => c.header);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
  });
  header.commit();

  o.rows.forEach((r, i) => {
    const row = ws.addRow(journalColumns.map((c) => c.value(r, i)));
    row.eachCell({ includeEmpty: true }, (cell, col) => (cell.style = { ...cellStyles[col - 1] }));
    // Overdue is computed (DL-8), never stored: shown as on screen, in red.
    if (r.overdue) row.getCell(n).style = { ...cellStyles[n - 1], font: overdueFont };
    row.commit();
  });
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: n } };
  ws.commit();
  await wb.commit();
  await finished;
  return Buffer.concat(chunks);
}
