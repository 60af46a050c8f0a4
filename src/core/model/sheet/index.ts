/**
 * A model as an editable sheet, and back: what the server and the tests use. The sheet's sections
 * and columns are declared once in spec.ts; write.ts, read.ts and notes.ts follow from it.
 */
export { errorNotes, NOTE_PREFIX } from "./notes";
export { type CellError, readModelSheet, type SheetReading } from "./read";
export { headerFieldCell } from "./sections";
export { MODEL_HEADER, SCOPE_AREAS, SCOPE_OVERALL, TABLES } from "./spec";
export { planModelSheet } from "./write";
