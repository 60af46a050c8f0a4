/** The look shared by every sheet Bussola CX writes. */
import type { Cell } from "./builder";

export const COLORS = {
  title: "#1a237e",
  header: "#e8eaf6",
  area: "#f1f3f4",
  unanswered: "#fff3c4",
  muted: "#5f6368",
  technical: "#9aa0a6",
} as const;

/** A table's header cell. */
export function headerCell(value: string): Cell {
  return { value, bold: true, background: COLORS.header, wrap: true };
}
