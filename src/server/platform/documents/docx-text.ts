import { openDocx } from './docx-template';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return entities[e] ?? m;
  });
}

/**
 * The plain text of a .docx body, one line per paragraph (tables read row by row, cell by cell).
 * For checks and search — what a reader sees, not how Word split it into runs.
 */
export function docxText(content: Uint8Array): string {
  const xml = openDocx(content).file('word/document.xml')?.asText() ?? '';
  const paragraphs = xml.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs
    .map((p) => {
      let text = '';
      for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>/g)) {
        if (m[0] === '<w:tab/>') text += '\t';
        else if (m[0].startsWith('<w:br')) text += '\n';
        else text += decode(m[1] ?? '');
      }
      return text;
    })
    .join('\n');
}
