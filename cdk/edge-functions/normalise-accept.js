// CloudFront Function (cloudfront-js-2.0), viewer request. Rewrites Accept to
// exactly one of the two GraphQL representations, by the rule of
// lambda/http/negotiate.ts (highest q wins; the most specific matching range
// gives a type its q; ties, absence and "neither" give application/json), so
// the cache key holds two values instead of every client's spelling and the
// origin answers the representation the key names.
// tests/cdk/edge.test.ts runs this file against negotiate.ts on many headers.
var JSON_TYPE = 'application/json';
var GRAPHQL_TYPE = 'application/graphql-response+json';

function quality(ranges, mediaType) {
  var parts = mediaType.split('/');
  var best = -1;
  var q = 0;
  for (var i = 0; i < ranges.length; i++) {
    var r = ranges[i];
    var specificity = r.type === parts[0] && r.subtype === parts[1] ? 2 : r.type === parts[0] && r.subtype === '*' ? 1 : r.type === '*' && r.subtype === '*' ? 0 : -1;
    if (specificity > best) {
      best = specificity;
      q = r.q;
    }
  }
  return best < 0 ? 0 : q;
}

function negotiate(accept) {
  if (!accept || !accept.trim()) return JSON_TYPE;
  var ranges = [];
  var items = accept.slice(0, 4096).split(',');
  for (var i = 0; i < items.length; i++) {
    var params = items[i].trim().toLowerCase().split(';');
    var range = (params[0] || '').trim().split('/');
    if (!range[0] || !range[1]) continue;
    var q = 1;
    for (var j = 1; j < params.length; j++) {
      var m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(params[j]);
      if (m) q = Number(m[1]);
    }
    q = isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0;
    ranges.push({ type: range[0], subtype: range[1], q: q });
  }
  return quality(ranges, GRAPHQL_TYPE) > quality(ranges, JSON_TYPE) ? GRAPHQL_TYPE : JSON_TYPE;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
function handler(event) {
  var request = event.request;
  var accept = request.headers.accept ? request.headers.accept.value : undefined;
  request.headers.accept = { value: negotiate(accept) };
  return request;
}
