/**
 * The curated layer applied to the real Huozhou report: every curated match
 * resolves to an extracted figure, targets and actuals meet on one indicator,
 * projects are found where the report names them, and the English files cover
 * what they must.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FigureRecord, IndicatorRecord, ProjectRecord } from '../../lambda/data/records';
import { applyCuration, loadCuratedLayer, SLUG } from '../../seed/extract/curation';
import { extractReport } from '../../seed/extract';

const REPORT_DIR = path.resolve(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024');
const CURATED_DIR = path.join(REPORT_DIR, 'curated');
const readCurated = <T>(file: string): T => JSON.parse(readFileSync(path.join(CURATED_DIR, file), 'utf8')) as T;

const { doc, figures: extracted, frame } = extractReport(REPORT_DIR);
const yearAt = (offset: number): number | null => frame.periodAt(offset)?.year ?? null;
const curated = applyCuration({ reportId: 'huozhou-2024', doc, figures: extracted, curatedDir: CURATED_DIR, yearAt });
const layer = loadCuratedLayer(CURATED_DIR);

const figureById = new Map(curated.figures.map((f) => [f.id, f]));
const indicator = (id: string): IndicatorRecord => {
  const found = curated.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};
const project = (id: string): ProjectRecord => {
  const found = curated.projects.find((p) => p.id === id);
  if (!found) throw new Error(`no project ${id}`);
  return found;
};
const observations = (id: string): FigureRecord[] => indicator(id).figureIds.map((fid) => figureById.get(fid)!);
const observed = (id: string) => observations(id).map((f) => [f.year, f.kind, f.value, f.comparator]);
const bodyEnd = doc.source.indexOf('\n附件');

describe('indicators of the Huozhou report', () => {
  it('resolve every curated match to exactly the figure it names', () => {
    const refs = layer.indicators.reduce((n, i) => n + i.figures.length, 0);
    const linked = curated.figures.filter((f) => f.indicatorId !== null);
    expect(linked).toHaveLength(refs);
    for (const ind of curated.indicators) expect(ind.figureIds.length).toBeGreaterThan(0);
    for (const f of linked) {
      // The linked number is really in the cited text, and the figure now sits in its indicator's sector.
      expect(doc.source.slice(f.valueSource.start, f.valueSource.end)).toBe(f.valueSource.quote);
      expect(f.sectorId).toBe(indicator(f.indicatorId!).sectorId);
      expect(f.subject.en).not.toBeNull();
    }
  });

  it('answer "GDP growth: target versus actual" with one indicator', () => {
    expect(observed('gdp-growth')).toEqual([
      [2023, 'ACTUAL', '3.8', 'EXACT'],
      [2024, 'TARGET', '7', 'AT_LEAST'],
    ]);
    expect(indicator('gdp-growth').levelIndicatorId).toBe('gdp');
    expect(observed('gdp')).toEqual([[2023, 'ACTUAL', '114.7', 'EXACT']]);
  });

  it.each([
    ['fixed-asset-investment-growth', '15.3', '12', 'AT_LEAST'],
    ['retail-sales-growth', '9.8', '8', 'ABOUT'],
    ['grain-sown-area', '33.05', '32.77', 'AT_LEAST'],
    ['grain-output', '5.56', '5.6', 'AT_LEAST'],
    ['urban-new-jobs', '5077', '4700', 'EXACT'],
    ['rural-labour-transfer', '3738', '3700', 'EXACT'],
    ['nianmo-output', '3000', '3750', 'EXACT'],
    ['nianmo-sales', '2', '2.5', 'AT_LEAST'],
    ['old-residential-compounds-renovated', '13', '13', 'EXACT'],
    ['back-streets-renovated', '16', '16', 'EXACT'],
    ['rural-roads-built', '22.86', '10.6', 'EXACT'],
    ['standard-factory-floor-area', '3.73', '6.18', 'EXACT'],
    ['coal-to-electricity-households', '192', '1605', 'EXACT'],
    ['shortest-time-limit-share', '71.8', '95', 'EXACT'],
    ['village-collective-income-300k-share', '42.5', '50', 'AT_LEAST'],
    ['new-parking-spaces', '4100', '2000', 'AT_LEAST'],
  ])('%s has its 2023 actual (%s) and its 2024 target (%s, %s) side by side', (id, actual, target, comparator) => {
    const obs = observations(id);
    const a = obs.filter((f) => f.year === 2023 && f.kind === 'ACTUAL');
    const t = obs.filter((f) => f.year === 2024 && f.kind === 'TARGET');
    expect(a.map((f) => f.value)).toEqual([actual]);
    expect(t.map((f) => [f.value, f.comparator])).toEqual([[target, comparator]]);
  });

  it('read 430.54 as deposits plus loans, the only reading that gives the stated 71.23% loan-to-deposit ratio', () => {
    const value = (id: string) => Number(observations(id)[0]!.value);
    const loans = value('loans-balance');
    const depositsAndLoans = value('deposit-and-loan-balance');
    expect(((loans / (depositsAndLoans - loans)) * 100).toFixed(2)).toBe(observations('loan-to-deposit-ratio')[0]!.value);
    // Reading 430.54 as deposits alone would give 41.60%.
    expect(((loans / depositsAndLoans) * 100).toFixed(2)).not.toBe('71.23');
  });

  it('measure each indicator in one base unit and one kind of measure', () => {
    for (const ind of curated.indicators) {
      for (const f of observations(ind.id)) {
        expect([ind.id, f.baseUnit, f.measure]).toEqual([ind.id, ind.baseUnit, ind.measure]);
        expect([ind.id, f.unit]).toEqual([ind.id, ind.unit]);
      }
    }
  });

  it('keep a growth rate apart from its level', () => {
    for (const ind of curated.indicators.filter((i) => i.levelIndicatorId !== null)) {
      expect([ind.id, ind.measure]).toEqual([ind.id, 'CHANGE']);
      expect([ind.id, indicator(ind.levelIndicatorId!).measure]).not.toEqual([ind.id, 'CHANGE']);
    }
  });

  it('are listed in report order', () => {
    const firstAt = curated.indicators.map((i) => figureById.get(i.figureIds[0]!)!.valueSource.start);
    expect(firstAt).toEqual([...firstAt].sort((a, b) => a - b));
    expect(curated.indicators.map((i) => i.order)).toEqual(curated.indicators.map((_, n) => n));
  });
});

describe('projects of the Huozhou report', () => {
  it('quote the source exactly at every mention, in the body, in report order, without overlaps', () => {
    for (const p of curated.projects) {
      expect(p.mentions.length).toBeGreaterThan(0);
      let last = -1;
      for (const m of p.mentions) {
        expect(doc.source.slice(m.start, m.end)).toBe(m.quote);
        expect(m.end).toBeLessThanOrEqual(bodyEnd);
        expect(m.start).toBeGreaterThanOrEqual(last);
        last = m.end;
      }
    }
    const all = curated.projects.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
  });

  it.each([
    ['shenghe-logistics-railway-siding', '圣和物流鐵路專用線', 1, []],
    ['guosheng-shared-energy-storage', '國盛新能源200MW共享儲能', 1, ['200MW']],
    ['gemeng-shared-energy-storage', '格盟霍州新能源100MW/200MWh共享儲能', 2, ['100MW', '200MWh', '100MW', '200MWh']],
    ['big-health-food-industrial-park', '大健康食品工業園區', 1, []],
    ['nanjian-river-wetland', '南澗河人工濕地水質凈化工程', 1, []],
    ['huozhou-ai-computing-park', '霍州市新時代人工智能算力產業園', 2, ['25億元']],
    ['xinzhi-nianmo-processing-plant', '辛置年饃加工廠', 1, ['2萬噸']],
    ['qinglangping-110kv-substation', '110KV青郎坪變電站', 2, []],
    ['rural-sewage-four-areas', '大張、辛置、白龍、退沙四個片區農村生活污水收集處理工程', 2, ['3.2億元', '四個']],
    ['compulsory-education-improvement', '義務教育薄弱環節改善與能力提升項目', 1, ['678萬元']],
    ['kitchenware-industry-chain', '廚具產業鏈項目', 1, ['1.4億元']],
    ['east-hope-pig-breeding-farm', '東方希望年出欄5萬頭商品豬繁育場', 1, ['5萬頭']],
  ])('%s (%s) is mentioned %i time(s) with its figures %j', (id, zh, mentions, figures) => {
    const p = project(id);
    expect(p.name.zhHant).toBe(zh);
    expect(p.name.en).toMatch(/\S/);
    expect(p.mentions).toHaveLength(mentions);
    expect(p.mentions[0]!.text).toContain(zh.slice(0, 4));
    expect(p.figureIds.map((fid) => figureById.get(fid)!.valueSource.text)).toEqual(figures);
    for (const fid of p.figureIds) expect(figureById.get(fid)!.projectId).toBe(id);
  });

  it('cite a mention inside a repaired span by its damaged source and its repaired reading', () => {
    // The citation widens to the whole repair it touches (`。霍州署景區`), so the quote is the complete damaged span.
    const [mention] = project('huozhou-government-office-scenic-area').mentions;
    expect(mention!.text).toMatch(/^。?霍州署景區$/);
    expect(mention!.quote).toContain('?;');
    expect(mention!.quote).not.toBe(mention!.text);
    expect(doc.source.slice(mention!.start, mention!.end)).toBe(mention!.quote);
  });

  it('word each mention\'s status as the report does, in that mention\'s own sentence', () => {
    const sentenceAround = (start: number, end: number): string => {
      const from = Math.max(...['。', ';', '!'].map((d) => doc.source.lastIndexOf(d, start)));
      const to = Math.min(...['。', ';', '!', '\n'].map((d) => doc.source.indexOf(d, end)).filter((x) => x >= 0));
      return doc.source.slice(from + 1, to);
    };
    for (const p of curated.projects) {
      for (const m of p.mentions) {
        if (m.statusText === null) expect([p.id, m.status]).toEqual([p.id, 'MENTIONED']);
        // The source sentence may be damaged where the repair is; the repaired text of the mention's sentence is checked in the build.
        else if (!sentenceAround(m.start, m.end).includes('?')) expect([p.id, sentenceAround(m.start, m.end).includes(m.statusText)]).toEqual([p.id, true]);
      }
    }
  });

  it('summarise the timeline: status and year of the latest year\'s furthest mention', () => {
    for (const p of curated.projects) {
      const latest = Math.max(...p.mentions.map((m) => m.year));
      expect([p.id, p.year]).toEqual([p.id, latest]);
      expect(p.mentions.filter((m) => m.year === latest).map((m) => m.status)).toContain(p.status);
    }
    const gemeng = project('gemeng-shared-energy-storage');
    expect(gemeng.mentions.map((m) => [m.year, m.status, m.statusText])).toEqual([
      [2023, 'APPROVED', '成功獲批'],
      [2024, 'ACCELERATING', '加快推進'],
    ]);
    expect([gemeng.status, gemeng.year]).toEqual(['ACCELERATING', 2024]);
  });

  it('state a status for 2023 or 2024 only', () => {
    for (const p of curated.projects) expect([2023, 2024]).toContain(p.year);
  });
});

describe('sectors and ids', () => {
  it('are the documented fifteen sectors, in order, each with its names in three scripts', () => {
    expect(curated.sectors.map((s) => s.id)).toEqual([
      'economy',
      'agriculture',
      'industry-energy',
      'digital-economy',
      'services-commerce',
      'investment-business',
      'urban-development',
      'rural-revitalisation',
      'culture-tourism',
      'environment',
      'social-welfare',
      'employment',
      'education',
      'health',
      'safety-governance',
    ]);
    expect(curated.sectors.find((s) => s.id === 'economy')!.name).toEqual({ zhHant: '宏觀經濟', zhHans: '宏观经济', en: 'Economy' });
    expect(curated.sectors.find((s) => s.id === 'investment-business')!.name.zhHant).toBe('投資與營商環境');
  });

  it('give every indicator, project and figure a sector that exists, and list each figure under exactly one', () => {
    const sectorIds = new Set(curated.sectors.map((s) => s.id));
    for (const x of [...curated.indicators, ...curated.projects, ...curated.figures]) expect(sectorIds).toContain(x.sectorId);
    const listed = curated.sectors.flatMap((s) => s.figureIds);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(curated.figures.map((f) => f.id).sort());
    for (const s of curated.sectors) {
      expect(s.indicatorIds).toEqual(curated.indicators.filter((i) => i.sectorId === s.id).map((i) => i.id));
      expect(s.projectIds).toEqual(curated.projects.filter((p) => p.sectorId === s.id).map((p) => p.id));
    }
  });

  it('file a figure where a reader of its sub-area would look for it', () => {
    // The same statistic sits in one sector whichever year states it.
    const bySubject = new Map<string, Set<string>>();
    for (const f of curated.figures) bySubject.set(f.subject.zhHant, (bySubject.get(f.subject.zhHant) ?? new Set()).add(f.sectorId));
    expect([...bySubject].filter(([, s]) => s.size > 1).map(([zh, s]) => `${zh}: ${[...s].join(', ')}`)).toEqual([]);
    // A growth rate sits with its level, a rank with the figure it ranks (the one stated just before it).
    curated.figures.forEach((f, i) => {
      if (f.changeOfFigureId) expect([f.id, f.sectorId]).toEqual([f.id, figureById.get(f.changeOfFigureId)!.sectorId]);
      if (f.measure === 'RANK') expect([f.id, f.sectorId]).toEqual([f.id, curated.figures[i - 1]!.sectorId]);
    });
    // Banking is services and commerce; village collective income is rural revitalisation in the plan as in the review.
    const sectorOf = (zh: string): string[] => [...new Set(curated.figures.filter((f) => f.subject.zhHant === zh).map((f) => f.sectorId))];
    expect(sectorOf('金融機構存貸比臨汾市排名')).toEqual(['services-commerce']);
    expect(sectorOf('村集體經濟收入分檔線')).toEqual(['rural-revitalisation']);
    // Every sub-area of the plan's social chapter keeps its own sector.
    expect(sectorOf('全年新增城鎮就業')).toEqual(['employment']);
    expect(sectorOf('健康小屋')).toEqual(['health']);
  });

  it('use unique lowercase slugs', () => {
    for (const ids of [curated.indicators.map((i) => i.id), curated.projects.map((p) => p.id), curated.sectors.map((s) => s.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(SLUG);
    }
  });
});

describe('curated English', () => {
  it('translates all 42 glossary notes', () => {
    const glossary = readCurated<{ number: number; term: string; definition: string }[]>('glossary-en.json');
    expect(glossary.map((g) => g.number)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    for (const g of glossary) {
      expect(g.term).toMatch(/[A-Za-z]/);
      expect(g.definition.length).toBeGreaterThan(20);
      // English only: no untranslated Chinese left in the definition.
      expect([g.number, /[\u4e00-\u9fff]/.test(g.definition)]).toEqual([g.number, false]);
    }
  });

  it('titles every section of the report, keyed by its label path', () => {
    const english = readCurated<{ title: string; speaker: string; sections: Record<string, string> }>('report-en.json');
    const byId = new Map(frame.sections.map((s) => [s.id, s]));
    const keys = frame.sections.map((s) => (s.parentId ? `${byId.get(s.parentId)!.label}/${s.label}` : s.label));
    expect(Object.keys(english.sections).sort()).toEqual([...keys].sort());
    expect(english.speaker).toBe('Zhang Kexin');
  });

  it('names every indicator and project in English', () => {
    for (const x of [...curated.indicators, ...curated.projects]) expect([x.id, /[A-Za-z]/.test(x.name.en ?? '')]).toEqual([x.id, true]);
  });
});
