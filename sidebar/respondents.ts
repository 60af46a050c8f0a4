/** Respondents as typed or pasted into the sidebar. */

export interface RespondentRow {
  name: string;
  group: string;
}

/**
 * "Name; Group" per line, or name and group in two spreadsheet columns (a tab). A comma separates
 * only in lines with neither, so "Rossi, Mario; Direzione" keeps its name. Empty lines are skipped.
 */
export function parseRespondentList(text: string): RespondentRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const separator = /[\t;]/.test(line) ? /[\t;]/ : /,/;
      const [name = "", ...rest] = line.split(separator);
      return { name: name.trim(), group: rest.join(" ").trim() };
    });
}
