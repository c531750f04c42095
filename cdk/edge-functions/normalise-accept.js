// CloudFront Function (cloudfront-js-2.0), viewer request. Rewrites Accept to
// exactly one of the two GraphQL representations, by the rule of
// lambda/http/negotiate.ts (higher q, then the more specific range, then the
// one listed first; a full tie, absence and "neither" give application/json), so
// the cache key holds two values instead of every client's spelling and the
// origin answers the representation the key names.
// tests/cdk/edge.test.ts runs this file against negotiate.ts on many headers.
var JSON_TYPE = 'application/json';
var GRAPHQL_TYPE = 'application/graphql-response+json';

// The most specific range matching mediaType (then the higher q) ranks it: { q, s, o } or null.
function priority(ranges, mediaType) {
  var parts = mediaType.split('/');
  var best = null;
  for (var i = 0; i < ranges.length; i++) {
    var r = ranges[i];
    var s = r.type === parts[0] && r.subtype === parts[1] ? 2 : r.type === parts[0] && r.subtype === '*' ? 1 : r.type === '*' && r.subtype === '*' ? 0 : -1;
    if (s < 0) continue;
    if (!best || s > best.s || (s === best.s && r.q > best.q)) best = { q: r.q, s: s, o: r.o };
  }
  return best;
}

// Higher q, then the more specific range, then the one listed first.
function prefers(a, b) {
  if (!a || a.q <= 0) return false;
  if (!b || b.q <= 0) return true;
  if (a.q !== b.q) return a.q > b.q;
  if (a.s !== b.s) return a.s > b.s;
  return a.o < b.o;
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
    ranges.push({ type: range[0], subtype: range[1], q: q, o: i });
  }
  return prefers(priority(ranges, GRAPHQL_TYPE), priority(ranges, JSON_TYPE)) ? GRAPHQL_TYPE : JSON_TYPE;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
function handler(event) {
  var request = event.request;
  var accept = request.headers.accept ? request.headers.accept.value : undefined;
  request.headers.accept = { value: negotiate(accept) };
  return request;
}
