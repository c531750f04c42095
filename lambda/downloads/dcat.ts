/**
 * catalog.jsonld: the collection as a DCAT catalogue in JSON-LD, for portals
 * that harvest DCAT (CKAN's dcat extension, data.europa.eu-style harvesters).
 * It meets DCAT-AP 3's mandatory properties (SHACL shapes of the release):
 * Catalogue title, description and one publisher; Dataset title and
 * description; Distribution accessURL; DataService title and endpointURL;
 * Agent name. Every IRI is absolute, so the document keeps its meaning when
 * saved or pasted elsewhere.
 *
 * One dcat:Dataset for the collection (its files span every report) and one per
 * report (its own files), each with publisher, spatial and temporal coverage,
 * landing page, keywords in Chinese and English, licence and source.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../data/records';
import { byteLength, type ListedFile } from './files';
import { DATA_LICENSE, PUBLISHER, TAGGED_KEYWORDS } from './licence';
import { reportMeta, type Collection, type Place } from './read';

const EU = 'http://publications.europa.eu/resource/authority';
const literal = (value: string, language: string) => ({ '@value': value, '@language': language });
const iri = (id: string) => ({ '@id': id });
const typed = (value: string, type: string) => ({ '@value': value, '@type': type });

/** Text in whichever of the three scripts exist, without repeats. */
const texts = (t: { zhHans?: string | null; zhHant?: string | null; en?: string | null }) => {
  const out = [];
  if (t.en) out.push(literal(t.en, 'en'));
  if (t.zhHans) out.push(literal(t.zhHans, 'zh-Hans'));
  if (t.zhHant && t.zhHant !== t.zhHans) out.push(literal(t.zhHant, 'zh-Hant'));
  return out;
};

/** Only the time of day matters for publication; dates of the source are plain xsd:date. */
const dateTime = (iso: string) => typed(iso, iso.length > 10 ? 'xsd:dateTime' : 'xsd:date');

/** DCAT-AP 3's Checksum shape allows SHA-1 only; datapackage.json carries SHA-256 of the same bytes. */
const checksum = (body: string) => ({
  '@type': 'spdx:Checksum',
  'spdx:algorithm': iri('spdx:checksumAlgorithm_sha1'),
  'spdx:checksumValue': typed(createHash('sha1').update(body, 'utf8').digest('hex'), 'xsd:hexBinary'),
});

const distribution = (file: ListedFile, base: string, schemaUrl: string) => ({
  '@id': `${base}/catalog.jsonld#${file.path.replace(/[/.]/g, '-')}`,
  '@type': 'dcat:Distribution',
  'dct:title': literal(file.title, 'en'),
  'dct:description': literal(file.description, 'en'),
  'dcat:accessURL': iri(`${base}/${file.path}`),
  'dcat:downloadURL': iri(`${base}/${file.path}`),
  'dcat:mediaType': iri(`https://www.iana.org/assignments/media-types/${file.mediatype}`),
  'dct:format': iri(`${EU}/file-type/${file.format.toUpperCase()}`),
  ...(file.body === undefined ? {} : { 'dcat:byteSize': typed(String(byteLength(file.body)), 'xsd:decimal'), 'spdx:checksum': checksum(file.body) }),
  'dct:license': iri(DATA_LICENSE.path),
  ...(file.format === 'csv' ? { 'dct:conformsTo': iri(schemaUrl) } : {}),
});

const location = (place: Place) => ({
  '@type': 'dct:Location',
  'locn:geographicName': texts(place.name),
  ...(place.code ? { 'dct:identifier': place.code } : {}),
  ...(place.province ? { 'dct:isPartOf': { '@type': 'dct:Location', 'locn:geographicName': texts(place.province) } } : {}),
});

const period = (years: readonly number[]) =>
  years.length
    ? {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': typed(`${Math.min(...years)}-01-01`, 'xsd:date'),
        'dcat:endDate': typed(`${Math.max(...years)}-12-31`, 'xsd:date'),
      }
    : undefined;

const KEYWORDS_LITERALS = TAGGED_KEYWORDS.map((k) => literal(k.value, k.language));

const LANGUAGES = [iri(`${EU}/language/ZHO`), iri(`${EU}/language/ENG`)];

export interface Publication {
  /** When the current version was published (ISO 8601), where the data layer knows it. */
  modified: string | null;
  /** When the collection was first published, where known. */
  issued: string | null;
}

const dates = (p: Publication) => ({
  ...(p.issued ? { 'dct:issued': dateTime(p.issued) } : {}),
  ...(p.modified ? { 'dct:modified': dateTime(p.modified) } : {}),
});

const reportDataset = (d: Dataset, files: ListedFile[], base: string, publisher: object, collectionId: string, p: Publication) => {
  const r = reportMeta(d);
  const place = r.place;
  const keywords = [...KEYWORDS_LITERALS, ...(place ? [...texts(place.name), ...(place.province ? texts(place.province) : [])] : [])];
  return {
    '@id': `${base}/catalog.jsonld#${r.reportId}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': r.reportId,
    'dct:title': texts(r.title),
    'dct:description': [
      literal(`Every figure, indicator, project, sector and glossary note of the ${r.title.en ?? r.title.zhHans}, each with the verbatim clause that states it and its offsets in the source text.`, 'en'),
      literal(`${r.title.zhHans}中的每一个数字、指标、项目、领域和名词解释，均附原文语句及其在原文中的位置。`, 'zh-Hans'),
    ],
    'dcat:version': r.datasetVersion,
    'dcat:keyword': keywords.filter((k, i) => keywords.findIndex((other) => other['@value'] === k['@value']) === i),
    'dct:language': LANGUAGES,
    'dct:publisher': publisher,
    ...(place ? { 'dct:spatial': location(place) } : {}),
    ...(period(r.years) ? { 'dct:temporal': period(r.years) } : {}),
    ...dates(p),
    'dcat:landingPage': iri(`${base}/reports/${r.reportId}`),
    'dct:license': iri(DATA_LICENSE.path),
    ...(r.attribution ? { 'dct:rights': { '@type': 'dct:RightsStatement', 'rdfs:label': literal(r.attribution, 'en') } } : {}),
    // The source text, a document (DCAT-AP reserves dct:source for datasets); its checksum is SHA-256 as
    // everywhere else, untyped because DCAT-AP's Checksum shape allows SHA-1 only.
    'prov:wasDerivedFrom': {
      '@id': r.officialUrl ?? `${base}/reports/${r.reportId}/report.txt`,
      '@type': 'foaf:Document',
      'dct:title': texts(r.title),
      ...(r.date ? { 'dct:issued': typed(r.date, 'xsd:date') } : {}),
      'spdx:checksum': { 'spdx:algorithm': iri('spdx:checksumAlgorithm_sha256'), 'spdx:checksumValue': typed(r.sourceSha256, 'xsd:hexBinary') },
    },
    'dct:isPartOf': iri(collectionId),
    'dcat:distribution': files.map((f) => distribution(f, base, `${base}/downloads/${r.reportId}/datapackage.json`)),
  };
};

/** The whole catalogue: `files(null)` are the collection's files, `files(report)` one report's. */
export const dcatCatalog = (c: Collection, files: (report: Dataset | null) => ListedFile[], base: string, p: Publication) => {
  const publisher = { '@id': `${base}/#publisher`, '@type': 'foaf:Agent', 'foaf:name': texts(PUBLISHER.name), 'foaf:homepage': iri(`${base}/`) };
  const collectionId = `${base}/catalog.jsonld#collection`;
  const places = c.reports.flatMap((d): Place[] => { const place = reportMeta(d).place; return place ? [place] : []; });
  const years = [...new Set(c.reports.flatMap((d) => d.report.years))];
  const api = {
    '@id': `${base}/graphql`,
    '@type': 'dcat:DataService',
    'dct:title': literal('GraphQL API', 'en'),
    'dct:description': literal('Every report, figure, indicator and source quote as typed, citable data; the schema is published at /schema.graphql.', 'en'),
    'dcat:endpointURL': iri(`${base}/graphql`),
    'dcat:endpointDescription': iri(`${base}/schema.graphql`),
    'dct:conformsTo': iri('https://spec.graphql.org/'),
    'dcat:servesDataset': [iri(collectionId), ...c.reports.map((d) => iri(`${base}/catalog.jsonld#${d.report.reportId}`))],
    'dct:license': iri(DATA_LICENSE.path),
  };
  const collection = {
    '@id': collectionId,
    '@type': 'dcat:Dataset',
    'dct:identifier': 'government-work-reports',
    'dct:title': [literal('Chinese government work reports as data', 'en'), literal('政府工作报告数据', 'zh-Hans'), literal('政府工作報告數據', 'zh-Hant')],
    'dct:description': [
      literal(`${c.reports.length} government work reports of Chinese cities, counties and provinces: every figure they state, their indicators, a panel of report × indicator × year × kind, projects, sectors and glossary notes, each with its source quote.`, 'en'),
      literal(`${c.reports.length}份政府工作报告：每一个数字、指标、报告×指标×年份×类别面板、项目、领域和名词解释，均附原文出处。`, 'zh-Hans'),
    ],
    'dcat:version': c.version,
    'dcat:keyword': KEYWORDS_LITERALS,
    'dct:language': LANGUAGES,
    'dct:publisher': publisher,
    'dct:spatial': [iri(`${EU}/country/CHN`), ...places.map(location)],
    ...(period(years) ? { 'dct:temporal': period(years) } : {}),
    ...dates(p),
    'dcat:landingPage': iri(`${base}/`),
    'dct:license': iri(DATA_LICENSE.path),
    'dct:hasPart': c.reports.map((d) => iri(`${base}/catalog.jsonld#${d.report.reportId}`)),
    'dct:conformsTo': iri(`${base}/datapackage.json`),
    'dcat:distribution': [
      ...files(null).map((f) => distribution(f, base, `${base}/datapackage.json`)),
      { '@id': `${base}/catalog.jsonld#api`, '@type': 'dcat:Distribution', 'dct:title': literal('GraphQL API', 'en'), 'dcat:accessURL': iri(`${base}/graphql`), 'dcat:accessService': iri(`${base}/graphql`), 'dct:license': iri(DATA_LICENSE.path) },
    ],
  };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      locn: 'http://www.w3.org/ns/locn#',
      prov: 'http://www.w3.org/ns/prov#',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      spdx: 'http://spdx.org/rdf/terms#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${base}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': [literal('Chinese government work reports as data: catalogue', 'en'), literal('政府工作报告数据目录', 'zh-Hans')],
    'dct:description': literal('The datasets of this API: the collection of government work reports and each report, with their downloads and the GraphQL service.', 'en'),
    'dct:publisher': publisher,
    'foaf:homepage': iri(`${base}/`),
    'dct:license': iri(DATA_LICENSE.path),
    'dct:language': LANGUAGES,
    ...dates(p),
    'dcat:service': api,
    'dcat:dataset': [collection, ...c.reports.map((d) => reportDataset(d, files(d), base, iri(`${base}/#publisher`), collectionId, p))],
  };
};
