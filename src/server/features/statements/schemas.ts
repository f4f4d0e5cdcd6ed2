import { z } from 'zod';
import { statementKinds } from '../../../domain/special-cases/statements';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

const name = (message: string) => z.string({ error: message }).trim().min(1, { error: message }).max(100, { error: 'Не более 100 знаков.' });

/** SPC-10: a paper enclosure of the additional documents («справка … на 2 л.»). */
const paperDocument = z.object({
  description: z.string({ error: 'Опишите документ.' }).trim().min(1, { error: 'Опишите документ.' }).max(1000, { error: 'Не более 1000 знаков.' }),
  pages: z.number({ error: 'Укажите число листов.' }).int({ error: 'Число листов — целое число.' }).min(1, { error: 'Не менее одного листа.' }).max(100_000, { error: 'Слишком много листов.' }),
});

/** SPC-8…10 (HMR 6.2–6.6): a citizen's statement about an earlier appeal, as the registrar records it. */
export const registerStatementBody = z
  .object({
    kind: z.enum(statementKinds, { error: 'Выберите вид заявления.' }),
    receivedDate: z.iso.date({ error: 'Укажите дату поступления (ДД.ММ.ГГГГ).' }),
    form: z.enum(['written', 'electronic'], { error: 'Выберите форму: письменное или в форме электронного документа.' }).default('written'),
    surname: name('Укажите фамилию заявителя.'),
    firstName: name('Укажите имя заявителя.'),
    patronymic: z.string().trim().max(100, { error: 'Не более 100 знаков.' }).default('').transform((v) => v || null),
    gender: z.enum(['m', 'f']).nullable().default(null),
    postalAddress: z.string().trim().max(500, { error: 'Не более 500 знаков.' }).default(''),
    email: z.union([z.email({ error: 'Неверный адрес электронной почты.' }), z.literal('')]).default(''),
    content: z.string({ error: 'Изложите кратко содержание заявления.' }).trim().min(3, { error: 'Изложите кратко содержание заявления.' }).max(4000, { error: 'Не более 4000 знаков.' }),
    comment: z.string().trim().max(2000, { error: 'Пояснение — не более 2000 знаков.' }).default(''),
    // Any kind (a scan of the statement, SPC-10 documents): files already in the earlier appeal's case, and
    // paper enclosures. New files come with the registration itself (POST …/statements/files): none is left behind on a refusal.
    attachmentIds: z.array(z.number().int().positive()).max(50).default([]),
    paperDocuments: z.array(paperDocument).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    // 59-ФЗ ст. 7 ч. 1, 3: the notice needs an address — postal, or e-mail for an electronic statement.
    if (!v.postalAddress && !v.email) ctx.addIssue({ code: 'custom', path: ['postalAddress'], message: 'Укажите почтовый адрес или адрес электронной почты заявителя: по нему направляется уведомление.' });
  });
export type RegisterStatementInput = z.infer<typeof registerStatementBody>;

/** SPC-8, SPC-9 (HMR 6.3, 6.5): the result of the comparison. */
export const decideStatementBody = z.object({
  isAuthor: z.boolean({ error: 'Укажите результат сопоставления: является ли заявитель автором обращения.' }),
  comment: z.string().trim().max(2000, { error: 'Пояснение — не более 2000 знаков.' }).default(''),
  // The appeal's author the citizen was compared with — needed when there are several who are not representatives.
  authorId: z.number({ error: 'Выберите автора обращения.' }).int().positive().nullish(),
  // SPC-8 (59-ФЗ ст. 11 ч. 1; HMR 7.1): the anonymous appeal reports an unlawful act — the competent state body it goes to.
  bodyId: z.number({ error: 'Выберите государственный орган.' }).int().positive().nullish(),
});
export type DecideStatementInput = z.infer<typeof decideStatementBody>;

/** POST …/statements/files (multipart/form-data): the same statement as JSON in the field `statement`, and its files. */
export const STATEMENT_FIELD = 'statement';
