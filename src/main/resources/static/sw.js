// Rapport's service worker: makes the app installable and keeps its own files (styles, scripts,
// icons) at hand. Pages hold private data, so they are never cached: they always come from the
// server, and only when the server cannot be reached does a small offline page answer instead.
'use strict';

var CACHE = 'rapport-static-v1';
var OFFLINE = '/offline.html';
var PRECACHE = [OFFLINE, '/css/rapport.css', '/js/app.js', '/js/people-picker.js', '/images/favicon.svg',
  '/icons/icon-192.png'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(PRECACHE);
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key !== CACHE;
    }).map(function (key) {
      return caches.delete(key);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

function isStatic(url) {
  return url.origin === self.location.origin
    && /^\/(css|js|icons|images|webjars)\//.test(url.pathname);
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(function () {
      return caches.match(OFFLINE);
    }));
    return;
  }
  var url = new URL(request.url);
  if (isStatic(url)) {
    // Network first so a new release's files win; the cache answers when offline.
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) {
          cache.put(request, copy);
        });
      }
      return response;
    }).catch(function () {
      return caches.match(request);
    }));
  }
});
