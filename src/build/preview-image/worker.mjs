/**
 * A child process of the preview-image pool (./pool.ts): renders each card it is sent to a file.
 * Cards are handled as they arrive, so satori lays out one while sharp rasterises another. The
 * file is written under a temporary name and renamed: no half-written PNG survives a crash.
 */
import { rename, writeFile } from 'node:fs/promises';
import { cardToPng } from './rasterise.mjs';

// The parent is gone (finished, or killed): nothing left to do.
process.on('disconnect', () => process.exit(0));

process.on('message', async (/** @type {{ id: number; card: unknown; size: { width: number; height: number }; file: string }} */ job) => {
  try {
    const temporary = `${job.file}.${process.pid}.tmp`;
    await writeFile(temporary, await cardToPng(job.card, job.size));
    await rename(temporary, job.file);
    process.send?.({ id: job.id });
  } catch (error) {
    process.send?.({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
