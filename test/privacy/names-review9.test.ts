// Review of the name rules added on 24 Nov (tables with a name column, reports "for X:", "the whole X
// clan", "X turns 95" / "X died", "FOR X Y" in capitals without a closer, bed lists closed by a spaced
// dash, relatives joined by "and"): each rule with the form it must take and clinical text that looked
// like it and was taken. Every string is invented.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { cpuMillis } from "./cpu-time.ts";

/** The text as typed, in lower case and in capitals. */
function casings(s: string): string[] {
  return [...new Set([s, s.toLowerCase(), s.toUpperCase()])];
}

/** Expects `text` to redact to `expected` in every casing (placeholders keep their own case). */
function redactsTo(text: string, expected: string): void {
  for (const t of casings(text)) {
    const want = t === text ? expected : expected.replace(/[^[\]]+(?=\[|$)/g, (p) => (t === text.toLowerCase() ? p.toLowerCase() : p.toUpperCase()));
    expect(redact(t).text, t).toBe(want);
  }
}

/** Expects `text` to come back unchanged in every casing. */
function leaves(text: string): void {
  for (const t of casings(text)) expect(redact(t).text, t).toBe(t);
}

describe("names review 9: a bar table's name column", () => {
  it("takes the cells of a patients' table's name column", () => {
    redactsTo("| name | mrn | issue |\n| Tevita Oyelaran | 00482913 | CHF |", "| name | mrn | issue |\n| [NAME_1] | [MRN_1] | CHF |");
    redactsTo("| Patient | Bed | Issue |\n| Sione Fifita | 4 | sepsis |", "| Patient | Bed | Issue |\n| [NAME_1] | 4 | sepsis |");
  });

  it("leaves drugs, diagnoses, services and states in a name column", () => {
    // ("name" alone heads drug and directory tables; a cell of English words is no name.)
    leaves("| name | dose | route |\n| insulin glargine | 10 u | sc |");
    leaves("| Name | Dose |\n| Hope | 2 mg |");
    leaves("| Name | Phone |\n| Social work | x4432 |");
    leaves("| Patient | Bed | Issue |\n| Heart failure | 4 | CHF |");
    leaves("| Patient | Bed |\n| Stable | 4 |");
  });

  it("ends the table at a blank line or a line without a bar", () => {
    expect(redact("| name | mrn |\n|---|---|\n| Tevita Oyelaran | 00482913 |\n\n| drug | dose |\n| Glargine | 10 u |").text).toBe(
      "| name | mrn |\n|---|---|\n| [NAME_1] | [MRN_1] |\n\n| drug | dose |\n| Glargine | 10 u |",
    );
  });
});

describe("names review 9: the subject of a report", () => {
  it("takes a name after 'SBAR for' and before a colon", () => {
    redactsTo("SBAR for Oyelaran: hypotensive after HD", "SBAR for [NAME_1]: hypotensive after HD");
  });

  it("leaves topics, plans and teams there", () => {
    leaves("SBAR for rounds: 3 patients");
    leaves("summary for dispo: SNF Monday");
    leaves("note for IR: drain check");
    leaves("note for file: called back");
    leaves("handoff for cross-cover: watch the drain");
  });
});

describe("names review 9: 'the whole X clan/family'", () => {
  it("takes a name before 'clan', and an English word there", () => {
    redactsTo("the whole Oyelaran clan is here", "the whole [NAME_1] clan is here");
    redactsTo("the whole stone clan came", "the whole [NAME_1] clan came");
  });

  it("leaves an English word before 'family' unless capitalised in mixed case", () => {
    leaves("the whole care family was there");
    leaves("the whole house family meeting at 3");
  });
});

describe("names review 9: a sentence's subject turning an age over 89 or dying", () => {
  it("takes the subject", () => {
    redactsTo("Tevita turns ninety-five on Friday", "[NAME_1] turns [AGE_1] on Friday");
    redactsTo("Tevita died at 0300", "[NAME_1] died at 0300");
  });

  it("leaves the event's verb, and other verbs, after a cue in capitals", () => {
    leaves("SON DIED IN 2019");
    leaves("PT STATES PAIN 8/10");
    leaves("FRIEND DROPPED OFF MEDS");
    leaves("FRIEND DRIVING HOME");
    expect(redact("MOM TURNS 95 ON SUNDAY").text).toBe("MOM TURNS [AGE_1] ON SUNDAY");
  });

  it("takes a word no list knows when the death has a when", () => {
    redactsTo("Oyelaran died peacefully", "[NAME_1] died peacefully");
  });

  it("leaves readings that turn a number, and machines and drugs that die", () => {
    leaves("Weight turned 92 kg overnight");
    leaves("Score turns 95 percent with the change");
    leaves("Wifi died again on 4W");
    leaves("Zoll died");
    leaves("Glucometer died again");
    leaves("Vanco died? no");
    leaves("Vanco in 305 was held");
  });
});

describe("names review 9: 'FOR X Y' in capitals without a closer", () => {
  it("takes a name with one word listed", () => {
    expect(redact("PRIOR AUTH FOR EFUA MENSAH DENIED").text).toBe("PRIOR AUTH FOR [NAME_1] DENIED");
  });

  it("leaves a drug's brand and generic and a germ's two names", () => {
    for (const t of ["PRIOR AUTH FOR INVEGA SUSTENNA DENIED", "PRIOR AUTH FOR SKYRIZI RISANKIZUMAB DENIED", "POSITIVE FOR TRICHOMONAS VAGINALIS", "FAM ENROUTE"]) {
      expect(redact(t).text, t).toBe(t);
    }
  });
});

describe("names review 9: bed lists closed by a spaced dash", () => {
  it("takes a surname that is also a word in a bed list", () => {
    expect(redact("bed 7 Short - COPD\nbed 8 empty").text).toBe("bed 7 [NAME_1] - COPD\nbed 8 empty");
  });

  it("leaves a word before a dash on one bed line alone", () => {
    for (const t of ["bed 10 Hall - overflow", "bed 26 Short - stay"]) expect(redact(t).text, t).toBe(t);
  });
});

describe("names review 9: relatives joined by 'and'", () => {
  it("takes both given names in every casing (capitals left the second)", () => {
    redactsTo("daughters Lisa and Mary here", "daughters [NAME_1] and [NAME_2] here");
  });

  it("leaves a modal after 'and'", () => {
    redactsTo("wife Lisa and Will here", "wife [NAME_1] and Will here");
  });
});

describe("names review 9: 'fam' as a relative's cue", () => {
  it("takes a name a phone number follows", () => {
    expect(redact("fam = Mensah 562.494.0137").text).toBe("fam = [NAME_1] [PHONE_1]");
    redactsTo("bed 2 empty - fam Tevita 861.947.0021", "bed 2 empty - fam [NAME_1] [PHONE_1]");
  });

  it("leaves the shorthand that follows it", () => {
    leaves("fam mtg tmrw at 2");
    leaves("fam conf at 3pm");
    leaves("fam updt given by phone");
    leaves("fam req callback");
    leaves("fam bday party is today");
  });
});

describe("names review 9: no part of a name left", () => {
  it("takes a surname that is also a word after a nickname in brackets", () => {
    redactsTo("Sione (Sy) Page, 94F", "[NAME_1] ([NAME_2]) [NAME_3], [AGE_1]F");
  });

  it("takes a listed surname before 'turns' after a found name", () => {
    expect(redact("Rusty Page turns ninety-two on Feb 3").text).toBe("[NAME_1] turns [AGE_1] on [DATE_1]");
  });

  it("takes 'Last, First' closed by a bracketed ID in lower case and capitals too", () => {
    redactsTo("visitor Hill, Cormac (NHS 943 476 0021)", "visitor [NAME_1] (NHS [PHONE_1])");
  });
});

describe("names review 9: long adversarial input stays linear", () => {
  // Each takes 0.02-0.6 s alone; the bounds leave room for a loaded single core and still catch a
  // quadratic blow-up at these lengths.
  const SHAPES: Record<string, string> = {
    "a name table's header, then lines without bars": "| name | mrn |\n" + "ab\n".repeat(100_000) + "|",
    "a name table's rows": "| name | mrn | issue |\n" + "| Royal Oduya | 1 | a |\n".repeat(12_000),
    "'FOR' and two words in capitals repeated": "FOR AAAA BBBB ".repeat(20_000),
    "bed numbers with a spaced dash repeated": "bed 1 X - ".repeat(25_000),
    "'turns 95' repeated": "x turns 95 ".repeat(25_000),
  };
  for (const [shape, text] of Object.entries(SHAPES)) {
    it(`finishes on ${shape}`, () => {
      expect(cpuMillis(() => redact(text))).toBeLessThan(10_000);
    });
  }
});
