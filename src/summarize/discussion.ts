// A discussion to summarise (a thread or a case), before redaction. Text is raw and may
// hold PHI: it goes to the redactor and nowhere else.
import type { SummarySubject } from "./llm.ts";

/** One message with its speaker label. */
export interface DiscussionMessage {
  /** "Participant 1", "Requester", "Specialist", "Event"… (never a person's name). */
  speaker: string;
  /** Raw text. */
  text: string;
}

/** What /summarize reads. */
export interface Discussion {
  /** Thread or case. */
  subject: SummarySubject;
  /** Case id, or channel[/thread] platform id; for the audit row. */
  subjectId: string;
  /** Messages, oldest first. */
  messages: DiscussionMessage[];
}
