import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { fillTemplate } from '../../platform/documents/docx-template';
import { deliveryRoute } from '../../../domain/documents/delivery-route';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import { templateKindOf, type TemplateKind } from '../../../domain/documents/template-kinds';
import type { StatementLetterValues } from '../../../domain/documents/placeholders';
import { fullName } from '../../../domain/org/person-name';
import { formatDateRu } from '../../../domain/time/local-date';
import { statementEnclosures, statementKindPhrase, type StatementKind } from '../../../domain/special-cases/statements';
import type { AppealCard } from '../registry/queries';
import { appealSources, noticeValues, type NoticeRecipient } from '../notices/notice-values';
import { loadDocumentParties } from '../notices/document-parties';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';
import type { ConsiderationDeps } from '../consideration/shared';

export type StatementFacts = {
  kind: StatementKind;
  number: string;
  registrationDate: string;
  receivedDate: string;
  form: 'written' | 'electronic';
  surname: string;
  firstName: string;
  patronymic: string | null;
  gender: 'm' | 'f' | null;
  postalAddress: string;
  email: string;
  comment: string;
  /** «справка … на 2 л.; scan.pdf» — the statement's enclosures (any kind). */
  documents: string[];
};

export type LetterDeps = ConsiderationDeps & { delivery: DeliveryDeps };

type Letter = { id: number; kind: TemplateKind; route: string; address: string; outgoingNumber: string };

/** The citizen who made the statement, as a recipient (he need not be an author of the appeal: SPC-8). */
export function citizenOf(s: StatementFacts): NoticeRecipient {
  return { kind: 'person', surname: s.surname, firstName: s.firstName, patronymic: s.patronymic, organisationName: null, gender: s.gender, postalAddress: s.postalAddress, email: s.email };
}

/**
 * SPC-8…10 letters (ANS-6): filled from the administrator's template, registered with the next outgoing
 * number, filed in the earlier appeal's case and queued by route (e-mail → the delivery job after commit).
 */
export async function makeStatementLetters(
  trx: Kysely<DB>,
  ctx: StaffCtx,
  deps: LetterDeps,
  o: {
    card: AppealCard;
    statement: StatementFacts;
    today: string;
    dueDate: string | null;
    /** The notice of the decision (SPC-8/9) or of the forwarding, to the citizen. */
    notice: { kind: TemplateKind; extra?: Partial<StatementLetterValues> & Record<string, string> };
    /** HMR 6.2 абз. 3, 6.4, 6.6: the cover letters to the bodies the appeal was redirected to. */
    bodies?: { id: number; name: string; postal_address: string; email: string }[];
  },
): Promise<Letter[]> {
  const { card, statement: s, today } = o;
  const parties = await loadDocumentParties(trx, ctx.actor.officialId);
  const reference = `от ${formatDateRu(s.receivedDate)} (вх. № ${s.number})`;
  const statementValues = {
    заявление: reference,
    вид_заявления: statementKindPhrase[s.kind],
    заявитель: fullName({ surname: s.surname, firstName: s.firstName, patronymic: s.patronymic }),
    // The cover letter's enclosure: the statement itself (SPC-8/9) or the documents (SPC-10).
    приложения_к_заявлению: statementEnclosures(s.kind, reference, s.documents),
    пояснение: s.comment,
  };
  const base = (recipient: NoticeRecipient) =>
    noticeValues({ appeal: appealSources(card), recipient, organisation: parties.organisation, head: parties.head, executor: parties.official, legalBasis: legalBasisInstrumental(deps.profile.procedureLinks), today });
  const bodies = o.bodies ?? [];
  const bodyValues = { орган: bodies.map((b) => b.name).join('; '), адрес_органа: bodies.map((b) => b.postal_address || b.email).join('; ') };
  const created: Letter[] = [];
  const issue = async (kind: TemplateKind, values: Record<string, string>, to: { route: 'email' | 'post' | 'epgu'; address: string; bodyId: number | null }) => {
    const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', kind).executeTakeFirst();
    if (!template) throw errors.conflict(`Шаблон «${templateKindOf(kind)?.title ?? kind}» не найден. Администратору: восстановите шаблон по умолчанию.`);
    const outgoingNumber = await nextOutgoingNumber(trx, Number(today.slice(0, 4)));
    const title = templateKindOf(kind)?.title ?? 'Уведомление';
    const doc = await trx
      .insertInto('outgoing_documents')
      .values({
        appeal_id: card.id, kind, route: to.route, recipient_author_id: null, recipient_body_id: to.bodyId, recipient_address: to.address, status: 'queued', due_date: o.dueDate,
        file_name: `${title} (исх. ${outgoingNumber} от ${formatDateRu(today)}), заявление № ${s.number}.docx`.replace(/[\\/]/g, '-'),
        content: fillTemplate(template.content, values), created_by: ctx.actor.userId, created_at: ctx.clock.now(), outgoing_number: outgoingNumber, outgoing_date: today,
      })
      .returning(['id', 'route', 'recipient_address'])
      .executeTakeFirstOrThrow();
    if (doc.route === 'email') await enqueueDelivery(trx, deps.delivery, doc.id);
    created.push({ id: doc.id, kind, route: doc.route, address: doc.recipient_address, outgoingNumber });
  };

  // The cover letters: the body is the addressee, without a salutation (as the SPC-1 cover letter).
  for (const body of bodies) {
    const route = body.postal_address.trim() ? ('post' as const) : ('email' as const);
    const recipient: NoticeRecipient = { kind: 'organisation', surname: null, firstName: null, patronymic: null, organisationName: body.name, gender: null, postalAddress: body.postal_address || body.email, email: body.email };
    const values = { ...base(recipient), ...statementValues, орган: body.name, адрес_органа: body.postal_address || body.email, вопросы_переадресации: '', обращение: '' };
    await issue('statement-forwarding-letter', values, { route, address: route === 'post' ? body.postal_address : body.email, bodyId: body.id });
  }
  // The citizen: e-mail for an electronic statement, otherwise by post (ANS-7).
  const citizen = citizenOf(s);
  const delivery = deliveryRoute({ form: s.form, channel: s.form === 'electronic' ? 'email' : 'post' }, citizen);
  if (!delivery) throw errors.invalid('У заявителя нет ни почтового адреса, ни адреса электронной почты: уведомление направить некуда.', { postalAddress: 'Укажите адрес заявителя.' });
  await issue(o.notice.kind, { ...base(citizen), ...statementValues, ...bodyValues, вопросы_переадресации: '', ...o.notice.extra }, { route: delivery.route, address: delivery.address, bodyId: null });
  return created;
}
