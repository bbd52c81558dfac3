/**
 * "Apakah saya cocok?": the self-check built from a profession's own statements of who fits and
 * who does not. Pure, so the page's script stays a few lines and the reading is tested here.
 */

/** Which side of the text a statement comes from. */
export type Side = 'fit' | 'unfit';

/** One statement the reader may tick. */
export interface SelfCheckItem {
  side: Side;
  text: string;
}

/**
 * Returns the statements in the order they are offered: fit and unfit interleaved, so the reader
 * answers each on its own rather than ticking a whole column: ([f1, f2], [u1]) → f1, u1, f2.
 */
export function selfCheckItems(fit: readonly string[], unfit: readonly string[]): SelfCheckItem[] {
  const items: SelfCheckItem[] = [];
  for (let i = 0; i < Math.max(fit.length, unfit.length); i++) {
    if (i < fit.length) items.push({ side: 'fit', text: fit[i]! });
    if (i < unfit.length) items.push({ side: 'unfit', text: unfit[i]! });
  }
  return items;
}

/** What the ticks say: nothing ticked, only fit statements, only unfit ones, or both. */
export type ReadingKind = 'none' | 'fit' | 'unfit' | 'mixed';

/** The reading: the ticked statements of each side, quoted back as written, and its kind. */
export interface Reading {
  fit: string[];
  unfit: string[];
  kind: ReadingKind;
}

/** Returns the reading of the ticked statements, keeping each side's statements in their order. */
export function readSelfCheck(ticked: { fit: readonly string[]; unfit: readonly string[] }): Reading {
  const fit = [...new Set(ticked.fit)];
  const unfit = [...new Set(ticked.unfit)];
  const kind: ReadingKind = fit.length > 0 ? (unfit.length > 0 ? 'mixed' : 'fit') : unfit.length > 0 ? 'unfit' : 'none';
  return { fit, unfit, kind };
}
