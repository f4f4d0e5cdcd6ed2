import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-calendar';
import * as m0003 from './0003-classifier-and-bodies';
import * as m0004 from './0004-registry';
import * as m0005 from './0005-registry-documents';
import * as m0006 from './0006-number-per-year';
import * as m0007 from './0007-author-name-knn';
import * as m0008 from './0008-author-lookup';
import * as m0009 from './0009-author-sound-key';
import * as m0010 from './0010-jobs';
import * as m0011 from './0011-outgoing-case-copy';
import * as m0012 from './0012-consideration';
import * as m0014 from './0014-answers';
import * as m0015 from './0015-extensions';
import * as m0016 from './0016-redirects';
import * as m0017 from './0017-assignment-work';
import * as m0018 from './0018-documents-requests';
import * as m0019 from './0019-competence-map';
import * as m0020 from './0020-postal-registers';
import * as m0021 from './0021-complaint-return-and-additional-control';
import * as m0022 from './0022-answer-scan';
import * as m0023 from './0023-special-cases';
import * as m0024 from './0024-terminated-correspondence';
import * as m0025 from './0025-publications';
import * as m0026 from './0026-statements';
import * as m0028 from './0028-publication-withdrawal';
import * as m0029 from './0029-translations';
import * as m0030 from './0030-courtesy-letters';
import * as m0027 from './0027-mass-actions';

/** Ordered; a landed migration is never edited — add a new file instead. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-calendar': m0002,
  '0003-classifier-and-bodies': m0003,
  '0004-registry': m0004,
  '0005-registry-documents': m0005,
  '0006-number-per-year': m0006,
  '0007-author-name-knn': m0007,
  '0008-author-lookup': m0008,
  '0009-author-sound-key': m0009,
  '0010-jobs': m0010,
  '0011-outgoing-case-copy': m0011,
  '0012-consideration': m0012,
  '0014-answers': m0014,
  '0015-extensions': m0015,
  '0016-redirects': m0016,
  '0017-assignment-work': m0017,
  '0018-documents-requests': m0018,
  '0019-competence-map': m0019,
  '0020-postal-registers': m0020,
  '0021-complaint-return-and-additional-control': m0021,
  '0022-answer-scan': m0022,
  '0023-special-cases': m0023,
  '0024-terminated-correspondence': m0024,
  '0025-publications': m0025,
  '0026-statements': m0026,
  '0027-mass-actions': m0027,
  '0028-publication-withdrawal': m0028,
  '0029-translations': m0029,
  '0030-courtesy-letters': m0030,
};
