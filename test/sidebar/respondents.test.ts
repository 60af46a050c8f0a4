import { describe, expect, it } from "vitest";
import { parseRespondentList } from "../../sidebar/respondents";

describe("pasting a list of respondents", () => {
  it("reads 'Name; Group' lines and two spreadsheet columns", () => {
    expect(parseRespondentList("Anna Rossi; Direzione\nBruno\tFront line\n\n  Carla  \n")).toEqual([
      { name: "Anna Rossi", group: "Direzione" },
      { name: "Bruno", group: "Front line" },
      { name: "Carla", group: "" },
    ]);
  });

  it("keeps a comma inside the name when a semicolon or tab separates the group", () => {
    expect(parseRespondentList("Rossi, Mario; Direzione")).toEqual([
      { name: "Rossi, Mario", group: "Direzione" },
    ]);
  });

  it("uses a comma as separator only in lines without semicolons or tabs", () => {
    expect(parseRespondentList("Mario Rossi, Clienti")).toEqual([
      { name: "Mario Rossi", group: "Clienti" },
    ]);
  });
});
