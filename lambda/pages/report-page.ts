/**
 * /reports/<id>: the report's full text as published, built from its stored
 * items (text, sections, figures, glossary, repairs). Every figure is
 * highlighted and links to its data, section headings are anchors (#s1.2),
 * glossary markers link to their note (#g6), repairs show damaged → repaired.
 * Every run of source text carries its code-point offset (data-s), so a
 * permalink #s<start>-<end> (Source.url) highlights exactly that span.
 */
import type { FigureItem, GlossaryItem, RepairItem, ReportItem, SectionItem } from '../data/entities';
import { escapeHtml, page } from './html';
import { displayValue } from './figure-text';
import { simplifierOf } from '../graphql/text-match';

export interface ReportPageInput {
  report: ReportItem;
  text: string;
  sections: SectionItem[];
  figures: FigureItem[];
  repairs: RepairItem[];
  glossary: GlossaryItem[];
}

/** The JSON answer for one figure: a GET of the API itself, so the link works in any browser. */
export const figureDataHref = (root: string, f: FigureItem): string => {
  const query = `{ figure(id: "${f.id}", reportId: "${f.reportId}") { id value unit display citation subject { zhHant zhHans en } year kind comparator indicator { slug name { en } } source { quote url context section { title { zhHant en } } } } }`;
  return `${root}graphql?query=${encodeURIComponent(query)}`;
};

const run = (start: number, chars: readonly string[], from: number, to: number): string =>
  from < to ? `<span data-s="${start}">${escapeHtml(chars.slice(from, to).join(''))}</span>` : '';

/** One line of the source (no newline inside), with figures, repairs and glossary markers marked up. */
const renderLine = (chars: readonly string[], from: number, to: number, input: ReportPageInput, simplify: (t: string) => string, root: string): string => {
  const cuts = new Set<number>([from, to]);
  const inLine = (s: number, e: number) => e > from && s < to;
  const figures = input.figures.filter((f) => inLine(f.valueSource.start, f.valueSource.end));
  const repairs = input.repairs.filter((r) => inLine(r.start, r.end));
  const markers = input.glossary.flatMap((g) =>
    g.references
      .map((r) => ({ g, at: r.end - `[${g.number}]`.length, end: r.end }))
      .filter((m) => m.at >= from && m.end <= to && chars.slice(m.at, m.end).join('') === `[${m.g.number}]`),
  );
  const notes = input.glossary.filter((g) => g.source.start >= from && g.source.start < to);
  for (const f of figures) cuts.add(Math.max(from, f.valueSource.start)).add(Math.min(to, f.valueSource.end));
  for (const r of repairs) cuts.add(Math.max(from, r.start)).add(Math.min(to, r.end));
  for (const m of markers) cuts.add(m.at).add(m.end);
  for (const g of notes) cuts.add(g.source.start);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    for (const g of notes) if (g.source.start === a) html += `<span id="g${g.number}"></span>`;
    const repair = repairs.find((r) => r.start <= a && b <= r.end);
    const figure = figures.find((f) => f.valueSource.start <= a && b <= f.valueSource.end);
    const marker = markers.find((m) => m.at === a && m.end === b);
    let piece: string;
    if (repair) {
      // Damaged source text keeps its offsets (data-s); the repaired reading is shown beside it.
      const head = a === Math.max(from, repair.start);
      piece = `<span class="repair" title="${escapeHtml(`${repair.method} (${repair.confidence})`)}"><del data-s="${a}">${escapeHtml(chars.slice(a, b).join(''))}</del>${head ? `→<ins>${escapeHtml(repair.repaired)}</ins>` : ''}</span>`;
    } else if (marker) {
      piece = `<a class="gl" href="#g${marker.g.number}" title="${escapeHtml(marker.g.term.zhHant)}" data-s="${a}">${escapeHtml(chars.slice(a, b).join(''))}</a>`;
    } else piece = run(a, chars, a, b);
    if (figure) {
      const title = `${figure.subject.en ?? figure.subject.zhHant}: ${displayValue(figure, 'ZH_HANS', simplify)} · ${figure.year} ${figure.kind === 'ACTUAL' ? 'result' : 'target'}`;
      // A figure cut by a repair or a line is several links; only the first carries its anchor.
      const anchor = a === Math.max(from, figure.valueSource.start) ? ` id="${figure.id}"` : '';
      piece = `<a class="fig"${anchor} href="${escapeHtml(figureDataHref(root, figure))}" title="${escapeHtml(title)}">${piece}</a>`;
    }
    html += piece;
  }
  return html;
};

/**
 * Paragraphs of [from, to): the published text has no line breaks, its layout
 * survives as runs of spaces (Chinese prose has none), so a run of spaces
 * followed by real text starts a paragraph. Stray one-character tokens (the
 * source's lost bytes) stay in the paragraph before them. Every code point
 * stays on the page, in order.
 */
export const paragraphs = (chars: readonly string[], from: number, to: number): [number, number][] => {
  const out: [number, number][] = [];
  let start = from;
  let i = from;
  while (i < to) {
    if (!/\s/.test(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && /\s/.test(chars[j]!)) j++;
    let k = j;
    while (k < to && !/\s/.test(chars[k]!)) k++;
    if (k - j >= 2 && j > start) {
      out.push([start, j]);
      start = j;
    }
    i = j;
  }
  if (start < to) out.push([start, to]);
  return out;
};

const officialLink = (report: ReportItem): string => {
  const url = report.officialUrl;
  return url && /^https?:\/\//.test(url) ? `<p>官方发布 Official publication: <a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(url)}</a></p>\n` : '';
};

export const renderReportPage = (input: ReportPageInput, root = '../'): string => {
  const { report, text, sections } = input;
  const chars = [...text];
  const simplify = simplifierOf(report);
  const headings = [...sections].sort((a, b) => a.heading.start - b.heading.start);
  const lines: string[] = [];
  const addBody = (from: number, to: number) => {
    for (const [a, b] of paragraphs(chars, from, to)) lines.push(`<p>${renderLine(chars, a, b, input, simplify, root)}</p>`);
  };
  let at = 0;
  for (const section of headings) {
    if (section.heading.start < at) continue;
    addBody(at, section.heading.start);
    const tag = section.level <= 1 ? 'h2' : 'h3';
    const heading = renderLine(chars, section.heading.start, section.heading.end, input, simplify, root);
    lines.push(`<${tag} id="${escapeHtml(section.id)}"><a href="#${escapeHtml(section.id)}">${heading}</a>${section.title.en ? ` <small class="en">${escapeHtml(section.title.en)}</small>` : ''}</${tag}>`);
    at = section.heading.end;
  }
  addBody(at, chars.length);
  const toc = sections
    .map((s) => `<li${s.level > 1 ? ' class="sub"' : ''}><a href="#${escapeHtml(s.id)}">${escapeHtml(s.label)} ${escapeHtml(s.title.zhHant)}</a>${s.title.en ? ` <span class="en">${escapeHtml(s.title.en)}</span>` : ''}</li>`)
    .join('\n');
  const id = encodeURIComponent(report.reportId);
  const body = `<nav class="top"><a href="${root}">首页 Home</a><a href="${root}graphiql">GraphiQL</a><a href="${id}/report.txt">report.txt</a></nav>
<header>
<h1>${escapeHtml(report.title.zhHant)}<br><span class="en">${escapeHtml(report.title.en ?? '')}</span></h1>
<p class="lead">${escapeHtml([report.occasion?.zhHant, report.speaker?.zhHant, report.date].filter(Boolean).join(' · '))}</p>
<p class="legend"><span><a class="fig" href="#">114.7億元</a> 数字：点击查看数据 · figure: click for its data</span><span><del>損</del>→<ins>修</ins> 修复 · repair of encoding damage (${input.repairs.length})</span></p>
${officialLink(report)}<p>全文与原文逐字一致；<a href="${id}/report.txt">report.txt</a>（SHA-256 <code>${escapeHtml(report.sourceSha256.slice(0, 16))}…</code>）。The text as published, character for character; ${input.figures.length} figures highlighted.</p>
</header>
<details><summary>目录 Contents</summary><ol>${toc}</ol></details>
<main id="text">
${lines.join('\n')}
</main>`;
  return page({ lang: 'zh-Hant', title: `${report.title.zhHant} · ${report.title.en ?? report.reportId}`, root, body });
};
