import { describe, expect, it } from "vitest";
import {
  parseRespondentList,
  respondentErrors,
  respondentsRequest,
} from "../../sidebar/respondents";
import { REQUEST_LIMITS } from "../../src/core/contract/limits";

describe("pasting a list of respondents", () => {
  it("reads 'Name; Group' lines and two spreadsheet columns", () => {
    expect(parseRespondentList("Anna Rossi; Direzione\nBruno\tFront line\n\n  Carla  \n")).toEqual([
      { name: "Anna Rossi", group: "Direzione", email: "" },
      { name: "Bruno", group: "Front line", email: "" },
      { name: "Carla", group: "", email: "" },
    ]);
  });

  it("keeps a comma inside the name when a semicolon or tab separates the group", () => {
    expect(parseRespondentList("Rossi, Mario; Direzione")).toEqual([
      { name: "Rossi, Mario", group: "Direzione", email: "" },
    ]);
  });

  it("uses a comma as separator only in lines without semicolons or tabs", () => {
    expect(parseRespondentList("Mario Rossi, Clienti")).toEqual([
      { name: "Mario Rossi", group: "Clienti", email: "" },
    ]);
  });

  it("takes the part with an @ as the person's email, wherever it stands, mistyped or not", () => {
    expect(
      parseRespondentList(
        "Anna; Direzione; anna@rossi.it\nbruno@rossi.it\tBruno\nCarla, carla@x.it\nDora; dora@rossi",
      ),
    ).toEqual([
      { name: "Anna", group: "Direzione", email: "anna@rossi.it" },
      { name: "Bruno", group: "", email: "bruno@rossi.it" },
      { name: "Carla", group: "", email: "carla@x.it" },
      { name: "Dora", group: "", email: "dora@rossi" },
    ]);
  });
});

describe("checking respondents before sending", () => {
  const row = (name: string, group = "", email = "") => ({ name, group, email });

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

  it("checks an email's shape and length, as the server does, and leaves a blank one alone", () => {
    const long = `${"a".repeat(REQUEST_LIMITS.email)}@x.it`;
    expect(
      respondentErrors(
        [row("Anna", "", "  "), row("Bruno", "", "bruno@"), row("Carla", "", long)],
        "en",
      ),
    ).toEqual([
      {
        field: "respondents.1.email",
        message: "This does not look like an email address (name@domain.com).",
      },
      { field: "respondents.2.email", message: `At most ${REQUEST_LIMITS.email} characters.` },
    ]);
  });

  it("files the second use of an email under its row, whatever its case and spaces", () => {
    expect(
      respondentErrors(
        [row("Anna", "", "anna@rossi.it"), row("Bruno", "", " Anna@Rossi.it ")],
        "it",
        "add.x.respondents",
      ),
    ).toEqual([
      {
        field: "add.x.respondents.1.email",
        message:
          "anna@rossi.it è già l'email di un altro rispondente: ogni persona risponde in una sola colonna.",
      },
    ]);
  });
});

describe("a respondents request", () => {
  it("carries an email only where one was typed", () => {
    expect(
      respondentsRequest([
        { name: "Anna", group: "", email: "Anna@Rossi.it" },
        { name: "Bruno", group: "G", email: " " },
      ]),
    ).toEqual([
      { name: "Anna", group: "", email: "Anna@Rossi.it" },
      { name: "Bruno", group: "G" },
    ]);
  });
});
