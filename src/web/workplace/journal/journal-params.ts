import type { JournalRow } from '../../../server/features/registry/journal';
import type { JournalConditions } from '../../../domain/appeal/journal-conditions';

export type { JournalRow };
/** A page of the journal; `hasMore` — there is a next page. The total comes separately (JournalCount). */
export type JournalPage = { page: number; pageSize: number; hasMore: boolean; rows: JournalRow[] };
/** `exact` is false when the server stopped counting at its cap (the total is then «более …»). */
export type JournalCount = { total: number; exact: boolean };
export type SavedFilter = { id: number; name: string; query: Record<string, string>; createdAt: string };

/** The journal's conditions as its address carries them (REG-10: a link reproduces the view). */
export const filterKeys = ['from', 'to', 'q', 'author', 'channel', 'form', 'type', 'multiplicity', 'collective', 'overdue', 'onControl', 'totk', 'forwardedBy', 'sort'] as const;
export type FilterKey = (typeof filterKeys)[number];
/** Every condition as text; '' — not set. */
export type FilterDraft = Record<FilterKey, string>;

export const PAGE_SIZE = 50;
export const DEFAULT_SORT = 'date-desc';

export function draftFromParams(params: URLSearchParams): FilterDraft {
  return Object.fromEntries(filterKeys.map((k) => [k, params.get(k)?.trim() ?? ''])) as FilterDraft;
}

/** The conditions that are set, without the default sort: what goes into the address and a saved filter. */
export function conditionsOf(draft: Partial<FilterDraft>): Record<string, string> {
  return Object.fromEntries(
    filterKeys
      .map((k) => [k, (draft[k] ?? '').trim()] as const)
      .filter(([k, v]) => v !== '' && !(k === 'sort' && v === DEFAULT_SORT)),
  );
}

export function hasConditions(draft: FilterDraft): boolean {
  return Object.keys(conditionsOf({ ...draft, sort: '' })).length > 0;
}

/** '?from=…&q=…&page=2' for the journal's address and its API. */
export function queryString(conditions: Record<string, string>, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ ...conditions, ...extra }).toString();
  return q ? `?${q}` : '';
}

export function pageOf(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

const flag = (v: string) => (v === 'true' ? true : v === 'false' ? false : undefined);

/** The typed conditions for the title of the print version (as the export states them). */
export function typedConditions(d: FilterDraft): JournalConditions {
  const optional = <T extends string>(v: string) => (v ? (v as T) : undefined);
  return {
    from: optional(d.from),
    to: optional(d.to),
    q: optional(d.q),
    author: optional(d.author),
    channel: optional<NonNullable<JournalConditions['channel']>>(d.channel),
    form: optional<NonNullable<JournalConditions['form']>>(d.form),
    type: optional<NonNullable<JournalConditions['type']>>(d.type),
    multiplicity: optional<NonNullable<JournalConditions['multiplicity']>>(d.multiplicity),
    collective: flag(d.collective),
    overdue: flag(d.overdue),
    onControl: flag(d.onControl),
    totk: optional(d.totk),
    forwardedBy: d.forwardedBy ? Number(d.forwardedBy) : undefined,
  };
}
