/**
 * Issue 9's eight targeted readings of Huozhou, asked through GraphQL against
 * the seeded store (dynalite over HTTP), as a reader would ask them. Each rule
 * is documented with its examples in docs/figures.md.
 */
import { useSeededHarness } from '../helpers/apollo';

const api = useSeededHarness();

interface SourceRow {
  start: number;
  end: number;
  quote: string;
  text: string;
}
interface FigureRow {
  id: string;
  value: string | null;
  valueText: string;
  unit: string | null;
  normalizedValue: string | null;
  baseUnit: string | null;
  year: number;
  kind: string;
  comparator: string;
  comparatorText: string | null;
  scope: string;
  subject: { zhHant: string; en: string | null };
  project: { slug: string } | null;
  projects: { slug: string; name: { zhHant: string } }[];
  source: SourceRow;
  valueSource: SourceRow;
}
interface MentionRow {
  year: number;
  status: string;
  statusText: string | null;
  source: SourceRow;
}
interface ProjectRow {
  slug: string;
  status: string;
  statusText: string | null;
  year: number;
  mentions: MentionRow[];
  figures: FigureRow[];
}
interface ComparisonRow {
  indicator: { slug: string };
  actual: { value: string | null; source: { text: string } } | null;
  target: { value: string | null; source: { text: string } } | null;
  comparable: boolean;
  reason: string | null;
  difference: string | null;
  differenceUnit: string | null;
  direction: string | null;
}

const ask = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
  const { data, errors } = await api.run(query, variables);
  expect(errors).toBeUndefined();
  return data as T;
};

const FIGURE = `id value valueText unit normalizedValue baseUnit year kind comparator comparatorText scope
  subject { zhHant en } project { slug } projects { slug name { zhHant } }
  source { start end quote text } valueSource { start end quote text }`;

/** Sum of exact decimal strings (integers and decimals alike), without floating point. */
const sumDecimals = (values: string[]): string => {
  const scale = Math.max(0, ...values.map((v) => v.split('.')[1]?.length ?? 0));
  const total = values.reduce((acc, v) => {
    const [int = '0', frac = ''] = v.split('.');
    return acc + BigInt(int + frac.padEnd(scale, '0'));
  }, 0n);
  const digits = total.toString().padStart(scale + 1, '0');
  return scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '') : digits;
};

describe('4. project timelines', () => {
  it('finds 格盟 100MW/200MWh and 兆光 100MW approved in 2023, though both are accelerated in 2024', async () => {
    const data = await ask<{ projects: { totalCount: number; nodes: ProjectRow[] } }>(`{
      projects(filter: { status: APPROVED, year: 2023 }, first: 50) {
        totalCount
        nodes { slug status statusText year mentions { year status statusText source { start end quote text } } figures { ${FIGURE} } }
      }
    }`);
    const slugs = data.projects.nodes.map((p) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(['gemeng-shared-energy-storage', 'zhaoguang-coal-power-wind-solar-storage', 'dongfang-junsheng-distributed-pv']));
    for (const p of data.projects.nodes) expect(p.mentions.some((m) => m.year === 2023 && m.status === 'APPROVED')).toBe(true);

    const gemeng = data.projects.nodes.find((p) => p.slug === 'gemeng-shared-energy-storage')!;
    // The timeline, one status per mention; the project's own status is the latest.
    expect(gemeng.mentions.map((m) => [m.year, m.status, m.statusText])).toEqual([
      [2023, 'APPROVED', '成功獲批'],
      [2024, 'ACCELERATING', '加快推進'],
    ]);
    expect([gemeng.status, gemeng.statusText, gemeng.year]).toEqual(['ACCELERATING', '加快推進', 2024]);
    for (const m of gemeng.mentions) expect(m.source.text).toBe('格盟霍州新能源100MW/200MWh共享儲能');

    // The power approved in 2023, read from the 2023 figures of the approved projects: 100 + 100 + 5.9 MW, in kW.
    const approvedPower = data.projects.nodes
      .flatMap((p) => p.figures)
      .filter((f) => f.year === 2023 && f.baseUnit === 'kW')
      .map((f) => f.normalizedValue!);
    expect(sumDecimals(approvedPower)).toBe('205900');
  });

  it('treats the items of one 項目 list alike, and 標準化廠房 in that list is not a project', async () => {
    const data = await ask<{ projects: { nodes: ProjectRow[] }; factories: { totalCount: number } }>(`{
      projects(filter: { year: 2023, status: UNDER_CONSTRUCTION }, first: 50) { nodes { slug mentions { year status statusText source { start end quote text } } } }
      factories: projects(filter: { text: "標準化廠房" }) { totalCount }
    }`);
    // 新興產業園道路、標準化廠房、工業污水處理廠、110KV青郎坪變電站等項目建設穩步推進
    const listed = ['emerging-industry-park-roads', 'development-zone-industrial-wastewater-plant', 'qinglangping-110kv-substation'];
    const statuses = listed.map((slug) => {
      const p = data.projects.nodes.find((x) => x.slug === slug);
      const m = p?.mentions.find((x) => x.year === 2023);
      return [slug, m?.status, m?.statusText];
    });
    expect(statuses).toEqual(listed.map((slug) => [slug, 'UNDER_CONSTRUCTION', '穩步推進']));
    expect(data.factories.totalCount).toBe(0);
  });

  it('keeps the old mention fields working beside the new ones', async () => {
    const data = await ask<{ project: { mentions: (SourceRow & { source: SourceRow })[] } }>(
      '{ project(id: "gemeng-shared-energy-storage") { mentions { start end quote text source { start end quote text } } } }',
    );
    for (const m of data.project.mentions) expect({ start: m.start, end: m.end, quote: m.quote, text: m.text }).toEqual(m.source);
  });
});

describe('5. shared figures', () => {
  it('reads 總投資25億元 as SHARED by the AI park and the touchscreen project, its subject naming both', async () => {
    const data = await ask<{ figures: { nodes: FigureRow[] }; lcd: { figures: FigureRow[] } }>(`{
      figures(filter: { text: "液晶觸摸屏制造等簽約項目", unit: "億元" }) { nodes { ${FIGURE} } }
      lcd: project(id: "lcd-touchscreen-manufacturing") { figures { ${FIGURE} } }
    }`);
    expect(data.figures.nodes).toHaveLength(1);
    const total = data.figures.nodes[0]!;
    expect(total).toMatchObject({ value: '25', unit: '億元', normalizedValue: '2500000000', scope: 'SHARED' });
    expect(total.projects.map((p) => p.slug)).toEqual(['huozhou-ai-computing-park', 'lcd-touchscreen-manufacturing']);
    expect(total.project?.slug).toBe('huozhou-ai-computing-park');
    for (const name of ['霍州市新時代人工智能算力產業園', '液晶觸摸屏制造']) expect(total.subject.zhHant).toContain(name);
    expect(data.lcd.figures.map((f) => f.id)).toEqual([total.id]);
  });

  it('gives one project\'s own figure scope SINGLE and a programme total scope TOTAL', async () => {
    const data = await ask<{ one: { figures: FigureRow[] }; pilot: { figures: FigureRow[] } }>(`{
      one: project(id: "kitchenware-industry-chain") { figures { ${FIGURE} } }
      pilot: project(id: "new-urbanisation-provincial-pilot") { figures { ${FIGURE} } }
    }`);
    expect(data.one.figures.map((f) => [f.valueSource.text, f.scope, f.projects.length])).toEqual([['1.4億元', 'SINGLE', 1]]);
    expect(data.pilot.figures.find((f) => f.valueSource.text === '143.9億元')?.scope).toBe('TOTAL');
  });
});

describe('6. appendix figures', () => {
  it('makes 385家餐廳 of note 21 a CONTEXT figure sourced in the appendix', async () => {
    const data = await ask<{ figures: { totalCount: number; nodes: FigureRow[] }; report: { sections: { label: string; start: number; end: number }[] } }>(`{
      figures(filter: { kind: CONTEXT }, first: 100) { totalCount nodes { ${FIGURE} } }
      report { sections { label start end } }
    }`);
    const appendix = data.report.sections.find((s) => s.label === '附件')!;
    expect(data.figures.totalCount).toBeGreaterThanOrEqual(6);
    for (const f of data.figures.nodes) {
      expect(f.kind).toBe('CONTEXT');
      expect(f.source.start).toBeGreaterThanOrEqual(appendix.start);
      expect(f.source.end).toBeLessThanOrEqual(appendix.end);
    }
    const restaurants = data.figures.nodes.find((f) => f.valueSource.quote === '385家')!;
    expect(restaurants).toMatchObject({ value: '385', unit: '家', baseUnit: 'count', comparator: 'EXACT' });
    expect(restaurants.source.quote).toBe('共包括霍州11家餐廳在內的385家餐廳上榜');
    expect(data.figures.nodes.map((f) => f.valueSource.quote)).toContain('11家');
    // Not a result or a target: the plan's and the review's figures do not include it.
    const plan = await ask<{ figures: { nodes: { id: string }[] } }>('{ figures(filter: { year: 2024, kind: TARGET }, first: 100) { nodes { id } } }');
    expect(plan.figures.nodes.map((f) => f.id)).not.toContain(restaurants.id);
  });
});

describe('7. one base unit per dimension', () => {
  it('states power in kW whether written MW or 萬千瓦', async () => {
    const data = await ask<{ mw: { nodes: FigureRow[] }; wan: { nodes: FigureRow[] } }>(`{
      mw: figures(filter: { unit: "MW" }, first: 50) { nodes { normalizedValue baseUnit valueSource { quote } } }
      wan: figures(filter: { unit: "萬千瓦" }, first: 50) { nodes { normalizedValue baseUnit valueSource { quote } } }
    }`);
    expect(data.mw.nodes.length).toBeGreaterThan(0);
    for (const f of [...data.mw.nodes, ...data.wan.nodes]) expect(f.baseUnit).toBe('kW');
    const byQuote = (nodes: FigureRow[], quote: string) => nodes.find((f) => f.valueSource.quote === quote)!.normalizedValue;
    expect(byQuote(data.mw.nodes, '5.9MW')).toBe('5900');
    expect(byQuote(data.mw.nodes, '200MW')).toBe('200000');
    expect(byQuote(data.wan.nodes, '40萬千瓦')).toBe('400000');
  });
});

describe('8. comparable pairs', () => {
  const COMPARISON = `indicator { slug } actual { value source { text } } target { value source { text } }
    comparable reason difference differenceUnit direction`;

  it('gives fixed-asset-investment-growth -3.3 LOWERED among the comparable pairs only', async () => {
    const data = await ask<{ compareYears: ComparisonRow[] }>(`{ compareYears(onlyComparable: true) { ${COMPARISON} } }`);
    const fai = data.compareYears.find((r) => r.indicator.slug === 'fixed-asset-investment-growth')!;
    expect(fai).toMatchObject({ comparable: true, reason: null, difference: '-3.3', differenceUnit: '%', direction: 'LOWERED' });
    expect([fai.actual?.value, fai.target?.value]).toEqual(['15.3', '12']);
    for (const r of data.compareYears) {
      expect(r.comparable).toBe(true);
      expect(r.actual && r.target).toBeTruthy();
      expect(r.direction).toBe(r.difference!.startsWith('-') ? 'LOWERED' : r.difference === '0' ? 'SAME' : 'RAISED');
    }
    expect(data.compareYears.map((r) => r.indicator.slug)).not.toContain('old-residential-compounds-renovated');
  });

  it('refuses to pair 啟動改造13個 (2023) with 完成13個 (2024), saying why', async () => {
    const data = await ask<{ compareYears: ComparisonRow[] }>(`{ compareYears { ${COMPARISON} } }`);
    const old = data.compareYears.find((r) => r.indicator.slug === 'old-residential-compounds-renovated')!;
    expect(old.actual?.source.text).toContain('啟動改造');
    expect(old.target?.source.text).toContain('完成老舊小區改造13個');
    expect(old).toMatchObject({ comparable: false, difference: null, direction: null });
    expect(old.reason).toMatch(/啟動.*完成/);
    // A target below its result is LOWERED, exactly: 4,700 new urban jobs planned after 5,077.
    const jobs = data.compareYears.find((r) => r.actual?.value === '5077' && r.target?.value === '4700')!;
    expect(jobs).toMatchObject({ comparable: true, difference: '-377', direction: 'LOWERED' });
  });
});

describe('1. bounds', () => {
  it('reads 余 as a strict lower bound: 停車泊位4100余個, 21000余張, 2100余家 are MORE_THAN', async () => {
    const data = await ask<{ figures: { nodes: FigureRow[] } }>(`{ figures(filter: { unit: "個" }, first: 100) { nodes { valueSource { quote } comparator comparatorText value } } }`);
    const parking = data.figures.nodes.find((f) => f.valueSource.quote === '4100余個')!;
    expect(parking).toMatchObject({ value: '4100', comparator: 'MORE_THAN', comparatorText: '余' });
    const all = await ask<{ cards: { nodes: FigureRow[] }; farms: { nodes: FigureRow[] } }>(`{
      cards: figures(filter: { unit: "張" }) { nodes { valueSource { quote } comparator } }
      farms: figures(filter: { text: "中小養殖戶" }) { nodes { valueSource { quote } comparator } }
    }`);
    expect(all.cards.nodes.find((f) => f.valueSource.quote === '21000余張')?.comparator).toBe('MORE_THAN');
    expect(all.farms.nodes.find((f) => f.valueSource.quote === '2100余家')?.comparator).toBe('MORE_THAN');
  });
});

describe('3. signed changes', () => {
  it('gives the air-quality index, which fell (同比優化1.8%), a negative change', async () => {
    const data = await ask<{ figures: { nodes: (FigureRow & { changePercent: string })[] } }>(
      '{ figures(filter: { measure: INDEX }) { nodes { value changePercent valueSource { quote } } } }',
    );
    expect(data.figures.nodes.find((f) => f.value === '4.78')?.changePercent).toBe('-1.8');
  });
});
