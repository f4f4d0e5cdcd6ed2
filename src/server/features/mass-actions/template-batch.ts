import PizZip from 'pizzip';
import { fillTemplate } from '../../platform/documents/docx-template';

const marker = (i: number) => `@@MASS${i}@@`;
const MARKERS = /@@MASS(\d+)@@/g;

const escapeXml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** As docxtemplater's `linebreaks`: a new line in a value is a line break in the run. */
const asRunText = (v: string) => escapeXml(v).replace(/\r?\n/g, '</w:t><w:br/><w:t xml:space="preserve">');

/**
 * REG-12 (HMR 7.14): one template for thousands of authors. docxtemplater fills the template once —
 * with the fields that are the same for everyone, and a marker in place of each field that differs
 * (so the template is checked exactly as fillTemplate checks it); each author's document is then the
 * filled markup with the markers replaced. About ten times faster than a fillTemplate per document.
 */
export function prepareBatchTemplate(content: Uint8Array, constant: Readonly<Record<string, string>>, varying: readonly string[]): (values: Readonly<Record<string, string>>) => Uint8Array {
  const filled = fillTemplate(content, { ...constant, ...Object.fromEntries(varying.map((name, i) => [name, marker(i)])) });
  const zip = new PizZip(filled);
  const parts = Object.keys(zip.files)
    .filter((name) => name.endsWith('.xml'))
    .map((name) => ({ name, xml: zip.file(name)!.asText() }))
    .filter((p) => p.xml.includes('@@MASS'));
  return (values) => {
    for (const p of parts) zip.file(p.name, p.xml.replace(MARKERS, (_, i: string) => asRunText(values[varying[Number(i)]!] ?? '')));
    return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
  };
}
