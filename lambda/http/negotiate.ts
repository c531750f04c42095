/**
 * Content negotiation for GraphQL responses, reduced to one of two
 * representations before anything else sees the request. Apollo picks
 * `application/json` or `application/graphql-response+json` from `Accept`;
 * caches (the ETag, the response cache, CloudFront's key) must key on that
 * choice, not on the raw header (thousands of spellings, one of two answers).
 * The rule matches Apollo's (Negotiator over [json, graphql-response+json]):
 * highest q wins, the most specific matching range gives a type its q, and
 * a tie goes to `application/json`.
 */
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';
export type GraphqlMediaType = typeof GRAPHQL_RESPONSE_JSON | typeof APPLICATION_JSON;

interface Range {
  type: string;
  subtype: string;
  q: number;
}

const parseAccept = (accept: string): Range[] =>
  accept
    // Bounded: an Accept of megabytes is not worth parsing past its first ranges.
    .slice(0, 4096)
    .split(',')
    .flatMap((part) => {
      const [range, ...params] = part.trim().toLowerCase().split(';');
      const [type, subtype] = (range ?? '').trim().split('/');
      if (!type || !subtype) return [];
      let q = 1;
      for (const param of params) {
        const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param);
        if (m) q = Number(m[1]);
      }
      return [{ type, subtype, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 }];
    });

/** The q of one media type under the most specific range that matches it (RFC 9110 §12.5.1); 0 when none does. */
const qualityOf = (ranges: Range[], mediaType: string): number => {
  const [type, subtype] = mediaType.split('/') as [string, string];
  let best = -1;
  let q = 0;
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' && r.subtype === '*' ? 0 : -1;
    if (specificity > best) {
      best = specificity;
      q = r.q;
    }
  }
  return best < 0 ? 0 : q;
};

/**
 * The representation a GraphQL response takes for this `Accept`:
 * `application/graphql-response+json` when the client prefers it, else
 * `application/json` — also when the header is absent (legacy clients) or
 * accepts neither (RFC 9110 §12.5.1 lets a server disregard Accept; a 406
 * would be one more cache variant for nothing). The CloudFront viewer-request
 * function (cdk/edge-functions/normalise-accept.js) applies the same rule, so
 * the edge's cache key has exactly these two values.
 */
export const negotiateGraphqlMediaType = (accept: string | undefined): GraphqlMediaType => {
  if (!accept || !accept.trim()) return APPLICATION_JSON;
  const ranges = parseAccept(accept);
  return qualityOf(ranges, GRAPHQL_RESPONSE_JSON) > qualityOf(ranges, APPLICATION_JSON) ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
};
