/**
 * On a profession page reached from a search result: highlights the matched words with Pagefind's
 * highlight script, loaded only when the address asks for it (`?sorot=…`).
 */
import { HIGHLIGHT_PARAM } from '../../core/search/highlight-param';
import { highlightTerms } from '../../core/search/limits';
import { pagefindPath } from '../../routes';

/** Pagefind's highlighter: its constructor marks the words `getHighlightParams` returns. */
interface PagefindHighlightClass {
  new (options: object): { getHighlightParams(name: string): string[] };
}

const url = pagefindPath('pagefind-highlight.js');
const terms = highlightTerms(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM));
if (terms.length > 0) {
  void import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }: { default: PagefindHighlightClass }) => {
      // Pagefind's script would read the raw parameter, and a 50 KB value builds a regular expression
      // too large to compile: it gets the capped terms instead (tests/e2e/hostile-params.test.ts
      // fails if a Pagefind update stops asking this method).
      class CappedHighlight extends PagefindHighlight {
        override getHighlightParams(): string[] {
          return terms;
        }
      }
      // Our own <mark> style applies; only the article (the indexed text) is marked.
      new CappedHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        addStyles: false,
        markContext: '[data-pagefind-body]',
        markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
      });
    })
    // The highlight is a courtesy: a page whose highlighter fails to load or to mark still reads.
    .catch(() => undefined);
}
