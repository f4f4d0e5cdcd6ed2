import { z } from 'zod';
import { roles } from '../../../../domain/org/roles';

const name = (label: string) => z.string().trim().min(1, `Укажите ${label}.`).max(100, 'Не более 100 символов.');
const optionalText = z.string().trim().max(200).nullable().optional().transform((v) => (v ? v : null));

export const personFields = {
  surname: name('фамилию'),
  firstName: name('имя'),
  patronymic: optionalText,
  positionId: z.number().int().positive().nullable(),
  unitId: z.number().int().positive().nullable(),
  phone: optionalText,
  email: z.union([z.email('Неверный адрес электронной почты.'), z.literal(''), z.null()]).optional().transform((v) => (v ? v : null)),
};

export const roleList = z.array(z.enum(roles, { error: 'Неизвестная роль.' })).max(roles.length);

export const createUserBody = z.object({
  login: z
    .string()
    .trim()
    .min(3, 'Имя пользователя — не менее 3 символов.')
    .max(50, 'Имя пользователя — не более 50 символов.')
    .regex(/^[a-zA-Z0-9._-]+$/, 'Имя пользователя: латинские буквы, цифры, точка, дефис, подчёркивание.'),
  ...personFields,
  roles: roleList.min(1, 'Назначьте хотя бы одну роль.'),
  supervisedUnitIds: z.array(z.number().int().positive()).default([]),
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z.object({
  ...personFields,
  roles: roleList.min(1, 'Назначьте хотя бы одну роль.'),
  supervisedUnitIds: z.array(z.number().int().positive()).default([]),
});
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const userIdParams = z.object({ id: z.coerce.number().int().positive() });

export const userView = z.object({
  id: z.number(),
  login: z.string(),
  officialId: z.number(),
  surname: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  fullName: z.string(),
  positionId: z.number().nullable(),
  positionName: z.string().nullable(),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  roles: z.array(z.enum(roles)),
  supervisedUnitIds: z.array(z.number()),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  locked: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type UserView = z.infer<typeof userView>;

export const generatedPasswordResponse = z.object({
  user: userView,
  /** Shown once to the administrator; the user must replace it at first login. */
  password: z.string(),
});
