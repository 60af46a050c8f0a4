import { describe, expect, it } from "vitest";
import { parseRespondentList, respondentErrors } from "../../sidebar/respondents";
import { REQUEST_LIMITS } from "../../src/core/contract/limits";

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

describe("checking respondents before sending", () => {
  const row = (name: string, group = "") => ({ name, group });

  it("accepts a list the server would accept", () => {
    expect(respondentErrors([row(" Anna "), row("Bruno", "Front line")], "it")).toEqual([]);
  });

  it("files a blank name under its row, as the server does", () => {
    expect(respondentErrors([row("Anna"), row("  ")], "en")).toEqual([
      { field: "respondents.1.name", message: "Required." },
    ]);
  });

  it("holds names and groups to REQUEST_LIMITS after trimming", () => {
    const name = "n".repeat(REQUEST_LIMITS.respondentName);
    const group = "g".repeat(REQUEST_LIMITS.group);
    expect(respondentErrors([row(` ${name} `, ` ${group} `)], "en")).toEqual([]);
    expect(respondentErrors([row(`${name}n`, `${group}g`)], "en", "add.x.respondents")).toEqual([
      {
        field: "add.x.respondents.0.name",
        message: `At most ${REQUEST_LIMITS.respondentName} characters.`,
      },
      {
        field: "add.x.respondents.0.group",
        message: `At most ${REQUEST_LIMITS.group} characters.`,
      },
    ]);
  });

  it("allows REQUEST_LIMITS.respondents rows and no more", () => {
    const rows = Array.from({ length: REQUEST_LIMITS.respondents }, (_, n) => row(`P${n}`));
    expect(respondentErrors(rows, "it")).toEqual([]);
    expect(respondentErrors([...rows, row("Uno di troppo")], "it")).toEqual([
      {
        field: "respondents",
        message: `Al massimo ${REQUEST_LIMITS.respondents} rispondenti.`,
      },
    ]);
  });
});
