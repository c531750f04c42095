/**
 * Catalogue links through the API, on a real store: Huozhou's two
 * qualitative income targets are TARGET figures of their catalogue
 * indicators (value null, comparator QUALITATIVE, the wording as valueText,
 * quoted from report.txt), and renamed slugs answer under the catalogue's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useSeededHarness } from '../helpers/apollo';

const api = useSeededHarness();
const source = [...readFileSync(path.resolve(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024', 'report.txt'), 'utf8')];

interface Target {
  value: string | null;
  valueNumber: number | null;
  valueText: string;
  comparator: string;
  kind: string;
  year: number;
  source: { start: number; end: number; quote: string };
}

const target = async (id: string): Promise<{ name: { zhHant: string; en: string }; target: Target | null }> => {
  const res = await api.run(
    `query($id: String!) { indicator(id: $id) { name { zhHant en } target { value valueNumber valueText comparator kind year source { start end quote } } } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  return (res.data as { indicator: { name: { zhHant: string; en: string }; target: Target | null } }).indicator;
};

describe('catalogue links (Huozhou)', () => {
  it.each([
    ['urban-disposable-income-per-capita-growth', '與經濟增長基本同步', '城鎮居民人均可支配收入增速與經濟增長基本同步'],
    ['rural-disposable-income-per-capita-growth', '高于經濟增長水平', '農村居民人均可支配收入增速高于經濟增長水平'],
  ])('%s has its qualitative 2024 target', async (id, wording, quote) => {
    const ind = await target(id);
    expect(ind.target).toMatchObject({ value: null, valueNumber: null, valueText: wording, comparator: 'QUALITATIVE', kind: 'TARGET', year: 2024 });
    const src = ind.target!.source;
    expect(src.quote).toBe(quote);
    expect(source.slice(src.start, src.end).join('')).toBe(src.quote);
  });

  it('answers renamed slugs under the catalogue slug', async () => {
    const jobs = await target('urban-new-jobs');
    expect(jobs.target).toMatchObject({ value: '4700', comparator: 'EXACT' });
    const industry = await target('industrial-value-added-growth');
    expect(industry.target).toMatchObject({ value: '16' });
  });
});
