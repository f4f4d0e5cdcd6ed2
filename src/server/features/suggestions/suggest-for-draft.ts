import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { suggestSpecialCases, type PublishedAnswer, type Suggestion } from '../../../domain/special-cases/suggestions';
import { findEarlierAnswers, findPublishedAnswers, resolveDraftAuthorIds } from './queries';
import { findTerminatedQuestions } from '../special-cases/correspondence-registry';
import type { DraftInput } from './schemas';

/** Issue 6: the same suggestions for the registration form's draft, before it is saved. Writes nothing. */
export async function suggestForDraft(db: Kysely<DB>, draft: DraftInput, o: { today: string; timeZone?: string; publishedAnswers?: PublishedAnswer[] }): Promise<Suggestion[]> {
  const totkCodes = [...new Set(draft.questions.map((q) => q.totkCode).filter((c) => /^\d{4}(\.\d{4}){3,4}$/.test(c)))];
  const [authorIds, names] = await Promise.all([
    resolveDraftAuthorIds(db, draft.authors),
    totkCodes.length > 0 ? db.selectFrom('totk').select(['code', 'name']).where('code', 'in', totkCodes).execute() : Promise.resolve([]),
  ]);
  const [earlierAnswers, publishedAnswers, terminatedCorrespondence] = await Promise.all([
    findEarlierAnswers(db, { authorIds, totkCodes }),
    o.publishedAnswers ?? findPublishedAnswers(db, totkCodes),
    findTerminatedQuestions(db, { authorIds, totkCodes, timeZone: o.timeZone ?? 'UTC' }),
  ]);
  return suggestSpecialCases({
    form: draft.form ?? null,
    channel: draft.channel ?? null,
    annotation: draft.annotation,
    text: draft.text,
    authors: draft.authors.map((a) => ({ kind: a.kind, surname: a.surname || null, postalAddress: a.postalAddress, email: a.email, role: a.role })),
    questions: draft.questions.filter((q) => q.totkCode).map((q) => ({ totkCode: q.totkCode, totkName: names.find((n) => n.code === q.totkCode)?.name, annotation: q.annotation })),
    earlierAnswers,
    publishedAnswers,
    terminatedCorrespondence,
    today: o.today,
  });
}
