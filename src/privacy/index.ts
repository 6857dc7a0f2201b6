// Public API of the PHI redaction engine. Callers import from here.
export { redact, concatRedacted, joinRedactedLines, splitRedacted, sliceRedacted, restorePlaceholders, type RedactedText, type RedactionResult } from "./redact.ts";
export { PHI_TYPES, type PhiSpan, type PhiType, type RedactionPolicy } from "./phi-types.ts";
export { guardText, effectivePhiPolicy, describeFindings, countByType, PHI_POLICIES, type PhiPolicy, type GuardOptions, type GuardResult, type GuardPost, type GuardConfirm } from "./guard.ts";
export { workspacePhiPolicy, workspaceAllowsPhiRestore } from "./phi-policy.ts";
