// Every sweep the scheduler runs, in order. A feature adds its sweep here (one import,
// one entry); there is no registration at run time.
import { digestSweep } from "../reminders/digest.ts";
import { remindersSweep } from "../reminders/sweep.ts";
import { escalationSweep } from "../triage/escalate.ts";
import type { Sweep } from "./sweep.ts";

export const SWEEPS: readonly Sweep[] = [remindersSweep, escalationSweep, digestSweep];
