// Reading what a requester typed after /consult, and the intake form for platforms with
// modals. The question is never echoed in errors (it may hold PHI).
import { tokenize } from "../chat/args.ts";
import type { Form } from "../chat/model.ts";
import { AppError } from "../errors.ts";
import { AGE_BANDS, MAX_QUESTION, SEXES } from "./raise.ts";
import type { Urgency } from "./model.ts";

/** A parsed `/consult <specialty> [urgent|routine] <question>`. */
export interface ConsultRequest {
  /** Specialty as typed. */
  specialty: string;
  /** Urgency, or "emergent" (refused by the caller). */
  urgency: Urgency | "emergent";
  /** The question, verbatim. */
  question: string;
}

const URGENCY_WORDS: Record<string, Urgency | "emergent"> = {
  urgent: "urgent",
  routine: "routine",
  emergent: "emergent",
  emergency: "emergent",
  stat: "emergent",
};

/**
 * Splits the text: the urgency word (within the first four words) ends the specialty;
 * without one, the first word (or "quoted words") is the specialty and urgency is routine.
 */
export function parseConsultText(text: string): ConsultRequest {
  const tokens = tokenize(text);
  const index = tokens.slice(0, 4).findIndex((t) => URGENCY_WORDS[t.value.toLowerCase()] !== undefined);
  if (index > 0) {
    return {
      specialty: tokens.slice(0, index).map((t) => t.value).join(" "),
      urgency: URGENCY_WORDS[tokens[index]!.value.toLowerCase()]!,
      question: text.slice(tokens[index]!.end).trim(),
    };
  }
  if (index === 0) {
    // "/consult urgent cardiology ..." — urgency first, then the specialty word.
    const specialty = tokens[1];
    if (!specialty) throw new AppError("BAD_ARGUMENT", "Name a specialty: `/consult cardiology urgent <question>`.");
    return { specialty: specialty.value, urgency: URGENCY_WORDS[tokens[0]!.value.toLowerCase()]!, question: text.slice(specialty.end).trim() };
  }
  const first = tokens[0];
  if (!first) throw new AppError("BAD_ARGUMENT", "Name a specialty and a question: `/consult cardiology urgent <question>`.");
  return { specialty: first.value, urgency: "routine", question: text.slice(first.end).trim() };
}

/** The intake form (`/consult` alone, or the "Request consult" button). */
export function intakeForm(initial: { specialty?: string; urgency?: Urgency; title?: string } = {}): Form {
  return {
    formId: "consult:intake",
    title: initial.title ?? "Curbside consult",
    submitLabel: "Send to triage",
    fields: [
      { id: "specialty", label: "Specialty", input: "text", required: true, placeholder: "cardiology", ...(initial.specialty ? { initial: initial.specialty } : {}), maxLength: 80 },
      {
        id: "urgency",
        label: "Urgency (for emergencies call the on-call specialist or emergency services)",
        input: "select",
        required: true,
        choices: [
          { value: "routine", label: "Routine (within a day)" },
          { value: "urgent", label: "Urgent (within the hour)" },
        ],
        initial: initial.urgency ?? "routine",
      },
      { id: "question", label: "Question (no names, dates of birth, MRNs: they will be removed)", input: "textarea", required: true, maxLength: MAX_QUESTION },
      { id: "age", label: "Age band", input: "select", required: false, choices: AGE_BANDS.map((a) => ({ value: a, label: a })) },
      { id: "sex", label: "Sex", input: "select", required: false, choices: SEXES.map((s) => ({ value: s, label: s })) },
      { id: "tried", label: "What was tried so far", input: "textarea", required: false, maxLength: MAX_QUESTION },
    ],
  };
}

/** A one-text form about a case (answer, ask for more info, reply). */
export function caseTextForm(formId: "consult:answer" | "consult:ask" | "consult:reply", caseId: number): Form {
  const labels = {
    "consult:answer": ["Answer case", "Your answer", "Send answer"],
    "consult:ask": ["Ask for more information", "What do you need to know?", "Send question"],
    "consult:reply": ["Reply to the specialist", "Your reply", "Send reply"],
  }[formId];
  return {
    formId,
    title: `${labels[0]} #${caseId}`,
    submitLabel: labels[2]!,
    fields: [
      { id: "case", label: "Case number", input: "text", required: true, initial: String(caseId), maxLength: 12 },
      { id: "text", label: labels[1]!, input: "textarea", required: true, maxLength: MAX_QUESTION },
    ],
  };
}

/** Parses "12" or "#12" as a case id. */
export function parseCaseId(value: string | undefined): number {
  const m = /^#?(\d{1,9})$/.exec((value ?? "").trim());
  if (!m) throw new AppError("BAD_ARGUMENT", "Give a case number, for example `12` or `#12`.", {}, { case: "Give a case number." });
  return Number(m[1]);
}
