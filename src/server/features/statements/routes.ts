import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errors } from '../../platform/errors';
import { MAX_FILES_PER_UPLOAD } from '../attachments/multipart';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { appealReader } from '../consideration/read-access';
import { effectiveUserId } from '../consideration/shared';
import { registrationListeners } from '../registry/after-registration';
import { decideStatementBody, idParams, registerStatementBody, STATEMENT_FIELD } from './schemas';
import { discard, stageStatementFiles, statementParts } from './statement-files';
import { registerStatement } from './register-statement';
import { decideStatement } from './decide-statement';
import { informedStatements, listStatements } from './queries';

const tags = ['Заявления по ранее направленным обращениям (SPC-8…10)'];

/** SPC-8…10 (HMR 6.2–6.6): statements and additional documents about an earlier appeal. */
export const statementRoutes: Feature = (api, deps) => {
  const ldeps = async () => ({ profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone(), delivery: deps });

  api.get('/appeals/:id/statements', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Заявления и дополнительные документы по обращению', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      return listStatements(deps.db, req.params.id);
    },
  });

  // HMR 6.3, 6.5: «Отдел» — the registrar records the statement.
  api.post('/appeals/:id/statements', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Зарегистрировать заявление гражданина по ранее направленному обращению (SPC-8…10)', params: idParams, body: registerStatementBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const l = await ldeps();
      const result = await registerStatement(staffCtxOf(req, deps), req.params.id, req.body, { ...l, register: { profile: l.profile, calendar: l.calendar, timeZone: l.timeZone, onRegistered: registrationListeners(deps) } });
      deps.jobs.wake();
      return result;
    },
  });

  // The same with the statement's files (a scan of the statement, SPC-10 documents): they become the case's
  // attachments only with the registration — a refusal leaves nothing behind. The multipart parser lives only in this scope.
  api.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    const maxFileBytes = deps.config.attachmentMaxBytes;
    await scope.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: maxFileBytes, files: MAX_FILES_PER_UPLOAD } });
    scope.post('/appeals/:id/statements/files', {
      config: { access: 'appeals.register' },
      schema: {
        tags,
        summary: 'Зарегистрировать заявление вместе с его файлами (SPC-8…10)',
        description: `multipart/form-data: поле ${STATEMENT_FIELD} — сведения о заявлении в JSON (как в POST /appeals/{id}/statements), и файлы заявления.`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 200: z.unknown(), 415: errorResponses[400], ...errorResponses },
      },
      handler: async (req) => {
        const appeal = await deps.db.selectFrom('appeals').select('registration_date').where('id', '=', req.params.id).executeTakeFirst();
        if (!appeal) throw errors.notFound('Обращение', 'n');
        const staged = await stageStatementFiles(statementParts(req, { maxFileBytes, maxFiles: MAX_FILES_PER_UPLOAD }), { storage: deps.storage, maxFileBytes, year: Number(appeal.registration_date.slice(0, 4)) });
        try {
          const parsed = registerStatementBody.safeParse(staged.statement);
          if (!parsed.success) {
            const fields: Record<string, string> = {};
            for (const issue of parsed.error.issues) fields[issue.path.join('.') || '_'] ??= issue.message;
            throw errors.invalid('Проверьте правильность заполнения полей.', fields);
          }
          const l = await ldeps();
          const result = await registerStatement(staffCtxOf(req, deps), req.params.id, parsed.data, { ...l, register: { profile: l.profile, calendar: l.calendar, timeZone: l.timeZone, onRegistered: registrationListeners(deps) } }, staged.files);
          deps.jobs.wake();
          return result;
        } catch (e) {
          // Nothing was recorded: the stored bytes would be orphans.
          await discard(deps.storage, staged.files);
          throw e;
        }
      },
    });
  });

  // HMR 6.3, 6.5: «Отдел … осуществляет сопоставление» — the registrar decides it.
  api.post('/statements/:id/decision', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Принять решение по итогам сопоставления автора обращения с заявителем (SPC-8, SPC-9)', params: idParams, body: decideStatementBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const result = await decideStatement(staffCtxOf(req, deps), req.params.id, req.body, await ldeps());
      deps.jobs.wake();
      return result;
    },
  });

  // HMR 6.3 абз. 3, 6.5 абз. 4: what the official responsible for the consideration was informed of.
  api.get('/statements/informed', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Решения по заявлениям граждан по обращениям, за рассмотрение которых отвечает пользователь', response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => informedStatements(deps.db, effectiveUserId(req.actor!)),
  });
};
