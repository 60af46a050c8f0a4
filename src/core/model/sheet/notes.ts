/**
 * A check's errors as notes on their cells. The add-on's notes carry a prefix, so the next check
 * replaces them while people's own notes on the same sheet stay as they were.
 */
import { parseBox } from "../../layout/a1";
import type { CellError } from "./read";

/** Marks the notes Bussola CX writes, so a new check replaces them and leaves people's own notes. */
export const NOTE_PREFIX = "Bussola CX: ";

/**
 * The sheet's notes after a check: people's own notes as they were, the add-on's earlier notes
 * gone, and one note per cell with errors. One grid the size of the sheet ("" clears a note),
 * written with one call.
 */
export function errorNotes(
  current: readonly (readonly string[])[],
  errors: readonly CellError[],
): string[][] {
  const notes = current.map((row) => row.map((note) => (note.startsWith(NOTE_PREFIX) ? "" : note)));
  const columns = notes[0]?.length ?? 0;
  for (const error of errors) {
    const box = parseBox(error.cell);
    if (box === null) continue;
    const { row, column } = box;
    const line = notes[row - 1];
    if (line === undefined || column > columns) continue;
    const before = line[column - 1] ?? "";
    const ours = `${NOTE_PREFIX}${error.message}`;
    line[column - 1] = before === "" ? ours : `${before}\n${ours}`;
  }
  return notes;
}
