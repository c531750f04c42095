/**
 * Terms, publisher and addresses shared by datapackage.json and catalog.jsonld.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { publicBase } from '../pages/origin';

/**
 * The licence of what the project adds (structure, normalisation, classification,
 * English, links between records). Each source text keeps its own terms and
 * attribution, stated beside it (reports.csv `attribution`, the packages' sources).
 */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International (for what the project adds; each source keeps its own terms)',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * Who publishes the data: the project that runs this API. A deployment under
 * another name changes it here (one constant, like the licence).
 */
export const PUBLISHER = {
  name: { en: 'Government Work Reports as Data (open-source project)', zhHans: '政府工作报告数据化（开源项目）' },
} as const;

/** The words a search engine or portal indexes, in both scripts and English, with their language tags. */
export const TAGGED_KEYWORDS = [
  { value: '政府工作报告', language: 'zh-Hans' },
  { value: '政府工作報告', language: 'zh-Hant' },
  { value: 'government work report', language: 'en' },
  { value: '中国', language: 'zh-Hans' },
  { value: 'China', language: 'en' },
  { value: '经济社会发展目标', language: 'zh-Hans' },
  { value: '經濟社會發展目標', language: 'zh-Hant' },
  { value: 'economic and social development targets', language: 'en' },
  { value: '统计', language: 'zh-Hans' },
  { value: 'statistics', language: 'en' },
] as const;
export const KEYWORDS: readonly string[] = TAGGED_KEYWORDS.map((k) => k.value);

/**
 * The API's public root, no trailing slash: PUBLIC_BASE_URL where configured
 * (behind CloudFront, whose host the function never sees), else the request's
 * own host and API Gateway stage by the pages' rule (pages/origin.ts: the Host
 * header only, https but for a local host), and https://localhost for a
 * request without a usable Host.
 */
export const baseUrl = (event: APIGatewayProxyEventV2, configured: string | undefined): string =>
  configured ? configured.replace(/\/+$/, '') : (publicBase(event) ?? 'https://localhost');
