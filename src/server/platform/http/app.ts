import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessHook } from './access';
import { errorHandler } from './errors';
import type { AppDeps } from './deps';
import { features } from '../../features';

z.config(z.locales.ru());

export type App = FastifyInstance;
/** `runJobs: false` leaves the background jobs to the caller (tests drain them when they choose). */
export type BuildOptions = AppDeps & { logger?: boolean; webDir?: string; runJobs?: boolean };

/** The HTTP application: API under /api, the built web app for everything else. */
export async function buildApp(opts: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger === false ? false : loggerOptions(),
    genReqId: () => randomUUID(),
    trustProxy: opts.config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorateRequest('actor', null);

  // Every /api route must say who may call it; a forgotten declaration stops the start.
  app.addHook('onRoute', requireAccessDeclaration);

  await app.register(cookie, { secret: opts.config.sessionSecret });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Приёмная — API', description: 'Работа с обращениями граждан (59-ФЗ)', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'priemnaya_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', accessHook(opts));
  if (opts.runJobs !== false) {
    // Background jobs give way to the requests people are waiting for.
    let inFlight = 0;
    app.addHook('onRequest', async (_req, reply) => {
      inFlight++;
      reply.raw.once('close', () => inFlight--);
    });
    app.addHook('onReady', async () => opts.jobs.start(app.log, () => inFlight > 0));
    app.addHook('onClose', async () => opts.jobs.stop());
  }

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      for (const register of features) register(typed, opts);
    },
    { prefix: '/api' },
  );
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) {
      return reply.code(404).send({ error: { code: 'not_found', message: 'Такого адреса в API нет.' } });
    }
    if (hasWeb(opts.webDir)) return reply.type('text/html').sendFile('index.html');
    return reply.code(404).type('text/plain; charset=utf-8').send('Веб-интерфейс не собран: выполните npm run build:web.');
  });
  if (hasWeb(opts.webDir)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: opts.webDir, wildcard: true, index: ['index.html'] });
  }
  return app;
}

export function requireAccessDeclaration(route: RouteOptions) {
  if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && route.config?.access === undefined) {
    throw new Error(`Маршрут ${String(route.method)} ${route.url} не объявляет правила доступа (config.access)`);
  }
}

function hasWeb(dir: string | undefined): dir is string {
  return dir !== undefined && existsSync(join(dir, 'index.html'));
}

/** Personal data never goes to logs: no bodies, no query strings, no cookies or tokens. */
function loggerOptions() {
  return {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
    },
  };
}
