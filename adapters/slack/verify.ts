// Verifies that a request came from Slack: v0 HMAC-SHA256 signature of
// "v0:{timestamp}:{body}" with the signing secret and a timestamp within five minutes;
// ReplayGuard remembers accepted signatures in this process (a captured request cannot
// be replayed here; seen-requests.ts extends that to every process on the database).
// Imports nothing of the core: it only needs bytes, headers and the time.
import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a request's timestamp may be from now, and how long signatures are remembered. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

/** Why a request was refused. */
export type VerifyFailure = "missing_headers" | "stale_timestamp" | "bad_signature" | "replayed";

/** Computes the v0 signature Slack sends in x-slack-signature. */
export function signSlackRequest(signingSecret: string, timestamp: number | string, body: string): string {
  return "v0=" + createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex");
}

/** Remembers verified signatures for the window, so each is accepted once per process (a fast first check). */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();
  private lastSweep = 0;

  /** Records `signature`; returns false when it was already seen and has not expired. */
  firstSighting(signature: string, nowMs: number): boolean {
    if (nowMs - this.lastSweep > 10_000) this.sweep(nowMs);
    const expires = this.seen.get(signature);
    if (expires !== undefined && expires > nowMs) return false;
    this.seen.set(signature, nowMs + 2 * SIGNATURE_WINDOW_MS);
    return true;
  }

  private sweep(nowMs: number): void {
    this.lastSweep = nowMs;
    for (const [signature, expires] of this.seen) if (expires <= nowMs) this.seen.delete(signature);
  }
}

/** Checks headers, timestamp and signature; returns the failure, or undefined when the request is genuine (replays are checked separately). */
export function verifySlackSignature(input: { signingSecret: string; body: string; signature: string | undefined; timestamp: string | undefined; nowMs: number }): Exclude<VerifyFailure, "replayed"> | undefined {
  const { signature, timestamp } = input;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return "missing_headers";
  if (Math.abs(input.nowMs - Number(timestamp) * 1000) > SIGNATURE_WINDOW_MS) return "stale_timestamp";
  const expected = Buffer.from(signSlackRequest(input.signingSecret, timestamp, input.body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "bad_signature";
  return undefined;
}
