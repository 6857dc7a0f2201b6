// The PHI guard: every text a clinician submits through Curbside (case questions,
// answers, reminder texts) goes through `guardText` before it is stored or posted.
//
//   const policy = await workspacePhiPolicy(db, actor.workspaceId);
//   const guarded = guardText(text, { policy, platform: actor.platform });
//   if (guarded.action === "confirm") -> show guarded.preview with "Post redacted" / "Edit"
//   else -> post guarded.text
//
// "block" throws AppError("PHI_BLOCKED") with a user-safe message. The guard never logs
// and never puts the original text in an error.
import type { Platform } from "../chat/model.ts";
import { AppError } from "../errors.ts";
import type { PhiSpan, PhiType } from "./phi-types.ts";
import { redact, type RedactedText } from "./redact.ts";

/** What a workspace does with identifiers in submitted text. */
export type PhiPolicy = "redact" | "warn" | "block";

/** Every PhiPolicy. */
export const PHI_POLICIES: readonly PhiPolicy[] = ["redact", "warn", "block"];

/** Options of `guardText`. */
export interface GuardOptions {
  /** The workspace's policy (see `workspacePhiPolicy`). */
  policy: PhiPolicy;
  /** Where the text was submitted; Discord is always "redact". */
  platform: Platform;
}

/** Post this text: the redacted version (identical to the input when nothing was found). */
export interface GuardPost {
  /** Discriminator. */
  action: "post";
  /** Redacted text, safe to store, post and summarise. */
  text: RedactedText;
  /** Identifiers removed (offsets into the original; never show the original). */
  spans: PhiSpan[];
}

/** Ask first: show `preview` with "Post redacted" / "Edit" buttons. */
export interface GuardConfirm {
  /** Discriminator. */
  action: "confirm";
  /** Redacted text to show the author and post if they confirm. */
  preview: RedactedText;
  /** Identifiers found. */
  spans: PhiSpan[];
  /** User-safe summary of what was found, e.g. "2 names, 1 date". */
  summary: string;
}

/** What the guard decided. */
export type GuardResult = GuardPost | GuardConfirm;

/** The policy that applies on `platform`: Discord may never hold PHI, so it always redacts. */
export function effectivePhiPolicy(policy: PhiPolicy, platform: Platform): PhiPolicy {
  return platform === "discord" ? "redact" : policy;
}

const LABELS: Record<PhiType, [string, string]> = {
  NAME: ["name", "names"], DATE: ["date", "dates"], AGE: ["age over 89", "ages over 89"], PHONE: ["phone number", "phone numbers"],
  EMAIL: ["email", "emails"], SSN: ["SSN", "SSNs"], MRN: ["MRN", "MRNs"], HEALTH_PLAN: ["health plan id", "health plan ids"],
  ACCOUNT: ["account number", "account numbers"], LICENSE: ["licence number", "licence numbers"], VEHICLE: ["vehicle id", "vehicle ids"],
  DEVICE: ["device id", "device ids"], URL: ["URL", "URLs"], IP: ["IP address", "IP addresses"], ADDRESS: ["address", "addresses"],
  LOCATION: ["place", "places"], ZIP: ["ZIP code", "ZIP codes"], ID: ["other id", "other ids"],
};

/** Number of identifiers of each type found, in first-seen order. */
export function countByType(spans: readonly PhiSpan[]): Map<PhiType, number> {
  const counts = new Map<PhiType, number>();
  for (const s of spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  return counts;
}

/** A user-safe summary of what was found ("2 names, 1 date"); never the values. */
export function describeFindings(spans: readonly PhiSpan[]): string {
  return [...countByType(spans)].map(([type, n]) => `${n} ${LABELS[type][n === 1 ? 0 : 1]}`).join(", ");
}

/** Applies the workspace policy to `text`. Throws AppError("PHI_BLOCKED") under "block". */
export function guardText(text: string, options: GuardOptions): GuardResult {
  const policy = effectivePhiPolicy(options.policy, options.platform);
  const { text: redacted, spans } = redact(text);
  if (spans.length === 0 || policy === "redact") return { action: "post", text: redacted, spans };
  const summary = describeFindings(spans);
  if (policy === "warn") return { action: "confirm", preview: redacted, spans, summary };
  throw new AppError(
    "PHI_BLOCKED",
    `This workspace does not accept patient identifiers, and your text seems to hold some (${summary}). Remove them and send it again; /redact shows what was found.`,
    { count: spans.length },
  );
}
