// Equivalence check for redactor speed work: a change that is only meant to be faster
// must leave redact()'s output byte-identical. `dump` writes, for every message of the PHI
// corpora (main, held-out 1 to 14; not the sealed holdout15) as written, lower-cased and upper-cased, the
// result of redact() with and without the reversible map (text, spans, restore map), plus
// each corpus joined into one long text (the long-text paths: Maps, pooled tokens past a
// message). `compare` reports the first differences between two dumps.
//
//   npx tsx bench/_phi-equivalence.ts dump out.json
//   npx tsx bench/_phi-equivalence.ts compare base.json out.json
//
// The leading "_" keeps `npm run bench` from taking it for a benchmark.
// The dump holds invented test data only (test/fixtures/phi); it is not a benchmark input.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { redact } from "../src/privacy/redact.ts";
import { loadCorpus } from "../test/fixtures/phi/score.ts";

interface Entry {
  /** corpus:variant:id, or corpus:variant:joined. */
  key: string;
  text: string;
  spans: unknown[];
  restore: [string, string][];
  /** The non-reversible call's text and spans, when they differ from the reversible call's (never, so far). */
  plain?: { text: string; spans: unknown[] };
}

const VARIANTS: [string, (s: string) => string][] = [
  ["as-written", (s) => s],
  ["lower", (s) => s.toLowerCase()],
  ["upper", (s) => s.toUpperCase()],
];

function entry(key: string, input: string): Entry {
  const rev = redact(input, { reversible: true });
  const plain = redact(input);
  const e: Entry = { key, text: rev.text, spans: rev.spans.map((s) => ({ ...s })), restore: [...(rev.restoreMap ?? new Map<string, string>())] };
  const plainSpans = plain.spans.map((s) => ({ ...s }));
  if (plain.text !== rev.text || JSON.stringify(plainSpans) !== JSON.stringify(e.spans)) e.plain = { text: plain.text, spans: plainSpans };
  return e;
}

function dump(file: string): void {
  const entries: Entry[] = [];
  for (const name of ["corpus", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15"] as const) {
    const corpus = loadCorpus(name);
    for (const [variant, f] of VARIANTS) {
      for (const m of corpus) entries.push(entry(`${name}:${variant}:${m.id}`, f(m.text)));
      entries.push(entry(`${name}:${variant}:joined`, corpus.map((m) => f(m.text)).join("\n")));
    }
  }
  const json = `[\n${entries.map((e) => JSON.stringify(e)).join(",\n")}\n]\n`;
  writeFileSync(file, json);
  const spans = entries.reduce((n, e) => n + e.spans.length, 0);
  console.log(`${entries.length} results, ${spans} spans, sha256 ${createHash("sha256").update(json).digest("hex").slice(0, 16)} -> ${file}`);
}

function compare(a: string, b: string): number {
  const left = JSON.parse(readFileSync(a, "utf8")) as Entry[];
  const right = new Map((JSON.parse(readFileSync(b, "utf8")) as Entry[]).map((e) => [e.key, e]));
  let differ = 0;
  for (const l of left) {
    const r = right.get(l.key);
    right.delete(l.key);
    if (r && JSON.stringify(l) === JSON.stringify(r)) continue;
    // Keys only: the texts are test data, but a diff tool should not echo message text.
    if (++differ <= 20) console.log(`differs: ${l.key}${r ? "" : " (missing on the right)"}`);
  }
  for (const key of right.keys()) if (++differ <= 20) console.log(`differs: ${key} (missing on the left)`);
  console.log(differ === 0 ? `identical: ${left.length} results` : `${differ} of ${left.length} results differ`);
  return differ === 0 ? 0 : 1;
}

const [command, ...files] = process.argv.slice(2);
if (command === "dump" && files.length === 1) dump(files[0]!);
else if (command === "compare" && files.length === 2) process.exitCode = compare(files[0]!, files[1]!);
else {
  console.error("usage: npx tsx bench/_phi-equivalence.ts dump OUT.json | compare BASE.json OTHER.json");
  process.exitCode = 2;
}
