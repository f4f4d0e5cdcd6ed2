import type { Feature } from '../../platform/http/api';
import { ctxOf, errorResponses, staffCtxOf } from '../../platform/http/api';
import { loadActor, SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../platform/auth/sessions';
import { localDate } from '../../../domain/time/local-date';
import { actingForBody, changePasswordBody, loginBody, okResponse, sessionResponse } from './schemas';
import { login } from './login';
import { logout } from './logout';
import { changePassword } from './change-password';
import { switchActingFor } from './switch-acting-for';
import { sessionView } from './queries';

const tags = ['Вход в систему'];

export const authRoutes: Feature = (api, deps) => {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.secureCookies,
  };
  const today = () => localDate(deps.clock.now(), deps.timeZone());

  api.get('/auth/session', {
    config: { access: 'public' },
    schema: { tags, summary: 'Текущий пользователь, его разделы и токен CSRF', response: { 200: sessionResponse } },
    handler: async (req) => sessionView(deps.db, req.actor, today()),
  });

  api.post('/auth/login', {
    config: { access: 'public' },
    schema: { tags, summary: 'Вход по имени пользователя и паролю', body: loginBody, response: { 200: sessionResponse, ...errorResponses } },
    handler: async (req, reply) => {
      const result = await login(ctxOf(req, deps), req.body);
      reply.setCookie(SESSION_COOKIE, result.token, { ...cookieOptions, maxAge: SESSION_ABSOLUTE_MS / 1000 });
      const actor = await loadActor(deps.db, result.token, deps.clock.now(), deps.timeZone());
      return sessionView(deps.db, actor, today());
    },
  });

  api.post('/auth/logout', {
    config: { access: 'authenticated', allowDuringPasswordChange: true },
    schema: { tags, summary: 'Выход', response: { 200: okResponse, ...errorResponses } },
    handler: async (req, reply) => {
      await logout(staffCtxOf(req, deps));
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  });

  api.post('/auth/password', {
    config: { access: 'authenticated', allowDuringPasswordChange: true },
    schema: { tags, summary: 'Смена собственного пароля', body: changePasswordBody, response: { 200: okResponse, ...errorResponses } },
    handler: async (req) => {
      await changePassword(staffCtxOf(req, deps), req.body);
      return { ok: true as const };
    },
  });

  api.post('/auth/acting-for', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Режим замещения: действовать за отсутствующего сотрудника (null — своё имя)', body: actingForBody, response: { 200: okResponse, ...errorResponses } },
    handler: async (req) => {
      await switchActingFor(staffCtxOf(req, deps), req.body, deps.timeZone());
      return { ok: true as const };
    },
  });
};
