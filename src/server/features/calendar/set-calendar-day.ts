import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { dayKindLabels, parseIsoDate, statutoryHolidays, weekday, type DayKind } from '../../../domain/calendar';
import { ensureYearStored } from './ensure-year';

/** ADM-5: an administrator changes one day's kind, with the reason, as an event. */
export async function setCalendarDay(ctx: StaffCtx, input: { year: number; date: string; kind: DayKind | 'normal'; reason: string }) {
  const n = parseIsoDate(input.date);
  if (n === null || !input.date.startsWith(`${input.year}-`)) throw errors.invalid('Дата не относится к выбранному году.', { date: 'Дата не относится к выбранному году.' });
  const weekend = weekday(n) >= 5;
  const [, mm, dd] = input.date.split('-').map(Number);
  const isStatutory = statutoryHolidays.some((h) => h.m === mm && h.d === dd);
  if (input.kind === 'working' && !weekend) throw errors.invalid('Рабочим по переносу может быть только суббота или воскресенье.', { kind: 'Будний день и так рабочий.' });
  if (input.kind === 'holiday' && !isStatutory) throw errors.invalid('Нерабочие праздничные дни установлены статьёй 112 ТК РФ; для переноса выберите «выходной день (перенос)».', { kind: 'Этот день не является праздничным по ст. 112 ТК РФ.' });
  if (isStatutory && input.kind !== 'holiday') throw errors.invalid('Нерабочий праздничный день по ст. 112 ТК РФ нельзя сделать рабочим.', { kind: 'Праздничный день по ст. 112 ТК РФ.' });
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await ensureYearStored(trx, input.year, now);
    const before = await trx.selectFrom('calendar_days').select(['kind', 'note']).where('date', '=', input.date).executeTakeFirst();
    await trx.deleteFrom('calendar_days').where('date', '=', input.date).execute();
    const plain = input.kind === 'normal' || (input.kind === 'day-off' && weekend);
    if (!plain) {
      const note = input.kind === 'holiday' ? (before?.note ?? 'Нерабочий праздничный день') : `${dayKindLabels[input.kind as DayKind]}: ${input.reason}`;
      await trx.insertInto('calendar_days').values({ date: input.date, year: input.year, kind: input.kind as DayKind, note }).execute();
    }
    await trx.updateTable('calendar_years').set({ updated_at: now }).where('year', '=', input.year).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'calendar',
      entityId: input.year,
      action: 'calendar.day_changed',
      before: { date: input.date, kind: before?.kind ?? 'normal' },
      after: { date: input.date, kind: plain ? 'normal' : input.kind },
      legalGround: input.reason,
      requestId: ctx.requestId,
    });
  });
}
