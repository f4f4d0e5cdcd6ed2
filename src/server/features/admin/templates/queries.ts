import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { templateKindOf } from '../../../../domain/documents/template-kinds';
import type { TemplateView } from './schemas';

/** Which template is the generated default: the last event of the kind tells (created or reset → default). */
async function lastActions(db: Kysely<DB>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('events')
    .select(['entity_id', 'action'])
    .where('entity_type', '=', 'document_template')
    .where('action', 'in', ['template.created', 'template.replaced', 'template.reset'])
    .orderBy('id', 'asc')
    .execute();
  return new Map(rows.map((r) => [r.entity_id, r.action]));
}

/** ADM-4: the templates with the fields each uses. */
export async function listTemplates(db: Kysely<DB>): Promise<TemplateView[]> {
  const rows = await db
    .selectFrom('document_templates as t')
    .leftJoin('users as u', 'u.id', 't.updated_by')
    .leftJoin('officials as o', 'o.id', 'u.official_id')
    .select(['t.kind', 't.title', 't.file_name', 't.placeholders', 't.updated_at', 'o.surname', 'o.first_name', 'o.patronymic'])
    .orderBy('t.id')
    .execute();
  const last = await lastActions(db);
  return rows.map((r) => ({
    kind: r.kind,
    title: r.title,
    source: templateKindOf(r.kind)?.source ?? '',
    fileName: r.file_name,
    placeholders: r.placeholders,
    isDefault: last.get(r.kind) !== 'template.replaced',
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.surname ? [r.surname, r.first_name, r.patronymic].filter(Boolean).join(' ') : null,
  }));
}

export async function getTemplateFile(db: Kysely<DB>, kind: string) {
  return db.selectFrom('document_templates').select(['file_name', 'content', 'title']).where('kind', '=', kind).executeTakeFirst();
}
