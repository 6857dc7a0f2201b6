// redact() must be a pure function of its input: no pattern's lastIndex, pooled token or
// cache may carry anything from one call to the next. (A sticky pattern tested on a slice
// without resetting its lastIndex once made every second "BED REQUEST: WAIRIMU SWIFT, 94"
// keep the name and the age.) Every corpus, in all three casings, is redacted front to back
// and then back to front, each message twice in a row: all four outputs must agree.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { loadCorpus } from "../fixtures/phi/score.ts";

const NAMES = ["corpus", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15"] as const;

describe("redact is deterministic whatever came before", () => {
  for (const name of NAMES) {
    it(`gives each ${name} message one output, in any order and repeated`, () => {
      const texts = loadCorpus(name).flatMap((m) => [m.text, m.text.toLowerCase(), m.text.toUpperCase()]);
      const forward = texts.map((t) => [redact(t).text, redact(t).text]);
      const backward = [...texts].reverse().map((t) => redact(t).text).reverse();
      const differ = texts.filter((t, i) => forward[i]![0] !== forward[i]![1] || forward[i]![0] !== backward[i]);
      expect(differ.slice(0, 3)).toEqual([]);
    });
  }
});
