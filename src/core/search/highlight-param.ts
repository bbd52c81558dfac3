/** The query parameter a profession page reads to highlight words ("sorot" = highlight). */
export const HIGHLIGHT_PARAM = 'sorot';
