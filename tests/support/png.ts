/** Reading a PNG file's header: is it a PNG, and of what size. */
import { readFileSync } from 'node:fs';

/** Returns whether a file is a PNG and its width and height in pixels. */
export function pngSize(file: string): { png: boolean; width: number; height: number } {
  const bytes = readFileSync(file);
  return { png: bytes.subarray(1, 4).toString() === 'PNG', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
