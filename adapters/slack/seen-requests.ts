// Replay protection shared by every Curbside process on one database: a request is
// accepted only if inserting its signature into slack_seen_requests succeeds, in the
// same step that accepts it. Two processes racing on one captured request both insert;
// the primary key lets exactly one win. An expired row (only possible for a timestamp
// already refused as stale, or across skewed clocks) is taken over rather than blocking.
// Signatures arriving in the same event-loop turn are inserted by one statement.
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";
import { slackDb } from "./tables.ts";
import { SIGNATURE_WINDOW_MS } from "./verify.ts";

/** How long a signature is remembered: twice the timestamp window, as the in-memory guard does. */
export const SEEN_FOR_MS = 2 * SIGNATURE_WINDOW_MS;

/** How often expired rows are deleted (in the background, never on the ack path's critical query). */
const SWEEP_EVERY_MS = 60_000;

/** Most signatures in one statement (two parameters each, far below PostgreSQL's 65,535). */
const MAX_BATCH = 1000;

/** One request waiting for its signature to be recorded. */
interface Sighting {
  signature: string;
  nowMs: number;
  resolve: (first: boolean) => void;
  reject: (error: unknown) => void;
}

/** Signatures seen by any process, kept in the database. */
export class SharedReplayGuard {
  private lastSweep = Number.NEGATIVE_INFINITY;
  private sweeping: Promise<void> | undefined;
  private readonly pending: Sighting[] = [];
  private flushScheduled = false;

  constructor(
    private readonly db: Kysely<Database>,
    /** Told when a background sweep fails (error class only). */
    private readonly onSweepError: (error: unknown) => void = () => {},
  ) {}

  /** Records `signature`; resolves false when another request (in any process) already used it. */
  firstSighting(signature: string, nowMs: number): Promise<boolean> {
    const sighting = new Promise<boolean>((resolve, reject) => this.pending.push({ signature, nowMs, resolve, reject }));
    // Requests read in the same turn of the event loop share one statement (setImmediate
    // runs right after that turn's I/O): one round trip per turn instead of one per
    // request, which under a burst was what limited acks per second on PostgreSQL.
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
    if (nowMs - this.lastSweep >= SWEEP_EVERY_MS && !this.sweeping) {
      this.lastSweep = nowMs;
      this.sweeping = this.sweep(nowMs)
        .then(() => undefined, this.onSweepError)
        .finally(() => (this.sweeping = undefined));
    }
    return sighting;
  }

  private flush(): void {
    this.flushScheduled = false;
    while (this.pending.length > 0) void this.record(this.pending.splice(0, MAX_BATCH));
  }

  /** Inserts a batch of signatures in one statement; each sighting learns whether its row was inserted (or an expired one taken over). */
  private async record(batch: Sighting[]): Promise<void> {
    // A signature twice in one batch is a replay of itself: only its first sighting can win.
    const first = new Map<string, Sighting>();
    for (const sighting of batch) if (!first.has(sighting.signature)) first.set(sighting.signature, sighting);
    const now = new Date(Math.min(...batch.map((s) => s.nowMs)));
    try {
      const rows = await slackDb(this.db)
        .insertInto("slack_seen_requests")
        // In signature order, so two processes inserting overlapping batches take the index
        // locks in one order and cannot deadlock each other.
        .values([...first.values()].sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0)).map((s) => ({ signature: s.signature, expires_at: new Date(s.nowMs + SEEN_FOR_MS) })))
        .onConflict((oc) => oc.column("signature").doUpdateSet({ expires_at: (eb) => eb.ref("excluded.expires_at") }).where("slack_seen_requests.expires_at", "<=", now))
        .returning("signature")
        .execute();
      const won = new Set(rows.map((r) => r.signature));
      for (const sighting of batch) sighting.resolve(first.get(sighting.signature) === sighting && won.has(sighting.signature));
    } catch (error) {
      for (const sighting of batch) sighting.reject(error);
    }
  }

  /** Deletes expired signatures; resolves with how many. */
  async sweep(nowMs: number): Promise<number> {
    const result = await slackDb(this.db).deleteFrom("slack_seen_requests").where("expires_at", "<=", new Date(nowMs)).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Resolves when a sweep in progress has finished (tests, shutdown). */
  async settled(): Promise<void> {
    await this.sweeping;
  }
}
