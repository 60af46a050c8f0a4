import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/build-once.ts"],
    // On 2 cores vitest's default is one worker; two let the two Chromium files overlap with the
    // rest (measured under a CPU hog: 51–57 s with one worker, 33 s with two).
    maxWorkers: 2,
    // Browser tests start Chromium; two cores are plenty for the rest.
    testTimeout: 30_000,
    // A browser round trip on a busy 2-core CI machine can take more than the default second.
    expect: { poll: { timeout: 10_000 } },
  },
});
