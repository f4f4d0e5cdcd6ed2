import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../errors';

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string>; requestId?: string } };

/** One error shape for the whole API; unexpected errors are logged and answered with a request id. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return reply.code(err.status).send({ error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } } satisfies ErrorBody);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields: Record<string, string> = {};
    for (const issue of err.validation) {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
      fields[path] ??= issue.message ?? 'Неверное значение.';
    }
    return reply.code(400).send({ error: { code: 'validation', message: 'Проверьте правильность заполнения полей.', fields } } satisfies ErrorBody);
  }
  if (err.statusCode === 415 || err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return reply.code(415).send({ error: { code: 'media_type', message: 'Неподдерживаемый формат запроса.' } } satisfies ErrorBody);
  }
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return reply.code(400).send({ error: { code: 'bad_json', message: 'Тело запроса не является корректным JSON.' } } satisfies ErrorBody);
  }
  if (err.statusCode === 413) {
    return reply.code(413).send({ error: { code: 'too_large', message: 'Слишком большой запрос.' } } satisfies ErrorBody);
  }
  if (isResponseSerializationError(err)) req.log.error({ issues: err.cause.issues, url: req.routeOptions.url }, 'response does not match schema');
  else req.log.error({ err }, 'unexpected error');
  return reply.code(500).send({ error: { code: 'internal', message: 'Внутренняя ошибка сервера. Сообщите администратору номер запроса.', requestId: req.id } } satisfies ErrorBody);
}
