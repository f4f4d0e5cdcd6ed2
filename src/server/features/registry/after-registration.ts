import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { StaffCtx } from '../../platform/context';
import type { RegisterDeps } from './appeal-content';

/**
 * What other features need written with an appeal's registration (ARCHITECTURE «How one command
 * flows»: the registration notice job is enqueued). A listener runs inside the registering
 * transaction, so what it writes commits with the appeal or not at all — and nothing is lost when
 * the process stops right after the commit. It must stay quick (write a job, not a document): the
 * registration holds the number counter's lock until it commits.
 * Listeners are kept per application instance (the deps object every feature receives).
 */
export type AppealRegistered = { trx: Kysely<DB>; ctx: StaffCtx; appeal: { id: number; number: string }; deps: RegisterDeps };
export type AppealRegisteredListener = (e: AppealRegistered) => Promise<unknown>;

const listeners = new WeakMap<object, AppealRegisteredListener[]>();

export function onAppealRegistered(app: object, listener: AppealRegisteredListener): void {
  listeners.set(app, [...(listeners.get(app) ?? []), listener]);
}

/** The listeners of one application instance, to call from inside the registering transaction. */
export function registrationListeners(app: object): (e: AppealRegistered) => Promise<void> {
  return async (e) => {
    for (const listener of listeners.get(app) ?? []) await listener(e);
  };
}
