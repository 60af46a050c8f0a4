/**
 * A check's errors as notes on their cells. The add-on's notes carry a prefix, so the next check
 * replaces them while people's own notes on the same sheet stay as they were.
 */
import { parseBox } from "../../layout/a1";
import type { CellError } from "./read";

/** Marks the notes Bussola CX writes, so a new check replaces them and leaves people's own notes. */
export const NOTE_PREFIX = "Bussola CX: ";

/**
 * A note without the lines an earlier check wrote. The add-on writes one line per error, each
 * starting with the prefix, so every such line is ours wherever it sits: below the person's text,
 * above it, or between lines the person added later. The person's lines are kept exactly.
 */
function withoutOurLines(note: string): string {
  if (!note.includes(NOTE_PREFIX)) return note;
  return note
    .split("\n")
    .filter((line) => !line.startsWith(NOTE_PREFIX))
    .join("\n");
}

/** One line per error: a message that spans lines would leave its tail behind at the next check. */
const ourLine = (message: string) => `${NOTE_PREFIX}${message.replace(/\s*[\r\n]+\s*/g, " ")}`;

/**
 * The sheet's notes after a check: people's own notes as they were, the add-on's earlier notes
 * gone, and each current error once on its cell. One grid the size of the sheet ("" clears a note),
 * written with one call.
 */
export function errorNotes(
  current: readonly (readonly string[])[],
  errors: readonly CellError[],
): string[][] {
  const notes = current.map((row) => row.map(withoutOurLines));
  const columns = notes[0]?.length ?? 0;
  // The lines written to each cell, so an error reported twice on one cell is noted once.
  const written = new Map<string, Set<string>>();
  for (const error of errors) {
    const box = parseBox(error.cell);
    if (box === null) continue;
    const { row, column } = box;
    const line = notes[row - 1];
    if (line === undefined || column > columns) continue;
    const ours = ourLine(error.message);
    const key = `${row}:${column}`;
    const onCell = written.get(key) ?? new Set<string>();
    if (onCell.has(ours)) continue;
    onCell.add(ours);
    written.set(key, onCell);
    const before = line[column - 1] ?? "";
    line[column - 1] = before === "" ? ours : `${before}\n${ours}`;
  }
  return notes;
}
