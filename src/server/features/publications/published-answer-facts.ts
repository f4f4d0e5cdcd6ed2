import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { formatDateRu, localDate } from '../../../domain/time/local-date';

/**
 * SPC-11 (59-ФЗ ст. 11 ч. 5.1; HMR 7.10, DUKI 5.22): for a special-case disposition — the answers
 * published on the appeal's questions (the precondition of «published-answer-link», and why a
 * court-decision complaint is then not returned), the one whose address is sent (the chosen one, or
 * the newest) and the notice's fields.
 */
export async function publishedAnswerFacts(db: Kysely<DB>, o: { totkCodes: readonly string[]; publicationId?: number | null; timeZone: string }) {
  const published =
    o.totkCodes.length === 0
      ? []
      : await db
          .selectFrom('publications as p')
          .select(['p.id', 'p.title', 'p.public_url', 'p.published_at'])
          .where('p.status', '=', 'published')
          .where((eb) => eb.exists(eb.selectFrom('publication_questions as pq').select('pq.publication_id').whereRef('pq.publication_id', '=', 'p.id').where('pq.totk_code', 'in', [...o.totkCodes])))
          .orderBy('p.published_at', 'desc')
          .orderBy('p.id', 'desc')
          .execute();
  // Which of the appeal's questions each publication answers (the disposition needs every question covered).
  const covers = published.length
    ? await db.selectFrom('publication_questions').select(['publication_id', 'totk_code']).where('publication_id', 'in', published.map((p) => p.id)).where('totk_code', 'in', [...o.totkCodes]).execute()
    : [];
  const withCodes = published.map((p) => ({ ...p, totkCodes: covers.filter((c) => c.publication_id === p.id).map((c) => c.totk_code) }));
  // The address sent is of a page that answers every question of the appeal (the newest such), else the newest.
  const substantive = o.totkCodes.filter((code) => !code.startsWith('0001.0002.0027.'));
  let chosen = withCodes.find((p) => substantive.every((code) => p.totkCodes.includes(code))) ?? withCodes[0] ?? null;
  if (o.publicationId) {
    chosen = withCodes.find((p) => p.id === o.publicationId) ?? null;
    if (!chosen) throw errors.invalid('Выбранный ответ не опубликован или не относится к вопросам обращения.', { publicationId: 'Выберите опубликованный ответ на вопрос обращения.' });
  }
  const values = chosen
    ? { адрес_страницы: chosen.public_url ?? '', опубликованный_ответ: `«${chosen.title}», размещён ${formatDateRu(localDate(chosen.published_at!, o.timeZone))}` }
    : {};
  // A chosen page must itself answer every question (the precondition reads only it).
  return { published: o.publicationId && chosen ? [chosen] : withCodes, chosen: chosen ? { id: chosen.id, url: chosen.public_url ?? '', title: chosen.title } : null, values };
}
