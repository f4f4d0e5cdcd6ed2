import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

// The registration form's draft: the body of POST /api/appeals, every field optional and lenient —
// a half-typed card is asked about while the registrar types (nothing is saved).
const lenientText = (max: number) => z.string().max(max).nullable().optional().transform((v) => v ?? '');

const draftAuthor = z.object({
  /** An existing author record chosen in the history panel (REG-5). */
  id: z.number().int().positive().optional(),
  kind: z.enum(['person', 'organisation']).catch('person'),
  surname: lenientText(100),
  firstName: lenientText(100),
  patronymic: lenientText(100),
  organisationName: lenientText(500),
  postalAddress: lenientText(500),
  email: lenientText(200),
  phone: lenientText(50),
  role: z.enum(['author', 'signatory', 'representative']).catch('author'),
});

export const draftBody = z.object({
  form: z.enum(['written', 'electronic', 'oral']).nullable().optional().catch(null),
  channel: z.string().max(40).nullable().optional(),
  annotation: lenientText(4000),
  text: lenientText(100_000),
  authors: z.array(draftAuthor).max(50).default([]),
  questions: z.array(z.object({ totkCode: lenientText(40), annotation: lenientText(2000) })).max(30).default([]),
});
export type DraftInput = z.infer<typeof draftBody>;

export const suggestionSchema = z.object({
  code: z.string(),
  case: z.string(),
  title: z.string(),
  reason: z.string(),
  legalGround: z.string(),
  hint: z.string(),
  url: z.string().optional(),
});
export const suggestionsResponse = z.object({ suggestions: z.array(suggestionSchema) });
