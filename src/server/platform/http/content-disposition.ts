/**
 * Content-Disposition for a download with a Russian file name: RFC 6266 with the UTF-8 name in
 * `filename*` (RFC 5987) and an ASCII `filename` for old clients. Quotes, backslashes, control
 * characters and line breaks never reach the header.
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string, asciiFallback?: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = fileName.replace(/[\u0000-\u001f\u007f"\\/]/g, '_');
  const fallback = (asciiFallback ?? safe.normalize('NFKD')).replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  // encodeURIComponent leaves ' ( ) * ! unescaped; RFC 5987 attr-char does not allow ' ( ) *.
  const encoded = encodeURIComponent(safe).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
