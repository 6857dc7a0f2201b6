// Detection quality on the labelled corpus (test/fixtures/phi). Floors sit just under
// the current figures (100% recall and precision on both corpora, no non-PHI word
// altered), so a change that loses recall or mangles clinical text fails here.
// Regenerate the corpus with `npx tsx test/fixtures/phi/generate.ts`.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { generateCorpus } from "../fixtures/phi/generate.ts";
import { generateHoldout } from "../fixtures/phi/holdout.ts";
import { generateHoldout2 } from "../fixtures/phi/holdout2.ts";
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
function heldOutSuite(title: string, name: "holdout" | "holdout2", generate: () => unknown, floors: { recall: number; names: number }): void {
  describe(title, () => {
    const held = scoreSpans(loadCorpus(name), (text) => redact(text).spans);

    it("is the generator's output", () => {
      expect(loadCorpus(name)).toEqual(generate());
    });

    it(`removes at least ${100 * floors.recall}% of identifier spans and ${100 * floors.names}% of names`, () => {
      expect(held.recall, JSON.stringify(held.misses.slice(0, 10))).toBeGreaterThanOrEqual(floors.recall);
      const names = held.byType.get("NAME")!;
      expect(names.removed / names.total).toBeGreaterThanOrEqual(floors.names);
    });

    it("keeps precision at 99% and alters at most 0.5% of non-PHI words", () => {
      expect(held.precision).toBeGreaterThanOrEqual(0.99);
      expect(held.nonPhiAltered, JSON.stringify(held.overreach.slice(0, 10))).toBeLessThanOrEqual(0.005);
    });
  });
}

// The held-out corpus was written after the first tuning and never tuned on message by
// message. Its misses fell into two categories (bracketed initials, a health system's
// name before "St."), now covered by general rules; the floors catch regressions.
heldOutSuite("PHI held-out corpus", "holdout", generateHoldout, { recall: 0.99, names: 0.98 });

// The second held-out corpus was written after the context rules and measured once
// (95.0% of spans, 98.3% of names); its misses are left as found ("Hospital of <town>",
// a lower-case full name before a lab, one town), and the floors sit just under.
heldOutSuite("PHI held-out corpus 2", "holdout2", generateHoldout2, { recall: 0.94, names: 0.97 });
