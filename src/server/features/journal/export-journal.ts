import type { StaffCtx } from '../../platform/context';
import { recordEvent } from '../../platform/events';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { describeConditions, describePeriod } from '../../../domain/appeal/journal-conditions';
import { listWholeJournal, type JournalFilter } from '../registry/journal';
import { buildJournalWorkbook } from './journal-workbook';

/** One file opens in any spreadsheet on an ordinary office computer: more is refused with a Russian message. */
export const EXPORT_ROW_LIMIT = 50_000;

/**
 * REG-10: the journal under the given conditions as an .xlsx file. The event records who exported
 * what selection (the conditions and the number of rows) — no names or addresses from the rows.
 */
export async function exportJournal(ctx: StaffCtx, filter: JournalFilter, o: { timeZone: string; maxRows?: number }) {
  const now = ctx.clock.now();
  const today = localDate(now, o.timeZone);
  const rows = await listWholeJournal(ctx.db, filter, today, o.maxRows ?? EXPORT_ROW_LIMIT);
  const org = await ctx.db.selectFrom('organisation').select('short_name').executeTakeFirst();
  const totk = filter.totk ? await ctx.db.selectFrom('totk').select('name').where('code', '=', filter.totk).executeTakeFirst() : undefined;
  const body = filter.forwardedBy !== undefined ? await ctx.db.selectFrom('external_bodies').select('name').where('id', '=', filter.forwardedBy).executeTakeFirst() : undefined;
  const content = await buildJournalWorkbook({
    rows,
    organisation: org?.short_name ?? '',
    period: describePeriod(filter),
    conditions: describeConditions(filter, { totk: totk?.name ?? null, forwardedBy: body?.name ?? null }),
    createdAt: now,
  });
  await recordEvent(ctx.db, { actor: ctx.actor, at: now, entityType: 'journal', entityId: '-', action: 'journal.exported', after: { filter, rows: rows.length }, requestId: ctx.requestId });
  return { fileName: `Журнал регистрации обращений ${formatDateRu(today)}.xlsx`, asciiFileName: `journal-${formatDateRu(today)}.xlsx`, content };
}
