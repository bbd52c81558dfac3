/**
 * On an old address's page (src/components/RedirectPage.astro): go on to the new address at once,
 * keeping the part after "#" (the section a shared link points at) and the query, which the page's
 * meta refresh would lose. Replaces the history entry, so Back skips the old address.
 */
const target = document.querySelector<HTMLAnchorElement>('a[data-redirect-target]');
if (target) location.replace(target.pathname + location.search + location.hash);
