import type { FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config';

/**
 * SPC-11 (59-ФЗ ст. 11 ч. 5.1): the absolute address of a published answer — the one later appeals
 * are sent. PUBLIC_URL when it is set; without it (the default `http://localhost:PORT`) the address
 * the official's request came to, so a server reached by its host name gives that name.
 */
export function publicBaseUrl(config: Pick<Config, 'publicUrl' | 'port'>, req: Pick<FastifyRequest, 'protocol' | 'host'>): string {
  if (config.publicUrl !== `http://localhost:${config.port}`) return config.publicUrl;
  return `${req.protocol}://${req.host}`.replace(/\/$/, '');
}

export const publicAnswerPath = (id: number) => `/answers/${id}`;
