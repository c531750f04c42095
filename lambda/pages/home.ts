/**
 * `/`: the home page for people, in Chinese and English. What the data is,
 * the reports of the collection (as many as the catalogue lists), and where
 * to go next: GraphiQL, the report pages, downloads, the schema. Carries a
 * schema.org `Dataset` in JSON-LD so dataset search engines can index it.
 */
import type { ReportItem } from '../data/entities';
import type { LocalizedText } from '../data/records';
import { DOWNLOAD_INDEX } from '../downloads/paths';
import { escapeHtml, jsonLd, page } from './html';

export interface HomeInput {
  reports: ReportItem[];
  /** Absolute base (`https://host[/stage]`) for the JSON-LD; relative links are used in the page itself. */
  base: string | undefined;
}

const placeOf = (r: ReportItem): LocalizedText | null => r.place?.name ?? null;

/** Chinese names of the download files; a file without one is listed by its name. */
/** Every file lambda/downloads lists for people (its own index, so new tables appear here without an edit). */
const DOWNLOADS: ReadonlyArray<readonly [string, string, string]> = DOWNLOAD_INDEX.map((d) => [d.path, d.mediatype, d.label] as const);

export const datasetJsonLd = (input: HomeInput): Record<string, unknown> => {
  const abs = (path: string) => (input.base ? `${input.base}/${path}` : path);
  const years = input.reports.flatMap((r) => r.years);
  const dates = input.reports.map((r) => r.date).filter((d): d is string => !!d).sort();
  return {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    name: 'Chinese government work reports as citable data · 政府工作报告数据',
    alternateName: '政府工作報告 數據',
    description:
      'Government work reports (政府工作报告) of Chinese localities as typed data: every figure the text states with its verbatim quote and offsets, indicators with results and targets, named projects, sectors and glossary notes; Chinese as written, Simplified derived, English curated. A value a report does not state is null.',
    url: abs(''),
    inLanguage: ['zh-Hant', 'zh-Hans', 'en'],
    keywords: ['政府工作报告', 'government work report', 'China', 'statistics', 'GDP', '地区生产总值', 'open data'],
    isAccessibleForFree: true,
    ...(input.reports.length > 0 ? { version: input.reports.map((r) => `${r.reportId}@${r.datasetVersion}`).join(' ') } : {}),
    ...(years.length > 0 ? { temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}` } : {}),
    ...(dates.length > 0 ? { datePublished: dates[0], dateModified: dates[dates.length - 1] } : {}),
    spatialCoverage: input.reports
      .map((r) => placeOf(r))
      .filter((p): p is LocalizedText => p !== null)
      .map((p) => ({ '@type': 'Place', name: p.en ?? p.zhHans, alternateName: p.zhHans })),
    hasPart: input.reports.map((r) => ({
      '@type': 'CreativeWork',
      name: r.title.zhHant,
      alternateName: r.title.en ?? undefined,
      url: abs(`reports/${encodeURIComponent(r.reportId)}`),
      ...(r.date ? { datePublished: r.date } : {}),
    })),
    distribution: [
      ...DOWNLOADS.map(([path, encodingFormat, name]) => ({ '@type': 'DataDownload', name, encodingFormat, contentUrl: abs(path) })),
      { '@type': 'DataDownload', name: 'GraphQL API', encodingFormat: 'application/graphql-response+json', contentUrl: abs('graphql') },
    ],
  };
};

const reportRow = (r: ReportItem): string => {
  const id = encodeURIComponent(r.reportId);
  const place = placeOf(r);
  return `<tr><td><a href="reports/${id}">${escapeHtml(r.title.zhHans)}</a><br><span class="en">${escapeHtml(r.title.en ?? '')}</span></td>
<td>${escapeHtml(place ? `${place.zhHans} ${place.en ?? ''}` : '')}</td><td>${escapeHtml(r.date ?? '')}</td>
<td>${r.counts.figures} 数字 figures · ${r.counts.indicators} 指标 indicators · ${r.counts.projects} 项目 projects · ${r.counts.glossaryTerms} 注释 notes</td>
<td><a href="reports/${id}">全文 text</a> · <a href="reports/${id}/report.txt">report.txt</a></td></tr>`;
};

export const renderHome = (input: HomeInput): string => {
  const n = input.reports.length;
  const figures = input.reports.reduce((sum, r) => sum + r.counts.figures, 0);
  const body = `<nav class="top"><a href="graphiql">GraphiQL</a><a href="#reports">报告 Reports</a><a href="#downloads">下载 Downloads</a><a href="schema.graphql">Schema</a></nav>
<header>
<h1>政府工作报告 · 可引用的数据<br><span class="en">Government work reports as citable data</span></h1>
<p class="lead">欢迎！这里把政府工作报告变成结构化数据：报告中的每个数字都附有原文引文和位置，可逐字核对。繁体按原文，简体由 OpenCC 转换，英文由维护者翻译；报告没有说的，一律为 null。</p>
<p class="lead en">Welcome! Government work reports as structured data: every figure a report states comes with its verbatim quote and its position in the text, so it can be checked word for word. Chinese as written, Simplified derived, English curated; what a report does not say is null.</p>
</header>
<section class="cards">
<div class="card"><a href="graphiql">GraphiQL →</a><p>在浏览器里查询：示例按记者、应用、数据门户分组。<br><span class="en">Query in the browser: examples for journalists, apps and portals.</span></p></div>
<div class="card"><a href="${n > 0 ? `reports/${encodeURIComponent(input.reports[0]!.reportId)}` : '#reports'}">阅读全文 Read a report →</a><p>全文标出每个数字，点击即见数据。<br><span class="en">Full text, every figure highlighted and linked to its data.</span></p></div>
<div class="card"><a href="#downloads">下载 Downloads →</a><p>CSV、JSON、Data Package、DCAT。<br><span class="en">CSV, JSON, Data Package and DCAT for portals.</span></p></div>
<div class="card"><a href="schema.graphql">Schema (SDL) →</a><p>GraphQL 接口 <code>graphql</code>：用 schema 生成类型化客户端。<br><span class="en">The API at <code>graphql</code>: generate a typed client from the schema.</span></p></div>
</section>
<h2 id="reports">报告 Reports (${n})</h2>
<p>${n} 份报告，共 ${figures} 个数字。<span class="en">${n} report${n === 1 ? '' : 's'}, ${figures} figures in all.</span></p>
<table><thead><tr><th>报告 Report</th><th>地方 Place</th><th>日期 Date</th><th>内容 Contents</th><th>原文 Source</th></tr></thead>
<tbody>
${input.reports.map(reportRow).join('\n')}
</tbody></table>
<h2 id="downloads">下载 Downloads</h2>
<ul>${DOWNLOADS.map(([path, , name]) => `<li><a href="${path}">${escapeHtml(name)}</a> <code>/${path}</code></li>`).join('')}</ul>
<h2 id="docs">文档 Docs</h2>
<ul>
<li><a href="graphiql">GraphiQL</a>：侧栏的 “Docs”（书本图标）是每个类型和字段的说明。<span class="en">the Docs pane (book icon) documents every type and field.</span></li>
<li><a href="schema.graphql">schema.graphql</a>：接口契约。<span class="en">the API contract (SDL).</span></li>
<li><a href="graphiql/queries.md">查询示例 Example queries</a> · <a href="graphiql/errors.md">错误代码 Error codes</a> · <a href="graphiql/downloads.md">下载说明 Downloads</a> · <a href="graphiql/clients.md">类型化客户端 Typed clients</a> · <a href="graphiql/data-model.md">数据模型 Data model</a> · <a href="graphiql/figures.md">数字规则 Figure rules</a></li>
</ul>
<p class="en">Each figure's <code>source.url</code> opens its report page at the quote; <code>citation</code> gives a line ready to paste.</p>`;
  return page({ lang: 'zh-Hans', title: '政府工作报告 · 可引用的数据 · Government work reports as citable data', root: '', body, head: jsonLd(datasetJsonLd(input)) });
};
