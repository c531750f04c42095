/*
 * Browser-side start-up of the self-hosted GraphiQL page. Shipped as is (no
 * transpiling): it runs after React, ReactDOM and GraphiQL's UMD builds in the
 * same bundle, and reads its settings from the page's JSON data block, so the
 * strict Content-Security-Policy (script-src 'self') needs no inline script.
 */
/* global React, ReactDOM, GraphiQL */
(function () {
  'use strict';

  var configElement = document.getElementById('graphiql-config');
  var mount = document.getElementById('graphiql');
  if (!configElement || !mount) {
    throw new Error('GraphiQL page is missing its #graphiql-config or #graphiql element');
  }
  var config = JSON.parse(configElement.textContent || '{}');

  // Relative to the page, so the same page works at /, /graphiql, behind an
  // API Gateway stage (/prod/) or a CloudFront path.
  var endpoint = new URL(config.endpoint, window.location.href).href;

  // GraphiQL keeps its tabs in localStorage and ignores defaultTabs once any
  // are stored; keying the store by the examples' version shows a returning
  // reader the current examples after they change.
  var prefix = 'huozhou-graphiql:' + config.version + ':';
  var storage = null;
  try {
    var local = window.localStorage;
    var stale = [];
    for (var i = 0; i < local.length; i++) {
      var key = local.key(i);
      if (key && key.indexOf('huozhou-graphiql:') === 0 && key.indexOf(prefix) !== 0) stale.push(key);
    }
    stale.forEach(function (k) { local.removeItem(k); });
    var ownKeys = function () {
      var keys = [];
      for (var j = 0; j < local.length; j++) {
        var k = local.key(j);
        if (k && k.indexOf(prefix) === 0) keys.push(k);
      }
      return keys;
    };
    storage = {
      getItem: function (name) { return local.getItem(prefix + name); },
      setItem: function (name, value) { local.setItem(prefix + name, value); },
      removeItem: function (name) { local.removeItem(prefix + name); },
      clear: function () { ownKeys().forEach(function (k) { local.removeItem(k); }); },
      get length() { return ownKeys().length; },
    };
  } catch (e) {
    // Storage disabled (private mode, blocked cookies): GraphiQL still works, it just forgets.
    storage = undefined;
  }

  // Names of the operations a document defines, ignoring comments and strings.
  var operationNames = function (query) {
    var code = String(query)
      .replace(/"""[\s\S]*?"""/g, '""')
      .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
      .replace(/#[^\n\r]*/g, '');
    var names = [];
    var re = /(?:^|[^\w$])(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;
    var m;
    while ((m = re.exec(code))) names.push(m[1]);
    return names;
  };

  // GraphiQL can send the operation name the tab had before the reader edited it
  // (e.g. "Unknown operation named GlossaryTermSix" on the first run of a new
  // query). The name sent must be one the document defines: otherwise it is the
  // document's only operation, or none (an anonymous query needs none).
  var baseFetcher = GraphiQL.createFetcher({ url: endpoint });
  var fetcher = function (params, options) {
    if (params && typeof params.query === 'string' && params.operationName) {
      var names = operationNames(params.query);
      if (names.indexOf(params.operationName) < 0) {
        params = Object.assign({}, params, { operationName: names.length === 1 ? names[0] : undefined });
      }
    }
    return baseFetcher(params, options);
  };

  // GraphiQL titles a tab by its operation name; the reader sees the tab's label
  // (Chinese and English) instead, drawn by CSS from data-label so React's own
  // text node is never touched (a renamed operation shows its new name).
  var labels = {};
  (config.tabs || []).forEach(function (tab) { if (tab.operationName && tab.label) labels[tab.operationName] = tab.label; });
  var relabel = function () {
    var buttons = mount.querySelectorAll('.graphiql-tab-button');
    for (var b = 0; b < buttons.length; b++) {
      var button = buttons[b];
      var name = button.textContent;
      var label = Object.prototype.hasOwnProperty.call(labels, name) ? labels[name] : null;
      if (label === null) {
        if (button.hasAttribute('data-label')) button.removeAttribute('data-label');
      } else if (button.getAttribute('data-label') !== label) {
        button.setAttribute('data-label', label);
        button.setAttribute('title', name);
      }
    }
  };
  new MutationObserver(relabel).observe(mount, { childList: true, subtree: true, characterData: true });

  var props = {
    fetcher: fetcher,
    defaultTabs: (config.tabs || []).map(function (tab) {
      return tab.variables === undefined ? { query: tab.query } : { query: tab.query, variables: tab.variables };
    }),
    // The schema's own description (what the data is) shows at the top of the Docs pane.
    schemaDescription: true,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  };
  if (storage) props.storage = storage;

  ReactDOM.createRoot(mount).render(React.createElement(GraphiQL, props));
})();
