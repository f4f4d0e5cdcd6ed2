import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

/** SPC-11: what the executor proposes to publish — the public title, the ТОТК questions it answers, the text without personal data. */
export const proposalBody = z.object({
  title: z.string().trim().min(5, { error: 'Укажите заголовок публикации (не менее 5 знаков).' }).max(300, { error: 'Заголовок — не более 300 знаков.' }),
  totkCodes: z.array(z.string().trim().min(1)).min(1, { error: 'Выберите хотя бы один вопрос обращения, на который дан ответ.' }).max(20),
  body: z.string().trim().min(20, { error: 'Текст для публикации — не менее 20 знаков.' }).max(50_000),
});
export type ProposalInput = z.infer<typeof proposalBody>;

export const returnBody = z.object({
  reason: z.string().trim().min(1, { error: 'Укажите, что доработать в тексте.' }).max(2000, { error: 'Не более 2000 знаков.' }),
});

export const withdrawBody = z.object({
  reason: z.string().trim().min(3, { error: 'Укажите причину снятия с публикации.' }).max(2000, { error: 'Не более 2000 знаков.' }),
});

const publicQuestion = z.object({ code: z.string(), name: z.string() });

/** What the public page shows: never the appeal's number, its author or any personal data (SEC-5). */
export const publicAnswer = z.object({
  id: z.number(),
  title: z.string(),
  publishedDate: z.string(),
  questions: z.array(publicQuestion),
  text: z.string(),
  url: z.string(),
});
