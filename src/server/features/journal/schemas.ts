import { z } from 'zod';
import { journalFilterKeys, journalQuery, type JournalFilter } from '../registry/journal';

const filterKeys = new Set<string>(journalFilterKeys);

/**
 * The conditions of a saved filter as the journal's address carries them (?from=…&channel=…): only
 * the journal's own conditions, each valid — a saved filter always reproduces a view that opens.
 */
export const savedFilterQuery = z
  .record(z.string(), z.string().max(200, 'Условие отбора — не более 200 символов.'), { error: 'Условия отбора: ожидается набор «условие — значение».' })
  .transform((query) => Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== '')))
  .superRefine((query, ctx) => {
    const unknown = Object.keys(query).filter((k) => !filterKeys.has(k));
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `Неизвестные условия отбора: ${unknown.join(', ')}.` });
      return;
    }
    if (!journalQuery.safeParse(query).success) ctx.addIssue({ code: 'custom', message: 'Условия отбора заданы неверно: откройте журнал и сохраните фильтр заново.' });
  });

export const savedFilterBody = z.object({
  name: z
    .string({ error: 'Укажите название фильтра.' })
    .trim()
    .min(1, 'Укажите название фильтра.')
    .max(100, 'Название фильтра — не более 100 символов.')
    .transform((v) => v.replace(/\s+/g, ' ')),
  query: savedFilterQuery,
});
export type SavedFilterInput = z.infer<typeof savedFilterBody>;

export const savedFilterView = z.object({ id: z.number(), name: z.string(), query: z.record(z.string(), z.string()), createdAt: z.string() });
export type SavedFilterView = z.infer<typeof savedFilterView>;

export const savedFilterIdParams = z.object({ id: z.coerce.number({ error: 'Неверный номер фильтра.' }).int().positive('Неверный номер фильтра.') });

/** The export takes the journal's conditions; a page of the screen means nothing to it. */
export const exportQuery = journalQuery.omit({ page: true, pageSize: true });
export type ExportQuery = JournalFilter;
