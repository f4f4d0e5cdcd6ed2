import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import type { Actor } from './actor';

export type EventInput = {
  actor: Pick<Actor, 'userId' | 'actingFor'> | null;
  at: Date;
  entityType: string;
  entityId: string | number;
  action: string;
  before?: unknown;
  after?: unknown;
  legalGround?: string;
  requestId?: string;
};

/**
 * ARCHITECTURE principle 3: every change leaves an event, written in the same transaction as the
 * change (pass the transaction). Events are append-only (a trigger refuses updates and deletes).
 * The actor is who really acted; acting_for is whose authority he used (ADM-1, substitutes).
 */
export async function recordEvent(db: Kysely<DB>, e: EventInput): Promise<void> {
  await db
    .insertInto('events')
    .values({
      occurred_at: e.at,
      actor_user_id: e.actor?.userId ?? null,
      acting_for_user_id: e.actor?.actingFor?.userId ?? null,
      entity_type: e.entityType,
      entity_id: String(e.entityId),
      action: e.action,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      legal_ground: e.legalGround ?? null,
      request_id: e.requestId ?? null,
    })
    .execute();
}
