/**
 * Content negotiation for GraphQL responses, reduced to one of two
 * representations before anything else sees the request. Apollo picks
 * `application/json` or `application/graphql-response+json` from `Accept`;
 * caches (the ETag, the response cache, CloudFront's key) must key on that
 * choice, not on the raw header (thousands of spellings, one of two answers).
 * The rule follows Apollo's (Negotiator over [json, graphql-response+json]):
 * the most specific matching range gives a type its q; the higher q wins,
 * then the more specific range, then the one the client listed first, and a
 * full tie (the any-type range alone) goes to `application/json`.
 */
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';
export type GraphqlMediaType = typeof GRAPHQL_RESPONSE_JSON | typeof APPLICATION_JSON;

interface Range {
  type: string;
  subtype: string;
  q: number;
  /** Position in the header: ties go to what the client listed first. */
  order: number;
}

const parseAccept = (accept: string): Range[] =>
  accept
    // Bounded: an Accept of megabytes is not worth parsing past its first ranges.
    .slice(0, 4096)
    .split(',')
    .flatMap((part, order) => {
      const [range, ...params] = part.trim().toLowerCase().split(';');
      const [type, subtype] = (range ?? '').trim().split('/');
      if (!type || !subtype) return [];
      let q = 1;
      for (const param of params) {
        const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param);
        if (m) q = Number(m[1]);
      }
      return [{ type, subtype, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0, order }];
    });

interface Priority {
  q: number;
  /** 2 for the exact type, 1 for `type/` + `*`, 0 for the any-type range. */
  specificity: number;
  order: number;
}

/** How a media type ranks under the most specific range that matches it (RFC 9110 §12.5.1); null when none does. */
const priorityOf = (ranges: Range[], mediaType: string): Priority | null => {
  const [type, subtype] = mediaType.split('/') as [string, string];
  let best: Priority | null = null;
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' && r.subtype === '*' ? 0 : -1;
    if (specificity < 0) continue;
    if (!best || specificity > best.specificity || (specificity === best.specificity && r.q > best.q)) best = { q: r.q, specificity, order: r.order };
  }
  return best;
};

/** Negotiator's order (what Apollo uses): higher q, then more specific, then listed earlier. */
const prefers = (a: Priority | null, b: Priority | null): boolean => {
  if (!a || a.q <= 0) return false;
  if (!b || b.q <= 0) return true;
  if (a.q !== b.q) return a.q > b.q;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return a.order < b.order;
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
  return prefers(priorityOf(ranges, GRAPHQL_RESPONSE_JSON), priorityOf(ranges, APPLICATION_JSON)) ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
};
