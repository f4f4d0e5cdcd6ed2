import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, type Permission } from '../../../domain/access/policy';
import { errors } from '../errors';
import { loadActor, SESSION_COOKIE } from '../auth/sessions';
import type { Actor } from '../actor';
import type { AppDeps } from './deps';

/**
 * Every /api route declares who may call it in `config.access` (checked when the route is added):
 * 'public' — anyone; 'authenticated' — any logged-in user (own session, own password);
 * a Permission — decided by the policy module (domain/access/policy.ts).
 */
export type Access = 'public' | 'authenticated' | Permission;

// Module augmentation needs interfaces: Fastify declares these as interfaces.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Reachable while the user still has to replace a generated password. */
    allowDuringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** authenticate → authorise, the same steps for every endpoint (zod parsing follows in fastify). */
export function accessHook(deps: AppDeps) {
  return async function checkAccess(req: FastifyRequest, _reply: FastifyReply) {
    const access = req.routeOptions.config.access;
    if (access === undefined) return; // static files and documentation
    const token = req.cookies[SESSION_COOKIE];
    const now = deps.clock.now();
    req.actor = token ? await loadActor(deps.db, token, now, deps.timeZone()) : null;
    const stateChanging = !SAFE_METHODS.has(req.method);
    if (stateChanging) checkOrigin(req, deps.publicOrigin);
    if (access === 'public') return;

    const actor = req.actor;
    if (!actor) throw errors.unauthenticated();
    // CSRF: a state-changing request carries the session's token in a header (double submit).
    if (stateChanging && req.headers['x-csrf-token'] !== actor.csrfToken) throw errors.csrf();
    if (actor.mustChangePassword && !req.routeOptions.config.allowDuringPasswordChange) throw errors.passwordChangeRequired();
    if (access === 'authenticated') return;
    if (!can(actor.roles, access)) throw errors.forbidden();
  };
}

/** A browser's cross-site form or fetch carries a foreign Origin: refuse it before anything runs. */
function checkOrigin(req: FastifyRequest, publicOrigin: string) {
  const origin = req.headers.origin;
  if (!origin) return;
  const host = req.headers.host;
  if (origin === publicOrigin) return;
  if (host && (origin === `http://${host}` || origin === `https://${host}`)) return;
  throw errors.csrf();
}
