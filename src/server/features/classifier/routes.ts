import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { childrenQuery, codeParams, editionView, importBody, importResult, searchQuery, totkEntryView, totkItem, totkNode } from './schemas';
import { searchTotk, totkChildren, totkEditions, totkEntry } from './queries';
import { importClassifierEdition } from './import-classifier-edition';

const tags = ['Классификатор ТОТК'];

/** ADM-6 and the «Questions» part of registration: the ТОТК tree, its search, newer editions. */
export const classifierRoutes: Feature = (api, deps) => {
  api.get('/classifier/search', {
    config: { access: 'classifier.read' },
    schema: {
      tags,
      summary: 'Поиск по классификатору: словоформы, опечатки, код',
      querystring: searchQuery,
      response: { 200: z.array(totkItem), ...errorResponses },
    },
    handler: async (req) => searchTotk(deps.db, { q: req.query.q, limit: req.query.limit, selectableOnly: req.query.selectable === 'true' }),
  });

  api.get('/classifier/children', {
    config: { access: 'classifier.read' },
    schema: { tags, summary: 'Дочерние записи (без parent — разделы)', querystring: childrenQuery, response: { 200: z.array(totkNode), ...errorResponses } },
    handler: async (req) => {
      const parent = req.query.parent || null;
      if (parent && !(await totkEntry(deps.db, parent))) throw errors.notFound(`Запись классификатора ${parent}`);
      return totkChildren(deps.db, parent);
    },
  });

  api.get('/classifier/editions', {
    config: { access: 'classifier.read' },
    schema: { tags, summary: 'Загруженные редакции классификатора', response: { 200: z.array(editionView), ...errorResponses } },
    handler: async () => totkEditions(deps.db),
  });

  api.get('/classifier/:code', {
    config: { access: 'classifier.read' },
    schema: { tags, summary: 'Запись классификатора с путём от раздела', params: codeParams, response: { 200: totkEntryView, ...errorResponses } },
    handler: async (req) => {
      const entry = await totkEntry(deps.db, req.params.code);
      if (!entry) throw errors.notFound(`Запись классификатора ${req.params.code}`);
      return entry;
    },
  });

  api.post('/admin/classifier/import', {
    config: { access: 'admin.classifier' },
    // A whole edition in JSON is about 0.5 MB; leave room for a larger newer one.
    bodyLimit: 8 * 1024 * 1024,
    schema: { tags, summary: 'Загрузить новую редакцию ТОТК (заменяет текущую целиком)', body: importBody, response: { 200: importResult, ...errorResponses } },
    handler: async (req) => importClassifierEdition(staffCtxOf(req, deps), req.body),
  });
};
