import type { AppealStatus } from './lifecycle';
import { formatDateRu } from '../time/local-date';
import { channelLabels, formLabels, typeLabels } from './labels';
import { multiplicityLabels } from './multiplicity';

/** The journal's conditions of selection as the title of its export and print version states them (REG-10). */
export type JournalConditions = {
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  author?: string | undefined;
  channel?: keyof typeof channelLabels | undefined;
  form?: keyof typeof formLabels | undefined;
  type?: keyof typeof typeLabels | undefined;
  multiplicity?: keyof typeof multiplicityLabels | undefined;
  collective?: boolean | undefined;
  overdue?: boolean | undefined;
  onControl?: boolean | undefined;
  status?: AppealStatus | undefined;
  totk?: string | undefined;
  forwardedBy?: number | undefined;
};

/** «за период с 01.11.2026 по 30.11.2026», «с 01.11.2026», «за весь период». */
export function describePeriod(c: Pick<JournalConditions, 'from' | 'to'>): string {
  if (c.from && c.to) return c.from === c.to ? `за ${formatDateRu(c.from)}` : `за период с ${formatDateRu(c.from)} по ${formatDateRu(c.to)}`;
  if (c.from) return `за период с ${formatDateRu(c.from)}`;
  if (c.to) return `за период по ${formatDateRu(c.to)}`;
  return 'за весь период';
}

const yesNo = (v: boolean | undefined, yes: string, no: string) => (v === undefined ? [] : [v ? yes : no]);

/**
 * The other conditions, one phrase each, in the order of the filter panel; the names of the ТОТК
 * entry and of the forwarding body are looked up by the caller.
 */
export function describeConditions(c: JournalConditions, names: { totk?: string | null; forwardedBy?: string | null } = {}): string[] {
  return [
    ...(c.q ? [`поиск: «${c.q}»`] : []),
    ...(c.author ? [`автор: «${c.author}»`] : []),
    ...(c.channel ? [`канал поступления: ${channelLabels[c.channel].toLowerCase()}`] : []),
    ...(c.form ? [`форма: ${formLabels[c.form].toLowerCase()}`] : []),
    ...(c.type ? [`вид: ${typeLabels[c.type].toLowerCase()}`] : []),
    ...(c.multiplicity ? [`кратность: ${multiplicityLabels[c.multiplicity]}`] : []),
    ...yesNo(c.collective, 'только коллективные', 'без коллективных'),
    ...yesNo(c.overdue, 'только просроченные', 'без просроченных'),
    ...yesNo(c.onControl, 'на контроле', 'снятые с контроля'),
    ...(c.status ? [c.status === 'annulled' ? 'аннулированные' : 'зарегистрированные (не аннулированные)'] : []),
    ...(c.totk ? [`тематика: ${c.totk}${names.totk ? ` ${names.totk}` : ''}`] : []),
    ...(c.forwardedBy !== undefined ? [`поступило через: ${names.forwardedBy ?? `орган № ${c.forwardedBy}`}`] : []),
  ];
}
