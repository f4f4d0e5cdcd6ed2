import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { getAppealCard } from '../registry/queries';
import { suggestSpecialCases, type PublishedAnswer, type Suggestion } from '../../../domain/special-cases/suggestions';
import { findEarlierAnswers, findPublishedAnswers } from './queries';
import { findTerminatedQuestions } from '../special-cases/correspondence-registry';

/**
 * Issue 6: the suggestions for a registered appeal's card. Earlier answers count appeals
 * registered before this one; `publishedAnswers` is the list of answers published on the site
 * (SPC-11) — read from `findPublishedAnswers` until the publishing feature supplies its own.
 */
export async function suggestForAppeal(db: Kysely<DB>, appealId: number, o: { today: string; timeZone?: string; publishedAnswers?: PublishedAnswer[] }): Promise<Suggestion[]> {
  const card = await getAppealCard(db, appealId);
  if (!card) throw errors.notFound('Обращение', 'n');
  const totkCodes = [...new Set(card.questions.map((q) => q.totkCode))];
  const authorIds = card.authors.filter((a) => a.role !== 'representative').map((a) => a.id);
  const [earlierAnswers, publishedAnswers, terminatedCorrespondence] = await Promise.all([
    findEarlierAnswers(db, { authorIds, totkCodes, before: { appealId: card.id, registeredAt: new Date(card.registeredAt) } }),
    o.publishedAnswers ?? findPublishedAnswers(db, totkCodes),
    // SPC-5: the registry of terminated correspondence, except a decision taken on this very appeal.
    findTerminatedQuestions(db, { authorIds, totkCodes, exceptAppealId: card.id, timeZone: o.timeZone ?? 'UTC' }),
  ]);
  return suggestSpecialCases({
    form: card.form,
    channel: card.channel,
    annotation: card.annotation,
    text: card.text,
    authors: card.authors,
    questions: card.questions.map((q) => ({ totkCode: q.totkCode, totkName: q.totkName, annotation: q.annotation })),
    earlierAnswers,
    publishedAnswers,
    terminatedCorrespondence,
    today: o.today,
  });
}
