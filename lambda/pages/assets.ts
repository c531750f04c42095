/**
 * The pages' stylesheet and script, served by the function at /pages/<name>
 * (no build step, no CDN). The script only highlights the span a permalink
 * names (`#s<start>-<end>`): the page is complete without it.
 */
import { createHash } from 'node:crypto';

const CSS = `
:root { color-scheme: light dark; --fig: #fff3b0; --fig-fg: inherit; --hl: #ffb347; --muted: #666; }
@media (prefers-color-scheme: dark) { :root { --fig: #5a4b00; --hl: #b35c00; --muted: #aaa; } }
body { font: 17px/1.7 system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem 1.25rem 4rem; }
h1 { font-size: 1.6rem; line-height: 1.3; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
.en { color: var(--muted); } .lead { font-size: 1.05rem; }
nav.top a { margin-right: 1rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #8884; vertical-align: top; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(11.5rem, 1fr)); gap: .75rem; }
.card { border: 1px solid #8886; border-radius: .5rem; padding: .75rem 1rem; }
.card a { font-weight: 600; }
code { font-size: .92em; }
#text p { margin: .4rem 0; white-space: pre-wrap; }
#text h2, #text h3 { scroll-margin-top: 1rem; }
a.fig { background: var(--fig); color: inherit; text-decoration: none; border-bottom: 1px dotted currentColor; border-radius: 2px; }
a.fig:hover { text-decoration: underline; }
a.gl { font-size: .8em; vertical-align: super; }
del { color: #b00; } ins { color: #070; text-decoration: none; border-bottom: 1px solid #0706; }
.repair { white-space: nowrap; }
mark.hl { background: var(--hl); color: inherit; outline: 2px solid var(--hl); border-radius: 2px; }
.legend span { margin-right: 1rem; }
`;

const JS = `(function () {
  'use strict';
  // Permalinks name a span of the source in code points: #s<start>-<end>. Every run of source text on
  // the page carries data-s (its start offset), so the span is found by counting code points.
  var marked = [];
  function reset() {
    marked.forEach(function (el) { el.textContent = el.getAttribute('data-t'); });
    marked = [];
  }
  function highlight() {
    reset();
    var m = /^#s(\\d+)-(\\d+)$/.exec(window.location.hash);
    if (!m) return;
    var start = Number(m[1]), end = Number(m[2]), first = null;
    var runs = document.querySelectorAll('[data-s]');
    for (var i = 0; i < runs.length; i++) {
      var el = runs[i];
      var text = el.getAttribute('data-t');
      if (text === null) { text = el.textContent; el.setAttribute('data-t', text); }
      var chars = Array.from(text), s = Number(el.getAttribute('data-s')), e = s + chars.length;
      if (e <= start || s >= end) continue;
      var a = Math.max(start, s) - s, b = Math.min(end, e) - s;
      var mark = document.createElement('mark');
      mark.className = 'hl';
      mark.textContent = chars.slice(a, b).join('');
      el.textContent = '';
      el.append(chars.slice(0, a).join(''), mark, chars.slice(b).join(''));
      marked.push(el);
      if (!first) first = mark;
    }
    if (first) first.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', highlight);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', highlight); else highlight();
})();
`;

const hashed = (name: string, ext: string, body: string): string => `${name}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${ext}`;

export const STYLE_FILE = hashed('site', 'css', CSS);
export const SCRIPT_FILE = hashed('report', 'js', JS);

export const PAGE_ASSETS: Record<string, { body: string; contentType: string }> = {
  [STYLE_FILE]: { body: CSS, contentType: 'text/css; charset=utf-8' },
  [SCRIPT_FILE]: { body: JS, contentType: 'text/javascript; charset=utf-8' },
};
