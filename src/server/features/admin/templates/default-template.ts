import { defaultTemplateTexts } from '../../../../domain/documents/default-texts';
import { placeholderNames } from '../../../../domain/documents/placeholders';
import { templateKindOf, type TemplateKind } from '../../../../domain/documents/template-kinds';
import { checkTemplate } from '../../../platform/documents/docx-template';
import { buildLetterTemplate } from '../../../platform/documents/letter-template';

/** ADM-4: the generated default of a kind — its .docx, file name and the fields it uses. */
export async function buildDefaultTemplate(kind: TemplateKind): Promise<{ title: string; fileName: string; content: Uint8Array; placeholders: string[] }> {
  const title = templateKindOf(kind)?.title ?? kind;
  const content = await buildLetterTemplate(defaultTemplateTexts[kind]);
  // The default passes the same check as an uploaded file: a typo in a default fails the start, not a letter.
  const placeholders = checkTemplate(content, placeholderNames);
  return { title, fileName: `${title}.docx`, content, placeholders };
}
