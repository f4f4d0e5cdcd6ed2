import { z } from 'zod';
import type { Feature } from '../../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../../platform/http/api';
import { errors } from '../../../platform/errors';
import { createUserBody, generatedPasswordResponse, updateUserBody, userIdParams, userView } from './schemas';
import { listUsers, getUser } from './queries';
import { createUser } from './create-user';
import { updateUser } from './update-user';
import { setUserActive } from './set-user-active';
import { resetUserPassword } from './reset-user-password';

const tags = ['Администрирование: пользователи'];
const access = 'admin.users' as const;

export const userRoutes: Feature = (api, deps) => {
  api.get('/admin/users', {
    config: { access },
    schema: { tags, summary: 'Список пользователей', response: { 200: z.array(userView), ...errorResponses } },
    handler: async () => listUsers(deps.db, deps.clock.now()),
  });
  api.get('/admin/users/:id', {
    config: { access },
    schema: { tags, summary: 'Пользователь', params: userIdParams, response: { 200: userView, ...errorResponses } },
    handler: async (req) => (await getUser(deps.db, req.params.id, deps.clock.now())) ?? Promise.reject(errors.notFound('Пользователь', 'm')),
  });
  api.post('/admin/users', {
    config: { access },
    schema: { tags, summary: 'Создать пользователя (пароль формируется автоматически)', body: createUserBody, response: { 200: generatedPasswordResponse, ...errorResponses } },
    handler: async (req) => createUser(staffCtxOf(req, deps), req.body),
  });
  api.put('/admin/users/:id', {
    config: { access },
    schema: { tags, summary: 'Изменить данные и роли пользователя', params: userIdParams, body: updateUserBody, response: { 200: userView, ...errorResponses } },
    handler: async (req) => updateUser(staffCtxOf(req, deps), req.params.id, req.body),
  });
  api.post('/admin/users/:id/deactivate', {
    config: { access },
    schema: { tags, summary: 'Отключить учётную запись', params: userIdParams, response: { 200: userView, ...errorResponses } },
    handler: async (req) => setUserActive(staffCtxOf(req, deps), req.params.id, false),
  });
  api.post('/admin/users/:id/activate', {
    config: { access },
    schema: { tags, summary: 'Включить учётную запись', params: userIdParams, response: { 200: userView, ...errorResponses } },
    handler: async (req) => setUserActive(staffCtxOf(req, deps), req.params.id, true),
  });
  api.post('/admin/users/:id/reset-password', {
    config: { access },
    schema: { tags, summary: 'Сбросить пароль (новый пароль показывается один раз)', params: userIdParams, response: { 200: generatedPasswordResponse, ...errorResponses } },
    handler: async (req) => resetUserPassword(staffCtxOf(req, deps), req.params.id),
  });
};
