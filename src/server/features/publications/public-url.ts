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

/**
 * 59-ФЗ ст. 11 ч. 5.1: the address is sent to citizens — one on this computer (PUBLIC_URL not set and
 * the request came to localhost) reaches nobody. Publication goes on (the demo runs so); the head is told.
 */
export function publicBaseUrlWarning(baseUrl: string): string | null {
  const host = new URL(baseUrl).hostname;
  if (host === 'localhost' || host === '[::1]' || host === '::1' || host.startsWith('127.')) {
    return `Адрес портала не задан (переменная PUBLIC_URL): ответ размещён по адресу ${baseUrl}, который доступен только на этом компьютере. Авторам последующих обращений будет сообщён этот адрес — администратору следует задать PUBLIC_URL.`;
  }
  return null;
}
