// The local summarizer used when no LLM is configured (or the model's answer could not
// be read): it scores the sentences of the redacted messages (TF-IDF, position, cue
// words) and files the best ones under the five sections. Nothing leaves the process.
import type { RedactedText } from "../privacy/redact.ts";
import { emptySections, type SummarySections } from "./sections.ts";

interface Sentence {
  text: string;
  /** Index of the message it came from. */
  message: number;
  /** Index in reading order over the whole discussion. */
  order: number;
  terms: string[];
  score: number;
}

const STOP = new Set(
  "a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those i you he she we they me him her us them my your his our their do does did have has had not no so than then there here what which who whom how when where why can could would should will shall may might must just also very about into over after before up out".split(
    " ",
  ),
);

// Cue patterns decide the section; each is matched on the lower-cased sentence.
const ADVICE = /\b(recommend|advise|advice|suggest|consider|i'?d\b|would (start|stop|add|switch|hold|increase|decrease|avoid|give|try|check|get)|start(ing)?|stop(ping)?|hold|avoid|switch|titrate|increase|decrease|prefer|reasonable to|ok to|safe to|no need)\b/;
const PLAN = /\b(plan|will|follow[- ]?up|f\/u|schedule|book(ed)?|refer(ral|red)?|repeat|recheck|re-?check|next (week|month|visit)|in \d+ (days?|weeks?|months?)|tomorrow|arrange|admit|discharge|review (in|on|at)|call back|monitor)\b/;
const FINDING = /\b(\d+(\.\d+)?\s*(mg|mcg|g|ml|mmol|mmhg|bpm|%|u\/l|iu|mm|cm|kg)\b|shows?|showed|found|labs?|ecg|ekg|ct|mri|x-?ray|echo|ultrasound|biopsy|elevated|raised|low|high|normal|abnormal|positive|negative|hba1c|troponin|creatinine|egfr|inr|bp|hr|sats?|temp|fever|pain|history|hx|on exam|exam)\b/;
const QUESTION_CUE = /\b(question|wondering|should (we|i)|could you|can you|would you|any (thoughts|advice)|what (do|would)|is it|do we need|how (should|do))\b/;

const LIMITS: Record<keyof SummarySections, number> = { question: 1, keyFindings: 4, advice: 3, plan: 3, openQuestions: 3 };

function terms(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\[[a-z_]+_\d+\]/g, " ")
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !STOP.has(t));
}

/** The speaker labels the summarizer puts before each message (see source.ts). */
const SPEAKER_LABEL = /^(Participant \d+|Requester|Specialist|Case|Event): /;

/** Splits a message into sentences (end punctuation or line breaks). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\S)|\n+/)
    .map((s) => s.replace(SPEAKER_LABEL, "").trim())
    .filter((s) => /[a-z]{2}/i.test(s));
}

/** Case facts and events tell the model the story's order; they are not findings to quote. */
const BOOKKEEPING = /^(Case|Event): /;

function scoreSentences(all: readonly RedactedText[]): Sentence[] {
  const sentences: Sentence[] = [];
  const messages = all.filter((m) => !BOOKKEEPING.test(m));
  messages.forEach((message, m) => {
    for (const text of splitSentences(message)) {
      sentences.push({ text, message: m, order: sentences.length, terms: terms(text), score: 0 });
    }
  });
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(sentences.length, 1);
  const last = Math.max(messages.length - 1, 1);
  for (const s of sentences) {
    const tf = new Map<string, number>();
    for (const t of s.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    let tfidf = 0;
    for (const [t, count] of tf) tfidf += count * Math.log(1 + n / (df.get(t) ?? 1));
    const lower = s.text.toLowerCase();
    const cue = (FINDING.test(lower) ? 0.5 : 0) + (ADVICE.test(lower) ? 0.5 : 0) + (PLAN.test(lower) ? 0.5 : 0);
    // Early messages carry the question and findings, late ones the plan: a mild U shape.
    const position = 0.3 * Math.abs(s.message / last - 0.5) * 2;
    s.score = tfidf / Math.sqrt(Math.max(s.terms.length, 1)) + cue + position;
  }
  return sentences;
}

function sectionOf(s: Sentence, questionOrder: number | undefined): keyof SummarySections | undefined {
  const lower = s.text.toLowerCase();
  if (s.order === questionOrder) return "question";
  if (s.text.trim().endsWith("?")) return s.message === 0 ? "keyFindings" : "openQuestions";
  if (PLAN.test(lower)) return "plan";
  if (ADVICE.test(lower) && s.message > 0) return "advice";
  if (FINDING.test(lower) || s.message === 0) return "keyFindings";
  return undefined;
}

/** Summarises redacted messages without a model. */
export function extractiveSummary(messages: readonly RedactedText[]): SummarySections {
  const sentences = scoreSentences(messages);
  const sections = emptySections();
  if (sentences.length === 0) return sections;
  // The question: the first question-like sentence of the opening message, else its best sentence.
  const opening = sentences.filter((s) => s.message === 0);
  const asked =
    opening.find((s) => s.text.trim().endsWith("?")) ??
    opening.find((s) => QUESTION_CUE.test(s.text.toLowerCase())) ??
    [...opening].sort((a, b) => b.score - a.score)[0];
  const picked = new Map<keyof SummarySections, Sentence[]>();
  for (const s of sentences) {
    const key = sectionOf(s, asked?.order);
    if (!key) continue;
    picked.set(key, [...(picked.get(key) ?? []), s]);
  }
  for (const [key, list] of picked) {
    const best = [...list].sort((a, b) => b.score - a.score).slice(0, LIMITS[key]);
    // Keep reading order within a section so the story stays coherent.
    sections[key] = best.sort((a, b) => a.order - b.order).map((s) => s.text);
  }
  return sections;
}
