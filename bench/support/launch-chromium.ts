/** Headless Debian Chromium through playwright-core; never a downloaded browser. */
import { chromium, type Browser } from 'playwright-core';

/** Path of the Chromium binary; `CHROMIUM_PATH` overrides Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches a fresh headless Chromium (a new profile each time). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
