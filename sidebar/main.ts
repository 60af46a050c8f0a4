/**
 * The sidebar page's entry: New assessment, This file, Models, Help (one file each in views/),
 * framed by the shell. One server round trip per action, a visible busy state, errors beside what
 * caused them, Italian and English. User text is only ever set as text (see dom.ts).
 */
import { start } from "./shell";

void start();
