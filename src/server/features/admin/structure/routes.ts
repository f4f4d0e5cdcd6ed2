import { z } from 'zod';
import type { Feature } from '../../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../../platform/http/api';
import { idParams, officialBody, officialView, positionBody, positionView, unitBody, unitView } from './schemas';
import { listOfficials, listPositions, listUnits } from './queries';
import { saveUnit } from './save-unit';
import { savePosition } from './save-position';
import { saveOfficial } from './save-official';

const tags = ['Структура организации'];

export const structureRoutes: Feature = (api, deps) => {
  const read = { access: 'structure.read' } as const;
  const manage = { access: 'admin.structure' } as const;

  api.get('/structure/units', { config: read, schema: { tags, summary: 'Органы и подразделения', response: { 200: z.array(unitView), ...errorResponses } }, handler: () => listUnits(deps.db) });
  api.get('/structure/positions', { config: read, schema: { tags, summary: 'Должности', response: { 200: z.array(positionView), ...errorResponses } }, handler: () => listPositions(deps.db) });
  api.get('/structure/officials', { config: read, schema: { tags, summary: 'Должностные лица', response: { 200: z.array(officialView), ...errorResponses } }, handler: () => listOfficials(deps.db) });

  api.post('/admin/units', { config: manage, schema: { tags, summary: 'Добавить подразделение', body: unitBody, response: { 200: unitView, ...errorResponses } }, handler: (req) => saveUnit(staffCtxOf(req, deps), undefined, req.body) });
  api.put('/admin/units/:id', { config: manage, schema: { tags, summary: 'Изменить подразделение', params: idParams, body: unitBody, response: { 200: unitView, ...errorResponses } }, handler: (req) => saveUnit(staffCtxOf(req, deps), req.params.id, req.body) });
  api.post('/admin/positions', { config: manage, schema: { tags, summary: 'Добавить должность', body: positionBody, response: { 200: positionView, ...errorResponses } }, handler: (req) => savePosition(staffCtxOf(req, deps), undefined, req.body) });
  api.put('/admin/positions/:id', { config: manage, schema: { tags, summary: 'Изменить должность', params: idParams, body: positionBody, response: { 200: positionView, ...errorResponses } }, handler: (req) => savePosition(staffCtxOf(req, deps), req.params.id, req.body) });
  api.post('/admin/officials', { config: manage, schema: { tags, summary: 'Добавить должностное лицо', body: officialBody, response: { 200: officialView, ...errorResponses } }, handler: (req) => saveOfficial(staffCtxOf(req, deps), undefined, req.body) });
  api.put('/admin/officials/:id', { config: manage, schema: { tags, summary: 'Изменить должностное лицо', params: idParams, body: officialBody, response: { 200: officialView, ...errorResponses } }, handler: (req) => saveOfficial(staffCtxOf(req, deps), req.params.id, req.body) });
};
