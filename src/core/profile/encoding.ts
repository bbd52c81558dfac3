/** Recognising text encodings a writer's editor may save in instead of UTF-8. */

/** How much of a file is looked at to tell its encoding. */
const SAMPLE = 4096;

/**
 * Returns `'UTF-16LE'` or `'UTF-16BE'` when the bytes are UTF-16 (what Windows Notepad calls
 * "Unicode"), with or without a byte order mark, else `undefined`. Without a mark, a text of
 * mostly Latin letters is UTF-16 when nearly every other byte is NUL, at odd (LE) or even (BE) offsets.
 */
export function detectUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return 'UTF-16LE';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return 'UTF-16BE';
  return undefined;
}

/** The problem of a UTF-16 source, in words a writer can act on. */
export const UTF16_MESSAGE =
  'the file is saved as UTF-16 (Notepad calls it "Unicode"), not UTF-8: open it and save it again with the encoding UTF-8 (Notepad: File > Save As > Encoding: UTF-8)';
