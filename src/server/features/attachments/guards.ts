import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { AppError, errors } from '../../platform/errors';

/** «… не найдено»: the shared helper's wording is feminine («не найдена»). */
export const notFound = (message: string) => new AppError('not_found', 404, message);

/** The appeal to change: it exists and is not annulled. Inside a transaction the row is locked. */
export async function loadChangeableAppeal(db: Kysely<DB> | Transaction<DB>, appealId: number, lock = false) {
  let q = db.selectFrom('appeals').select(['id', 'status', 'registration_date']).where('id', '=', appealId);
  if (lock) q = q.forUpdate();
  const appeal = await q.executeTakeFirst();
  if (!appeal) throw notFound('Обращение не найдено.');
  if (appeal.status === 'annulled') throw errors.conflict('Обращение аннулировано: его приложения не изменяются.');
  return appeal;
}

