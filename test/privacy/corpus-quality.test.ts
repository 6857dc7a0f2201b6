// Detection quality on the labelled corpus (test/fixtures/phi). Floors sit just under
// the current figures (100% recall and precision on both corpora, no non-PHI word
// altered), so a change that loses recall or mangles clinical text fails here.
// Regenerate the corpus with `npx tsx test/fixtures/phi/generate.ts`.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { generateCorpus } from "../fixtures/phi/generate.ts";
import { generateHoldout } from "../fixtures/phi/holdout.ts";
import { generateHoldout2 } from "../fixtures/phi/holdout2.ts";
import { generateHoldout3 } from "../fixtures/phi/holdout3.ts";
import { generateHoldout4 } from "../fixtures/phi/holdout4.ts";
import { generateHoldout5 } from "../fixtures/phi/holdout5.ts";
import { generateHoldout6 } from "../fixtures/phi/holdout6.ts";
import { generateHoldout7 } from "../fixtures/phi/holdout7.ts";
import { generateHoldout8 } from "../fixtures/phi/holdout8.ts";
import { generateHoldout9 } from "../fixtures/phi/holdout9.ts";
import { generateHoldout10 } from "../fixtures/phi/holdout10.ts";
import { generateHoldout11 } from "../fixtures/phi/holdout11.ts";
import { generateHoldout12 } from "../fixtures/phi/holdout12.ts";
import { generateHoldout13 } from "../fixtures/phi/holdout13.ts";
import { generateHoldout14 } from "../fixtures/phi/holdout14.ts";
import { generateHoldout15 } from "../fixtures/phi/holdout15.ts";
import { loadCorpus, scoreSpans } from "../fixtures/phi/score.ts";

const corpus = loadCorpus();
const scores = scoreSpans(corpus, (text) => redact(text).spans);

describe("PHI corpus", () => {
  it("is the generator's output, with at least 400 messages and 80 without PHI", () => {
    expect(corpus).toEqual(generateCorpus());
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    expect(corpus.filter((m) => m.spans.length === 0).length).toBeGreaterThanOrEqual(80);
    for (const m of corpus) for (const s of m.spans) expect(m.text.slice(s.start, s.end)).toBe(s.value);
  });

  // Floors sit just under 100%: one miss passes, a second fails.
  it("removes at least 99.8% of identifier spans completely", () => {
    expect(scores.recall, JSON.stringify(scores.misses.slice(0, 10))).toBeGreaterThanOrEqual(0.998);
  });

  it("removes at least 99.6% of names", () => {
    const names = scores.byType.get("NAME")!;
    expect(names.removed / names.total, JSON.stringify(scores.misses.filter((m) => m.type === "NAME"))).toBeGreaterThanOrEqual(0.996);
  });

  it("removes every identifier of the shaped types (phones, emails, SSNs, MRNs, dates...)", () => {
    for (const type of ["DATE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "DEVICE", "URL", "IP", "ZIP", "AGE"] as const) {
      const t = scores.byType.get(type)!;
      expect(t.total, type).toBeGreaterThan(0);
      expect(t.removed, `${type}: ${JSON.stringify(scores.misses.filter((m) => m.type === type).slice(0, 5))}`).toBe(t.total);
    }
  });

  it("has precision of at least 99.5%", () => {
    expect(scores.precision).toBeGreaterThanOrEqual(0.995);
  });

  it("alters at most 0.2% of non-PHI words", () => {
    expect(scores.nonPhiAltered, JSON.stringify(scores.overreach.slice(0, 10))).toBeLessThanOrEqual(0.002);
  });

  it("leaves the messages without PHI unchanged", () => {
    const changed = corpus.filter((m) => m.spans.length === 0 && redact(m.text).text !== m.text).map((m) => m.text);
    expect(changed, changed.slice(0, 5).join("\n")).toEqual([]);
  });
});

/** Floors of a held-out corpus: span recall, name recall, precision, non-PHI words altered. */
interface Floors {
  recall: number;
  names: number;
  /** Defaults: precision 99%, non-PHI words altered at most 0.5%. */
  precision?: number;
  altered?: number;
}

function heldOutSuite(title: string, name: "holdout" | "holdout2" | "holdout3" | "holdout4" | "holdout5" | "holdout6" | "holdout7" | "holdout8" | "holdout9" | "holdout10" | "holdout11" | "holdout12" | "holdout13" | "holdout14" | "holdout15", generate: () => unknown, floors: Floors): void {
  describe(title, () => {
    it("is the generator's output", () => {
      expect(loadCorpus(name)).toEqual(generate());
    });
    floorTests(loadCorpus(name), floors);
  });
}

/** The floors of `floors` on `messages`. */
function floorTests(messages: ReturnType<typeof loadCorpus>, floors: Floors): void {
  {
    const held = scoreSpans(messages, (text) => redact(text).spans);

    it(`removes at least ${100 * floors.recall}% of identifier spans and ${100 * floors.names}% of names`, () => {
      expect(held.recall, JSON.stringify(held.misses.slice(0, 10))).toBeGreaterThanOrEqual(floors.recall);
      const names = held.byType.get("NAME")!;
      expect(names.removed / names.total).toBeGreaterThanOrEqual(floors.names);
    });

    const precision = floors.precision ?? 0.99, altered = floors.altered ?? 0.005;
    it(`keeps precision at ${100 * precision}% and alters at most ${100 * altered}% of non-PHI words`, () => {
      expect(held.precision).toBeGreaterThanOrEqual(precision);
      expect(held.nonPhiAltered, JSON.stringify(held.overreach.slice(0, 10))).toBeLessThanOrEqual(altered);
    });
  }
}

// The held-out corpus was written after the first tuning and never tuned on message by
// message. Its misses fell into two categories (bracketed initials, a health system's
// name before "St."), now covered by general rules; the floors catch regressions.
heldOutSuite("PHI held-out corpus", "holdout", generateHoldout, { recall: 0.99, names: 0.98 });

// The second held-out corpus was written after the context rules and measured once
// (95.0% of spans, 98.3% of names). Session 5 fixed its misses as classes ("Hospital of
// <town>", a town named like an eponym after "lives in"); one lower-case name stays missed.
heldOutSuite("PHI held-out corpus 2", "holdout2", generateHoldout2, { recall: 0.99, names: 0.98 });

// The third was written blind and measured once at 85.4% of spans. Its misses were then
// fixed as classes (particles, Jr., counties, town PDs, ordinal days, dotted dates, ages
// in words...); the floors sit just under the figures after those fixes (session 6: 98.7%
// of spans, 97.0% of names).
heldOutSuite("PHI held-out corpus 3", "holdout3", generateHoldout3, { recall: 0.985, names: 0.965, precision: 0.99, altered: 0.01 });

// The fourth was written blind and sealed, then measured once at 79.7% of spans (a third
// of its messages typed all in lower case); its false positives and misses were then fixed
// as classes in sessions 5 and 6 (98.1% of spans, 97.2% of names). Floors just under.
heldOutSuite("PHI held-out corpus 4", "holdout4", generateHoldout4, { recall: 0.975, names: 0.965, precision: 0.99, altered: 0.01 });

// The fifth was written blind and sealed, then measured once at 71.4% of spans (session 6);
// its misses were then fixed as classes (91.5% of spans, 85.5% of names; session 9: 95.5%, 91.0%).
// Floors just under.
heldOutSuite("PHI held-out corpus 5", "holdout5", generateHoldout5, { recall: 0.95, names: 0.9, precision: 0.99, altered: 0.01 });

// The sixth was written blind and sealed, then measured once at 80.6% of spans (session 7,
// at 2d1aa0b); its misses were then fixed as classes. Floors just under the figures after
// those fixes (session 9: 96.3% of spans, 93.3% of names).
heldOutSuite("PHI held-out corpus 6", "holdout6", generateHoldout6, { recall: 0.955, names: 0.925, precision: 0.99, altered: 0.005 });

// The seventh was written blind and sealed, then measured once at 88.2% of spans, 78.3% of
// names (session 8, at 476112d); its misses were then fixed as classes (95.5% of spans,
// 89.8% of names; session 9: 96.1%, 90.9%). Floors just under.
heldOutSuite("PHI held-out corpus 7", "holdout7", generateHoldout7, { recall: 0.955, names: 0.9, precision: 0.99, altered: 0.005 });

// The eighth was written blind and sealed, then measured once at 87.8% of spans, 85.7% of
// names (session 9, at 3177cc7); its misses were then fixed as classes (96.0% of spans, 90.5%
// of names, precision 99.2%, 0.70% of non-PHI words altered). Floors just under.
heldOutSuite("PHI held-out corpus 8", "holdout8", generateHoldout8, { recall: 0.955, names: 0.9, precision: 0.99, altered: 0.008 });

// The ninth was written blind and sealed, then measured once at 89.6% of spans, 85.3% of
// names, precision 96.8% (session 10, at 6ed73fb); its misses and false positives were then
// fixed as classes (96.7% of spans, 93.6% of names, precision 99.0%, 0.27% of non-PHI words
// altered). Floors just under.
heldOutSuite("PHI held-out corpus 9", "holdout9", generateHoldout9, { recall: 0.965, names: 0.93, precision: 0.985, altered: 0.004 });
// The tenth was written blind and sealed, then measured once at 88.0% of spans, 81.6% of
// names, precision 98.9% (session 11, at ebb565b); its misses and false positives were then
// fixed as classes (93.9% of spans, 87.7% of names, precision 99.5%, 0.36% of non-PHI words
// altered). Floors just under.
heldOutSuite("PHI held-out corpus 10", "holdout10", generateHoldout10, { recall: 0.935, names: 0.87, precision: 0.99, altered: 0.005 });
// The eleventh was written blind and sealed, then measured once at 81.9% of spans, 76.5% of
// names, precision 97.1% (session 12, at b439e05); its misses and false positives were then
// fixed as classes, with name lists of many countries (94.9% of spans, 89.9% of names,
// precision 99.6%, 0.16% of non-PHI words altered). Floors just under.
heldOutSuite("PHI held-out corpus 11", "holdout11", generateHoldout11, { recall: 0.94, names: 0.89, precision: 0.99, altered: 0.004 });
// The twelfth was written blind and sealed, then measured once at 88.4% of spans, 86.4% of
// names, precision 98.4% (session 13, at 5b2839f); its misses were then fixed as classes in
// session 14 (97.5% of spans, 95.1% of names, precision 99.6%, 0.19% of non-PHI words
// altered). Floors just under.
heldOutSuite("PHI held-out corpus 12", "holdout12", generateHoldout12, { recall: 0.97, names: 0.945, precision: 0.99, altered: 0.003 });
// The thirteenth was written blind and sealed, then measured once at 80.7% of spans, 75.0% of
// names, precision 97.9% (session 15, at 42d6c23); its misses were then fixed as classes in
// session 15 (90.9% of spans, 83.3% of names, precision 99.5%, 0.36% of non-PHI words
// altered). Floors just under. holdout14 was measured blind next (below).
heldOutSuite("PHI held-out corpus 13", "holdout13", generateHoldout13, { recall: 0.905, names: 0.828, precision: 0.99, altered: 0.004 });
// The fourteenth was written blind and sealed, then measured once at 89.8% of spans, 84.2% of
// names, precision 98.6% (session 16, at b527023); its misses were then fixed as classes in
// session 16 (95.7% of spans, 90.5% of names, precision 99.2%, 0.42% of non-PHI words altered).
// Floors just under.
heldOutSuite("PHI held-out corpus 14", "holdout14", generateHoldout14, { recall: 0.945, names: 0.89, precision: 0.99, altered: 0.005 });
// The fifteenth was written blind and sealed, then measured once at 84.9% of spans, 80.0% of
// names, precision 97.0%, 0.87% of non-PHI words altered (session 17, at 6e0a37b); its misses
// were then fixed as classes in session 17 and two review rounds' false positives removed (93.8%
// of spans, 89.2% of names, precision 99.2%, 0.25% of non-PHI words altered). Floors just under.
// holdout16, sealed until measured, estimates generalisation now.
heldOutSuite("PHI held-out corpus 15", "holdout15", generateHoldout15, { recall: 0.935, names: 0.885, precision: 0.99, altered: 0.003 });

// Clinicians often type chat all in lower case: the main corpus and held-out corpus 3
// lower-cased, same labels (session 6: 99.0% and 95.2% of spans).
function lowerCased(messages: ReturnType<typeof loadCorpus>): ReturnType<typeof loadCorpus> {
  return messages.filter((m) => m.text.toLowerCase().length === m.text.length).map((m) => ({ ...m, text: m.text.toLowerCase() }));
}
describe("PHI corpus typed all in lower case", () => {
  floorTests(lowerCased(corpus), { recall: 0.985, names: 0.975 });
});
describe("PHI held-out corpus 3 typed all in lower case", () => {
  floorTests(lowerCased(loadCorpus("holdout3")), { recall: 0.95, names: 0.93, precision: 0.99, altered: 0.01 });
});

// And in capitals, where a capital says nothing (session 7: 97.1% of spans, 93.9% of names;
// session 8: 98.4%, 96.8%).
function upperCased(messages: ReturnType<typeof loadCorpus>): ReturnType<typeof loadCorpus> {
  return messages.filter((m) => m.text.toUpperCase().length === m.text.length).map((m) => ({ ...m, text: m.text.toUpperCase() }));
}
describe("PHI corpus typed all in capitals", () => {
  floorTests(upperCased(corpus), { recall: 0.98, names: 0.96, precision: 0.975, altered: 0.005 });
});

// holdout8 typed all in lower case and in capitals (session 9, after its misses were fixed
// as classes: 93.4% / 83.9% of names in lower case, 92.5% / 81.2% in capitals).
describe("PHI held-out corpus 8 typed all in lower case", () => {
  floorTests(lowerCased(loadCorpus("holdout8")), { recall: 0.925, names: 0.83, precision: 0.99, altered: 0.008 });
});
describe("PHI held-out corpus 8 typed all in capitals", () => {
  floorTests(upperCased(loadCorpus("holdout8")), { recall: 0.915, names: 0.8, precision: 0.98, altered: 0.0125 });
});

// holdout9 likewise (session 10, after its misses were fixed as classes: 94.9% / 91.0% of names
// in lower case, 94.1% / 88.8% in capitals).
describe("PHI held-out corpus 9 typed all in lower case", () => {
  floorTests(lowerCased(loadCorpus("holdout9")), { recall: 0.945, names: 0.905, precision: 0.985, altered: 0.004 });
});
describe("PHI held-out corpus 9 typed all in capitals", () => {
  floorTests(upperCased(loadCorpus("holdout9")), { recall: 0.935, names: 0.88, precision: 0.985, altered: 0.004 });
});
// holdout10 likewise (session 11, after its misses were fixed as classes: 91.0% / 82.3% of names
// in lower case, 90.4% / 81.2% in capitals).
describe("PHI held-out corpus 10 typed all in lower case", () => {
  floorTests(lowerCased(loadCorpus("holdout10")), { recall: 0.905, names: 0.815, precision: 0.99, altered: 0.005 });
});
describe("PHI held-out corpus 10 typed all in capitals", () => {
  floorTests(upperCased(loadCorpus("holdout10")), { recall: 0.9, names: 0.805, precision: 0.985, altered: 0.008 });
});
// holdout11 likewise (session 12, after its misses were fixed as classes: 92.1% / 84.3% of names
// in lower case, 92.7% / 85.5% in capitals).
describe("PHI held-out corpus 11 typed all in lower case", () => {
  floorTests(lowerCased(loadCorpus("holdout11")), { recall: 0.91, names: 0.83, precision: 0.99, altered: 0.005 });
});
describe("PHI held-out corpus 11 typed all in capitals", () => {
  floorTests(upperCased(loadCorpus("holdout11")), { recall: 0.915, names: 0.845, precision: 0.985, altered: 0.006 });
});
// holdout12 likewise (session 14, after its misses were fixed as classes: 94.8% / 90.0% of names
// in lower case, 93.7% / 88.0% in capitals).
describe("PHI held-out corpus 12 typed all in lower case", () => {
  floorTests(lowerCased(loadCorpus("holdout12")), { recall: 0.943, names: 0.895, precision: 0.99, altered: 0.003 });
});
describe("PHI held-out corpus 12 typed all in capitals", () => {
  floorTests(upperCased(loadCorpus("holdout12")), { recall: 0.932, names: 0.875, precision: 0.99, altered: 0.003 });
});
// holdout13 likewise (session 15, after its misses were fixed as classes: 87.8% / 77.5% of names
// in lower case, 88.2% / 78.2% in capitals).
describe("PHI held-out corpus 13 typed all in lower case", () => {
  floorTests(lowerCased(loadCorpus("holdout13")), { recall: 0.873, names: 0.77, precision: 0.99, altered: 0.004 });
});
describe("PHI held-out corpus 13 typed all in capitals", () => {
  floorTests(upperCased(loadCorpus("holdout13")), { recall: 0.877, names: 0.777, precision: 0.99, altered: 0.0045 });
});
// holdout14 likewise (session 16, after its misses were fixed as classes: 93.8% / 86.9% of names
// in lower case, 93.6% / 86.2% in capitals).
describe("PHI held-out corpus 14 typed all in lower case", () => {
  floorTests(lowerCased(loadCorpus("holdout14")), { recall: 0.925, names: 0.85, precision: 0.99, altered: 0.005 });
});
describe("PHI held-out corpus 14 typed all in capitals", () => {
  floorTests(upperCased(loadCorpus("holdout14")), { recall: 0.925, names: 0.845, precision: 0.99, altered: 0.0055 });
});
// holdout15 likewise (session 17, after its misses were fixed as classes: 91.1% / 84.6% of names
// in lower case, 90.6% / 83.8% in capitals).
describe("PHI held-out corpus 15 typed all in lower case", () => {
  floorTests(lowerCased(loadCorpus("holdout15")), { recall: 0.905, names: 0.84, precision: 0.985, altered: 0.0045 });
});
describe("PHI held-out corpus 15 typed all in capitals", () => {
  floorTests(upperCased(loadCorpus("holdout15")), { recall: 0.9, names: 0.83, precision: 0.985, altered: 0.0045 });
});
