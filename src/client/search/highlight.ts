/**
 * On a profession page reached from a search result: highlights the matched words with Pagefind's
 * highlight script, loaded only when the address asks for it (`?sorot=…`).
 */
import { HIGHLIGHT_PARAM } from '../../core/search/highlight-param';
import { pagefindPath } from '../../routes';

const url = pagefindPath('pagefind-highlight.js');
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import(/* @vite-ignore */ url).then(
    ({ default: PagefindHighlight }) =>
      // Our own <mark> style applies; only the article (the indexed text) is marked.
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        addStyles: false,
        markContext: '[data-pagefind-body]',
        markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
      }),
  );
}
