import { z } from 'zod';

const text = (label: string, max = 500) => z.string().trim().min(1, `Укажите ${label}.`).max(max);

export const organisationBody = z.object({
  fullName: text('полное наименование'),
  shortName: text('краткое наименование', 200),
  headTitle: text('должность руководителя', 300),
  postalAddress: text('почтовый адрес'),
  phones: z.array(z.object({ label: z.string().trim().max(100), number: text('номер телефона', 50) })).max(20),
  email: z.union([z.email('Неверный адрес электронной почты.'), z.literal('')]),
  site: z.string().trim().max(300),
  timeZone: z.string().refine(isTimeZone, 'Неизвестный часовой пояс.'),
  workingHours: z.array(z.object({ days: text('дни', 100), hours: text('часы', 100), break: z.string().trim().max(100).optional() })).max(14),
  receptionHours: z.string().trim().max(500).nullable(),
});
export type OrganisationInput = z.infer<typeof organisationBody>;

export const organisationView = organisationBody.extend({ profileCode: z.string(), profileTitle: z.string() });

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('ru', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
