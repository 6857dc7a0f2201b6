// An invented cardiology thread whose identifiers are labelled, for /summarize tests.
// Every person, number and place here is made up.
import type { ThreadMessage } from "../../src/chat/ports.ts";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute));

/** The thread and the identifiers it holds. */
export const labelledThread = {
  /** The patient's name as written (restored summaries show it). */
  patientName: "Harold Pemberton",
  /** Every identifier in the thread, as written. */
  identifiers: ["Harold Pemberton", "Pemberton", "MRN 48213377", "48213377", "617-555-0143", "h.pemberton@example.net", "03/14/1951", "14 Larkspur Lane", "02134"],
  messages: [
    { author: "U-GP", at: at(0), text: "Quick question about Harold Pemberton, MRN 48213377, DOB 03/14/1951. New atrial fibrillation found on ECG yesterday. Should we start anticoagulation?" },
    { author: "U-GP", at: at(1), text: "CHA2DS2-VASc is 3. eGFR 48, creatinine 1.4 mg/dL. BP 142/88, HR 96." },
    { author: "U-CARD", at: at(5), text: "Thanks. Any history of bleeding or falls? What is his weight?" },
    { author: "U-GP", at: at(9), text: "No bleeding history. Weight 82 kg. He lives alone at 14 Larkspur Lane, Boston MA 02134, daughter reachable at 617-555-0143." },
    { author: "U-CARD", at: at(14), text: "I would start apixaban 5 mg twice daily. No dose reduction needed at his weight and creatinine." },
    { author: "U-CARD", at: at(15), text: "Rate control with metoprolol is reasonable. Avoid aspirin on top of apixaban." },
    { author: "U-GP", at: at(20), text: "Great, plan: start apixaban today and recheck renal function in 3 months. I will email him at h.pemberton@example.net." },
    { author: "U-CARD", at: at(22), text: "Sounds good. Follow up with an echo in 6 weeks. Should we also screen for sleep apnea?" },
  ] satisfies ThreadMessage[],
};

/** A labelled corpus message (test/fixtures/phi/corpus.jsonl). */
export interface LabelledMessage {
  id: number;
  text: string;
  spans: { type: string; value: string }[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Labelled identifier values of `messages` that occur, as whole words, in `sent`. */
export function leakedIdentifiers(sent: string, messages: readonly LabelledMessage[]): string[] {
  // JSON bodies escape some characters; compare against the decoded form too.
  const haystacks = [sent, sent.replace(/\\u003c/g, "<").replace(/\\u003e/g, ">").replace(/\\"/g, '"').replace(/\\\\/g, "\\")];
  const leaked = new Set<string>();
  for (const m of messages) {
    for (const span of m.spans) {
      const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(span.value)}($|[^\\p{L}\\p{N}])`, "u");
      if (haystacks.some((h) => re.test(h))) leaked.add(`${m.id}:${span.type}:${span.value}`);
    }
  }
  return [...leaked].sort();
}
