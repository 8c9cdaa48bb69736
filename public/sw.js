// LiveDesk's service worker: after the first visit the app works with the
// network off. scripts/site/finish.mjs fills in this build's version and files.
// A new build installs beside the running one and waits: the page offers it,
// and only the user's "update" (never while a timer runs) activates it.
const VERSION = "__LIVEDESK_VERSION__";
/** Cached on install: the app itself. */
const SHELL = __LIVEDESK_SHELL__;
/** Cached the first time the app loads them (charts, the Excel reader). */
const ON_FIRST_USE = __LIVEDESK_ON_FIRST_USE__;
const CACHE = `livedesk-${VERSION}`;
const scoped = (path) => new URL(path, self.registration.scope).href;
const onFirstUse = new Set(ON_FIRST_USE.map(scoped));

// Revalidated with the server ("no-cache"): a file without a content hash in
// its name (the manifest, the icons) must not come stale from the HTTP cache
// into a new version; an unchanged one costs a 304.
self.addEventListener("install", (event) => {
  const requests = SHELL.map((path) => new Request(scoped(path), { cache: "no-cache" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("livedesk-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "livedesk-activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  if (request.mode === "navigate") {
    // Every path of the app is the same page: deep links open offline too.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(scoped("index.html")).then((page) => page ?? fetch(request))),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request);
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && onFirstUse.has(request.url)) await cache.put(request, response.clone());
      return response;
    }),
  );
});
