/**
 * The Content-Security-Policy of the GraphiQL page, shared by the build (a
 * <meta> tag, so the page is safe wherever it is hosted) and the Lambda
 * (a response header, which can also forbid framing).
 *
 * Everything is same-origin: scripts, styles and the GraphQL endpoint.
 * `data:` is needed for the fonts and icons inlined in graphiql.min.css.
 */
const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  // GraphiQL's dialogs (Radix, via react-remove-scroll-bar) insert a <style> element whose text holds
  // the reader's scrollbar width, so no fixed hash can allow it; scripts stay 'self' only.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** For a <meta http-equiv> tag: frame-ancestors is ignored there, so it is left out. */
export const graphiqlMetaCsp = directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** For the HTTP header: the meta policy plus a ban on being framed (clickjacking). */
export const graphiqlHeaderCsp = `${graphiqlMetaCsp}; frame-ancestors 'none'`;
