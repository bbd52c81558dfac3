/**
 * Registers the service worker for offline reading (src/client/service-worker.ts), scoped to the
 * site. Loaded by header-search.ts once the page has loaded, so it costs the first paint nothing.
 */
import { homePath, serviceWorkerPath } from '../routes';

// updateViaCache 'none': the browser asks the server for sw.js on every check, whatever the HTTP cache says.
navigator.serviceWorker.register(serviceWorkerPath(), { scope: homePath(), updateViaCache: 'none' }).catch(() => {
  // No worker (a private window, a browser setting): the site works as before, online.
});
