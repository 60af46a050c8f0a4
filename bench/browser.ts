/** Time from loading the sidebar page to an interactive form, in Debian's Chromium via the workbench. */
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { CHROMIUM, launchChromium } from "../test/browser/chromium";
import { startWorkbench } from "../workbench/server";
import type { Measurement } from "./run";

export async function browserBenchmarks(): Promise<Measurement[]> {
  if (!existsSync(CHROMIUM)) {
    console.error(`(skipping browser benchmark: ${CHROMIUM} is not installed)`);
    return [];
  }
  const [browser, workbench] = await Promise.all([launchChromium(), startWorkbench()]);
  try {
    const page = await browser.newPage();
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const start = performance.now();
      await page.goto(new URL("/sidebar", workbench.url).href);
      await page.locator("#create").waitFor();
      if (i > 0) times.push(performance.now() - start); // the first load warms the browser up
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
    return [
      {
        name: "sidebar: page load to interactive form (Chromium)",
        value: Math.round(median * 10) / 10,
        unit: "ms",
      },
    ];
  } finally {
    await browser.close();
    await workbench.close();
  }
}
