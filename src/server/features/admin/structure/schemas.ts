import { z } from 'zod';
import { personFields } from '../users/schemas';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const unitBody = z.object({
  name: z.string().trim().min(1, 'Укажите наименование подразделения.').max(300),
  kind: z.enum(['body', 'department'], { error: 'Укажите вид: орган или структурное подразделение.' }),
  parentId: z.number().int().positive().nullable(),
  active: z.boolean().default(true),
});
export type UnitInput = z.infer<typeof unitBody>;

export const unitView = z.object({ id: z.number(), name: z.string(), kind: z.enum(['body', 'department']), parentId: z.number().nullable(), active: z.boolean(), sortOrder: z.number() });

export const positionBody = z.object({
  name: z.string().trim().min(1, 'Укажите наименование должности.').max(300),
  unitId: z.number().int().positive().nullable(),
  isHead: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type PositionInput = z.infer<typeof positionBody>;

export const positionView = z.object({ id: z.number(), name: z.string(), unitId: z.number().nullable(), isHead: z.boolean(), active: z.boolean() });

export const officialBody = z.object({ ...personFields, active: z.boolean().default(true) });
export type OfficialInput = z.infer<typeof officialBody>;

export const officialView = z.object({
  id: z.number(),
  surname: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  fullName: z.string(),
  positionId: z.number().nullable(),
  unitId: z.number().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  userId: z.number().nullable(),
});
