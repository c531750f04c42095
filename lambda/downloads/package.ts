/**
 * Metadata that open-data portals harvest: a Frictionless Data Package
 * descriptor (datapackage.json, Data Package v1 with Table Schemas) and a DCAT
 * dataset in JSON-LD. Both name the downloads by relative paths, so they are
 * right behind any host name or API Gateway stage.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../data/records';
import { CSV_DIALECT, type Column } from './tables';

/**
 * The licence the data is offered under. The project has not published one
 * yet: this is the proposal, kept in one place so it is changed once.
 */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** One downloadable file, rendered. */
export interface DownloadFile {
  /** Resource name in the package: figures, indicators, dataset. */
  name: string;
  /** Relative path (no leading slash): downloads/figures.csv. */
  path: string;
  mediatype: string;
  format: 'csv' | 'json';
  title: string;
  description: string;
  body: string;
  columns?: readonly Column<never>[];
  primaryKey?: string;
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const tableSchema = (file: DownloadFile) => ({
  fields: (file.columns ?? []).map((c) => ({
    name: c.name,
    type: c.type,
    description: c.description,
    ...(c.required || c.values ? { constraints: { ...(c.required ? { required: true } : {}), ...(c.values ? { enum: c.values } : {}) } } : {}),
  })),
  missingValues: [''],
  ...(file.primaryKey ? { primaryKey: [file.primaryKey] } : {}),
  ...(file.foreignKeys ? { foreignKeys: file.foreignKeys } : {}),
});

const packageName = (dataset: Dataset): string => `${dataset.report.reportId}-government-work-report`;

const describe = (dataset: Dataset): string => {
  const { counts } = dataset.report;
  return (
    `Every figure stated in the ${dataset.report.title.en ?? dataset.report.title.zhHant} (${dataset.report.title.zhHant}, ` +
    `delivered ${dataset.report.date}), one row each with its year, whether it is a result or a target, its unit and normalised value, ` +
    `and the verbatim clause that states it with its code-point offsets in the published text; ${counts.indicators} indicators ` +
    `with their results and targets; and the whole dataset (${counts.figures} figures, ${counts.projects} projects, ` +
    `${counts.glossaryTerms} glossary notes, ${counts.sectors} sectors, ${counts.repairs} documented text repairs) as JSON. ` +
    'Chinese as written (Traditional), Simplified derived with OpenCC, English curated. The same data is served by the GraphQL API.'
  );
};

/** datapackage.json: Frictionless Data Package (v1) with a Table Schema for each CSV. */
export const dataPackage = (dataset: Dataset, files: readonly DownloadFile[]) => {
  const { report } = dataset;
  return {
    profile: 'data-package',
    name: packageName(dataset),
    id: `${report.reportId}@${report.datasetVersion}`,
    title: `${report.title.en ?? report.title.zhHant} · ${report.title.zhHant} · ${report.title.zhHans}`,
    description: describe(dataset),
    version: report.datasetVersion,
    keywords: ['Huozhou', '霍州', 'Shanxi', 'government work report', '政府工作報告', '政府工作报告', 'statistics', 'targets'],
    languages: ['zh-Hant', 'zh-Hans', 'en'],
    licenses: [DATA_LICENSE],
    sources: [
      {
        title: [`${report.title.zhHant} (${report.title.en ?? ''})`, [report.speaker?.zhHant, report.speakerRole?.zhHant].filter(Boolean).join(' '), report.occasion?.zhHant]
          .filter(Boolean)
          .join(', '),
        // Not in the Data Package spec (extra properties are allowed): what pins the source text exactly.
        date: report.date,
        sha256: report.sourceSha256,
        length: report.sourceLength,
      },
    ],
    resources: files.map((file) => ({
      name: file.name,
      path: file.path,
      title: file.title,
      description: file.description,
      profile: file.format === 'csv' ? 'tabular-data-resource' : 'data-resource',
      format: file.format,
      mediatype: file.mediatype,
      encoding: 'utf-8',
      bytes: Buffer.byteLength(file.body, 'utf8'),
      hash: `sha256:${sha256(file.body)}`,
      ...(file.format === 'csv' ? { dialect: CSV_DIALECT, schema: tableSchema(file) } : {}),
    })),
  };
};

const text = (value: string, language: string) => ({ '@value': value, '@language': language });

/**
 * catalog.jsonld: the same package as a DCAT dataset (JSON-LD), for portals that
 * harvest DCAT (CKAN's dcat extension, data.europa.eu-style harvesters). Relative
 * IRIs resolve against this document's own URL.
 */
export const dcatDataset = (dataset: Dataset, files: readonly DownloadFile[]) => {
  const { report } = dataset;
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      spdx: 'http://spdx.org/rdf/terms#',
    },
    '@id': '#dataset',
    '@type': 'dcat:Dataset',
    'dct:identifier': packageName(dataset),
    'dct:title': [text(report.title.en ?? report.title.zhHant, 'en'), text(report.title.zhHant, 'zh-Hant'), text(report.title.zhHans, 'zh-Hans')],
    'dct:description': text(describe(dataset), 'en'),
    'dcat:version': report.datasetVersion,
    'dcat:keyword': ['Huozhou', 'government work report', 'statistics', 'targets'].map((k) => text(k, 'en')),
    'dct:language': ['zh-Hant', 'zh-Hans', 'en'],
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@value': `${Math.min(...report.years)}-01-01`, '@type': 'xsd:date' },
      'dcat:endDate': { '@value': `${Math.max(...report.years)}-12-31`, '@type': 'xsd:date' },
    },
    'dct:license': { '@id': DATA_LICENSE.path },
    'dct:source': {
      'dct:title': [text(report.title.zhHant, 'zh-Hant'), text(report.title.en ?? report.title.zhHant, 'en')],
      'dct:issued': { '@value': report.date, '@type': 'xsd:date' },
      'spdx:checksum': { 'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' }, 'spdx:checksumValue': report.sourceSha256 },
    },
    'dct:conformsTo': { '@id': 'datapackage.json' },
    'dcat:distribution': [
      ...files.map((file) => ({
        '@type': 'dcat:Distribution',
        'dct:title': text(file.title, 'en'),
        'dct:description': text(file.description, 'en'),
        'dcat:downloadURL': { '@id': file.path },
        'dcat:accessURL': { '@id': file.path },
        'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${file.mediatype}` },
        'dct:format': file.format.toUpperCase(),
        'dcat:byteSize': { '@value': String(Buffer.byteLength(file.body, 'utf8')), '@type': 'xsd:nonNegativeInteger' },
        'spdx:checksum': { 'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' }, 'spdx:checksumValue': sha256(file.body) },
        'dct:license': { '@id': DATA_LICENSE.path },
      })),
      {
        '@type': 'dcat:Distribution',
        'dct:title': text('GraphQL API', 'en'),
        'dcat:accessURL': { '@id': 'graphql' },
        'dcat:accessService': { '@type': 'dcat:DataService', 'dcat:endpointURL': { '@id': 'graphql' }, 'dct:conformsTo': { '@id': 'https://spec.graphql.org/' } },
        'dct:license': { '@id': DATA_LICENSE.path },
      },
    ],
  };
};
