/**
 * applyCuration on small hand-made documents and figures: how curated match
 * strings, aliases and sectors turn into linked figures, indicators,
 * projects and sectors. (curation.test.ts runs the real report.)
 */
import { applyCuration, findMentions, type CuratedLayer, type CurationDocument } from '../../seed/extract/curation';
import type { FigureRecord, SourceRef } from '../../lambda/data/records';

/**
 * A tiny stand-in for the repaired document: `repairs` replace source spans
 * with a reading of a different length, like the real damage does.
 */
const makeDoc = (source: string, repairs: { start: number; end: number; repaired: string }[] = []): CurationDocument & { source: string } => {
  // Piecewise map: repaired offset -> source offset at segment boundaries.
  let text = '';
  const segments: { rStart: number; rEnd: number; sStart: number; sEnd: number; repaired: boolean }[] = [];
  let s = 0;
  for (const r of [...repairs].sort((a, b) => a.start - b.start)) {
    segments.push({ rStart: text.length, rEnd: text.length + (r.start - s), sStart: s, sEnd: r.start, repaired: false });
    text += source.slice(s, r.start);
    segments.push({ rStart: text.length, rEnd: text.length + r.repaired.length, sStart: r.start, sEnd: r.end, repaired: true });
    text += r.repaired;
    s = r.end;
  }
  segments.push({ rStart: text.length, rEnd: text.length + (source.length - s), sStart: s, sEnd: source.length, repaired: false });
  text += source.slice(s);
  const toSourceStart = (o: number): number => {
    const seg = segments.find((g) => o >= g.rStart && o < g.rEnd) ?? segments[segments.length - 1]!;
    return seg.repaired ? seg.sStart : seg.sStart + (o - seg.rStart);
  };
  const toSourceEnd = (o: number): number => {
    const seg = segments.find((g) => o > g.rStart && o <= g.rEnd) ?? segments[0]!;
    return seg.repaired ? seg.sEnd : seg.sStart + (o - seg.rStart);
  };
  return {
    source,
    text,
    sourceRefFromRepaired: (start: number, end: number): SourceRef => {
      const a = toSourceStart(start);
      const b = toSourceEnd(end);
      return { start: a, end: b, quote: source.slice(a, b), text: text.slice(start, end) };
    },
  };
};

let nextId = 0;
/** A figure whose number is `valueText` at the first occurrence of `at` in the document's source. */
const figure = (doc: { source: string }, at: string, valueText: string, extra: Partial<FigureRecord> = {}): FigureRecord => {
  const where = doc.source.indexOf(at);
  if (where < 0) throw new Error(`test setup: ${at} not in source`);
  const start = where + at.indexOf(valueText);
  const ref = { start, end: start + valueText.length, quote: valueText, text: valueText };
  return {
    reportId: 'r',
    id: `f${String(++nextId).padStart(3, '0')}`,
    value: valueText,
    valueLow: null,
    valueHigh: null,
    valueText,
    unit: null,
    normalizedValue: null,
    baseUnit: null,
    year: 2023,
    kind: 'ACTUAL',
    comparator: 'EXACT',
    comparatorText: null,
    measure: 'LEVEL',
    changePercent: null,
    changeFigureId: null,
    changeOfFigureId: null,
    subject: { zhHant: '', zhHans: '', en: null },
    sectorId: 'economy',
    indicatorId: null,
    projectId: null,
    projectIds: [],
    scope: 'SINGLE',
    source: ref,
    valueSource: ref,
    curation: 'EXTRACTED',
    ...extra,
  };
};

const SECTORS: CuratedLayer['sectors'] = [
  { id: 'economy', name: { zhHant: '宏觀經濟', en: 'Economy' }, description: { zhHant: '總量', en: 'Aggregates' } },
  { id: 'industry-energy', name: { zhHant: '工業與能源', en: 'Industry and energy' }, description: { zhHant: '工業', en: 'Industry' } },
  { id: 'culture-tourism', name: { zhHant: '文化和旅游', en: 'Culture and tourism' }, description: { zhHant: '文旅', en: 'Tourism' } },
];

const BODY =
  '全市地區生產總值完成114.7億元,同比增長3.8%;推動國盛新能源200MW共享儲能獲批。七里峪景區晉級。' +
  '今年全市地區生產總值增長7%以上;加快國盛新能源200MW共享儲能、七里峪景區提升一期工程。\n附件 [1]國盛新能源200MW共享儲能';

/** The review (2023) runs to 今年, the plan (2024) to the appendix. */
const yearAt = (offset: number): number | null => (offset < BODY.indexOf('今年') ? 2023 : offset < BODY.indexOf('附件') ? 2024 : null);

const gdpLayer = (overrides: Partial<CuratedLayer> = {}): CuratedLayer => ({
  sectors: SECTORS,
  indicators: [
    {
      id: 'gdp-growth',
      name: { zhHant: '地區生產總值增長', en: 'GDP growth' },
      description: null,
      sectorId: 'economy',
      unit: '%',
      baseUnit: 'percent',
      measure: 'CHANGE',
      levelIndicatorId: 'gdp',
      figures: [
        { match: '今年全市地區生產總值增長7%以上', value: '7' },
        { match: '同比增長3.8%', value: '3.8' },
      ],
    },
    {
      id: 'gdp',
      name: { zhHant: '地區生產總值', en: 'GDP' },
      description: { zhHant: '全市地區生產總值。', en: "Huozhou's GDP." },
      sectorId: 'economy',
      unit: '億元',
      baseUnit: 'CNY',
      measure: 'LEVEL',
      levelIndicatorId: null,
      figures: [{ match: '全市地區生產總值完成114.7億元', value: '114.7' }],
    },
  ],
  projects: [
    {
      id: 'qiliyu-scenic-area-upgrade',
      name: { zhHant: '七里峪景區提升一期工程', en: 'Qiliyu scenic area upgrade, phase I' },
      sectorId: 'culture-tourism',
      aliases: ['七里峪景區提升一期工程'],
      mentions: [{ status: 'ACCELERATING', statusText: '加快' }],
      figures: [],
    },
    {
      id: 'guosheng-storage',
      name: { zhHant: '國盛新能源200MW共享儲能', en: 'Guosheng New Energy 200 MW shared energy storage' },
      sectorId: 'industry-energy',
      aliases: ['國盛新能源200MW共享儲能'],
      // A timeline: approved in the review (2023), accelerated in the plan (2024).
      mentions: [
        { status: 'APPROVED', statusText: '獲批' },
        { status: 'ACCELERATING', statusText: '加快' },
      ],
      figures: [{ match: '推動國盛新能源200MW', value: '200' }],
    },
    {
      id: 'qiliyu-scenic-area',
      name: { zhHant: '七里峪景區', en: 'Qiliyu scenic area' },
      sectorId: 'culture-tourism',
      aliases: ['七里峪景區'],
      mentions: [{ status: 'MENTIONED', statusText: null }],
      figures: [],
    },
  ],
  ...overrides,
});

const gdpFixture = () => {
  const doc = makeDoc(BODY);
  const figures = [
    figure(doc, '7%以上', '7', { year: 2024, kind: 'TARGET', comparator: 'AT_LEAST', measure: 'CHANGE' }),
    figure(doc, '114.7億元', '114.7'),
    figure(doc, '3.8%', '3.8', { measure: 'CHANGE', subject: { zhHant: '增長', zhHans: '增长', en: 'growth as extracted' } }),
    figure(doc, '國盛新能源200MW', '200', { sectorId: 'economy' }),
  ];
  return { doc, figures };
};

describe('applyCuration on a hand-made report', () => {
  it('puts the 2023 actual and the 2024 target of GDP growth on one indicator, in report order', () => {
    const { doc, figures } = gdpFixture();
    const out = applyCuration({ reportId: 'r', doc, figures, curatedDir: 'unused', yearAt, layer: gdpLayer() });
    const growth = out.indicators.find((i) => i.id === 'gdp-growth')!;
    const observed = growth.figureIds.map((id) => out.figures.find((f) => f.id === id)!);
    expect(observed.map((f) => [f.year, f.kind, f.value, f.comparator])).toEqual([
      [2023, 'ACTUAL', '3.8', 'EXACT'],
      [2024, 'TARGET', '7', 'AT_LEAST'],
    ]);
    expect(observed.every((f) => f.indicatorId === 'gdp-growth')).toBe(true);
    expect(growth.levelIndicatorId).toBe('gdp');
    expect(growth.name).toEqual({ zhHant: '地區生產總值增長', zhHans: '地区生产总值增长', en: 'GDP growth' });
    // Report order: the GDP level is stated first.
    expect(out.indicators.map((i) => [i.id, i.order])).toEqual([
      ['gdp', 0],
      ['gdp-growth', 1],
    ]);
  });

  it('gives an indicator-linked figure the indicator English name only when it has none', () => {
    const { doc, figures } = gdpFixture();
    const out = applyCuration({ reportId: 'r', doc, figures, curatedDir: 'unused', yearAt, layer: gdpLayer() });
    const byValue = (v: string) => out.figures.find((f) => f.value === v)!;
    expect(byValue('114.7').subject.en).toBe('GDP');
    expect(byValue('3.8').subject.en).toBe('growth as extracted');
    // The input records are left untouched.
    expect(figures.find((f) => f.value === '114.7')!.indicatorId).toBeNull();
  });

  it("links a project's capacity figure and moves it to the project's sector", () => {
    const { doc, figures } = gdpFixture();
    const out = applyCuration({ reportId: 'r', doc, figures, curatedDir: 'unused', yearAt, layer: gdpLayer() });
    const storage = out.projects.find((p) => p.id === 'guosheng-storage')!;
    const capacity = out.figures.find((f) => f.value === '200')!;
    expect(storage.figureIds).toEqual([capacity.id]);
    expect(capacity.projectId).toBe('guosheng-storage');
    expect(capacity.sectorId).toBe('industry-energy');
    const industry = out.sectors.find((s) => s.id === 'industry-energy')!;
    expect(industry.figureIds).toEqual([capacity.id]);
    expect(industry.projectIds).toEqual(['guosheng-storage']);
    expect(out.sectors.find((s) => s.id === 'economy')!.figureIds).toHaveLength(3);
  });

  it('finds every mention in the body only, the longest name winning where names overlap', () => {
    const { doc, figures } = gdpFixture();
    const out = applyCuration({ reportId: 'r', doc, figures, curatedDir: 'unused', yearAt, layer: gdpLayer() });
    const quotes = (id: string) => out.projects.find((p) => p.id === id)!.mentions.map((m) => m.quote);
    // Twice in the body; the appendix occurrence is not a mention.
    expect(quotes('guosheng-storage')).toEqual(['國盛新能源200MW共享儲能', '國盛新能源200MW共享儲能']);
    expect(quotes('qiliyu-scenic-area')).toEqual(['七里峪景區']);
    expect(quotes('qiliyu-scenic-area-upgrade')).toEqual(['七里峪景區提升一期工程']);
    for (const p of out.projects) for (const m of p.mentions) expect(BODY.slice(m.start, m.end)).toBe(m.quote);
    expect(out.projects.map((p) => p.id)).toEqual(['guosheng-storage', 'qiliyu-scenic-area', 'qiliyu-scenic-area-upgrade']);
    expect(out.projects.map((p) => p.order)).toEqual([0, 1, 2]);
  });

  it('resolves matches and mentions across a repaired span, citing the damaged source', () => {
    // `規?;l展` is the damaged source of `規模化發展`.
    const source = '夯實了年饃標準化、規?;l展基礎,年產量達到3000萬公斤。建成辛置年饃加工廠。\n附件';
    const start = source.indexOf('規?;l展');
    const doc = makeDoc(source, [{ start, end: start + '規?;l展'.length, repaired: '規模化發展' }]);
    expect(doc.text).toContain('規模化發展基礎');
    const figs = [figure(doc, '3000萬公斤', '3000')];
    const layer: CuratedLayer = {
      sectors: SECTORS,
      indicators: [
        {
          id: 'nianmo-output',
          name: { zhHant: '年饃年產量', en: 'Nianmo output' },
          description: null,
          sectorId: 'economy',
          unit: '萬公斤',
          baseUnit: 'kg',
          measure: 'LEVEL',
          levelIndicatorId: null,
          figures: [{ match: '規模化發展基礎,年產量達到3000萬公斤', value: '3000' }],
        },
      ],
      projects: [
        {
          id: 'scaled-nianmo',
          name: { zhHant: '規模化發展', en: 'Scaled development' },
          sectorId: 'economy',
          aliases: ['規模化發展'],
          mentions: [{ status: 'MENTIONED', statusText: null }],
          figures: [],
        },
      ],
    };
    const out = applyCuration({ reportId: 'r', doc, figures: figs, curatedDir: 'unused', yearAt, layer });
    expect(out.indicators[0]!.figureIds).toEqual([figs[0]!.id]);
    const [mention] = out.projects[0]!.mentions;
    expect(mention).toEqual({ start, end: start + 5, quote: '規?;l展', text: '規模化發展', status: 'MENTIONED', statusText: null, year: 2023 });
    expect(source.slice(mention!.start, mention!.end)).toBe(mention!.quote);
  });
});

describe('applyCuration refuses curated data it cannot trust', () => {
  const run = (layer: CuratedLayer) => {
    const { doc, figures } = gdpFixture();
    return () => applyCuration({ reportId: 'r', doc, figures, curatedDir: 'unused', yearAt, layer });
  };
  const withGdpFigures = (figs: { match: string; value: string }[]): CuratedLayer => {
    const layer = gdpLayer();
    layer.indicators[1] = { ...layer.indicators[1]!, figures: figs };
    return layer;
  };

  it('names a match that does not occur', () => {
    expect(run(withGdpFigures([{ match: '地區生產總值完成999億元', value: '999' }]))).toThrow(
      /gdp.*match "地區生產總值完成999億元" does not occur/,
    );
  });

  it('names a match that occurs more than once', () => {
    expect(run(withGdpFigures([{ match: '國盛新能源200MW', value: '200' }]))).toThrow(/ambiguous \(3 occurrences\)/);
  });

  it('names a match with no figure of that value inside it', () => {
    expect(run(withGdpFigures([{ match: '全市地區生產總值完成114.7億元', value: '114' }]))).toThrow(
      /no figure with value "114" lies inside match "全市地區生產總值完成114.7億元"/,
    );
  });

  it('refuses a figure claimed by two indicators', () => {
    expect(run(withGdpFigures([{ match: '同比增長3.8%', value: '3.8' }]))).toThrow(/already belongs to indicator "gdp-growth"/);
  });

  it('refuses unknown sectors, duplicate ids, non-slug ids and dangling level indicators', () => {
    const layer = gdpLayer();
    expect(run({ ...layer, indicators: [{ ...layer.indicators[1]!, sectorId: 'nowhere' }] })).toThrow(/unknown sector "nowhere"/);
    expect(run({ ...layer, projects: [layer.projects[0]!, layer.projects[0]!] })).toThrow(/used twice/);
    expect(run({ ...layer, projects: [{ ...layer.projects[0]!, id: 'Qiliyu Upgrade' }] })).toThrow(/not a lowercase slug/);
    expect(run({ ...layer, indicators: [layer.indicators[0]!] })).toThrow(/unknown level indicator "gdp"/);
  });

  it('refuses an alias that is not in the body and a figure whose sector is not in the taxonomy', () => {
    const layer = gdpLayer();
    expect(run({ ...layer, projects: [{ ...layer.projects[0]!, aliases: ['附件'] }] })).toThrow(/alias "附件" does not occur in the body/);
    const { doc, figures } = gdpFixture();
    figures[0]!.sectorId = 'space';
    const unlinked = { ...layer, indicators: [], projects: [] };
    expect(() => applyCuration({ reportId: 'r', doc, figures, curatedDir: 'unused', yearAt, layer: unlinked })).toThrow(
      /figure f\d+ has sector "space"/,
    );
  });
});

describe('project timelines and shared figures', () => {
  const LIST = '推動甲儲能、乙光伏等項目成功獲批。\n今年加快甲儲能建設,總投資5億元的甲儲能、乙光伏等簽約項目開工。\n附件';
  const listYear = (offset: number): number | null => (offset < LIST.indexOf('今年') ? 2023 : offset < LIST.indexOf('附件') ? 2024 : null);
  const listLayer = (b: CuratedLayer['projects'][number]['mentions'], figures: CuratedLayer['projects'][number]['figures'] = []): CuratedLayer => ({
    sectors: SECTORS,
    indicators: [],
    projects: [
      {
        id: 'a',
        name: { zhHant: '甲儲能', en: 'A' },
        sectorId: 'industry-energy',
        aliases: ['甲儲能'],
        mentions: [
          { status: 'APPROVED', statusText: '成功獲批' },
          { status: 'ACCELERATING', statusText: '加快' },
          { status: 'STARTED', statusText: '開工' },
        ],
        figures: [{ match: '總投資5億元', value: '5', scope: 'SHARED' }],
      },
      { id: 'b', name: { zhHant: '乙光伏', en: 'B' }, sectorId: 'industry-energy', aliases: ['乙光伏'], mentions: b, figures },
    ],
  });
  const listRun = (layer: CuratedLayer) => {
    const doc = makeDoc(LIST);
    const figures = [figure(doc, '5億元', '5', { subject: { zhHant: '甲儲能、乙光伏等簽約項目總投資', zhHans: '', en: null } })];
    return applyCuration({ reportId: 'r', doc, figures, curatedDir: 'unused', layer, yearAt: listYear });
  };
  const shared = { match: '總投資5億元', value: '5', scope: 'SHARED' } as const;

  it('gives every mention its own status and year, and the project the latest year\'s furthest status', () => {
    const out = listRun(listLayer([{ status: 'APPROVED', statusText: '成功獲批' }, { status: 'STARTED', statusText: '開工' }], [shared]));
    const a = out.projects.find((p) => p.id === 'a')!;
    expect(a.mentions.map((m) => [m.year, m.status])).toEqual([
      [2023, 'APPROVED'],
      [2024, 'ACCELERATING'],
      [2024, 'STARTED'],
    ]);
    expect([a.status, a.statusText, a.year]).toEqual(['ACCELERATING', '加快', 2024]);
    const total = out.figures[0]!;
    expect([total.scope, total.projectIds, total.projectId]).toEqual(['SHARED', ['a', 'b'], 'a']);
  });

  it('refuses different statuses for the items of one 項目 list', () => {
    expect(() => listRun(listLayer([{ status: 'COMPLETED', statusText: '成功獲批' }, { status: 'STARTED', statusText: '開工' }], [shared]))).toThrow(
      /items of one 項目 list/,
    );
  });

  it('refuses a status not worded in its mention\'s sentence, and a count of statuses unlike the mentions', () => {
    expect(() => listRun(listLayer([{ status: 'APPROVED', statusText: '建成' }, { status: 'STARTED', statusText: '開工' }], [shared]))).toThrow(
      /"建成" is not in the sentence of mention 1/,
    );
    expect(() => listRun(listLayer([{ status: 'APPROVED', statusText: '成功獲批' }], [shared]))).toThrow(/2 mentions found .* 1 statuses curated/);
  });

  it('refuses a figure listed by two projects unless SHARED, and a SHARED figure listed by one', () => {
    const b = [{ status: 'APPROVED', statusText: '成功獲批' }, { status: 'STARTED', statusText: '開工' }] as CuratedLayer['projects'][number]['mentions'];
    expect(() => listRun(listLayer(b, [{ match: '總投資5億元', value: '5' }]))).toThrow(/different scopes|mark it SHARED/);
    expect(() => listRun(listLayer(b, []))).toThrow(/SHARED but listed by a only/);
  });
});

describe('findMentions', () => {
  it('keeps overlapping names apart and reports a project swallowed entirely by a longer name', () => {
    const body = '加快七里峪景區提升一期工程。';
    expect(() =>
      findMentions(body, [
        { id: 'upgrade', aliases: ['七里峪景區提升一期工程'] },
        { id: 'area', aliases: ['七里峪景區'] },
      ]),
    ).toThrow(/"area": every mention is inside another project's longer name/);
  });
});
