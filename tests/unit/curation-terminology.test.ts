/**
 * One English rendering per term (docs/taxonomy.md, "Terminology"): a reader
 * who filters figures, indicators, projects or glossary terms by an English
 * word finds every one whose Chinese says it, whichever file named it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset } from '../../seed/extract';

const REPORT_DIR = path.resolve(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024');
const dataset = buildDataset(REPORT_DIR);
const taxonomyDoc = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'taxonomy.md'), 'utf8');

/** [Chinese term as in the terminology table, where it occurs (zh-Hant), what the English must say]. */
const TERMINOLOGY: [string, RegExp, RegExp][] = [
  ['地區生產總值', /地區生產總值/, /\bGDP\b/],
  ['規模以上 / 規上', /規模以上|規上/, /above designated size/i],
  ['限額以上 / 限上', /限額以上|限上/, /above designated size/i],
  ['四好農村路', /四好農村路/, /“Four-good” rural roads/i],
  ['年饃', /年饃/, /New Year steamed buns? \(nianmo\)/],
  ['人均可支配收入', /人均/, /per capita/i],
  ['同比增長', /同比增長/, /year-on-year growth/],
  ['標準地', /標準地/, /standard land/i],
  ['專精特新', /專精特新/, /specialised, refined, distinctive and innovative/i],
  ['經營主體 / 市場主體', /經營主體|市場主體/, /business entit(y|ies)/i],
  ['四上企業', /四上企業/, /“four-above” enterprises/i],
  ['固定資產投資', /固定資產投資/, /fixed-asset investment/i],
  ['社會消費品零售總額', /社會消費品零售/, /retail sales of consumer goods/i],
  ['一般公共預算收入', /一般公共預算收入/, /general public budget revenue/i],
  ['共享儲能', /共享儲能/, /shared energy storage/i],
  ['光伏', /光伏/, /photovoltaic/i],
  ['開發區', /開發區/, /development zone/i],
  ['招商引資 / 招商', /招商/, /investment promotion/i],
  ['低保', /低保/, /subsistence allowances?/i],
  ['健康小屋', /健康小屋/, /health huts?/i],
  ['零工驛站', /零工驛站/, /gig-work stations?/i],
  ['集體經濟收入', /集體經濟.*收入/, /collective income/i],
  ['空氣質量綜合指數', /空氣質量綜合指數/, /composite air quality index/i],
  ['一泓清水入黃河', /一泓清水入黃河/, /“A stream of clear water into the Yellow River”/],
  ['常辦事項 / 常規性辦理事項', /常辦事項|常規性辦理事項/, /routine matters/i],
  ['轉移就業', /轉移就業/, /transferred into employment/],
];

interface Named {
  what: string;
  zh: string;
  en: string | null;
}

const named: Named[] = [
  ...dataset.figures.map((f) => ({ what: `figure ${f.id} subject`, zh: f.subject.zhHant, en: f.subject.en })),
  ...dataset.indicators.map((i) => ({ what: `indicator ${i.id}`, zh: i.name.zhHant, en: i.name.en })),
  ...dataset.projects.map((p) => ({ what: `project ${p.id}`, zh: p.name.zhHant, en: p.name.en })),
  ...dataset.glossary.map((g) => ({ what: `glossary [${g.number}]`, zh: g.term.zhHant, en: g.term.en })),
];

describe('curated English terminology', () => {
  it('gives every figure subject, indicator, project and glossary term an English name', () => {
    expect(named.filter((n) => !n.en).map((n) => n.what)).toEqual([]);
  });

  it.each(TERMINOLOGY.map(([row, zh, en]) => [row, zh, en] as const))('renders %s the same way everywhere', (row, zh, en) => {
    const uses = named.filter((n) => zh.test(n.zh));
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((n) => !en.test(n.en ?? '')).map((n) => `${n.what}: ${n.zh} → ${n.en}`)).toEqual([]);
    // The rule is documented in the terminology table.
    expect(taxonomyDoc).toContain(`| ${row} |`);
  });

  it('quotes slogans and coined terms with curly quotation marks, as the glossary does', () => {
    expect(named.filter((n) => (n.en ?? '').includes('"')).map((n) => `${n.what}: ${n.en}`)).toEqual([]);
  });

  it('names a project-linked figure in the words of its project', () => {
    // The project's distinctive English words (its proper name) recur in the subject of each of its figures.
    const projects = new Map(dataset.projects.map((p) => [p.id, p]));
    const clash = dataset.figures
      .filter((f) => f.projectId)
      .filter((f) => {
        const name = projects.get(f.projectId!)!.name.en ?? '';
        // Capitalised words after the first (which is capitalised as the start of the name): CHN, Energy, Xinzhi …
        const proper = name.split(/[\s,()“”–-]+/).slice(1).filter((w) => /^([A-Z][a-z]+|[A-Z]{3,})$/.test(w));
        return proper.some((w) => !(f.subject.en ?? '').includes(w));
      })
      .map((f) => `${f.id}: ${f.subject.en} / ${projects.get(f.projectId!)!.name.en}`);
    expect(clash).toEqual([]);
  });
});
