import { z } from 'zod';

export const forms = ['written', 'electronic', 'oral'] as const;
export const channels = ['post', 'in-person', 'fax', 'email', 'internet-reception', 'epgu', 'regional-portal', 'medo', 'forwarded', 'personal-reception', 'field-reception', 'video-reception', 'phone'] as const;
export const types = ['proposal', 'statement', 'complaint', 'info-request', 'not-appeal'] as const;
export const multiplicities = ['primary', 'repeat', 'multiple'] as const;
export const controlTypes = ['internal', 'special', 'emergency'] as const;

const text = (max: number) => z.string().trim().max(max, `Не более ${max} символов.`).default('');
const optionalName = z.string().trim().max(100, 'Не более 100 символов.').nullable().default(null).transform((v) => v || null);

export const authorInput = z.object({
  /** An existing author record to reuse (REG-3); its contact details are updated from this input. */
  id: z.number().int().positive().optional(),
  kind: z.enum(['person', 'organisation'], { error: 'Укажите, кто автор: гражданин или организация.' }),
  surname: optionalName,
  firstName: optionalName,
  patronymic: optionalName,
  organisationName: z.string().trim().max(500).nullable().default(null).transform((v) => v || null),
  postalAddress: text(500),
  email: z.union([z.email('Неверный адрес электронной почты.'), z.literal('')]).default(''),
  phone: text(50),
  territory: text(200),
  socialStatus: text(200),
  benefitCategory: text(200),
  gender: z.enum(['m', 'f']).nullable().default(null),
  role: z.enum(['author', 'signatory', 'representative']).default('author'),
  receivesAnswer: z.boolean().default(false),
});
export type AuthorInput = z.infer<typeof authorInput>;

export const registerAppealBody = z.object({
  /** A retried or double-clicked registration with the same key returns the first result. */
  idempotencyKey: z.string().min(8).max(100).optional(),
  receivedAt: z.iso.datetime({ offset: true, error: 'Укажите дату и время поступления.' }),
  form: z.enum(forms, { error: 'Выберите форму обращения.' }),
  channel: z.enum(channels, { error: 'Выберите канал поступления.' }),
  type: z.enum(types, { error: 'Выберите вид обращения.' }),
  addressee: text(500),
  forwarded: z
    .object({
      bodyId: z.number({ error: 'Выберите орган, направивший обращение.' }).int().positive(),
      letterDate: z.iso.date({ error: 'Дата сопроводительного письма в формате ГГГГ-ММ-ДД.' }).nullable().default(null),
      letterNumber: z.string().trim().max(100).nullable().default(null),
      isControl: z.boolean().default(false),
    })
    .nullable()
    .default(null),
  pages: z.number().int().min(0).max(100_000).nullable().default(null),
  annotation: z.string().trim().min(3, 'Составьте аннотацию: кратко, по каждому вопросу (KHV 3.3.3).').max(4000),
  text: text(100_000),
  collective: z.boolean().default(false),
  authors: z.array(authorInput).max(50, 'Не более 50 авторов.'),
  authorityDocument: z.string().trim().max(500).nullable().default(null),
  questions: z.array(z.object({ totkCode: z.string().regex(/^\d{4}(\.\d{4}){3,4}$/, 'Выберите вопрос по классификатору ТОТК.'), annotation: text(2000) })).min(1, 'Укажите хотя бы один вопрос по классификатору ТОТК.').max(30),
  multiplicity: z.enum(multiplicities).default('primary'),
  previousAppealId: z.number().int().positive().nullable().default(null),
  controlType: z.enum(controlTypes).default('internal'),
  controlOfficialId: z.number().int().positive().nullable().default(null),
});
export type RegisterAppealInput = z.infer<typeof registerAppealBody>;

export const candidatesQuery = z.object({
  surname: z.string().max(100).default(''),
  firstName: z.string().max(100).default(''),
  patronymic: z.string().max(100).default(''),
  postalAddress: z.string().max(500).default(''),
  email: z.string().max(200).default(''),
  phone: z.string().max(50).default(''),
  totkCodes: z.string().max(500).default(''),
});

/** A correction of the card: everything but the idempotency key. */
export const updateAppealBody = registerAppealBody.omit({ idempotencyKey: true });
