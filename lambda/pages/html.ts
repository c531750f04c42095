/**
 * Shared pieces of the server-rendered pages: escaping, the page frame (one
 * stylesheet, one script, both served by the function itself) and the
 * Content-Security-Policy that allows nothing from elsewhere.
 */
import { STYLE_FILE, SCRIPT_FILE } from './assets';

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Same-origin only; JSON-LD is a data block, never executed, so script-src 'self' does not affect it. */
export const PAGES_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface PageFrame {
  lang: string;
  title: string;
  /** Relative path from the page to the site root: '' at /, '../' at /reports/<id>. */
  root: string;
  body: string;
  head?: string;
}

export const page = (frame: PageFrame): string => `<!doctype html>
<html lang="${escapeHtml(frame.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(frame.title)}</title>
<link rel="stylesheet" href="${frame.root}pages/${STYLE_FILE}">
<script defer src="${frame.root}pages/${SCRIPT_FILE}"></script>
${frame.head ?? ''}</head>
<body>
${frame.body}
</body>
</html>
`;

/** A `<script type="application/ld+json">` block; `<` escaped so no value can close it. */
export const jsonLd = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value, null, 1).replace(/</g, '\\u003c')}</script>\n`;
