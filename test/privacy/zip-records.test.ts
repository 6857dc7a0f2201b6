// The place detector reads the zipcodes package's data files as JSON rather than requiring
// the package (a third of the load time); the records must be the package's own.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { zipRecordsFromJson, type ZipRecord } from "../../src/privacy/detectors/places.ts";

const require = createRequire(import.meta.url);

describe("zip records read as JSON", () => {
  it("are the records the zipcodes package exports, keys in the same order", () => {
    const fromJson = zipRecordsFromJson();
    const { codes } = require("zipcodes") as { codes: Record<string, ZipRecord> };
    expect(Object.keys(fromJson)).toEqual(Object.keys(codes));
    expect(fromJson).toEqual(codes);
    // Both the US list and the Canadian one are there.
    expect(fromJson["10001"]?.city).toBe("New York");
    expect(Object.keys(fromJson).some((zip) => /^[A-Z]\d[A-Z]$/.test(zip))).toBe(true);
  });
});
