import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Actor } from '../../platform/actor';
import { recordEvent } from '../../platform/events';
import type { CorrespondenceValues, SpecialCaseValues } from '../../../domain/documents/placeholders';
import type { Disposition } from '../../../domain/special-cases/dispositions';
import { formatDateRu } from '../../../domain/time/local-date';
import { describeEarlierAnswers, type CorrespondenceState } from './correspondence-registry';

/** The SPC-5 dispositions: they read the author's earlier answers and registry (59-ФЗ ст. 11 ч. 5). */
export const isCorrespondenceCase = (d: Pick<Disposition, 'precondition'>) => d.precondition === 'repeated-question' || d.precondition === 'terminated-question';

/** The pairs the decision terminates: answered «неоднократно» and not terminated already. */
function pairsToTerminate(state: CorrespondenceState) {
  return state.repeated.filter((p) => !state.open.some((t) => t.authorId === p.authorId && t.totkCode === p.totkCode));
}

const questionList = (qs: { totkCode: string; totkName: string }[]) =>
  [...new Map(qs.map((q) => [q.totkCode, q])).values()].map((q) => `«${q.totkName}» (ТОТК ${q.totkCode})`).join('; ');

/**
 * The fields of the SPC-5 letters: the question, the earlier answers on the merits (59-ФЗ ст. 11 ч. 5
 * «неоднократно давались письменные ответы по существу») and, for a later appeal, the decision that
 * terminated the correspondence (DUKI 5.15 абз. 2).
 */
export async function correspondenceValues(db: Kysely<DB>, d: Pick<Disposition, 'precondition'>, state: CorrespondenceState, today: string): Promise<Omit<CorrespondenceValues, keyof SpecialCaseValues>> {
  if (d.precondition === 'repeated-question') {
    const pairs = pairsToTerminate(state);
    return {
      вопрос_переписки: questionList(pairs),
      ранее_данные_ответы: await describeEarlierAnswers(db, [...new Set(pairs.flatMap((p) => p.appeals.map((a) => a.id)))]),
      решение_о_прекращении: `решением от ${formatDateRu(today)}`,
    };
  }
  const decisions = [...new Map(state.open.map((t) => [t.appealId, t])).values()].map(
    (t) => `решением от ${formatDateRu(t.decidedOn)} (обращение № ${t.appealNumber}${t.noticeNumber && t.noticeDate ? `, уведомление исх. № ${t.noticeNumber} от ${formatDateRu(t.noticeDate)}` : ''})`,
  );
  return {
    вопрос_переписки: questionList(state.open),
    ранее_данные_ответы: await describeEarlierAnswers(db, [...new Set(state.open.flatMap((t) => t.earlierAppealIds))]),
    решение_о_прекращении: decisions.join(', '),
  };
}

/**
 * 59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15: the decision enters the registry of terminated correspondence —
 * one row per author and question answered on the merits twice or more, with the earlier appeals —
 * and each row leaves an event. Two decisions at once make one open row (partial unique index).
 */
export async function recordTermination(trx: Kysely<DB>, o: { actor: Actor; at: Date; appealId: number; dispositionId: number; ground: string; state: CorrespondenceState; requestId?: string }): Promise<number[]> {
  const ids: number[] = [];
  for (const p of pairsToTerminate(o.state)) {
    const earlierAppealIds = p.appeals.map((a) => a.id);
    const row = await trx
      .insertInto('terminated_correspondence')
      .values({
        author_id: p.authorId, totk_code: p.totkCode, appeal_id: o.appealId, disposition_id: o.dispositionId, decided_at: o.at, decided_by: o.actor.userId,
        acting_for_user_id: o.actor.actingFor?.userId ?? null, ground: o.ground, earlier_appeal_ids: JSON.stringify(earlierAppealIds),
      })
      .onConflict((oc) => oc.columns(['author_id', 'totk_code']).where('resumed_at', 'is', null).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) continue;
    ids.push(row.id);
    await recordEvent(trx, {
      actor: o.actor,
      at: o.at,
      entityType: 'author',
      entityId: p.authorId,
      action: 'correspondence.terminated',
      after: { registryId: row.id, totkCode: p.totkCode, appealId: o.appealId, dispositionId: o.dispositionId, earlierAppealIds },
      legalGround: o.ground,
      requestId: o.requestId,
    });
  }
  return ids;
}
