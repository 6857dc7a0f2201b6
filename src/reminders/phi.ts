// The PHI step for reminder text: what is stored (and later posted) is the redacted
// text, so a reminder never carries a patient's name, MRN or date of birth.
import { redact } from "../privacy/index.ts";
import type { TextGuard } from "./service.ts";

/** Stores reminder text with every HIPAA identifier replaced by a placeholder. */
export const redactReminderText: TextGuard = async (text) => redact(text).text;
