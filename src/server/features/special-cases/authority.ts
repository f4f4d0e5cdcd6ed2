import type { Actor } from '../../platform/actor';
import type { Disposition } from '../../../domain/special-cases/dispositions';
import { effectiveUserId } from '../consideration/shared';

/**
 * ROU-1, ROU-6: a deputy decides on the appeal handed over to him; the head, and the registrar for the
 * cases the procedure gives the Отдел, decide on any. Null when `actor` may dispose of this appeal.
 */
export function authorityObstacle(d: Pick<Disposition, 'roles'>, actor: Pick<Actor, 'roles' | 'userId' | 'actingFor'>, appeal: { number: string; handed_to_user_id: number | null }): string | null {
  const byOwnRole = actor.roles.some((r) => (r === 'head' || r === 'registrar') && d.roles.value.includes(r));
  if (byOwnRole || appeal.handed_to_user_id === effectiveUserId(actor)) return null;
  return appeal.handed_to_user_id === null
    ? `Обращение № ${appeal.number} Вам на резолюцию не передавалось: решение принимает руководитель либо заместитель, которому оно передано.`
    : `Обращение № ${appeal.number} передано на резолюцию другому должностному лицу.`;
}
