import { z } from 'zod';

const isoDate = z.string({ error: 'Укажите дату регистрации.' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Дата указывается в формате ГГГГ-ММ-ДД.' });
const totkCode = z.string({ error: 'Выберите вопрос по классификатору.' }).trim().min(1, { error: 'Выберите вопрос по классификатору.' });

export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const letterParams = z.object({ id: z.coerce.number().int().positive(), letterId: z.coerce.number().int().positive() });

/** REG-12: the subjects of the appeals registered on one day, with how many could go together. */
export const candidatesQuery = z.object({ date: isoDate });
export const selectionQuery = z.object({ date: isoDate, totkCode });

export const createMassActionBody = z.object({
  registrationDate: isoDate,
  totkCode,
  bodyId: z.number({ error: 'Выберите орган из справочника.' }).int().positive(),
  // Exactly the appeals the registrar saw and confirmed (those he left out stay as they are): an
  // appeal registered on that day after he reviewed the list is never swept in unseen.
  appealIds: z
    .array(z.number().int().positive(), { error: 'Передайте список обращений, включённых в акцию.' })
    .min(1, { error: 'Не включено ни одного обращения.' })
    .max(100_000, { error: 'В одну акцию можно включить не более 100 000 обращений.' }),
});
export type CreateMassActionInput = z.infer<typeof createMassActionBody>;

export const candidatesView = z.array(z.object({ totkCode: z.string(), totkName: z.string(), count: z.number() }));

/** The redirect term of the day (ROU-7, 59-ФЗ ст. 8 ч. 3: 7 days from registration) and whether it has passed. */
const redirectTerm = { redirectDue: z.string(), redirectOverdue: z.boolean() };

export const selectionView = z.object({
  count: z.number(),
  ...redirectTerm,
  appeals: z.array(z.object({ id: z.number(), number: z.string(), registrationDate: z.string(), author: z.string(), address: z.string(), annotation: z.string() })),
});

const statusView = z.enum(['running', 'done', 'done-with-errors']);

export const createdView = z.object({ id: z.number(), total: z.number(), ...redirectTerm });

export const massActionSummaryView = z.object({
  id: z.number(),
  registrationDate: z.string(),
  totkCode: z.string(),
  totkName: z.string(),
  bodyName: z.string(),
  status: statusView,
  total: z.number(),
  done: z.number(),
  failed: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const massActionView = massActionSummaryView.extend({
  pending: z.number(),
  notices: z.number(),
  redirectDue: z.string(),
  /** Some appeal was (or, still pending, will be) redirected after the term: a warning, not a block. */
  redirectLate: z.boolean(),
  letters: z.array(z.object({ id: z.number(), coverLetterId: z.number(), outgoingNumber: z.string().nullable(), outgoingDate: z.string().nullable(), appeals: z.number(), registryFileName: z.string(), leadAppealId: z.number() })),
  errors: z.array(z.object({ appealId: z.number(), number: z.string(), error: z.string() })),
});
export type MassActionView = z.infer<typeof massActionView>;
