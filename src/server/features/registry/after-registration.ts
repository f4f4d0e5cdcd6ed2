import type { FastifyBaseLogger } from 'fastify';
import type { StaffCtx } from '../../platform/context';
import type { RegisterDeps } from './register-appeal';

/**
 * What other features do once an appeal's registration has committed (ARCHITECTURE «How one
 * command flows»: after commit the registration notice is queued). A listener runs in its own
 * transaction; its failure is logged and never undoes or fails the registration.
 * Listeners are kept per application instance (the deps object every feature receives).
 */
export type AppealRegistered = { ctx: StaffCtx; appeal: { id: number; number: string }; deps: RegisterDeps };
export type AppealRegisteredListener = (e: AppealRegistered) => Promise<unknown>;

const listeners = new WeakMap<object, AppealRegisteredListener[]>();

export function onAppealRegistered(app: object, listener: AppealRegisteredListener): void {
  listeners.set(app, [...(listeners.get(app) ?? []), listener]);
}

export async function appealRegistered(app: object, e: AppealRegistered, log: FastifyBaseLogger): Promise<void> {
  for (const listener of listeners.get(app) ?? []) {
    try {
      await listener(e);
    } catch (err) {
      log.error({ err, appealId: e.appeal.id }, 'after-registration step failed');
    }
  }
}
