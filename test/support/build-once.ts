/** Builds dist/ once before the suite, so bundle tests always check the current source. */
import { build } from "../../build/build";

export default async function setup(): Promise<void> {
  await build();
}
