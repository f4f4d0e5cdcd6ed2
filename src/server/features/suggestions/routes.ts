import type { Feature } from '../../platform/http/api';
import { errorResponses } from '../../platform/http/api';
import { localDate } from '../../../domain/time/local-date';
import { appealReader } from '../consideration/read-access';
import { draftBody, idParams, suggestionsResponse } from './schemas';
import { suggestForAppeal } from './suggest-for-appeal';
import { suggestForDraft } from './suggest-for-draft';

const tags = ['Особые случаи: подсказки'];

/** Issue 6: suggestions of special cases (59-FZ art. 11, art. 8 ч. 3.1; DL-4) — never a decision. */
export const suggestionRoutes: Feature = (api, deps) => {
  const today = () => localDate(deps.clock.now(), deps.timeZone());

  // Who may read the appeal may read its suggestions: the registry's readers, an executor through his assignment.
  api.get('/appeals/:id/suggestions', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Подсказки об особых случаях рассмотрения обращения (с указанием причины)', params: idParams, response: { 200: suggestionsResponse, ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      return { suggestions: await suggestForAppeal(deps.db, req.params.id, { today: today(), timeZone: deps.timeZone() }) };
    },
  });

  api.post('/appeals/suggestions', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Подсказки для заполняемой регистрационной карточки (ничего не сохраняется)', body: draftBody, response: { 200: suggestionsResponse, ...errorResponses } },
    handler: async (req) => ({ suggestions: await suggestForDraft(deps.db, req.body, { today: today(), timeZone: deps.timeZone() }) }),
  });
};
