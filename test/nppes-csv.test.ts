import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "../src/directory/nppes/fast-csv.ts";

async function readAll(text: string, chunkSize: number): Promise<string[][]> {
  async function* chunks() {
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: string[][] = [];
  for await (const r of readCsv(chunks())) {
    if ("error" in r) throw new Error(r.error);
    out.push(r.fields);
  }
  return out;
}

const value = fc.oneof(fc.constant(""), fc.string(), fc.constantFrom('a"b', "x,y", "line\nbreak", "é ü 漢", "  spaced  "));
const quoteAll = (v: string) => `"${v.replace(/"/g, '""')}"`;
const quoteSome = (v: string) => (/[",\r\n]/.test(v) || v === "" ? quoteAll(v) : v);

describe("NPPES CSV reader", () => {
  it("reads what csv-parse reads, whatever the chunking", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        async (rows, quoteEverything, crlf, chunkSize) => {
          const text = rows.map((r) => r.map(quoteEverything ? quoteAll : quoteSome).join(",")).join(crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n");
          const expected = parse(text, { relax_column_count: true }) as string[][];
          expect(await readAll(text, chunkSize)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reports a malformed line with its number and reads on", async () => {
    const records = [];
    async function* one() {
      yield Buffer.from('"a","b"\n"x"y,"z"\n"c","d"');
    }
    for await (const r of readCsv(one())) records.push(r);
    expect(records).toEqual([
      { fields: ["a", "b"], line: 1 },
      { error: "text after a closing quote", line: 2 },
      { fields: ["c", "d"], line: 3 },
    ]);
  });
});
