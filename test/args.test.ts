import { describe, expect, it } from "vitest";
import { parseArgs, tokenize } from "../src/chat/args.ts";
import type { OptionSpec } from "../src/chat/command.ts";
import { AppError } from "../src/errors.ts";

const specialist: OptionSpec[] = [
  { name: "query", type: "words", description: "specialty", required: true },
  { name: "near", type: "string", keyword: true, description: "place" },
  { name: "lang", type: "string", keyword: true, arity: 1, description: "language" },
  { name: "telehealth", type: "flag", description: "telehealth only" },
];

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("argument parsing", () => {
  it("keeps quoted strings together", () => {
    expect(tokenize(`a "b c" d`).map((t) => t.value)).toEqual(["a", "b c", "d"]);
  });

  it("reads keywords anywhere and joins leftover words", () => {
    const args = parseArgs("heart doctor near Springfield, IL lang spanish telehealth", specialist);
    expect(args.get("query")).toBe("heart doctor");
    expect(args.get("near")).toBe("Springfield, IL");
    expect(args.get("lang")).toBe("spanish");
    expect(args.flag("telehealth")).toBe(true);
  });

  it("takes free text verbatim once a text option starts, ignoring keywords inside it", () => {
    const opts: OptionSpec[] = [
      { name: "specialty", type: "string", description: "s", required: true },
      { name: "urgency", type: "choice", choices: ["urgent", "routine"], description: "u", required: true },
      { name: "question", type: "text", description: "q", required: true },
    ];
    const args = parseArgs('cardiology URGENT is  this  "near" normal?', opts);
    expect(args.get("urgency")).toBe("urgent");
    expect(args.get("question")).toBe('is  this  "near" normal?');
  });

  it("says which option is missing", () => {
    const error = failure(() => parseArgs("near 10001", specialist));
    expect(error.code).toBe("BAD_ARGUMENT");
    expect(error.message).toContain("`query` is missing");
  });

  it("says why an integer or choice is wrong without echoing the input", () => {
    const ints: OptionSpec[] = [{ name: "id", type: "integer", description: "case id", required: true }];
    const bad = failure(() => parseArgs("John", ints));
    expect(bad.message).toContain("`id` must be a whole number");
    expect(bad.message).not.toContain("John");
    const choice: OptionSpec[] = [{ name: "urgency", type: "choice", choices: ["urgent", "routine"], description: "u" }];
    expect(failure(() => parseArgs("soon", choice)).message).toContain("one of: urgent, routine");
  });

  it("rejects a keyword without a value and a keyword given twice", () => {
    expect(failure(() => parseArgs("cardiology near", specialist)).message).toContain("`near` needs a value");
    expect(failure(() => parseArgs("cardiology lang french lang spanish", specialist)).message).toContain("given twice");
  });

  it("rejects extra arguments when the command takes none", () => {
    expect(failure(() => parseArgs("extra", [])).message).toContain("Too many arguments");
  });
});
