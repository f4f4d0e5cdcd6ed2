import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Actor } from '../../platform/actor';
import { errors } from '../../platform/errors';
import { computeDeadline } from '../../../domain/deadlines';
import { transition } from '../../../domain/appeal/lifecycle';
import { templateKindOf } from '../../../domain/documents/template-kinds';
import { dispositionCatalogue, mayChoose, preconditionObstacle, sstuStatusLabels, type DispositionCode, type SstuStatus } from '../../../domain/special-cases/dispositions';
import { formatDateRu } from '../../../domain/time/local-date';
import { fullName } from '../../../domain/org/person-name';
import { getAppealCard } from '../registry/queries';
import type { ConsiderationDeps } from '../consideration/shared';
import { loadCorrespondence } from './correspondence-registry';
import { authorityObstacle } from './authority';
import { publishedAnswerFacts } from '../publications/published-answer-facts';

/**
 * Issue 6: what the user may choose for this appeal — only the cases whose procedure names one of his
 * roles — each with its ground, what will happen, the notice, the ССТУ status, the ТОТК question and
 * the term from the engine with its explanation (a past term is marked: the disposition will be late).
 * `obstacle` says why a case does not fit the appeal now (the server refuses it with the same words).
 */
export async function dispositionChoices(db: Kysely<DB>, actor: Actor, appealId: number, deps: ConsiderationDeps & { today: string }) {
  const card = await getAppealCard(db, appealId);
  if (!card) throw errors.notFound('Обращение', 'n');
  // SPC-8, SPC-9 are carried out by a statement's decision (features/statements), not chosen here.
  const choices = dispositionCatalogue(deps.profile).filter((d) => mayChoose(d, actor.roles) && d.precondition !== 'statement');
  const handedTo = await db.selectFrom('appeals').select('handed_to_user_id').where('id', '=', appealId).executeTakeFirstOrThrow();
  // SPC-5 (59-ФЗ ст. 11 ч. 5): the earlier answers and the registry, read only for those who may decide on it.
  const correspondence = choices.some((d) => d.spc === 'SPC-5') ? (await loadCorrespondence(db, card, deps.timeZone)).facts : undefined;
  // SPC-11 (59-ФЗ ст. 11 ч. 5.1): answers published on the appeal's questions.
  const published = await publishedAnswerFacts(db, { totkCodes: card.questions.map((q) => q.totkCode), timeZone: deps.timeZone });
  return choices
    .map((d) => {
      const due = d.deadlineRule ? computeDeadline(d.deadlineRule, card.registrationDate, deps.profile, deps.calendar) : null;
      const step = transition(card.status, d.lifecycleAction);
      return {
        code: d.code, spc: d.spc, title: d.title, effect: d.effect, legalGround: d.legalGround, rolesSource: d.roles.source,
        notice: d.notice ? { kind: d.notice.kind, title: templateKindOf(d.notice.kind)?.title ?? d.notice.kind, to: d.notice.to, when: d.notice.when } : null,
        sstuStatus: d.sstuStatus, sstuLabel: sstuStatusLabels[d.sstuStatus], totk: d.totk, needsBody: d.needsBody ?? false, needsOfficial: d.needsOfficial ?? false,
        deadline: due ? { ruleId: d.deadlineRule, date: due.date, steps: due.steps, late: deps.today > due.date } : null,
        obstacle: step.ok ? (authorityObstacle(d, actor, { number: card.number, handed_to_user_id: handedTo.handed_to_user_id }) ?? preconditionObstacle(d, card, correspondence, published.published)) : step.reason,
        ...(d.precondition === 'published-answer' ? { publishedAnswer: published.chosen } : {}),
      };
    });
}

/** The appeal's dispositions for the case page, newest last, with who chose them and the letters' numbers. */
export async function listDispositions(db: Kysely<DB>, appealId: number) {
  const rows = await db
    .selectFrom('special_case_dispositions as s')
    .innerJoin('users as u', 'u.id', 's.created_by')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('external_bodies as b', 'b.id', 's.body_id')
    // SPC-7 (HMR 7.6 абз. 2): the official a courtesy letter was passed to for information.
    .leftJoin('users as iu', 'iu.id', 's.informed_user_id')
    .leftJoin('officials as io', 'io.id', 'iu.official_id')
    .select(['s.id', 's.code', 's.spc', 's.legal_ground', 's.sstu_status', 's.totk_code', 's.rule_id', 's.due_date', 's.late', 's.comment', 's.document_ids', 's.outgoing_number', 's.outgoing_date', 's.created_at', 'u.login', 'o.surname', 'o.first_name', 'o.patronymic', 'b.name as body_name', 's.informed_user_id', 'io.surname as i_surname', 'io.first_name as i_first_name', 'io.patronymic as i_patronymic'])
    .where('s.appeal_id', '=', appealId)
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    id: r.id, code: r.code as DispositionCode, spc: r.spc, legalGround: r.legal_ground, sstuStatus: r.sstu_status, sstuLabel: sstuStatusLabels[r.sstu_status as SstuStatus] ?? r.sstu_status, totkCode: r.totk_code,
    ruleId: r.rule_id, dueDate: r.due_date, late: r.late, comment: r.comment, bodyName: r.body_name,
    informedUserId: r.informed_user_id, informedName: r.i_surname ? fullName({ surname: r.i_surname, firstName: r.i_first_name ?? '', patronymic: r.i_patronymic }) : null,
    documentIds: (typeof r.document_ids === 'string' ? JSON.parse(r.document_ids) : r.document_ids) as number[],
    outgoingNumber: r.outgoing_number, outgoingDate: r.outgoing_date ? formatDateRu(r.outgoing_date) : null, createdAt: r.created_at.toISOString(),
    by: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }) || r.login,
  }));
}
