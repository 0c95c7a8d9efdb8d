/**
 * Finds and launches the system Chromium for tests, the diagram renderer and the benchmark:
 * CHROME_PATH, else /usr/bin/chromium, else Playwright's cache. Never downloads a browser.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export function findChrome(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache).filter((d) => d.startsWith('chromium')).sort().reverse()) {
      candidates.push(join(cache, dir, 'chrome-linux', 'chrome'), join(cache, dir, 'chrome-linux64', 'chrome'));
    }
  }
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) {
    throw new Error(
      'No Chromium found. Set CHROME_PATH to a Chromium or Chrome binary, or install one: `sudo apt-get install -y chromium` on Debian/Ubuntu (gives /usr/bin/chromium).',
    );
  }
  return found;
}

/** Flags that keep Chromium quiet on a closed network and work as root. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright gives every launch a fresh temporary profile and removes it on close. */
export async function launch(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  return { browser, close: () => browser.close() };
}
