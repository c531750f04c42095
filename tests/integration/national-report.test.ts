/**
 * The State Council's national report served beside a local one: published with
 * Huozhou into a real store, found by `reports(filter: { level: NATIONAL })`, its
 * place without province or code, and its GDP growth target in the panel next to
 * Huozhou's.
 */
import path from 'node:path';
import { buildDataset } from '../../seed/extract';
import { withComputedVersion } from '../../seed/collection';
import { publish } from '../../seed/publish';
import { createHarness, type Harness } from '../helpers/apollo';
import { dataset, startTestStore, type TestStore } from '../helpers/local-store';

let store: TestStore;
let api: Harness;
beforeAll(async () => {
  store = await startTestStore({ seed: false });
  const china = withComputedVersion(buildDataset(path.resolve(__dirname, '..', '..', 'seed', 'reports', 'china-2024')));
  await publish(store.client, store.tableName, [dataset(), china]);
  api = await createHarness(store, null);
});
afterAll(async () => {
  await api?.server.stop();
  await store?.close();
});

describe('the national report in the API', () => {
  it('reports(filter: { level: NATIONAL }) finds china-2024 alone, with no province and no code', async () => {
    const { data, errors } = await api.run(`query National {
      national: reports(filter: { level: NATIONAL }) { totalCount nodes { reportId title { zhHans en } attribution officialUrl
        place { name { zhHans zhHant en } province { zhHans } level code } } }
      county: reports(filter: { level: COUNTY }) { nodes { reportId } }
      shanxi: reports(filter: { province: "山西" }) { nodes { reportId } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.national).toEqual({
      totalCount: 1,
      nodes: [
        {
          reportId: 'china-2024',
          title: { zhHans: '2024年国务院政府工作报告', en: 'State Council Government Work Report 2024' },
          attribution: expect.stringContaining('JiangGufan/digital-governance'),
          officialUrl: null,
          place: { name: { zhHans: '中华人民共和国', zhHant: '中華人民共和國', en: "People's Republic of China" }, province: null, level: 'NATIONAL', code: null },
        },
      ],
    });
    expect(data!.county).toEqual({ nodes: [{ reportId: 'huozhou-2024' }] });
    expect(data!.shanxi).toEqual({ nodes: [{ reportId: 'huozhou-2024' }] });
  });

  it('puts the national GDP growth target beside the local one in the panel, and filters it by level', async () => {
    const { data, errors } = await api.run(`query Panel {
      all: observations(indicatorId: "gdp-growth", year: 2024, kind: TARGET) { nodes { value comparator report { reportId } source { quote } } }
      national: observations(indicatorId: "gdp-growth", year: 2024, kind: TARGET, reportFilter: { level: NATIONAL }) { nodes { value comparator } }
    }`);
    expect(errors).toBeUndefined();
    const all = (data!.all as { nodes: { value: string; comparator: string; report: { reportId: string }; source: { quote: string } }[] }).nodes;
    expect(all.map((n) => n.report.reportId).sort()).toEqual(['china-2024', 'huozhou-2024']);
    expect(all.find((n) => n.report.reportId === 'china-2024')).toMatchObject({ value: '5', comparator: 'ABOUT', source: { quote: expect.stringContaining('国内生产总值增长5%左右') } });
    expect(data!.national).toEqual({ nodes: [{ value: '5', comparator: 'ABOUT' }] });
  });
});
