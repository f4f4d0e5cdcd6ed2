import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from './deps';
import type { StaffCtx, Ctx } from '../context';
import { errors } from '../errors';

/** The Fastify instance features register on: typed by zod schemas. */
export type Api = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export type Feature = (api: Api, deps: AppDeps) => void;

/** The use-case context of a request. */
export function ctxOf(req: FastifyRequest, deps: AppDeps): Ctx {
  return { db: deps.db, clock: deps.clock, actor: req.actor, requestId: req.id, config: deps.config };
}

/** The same for an endpoint that requires a logged-in user (its access hook has already checked). */
export function staffCtxOf(req: FastifyRequest, deps: AppDeps): StaffCtx {
  const ctx = ctxOf(req, deps);
  if (!ctx.actor) throw errors.unauthenticated();
  return { ...ctx, actor: ctx.actor };
}

/** The shared error response schema, for the OpenAPI document. */
export { errorResponses } from './error-schema';
