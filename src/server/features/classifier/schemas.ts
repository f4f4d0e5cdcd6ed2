import { z } from 'zod';
import { TOTK_CODE_PATTERN } from '../../../domain/classifier';

const kinds = ['section', 'theme', 'group', 'question', 'refinement'] as const;
const codeMessage = 'Код ТОТК — от одной до пяти групп по четыре цифры через точку (например, 0002.0007.0074.0320).';

export const searchQuery = z.object({
  q: z
    .string({ error: 'Введите слово или код для поиска по классификатору.' })
    .trim()
    .min(2, 'Введите не менее двух знаков для поиска по классификатору.')
    .max(200, 'Слишком длинный запрос: не более 200 знаков.'),
  limit: z.coerce.number({ error: 'Число результатов — целое от 1 до 50.' }).int('Число результатов — целое от 1 до 50.').min(1, 'Число результатов — целое от 1 до 50.').max(50, 'Число результатов — целое от 1 до 50.').default(20),
  /** 'true' — only what an appeal's question may take (questions and refinements). */
  selectable: z.enum(['true', 'false'], { error: 'Параметр selectable: true или false.' }).optional(),
});

export const childrenQuery = z.object({
  parent: z.union([z.literal(''), z.string().trim().regex(TOTK_CODE_PATTERN, codeMessage)]).optional(),
});

export const codeParams = z.object({ code: z.string().regex(TOTK_CODE_PATTERN, codeMessage) });

const pathItem = z.object({ code: z.string(), name: z.string() });

export const totkItem = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(kinds),
  level: z.number(),
  /** Questions and refinements — what an appeal's question takes; headings are not selectable. */
  selectable: z.boolean(),
  /** The ancestors, the section first. */
  path: z.array(pathItem),
});

export const totkEntryView = totkItem.extend({ hasChildren: z.boolean() });

export const totkNode = z.object({ code: z.string(), name: z.string(), kind: z.enum(kinds), level: z.number(), selectable: z.boolean(), hasChildren: z.boolean() });

export const editionView = z.object({ id: z.number(), title: z.string(), entries: z.number(), loadedAt: z.string(), current: z.boolean() });

const entryInput = z.object({
  code: z.string({ error: 'Укажите код записи.' }).trim(),
  name: z.string({ error: 'Укажите наименование записи.' }),
  level: z.number().int().nullish(),
  kind: z.string().nullish(),
  parent: z.string().trim().nullish(),
});

/** ADM-6: a newer edition, as an array of entries in the classifier's order (the format of totk.json). */
export const importBody = z.object({
  title: z.string({ error: 'Укажите наименование редакции.' }).trim().min(3, 'Укажите наименование редакции (например, «ТОТК, редакция от 01.06.2026»).').max(200, 'Наименование редакции — не более 200 знаков.'),
  entries: z.array(entryInput, { error: 'Передайте записи классификатора списком.' }).min(1, 'Редакция не содержит ни одной записи.').max(20_000, 'Слишком много записей: не более 20 000.'),
});

export const importResult = z.object({ edition: editionView, added: z.number(), renamed: z.number(), removed: z.number() });

export type TotkItemView = z.infer<typeof totkItem>;
export type TotkEntryView = z.infer<typeof totkEntryView>;
export type TotkNodeView = z.infer<typeof totkNode>;
export type TotkEditionView = z.infer<typeof editionView>;
