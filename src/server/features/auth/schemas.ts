import { z } from 'zod';
import { roles } from '../../../domain/org/roles';

export const loginBody = z.object({
  login: z.string().trim().min(1, 'Укажите имя пользователя.').max(100),
  password: z.string().min(1, 'Укажите пароль.').max(200),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Укажите текущий пароль.').max(200),
  newPassword: z.string().min(1, 'Укажите новый пароль.').max(200),
});

export const actingForBody = z.object({ userId: z.number().int().positive().nullable() });

const section = z.object({ key: z.string(), title: z.string(), path: z.string() });

export const sessionResponse = z.object({
  user: z
    .object({
      id: z.number(),
      login: z.string(),
      name: z.string(),
      roles: z.array(z.enum(roles)),
      ownRoles: z.array(z.enum(roles)),
      actingFor: z.object({ userId: z.number(), name: z.string() }).nullable(),
      mustChangePassword: z.boolean(),
      sections: z.array(section),
      substitutions: z.array(z.object({ userId: z.number(), name: z.string(), dateFrom: z.string(), dateTo: z.string() })),
      /** For whoever keeps the calendar: this or next year's production calendar is not confirmed. */
      unconfirmedCalendarYears: z.array(z.number()),
    })
    .nullable(),
  csrfToken: z.string().nullable(),
  organisation: z.object({ shortName: z.string(), timeZone: z.string() }).nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const okResponse = z.object({ ok: z.literal(true) });
