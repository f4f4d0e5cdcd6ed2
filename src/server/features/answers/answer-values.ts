import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AnswerValues } from '../../../domain/documents/placeholders';
import type { Profile } from '../../../domain/profiles';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import { appealSources, noticeValues } from '../notices/notice-values';
import { noticeRecipients } from '../notices/recipients';
import { loadDocumentParties } from '../notices/document-parties';
import type { AppealCard } from '../registry/queries';

/**
 * ANS-3: the fields of the answer — the appeal's number and dates, the addressee (the author, or for
 * a collective appeal the one chosen to receive the answer, REG-4), the questions, the executor's
 * name and phone (DUKI 6.5) and the text prepared by the executor.
 */
export async function answerValues(trx: Kysely<DB>, card: AppealCard, body: string, executorOfficialId: number, profile: Profile, today: string): Promise<AnswerValues> {
  const parties = await loadDocumentParties(trx, executorOfficialId);
  const recipient = noticeRecipients(card)[0];
  const common = noticeValues({
    appeal: appealSources(card),
    recipient: recipient ?? { kind: 'person', surname: null, firstName: null, patronymic: null, organisationName: null, gender: null, postalAddress: '', email: '' },
    organisation: parties.organisation,
    head: parties.head,
    executor: parties.official,
    legalBasis: legalBasisInstrumental(profile.procedureLinks),
    today,
  });
  return {
    ...common,
    текст_ответа: body,
    вопросы: card.questions.map((q, i) => `${i + 1}. ${q.totkName} (${q.totkCode})`).join('\n'),
  };
}
