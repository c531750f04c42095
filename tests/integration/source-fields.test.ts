/**
 * Source.url/context/section and Figure.display/unitLabel/citation against the
 * seeded store (dynalite over HTTP), checked against the report text itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_REPORT_DIR } from '../../seed/extract';
import { dataset } from '../helpers/local-store';
import { useSeededHarness } from '../helpers/apollo';

const text = readFileSync(path.join(DEFAULT_REPORT_DIR, 'report.txt'), 'utf8');
const harness = useSeededHarness();

interface SourceOut { start: number; end: number; quote: string; url: string; context: string; hans: string; section: { id: string; title: { zhHant: string } } | null }

describe('Source fields', () => {
  it('GDP: permalink, the whole sentence around the quote in both scripts, the innermost section', async () => {
    const { data, errors } = await harness.run(`{ figure(id: "f00368") {
      source { start end quote url context hans: context(script: ZH_HANS) section { id title { zhHant } } }
      display unitLabel en: unitLabel(lang: EN) hant: display(lang: ZH_HANT) enDisplay: display(lang: EN) citation zh: citation(lang: ZH_HANS) } }`);
    expect(errors).toBeUndefined();
    const f = data!.figure as Record<string, unknown> & { source: SourceOut };
    const s = f.source;
    expect(s.url).toBe(`/reports/huozhou-2024#s${s.start}-${s.end}`);
    expect(s.context).toContain(s.quote);
    // The sentence runs from after the previous stop to its own (here the semicolon after 3.8%).
    expect(s.context).toBe('全市地區生產總值完成114.7億元,同比增長3.8%;');
    expect(text).toContain(s.context);
    expect(s.hans).toContain('全市地区生产总值完成114.7亿元');
    const section = dataset().sections.filter((x) => x.start <= s.start && s.start < x.end).sort((a, b) => b.level - a.level)[0]!;
    expect(s.section?.title.zhHant).toBe(section.title.zhHant);
    expect(f.display).toBe('114.7亿元 (11.47 billion yuan)');
    expect(f.hant).toBe('114.7億元 (11.47 billion yuan)');
    expect(f.enDisplay).toBe('11.47 billion yuan');
    expect([f.unitLabel, f.en]).toEqual(['亿元', '100 million yuan']);
    expect(f.citation).toContain(dataset().report.datasetVersion);
    expect(f.citation).toContain(s.url);
    expect(f.citation).toContain('2024-04-11');
    expect(f.citation).toContain(s.quote);
    expect(f.zh).toContain('《2024年霍州市政府工作报告》');
  });

  it('a report names its page and its text; the official URL is null until the catalogue records it', async () => {
    const { data, errors } = await harness.run('{ report { pageUrl textUrl officialUrl } }');
    expect(errors).toBeUndefined();
    expect(data!.report).toEqual({ pageUrl: '/reports/huozhou-2024', textUrl: '/reports/huozhou-2024/report.txt', officialUrl: null });
  });

  it('glossary references carry their sentence and section', async () => {
    const { data, errors } = await harness.run('{ glossaryTerm(number: 6) { references { quote context url section { title { zhHant } } } } }');
    expect(errors).toBeUndefined();
    const refs = (data!.glossaryTerm as { references: SourceOut[] }).references;
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      expect(r.context.length).toBeGreaterThan(r.quote.length);
      expect(r.section).not.toBeNull();
    }
  });
});
