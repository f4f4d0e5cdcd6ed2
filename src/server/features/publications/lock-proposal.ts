import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';

/** Locks a proposal that still waits for the head's decision (HMR 7.9). */
export async function lockProposal(trx: Kysely<DB>, publicationId: number) {
  const p = await trx.selectFrom('publications').select(['id', 'appeal_id', 'answer_id', 'answer_version', 'status', 'title']).where('id', '=', publicationId).forUpdate().executeTakeFirst();
  if (!p) throw errors.notFound('Предложение о публикации', 'n');
  if (p.status !== 'proposed') throw errors.conflict({ published: 'Ответ уже опубликован.', returned: 'Текст возвращён исполнителю: решение по нему уже принято.', withdrawn: 'Ответ снят с публикации.' }[p.status]);
  return p;
}
