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

  var props = {
    fetcher: GraphiQL.createFetcher({ url: endpoint }),
    defaultTabs: config.tabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  };
  if (storage) props.storage = storage;

  ReactDOM.createRoot(mount).render(React.createElement(GraphiQL, props));
})();
