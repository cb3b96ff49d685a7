'use client';

import type { RouterOutputs } from '@healthpay/api';

type Page = RouterOutputs['insurance']['mine'];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The list reads a projection that lags a command by a moment: fetch it again (bounded, ~5 s) until it shows
 * what the command returned, so the pharmacist sees their claim at once.
 */
export async function refreshUntil(fetchPage: () => Promise<Page | null>, shown: (page: Page) => boolean): Promise<void> {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const page = await fetchPage().catch(() => null);
    if (page && shown(page)) return;
    await pause(100 * attempt);
  }
}
