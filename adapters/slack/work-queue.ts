// The work behind Slack requests (running a command, a button, a form) goes through
// this queue so that it can never delay the acks of later requests:
// - at most `concurrency` jobs run at once, and jobs run in time slices: once jobs have
//   run for `sliceMs` since the last event-loop turn, the next one starts from a fresh
//   turn (setImmediate), so requests that arrived meanwhile are read, verified and acked
//   first. This matters most with the embedded PGlite, whose queries run on the main
//   thread: work is a stretch of synchronous code, and an ack waits at most one slice
//   plus one job. The slice also keeps work going under a flood of requests (without
//   it, each turn would ack every waiting request and run a single job).
// - at most `maxWaiting` jobs wait; beyond that a request is refused at once (the caller
//   answers "Curbside is busy") instead of queueing without bound and answering minutes
//   late, or not within Slack's response_url lifetime at all.

/** Shown when the queue is full. */
export const BUSY_TEXT = "Curbside is busy right now; nothing was done. Please try again in a moment.";

export interface WorkQueueOptions {
  /** Jobs that may run at the same time (1 for PGlite, about the pool size for PostgreSQL). */
  concurrency: number;
  /** Jobs that may wait for a free slot; more are refused. */
  maxWaiting: number;
  /** How long jobs may run back to back before yielding to the event loop (ms; 0 = yield before every job). */
  sliceMs?: number;
  /** Waits for the next event-loop turn (tests may pass their own). */
  nextTurn?: () => Promise<void>;
  /** Monotonic milliseconds (tests may pass their own). */
  now?: () => number;
}

/** An admitted job. */
export interface AdmittedJob<T> {
  /** The job's result (or its error). */
  result: Promise<T>;
  /** True when a slot was free at admission (the job starts on the next loop turn, not after others). */
  startsAtOnce: boolean;
}

/** Counters, for the benchmark and logs. */
export interface WorkQueueStats {
  /** Jobs running now. */
  running: number;
  /** Jobs waiting now. */
  waiting: number;
  /** Jobs admitted since start. */
  admitted: number;
  /** Jobs refused since start (queue full). */
  refused: number;
}

const nextTurnDefault = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A bounded FIFO of background jobs with a concurrency limit. */
export class WorkQueue {
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private admitted = 0;
  private refused = 0;
  private readonly nextTurn: () => Promise<void>;
  private readonly now: () => number;
  /** When the current slice began (the last yield to the event loop). */
  private sliceStart = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: WorkQueueOptions) {
    if (!(options.concurrency >= 1) || !(options.maxWaiting >= 0)) throw new Error("WorkQueue needs concurrency >= 1 and maxWaiting >= 0");
    this.nextTurn = options.nextTurn ?? nextTurnDefault;
    this.now = options.now ?? (() => performance.now());
  }

  /** Admits `work`, or returns undefined when `maxWaiting` jobs already wait (the caller says busy). */
  admit<T>(work: () => Promise<T>): AdmittedJob<T> | undefined {
    const startsAtOnce = this.running + this.waiting.length < this.options.concurrency;
    if (this.refuseIfFull()) return undefined;
    this.admitted++;
    const result = new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        this.running++;
        this.turnFor()
          .then(work)
          .finally(() => {
            this.running--;
            this.pump();
          })
          .then(resolve, reject);
      });
    });
    this.pump();
    return { result, startsAtOnce };
  }

  /** True (and counted as a refusal) when a job offered now would be refused: lets a caller say "busy" before building the job. */
  refuseIfFull(): boolean {
    const full = this.running + this.waiting.length >= this.options.concurrency && this.waiting.length >= this.options.maxWaiting;
    if (full) this.refused++;
    return full;
  }

  /** Current and total counts. */
  stats(): WorkQueueStats {
    return { running: this.running, waiting: this.waiting.length, admitted: this.admitted, refused: this.refused };
  }

  /** Resolves when a job may start: at once within the current slice, else after a fresh event-loop turn. */
  private turnFor(): Promise<void> {
    if (this.now() - this.sliceStart < (this.options.sliceMs ?? 0)) return Promise.resolve();
    return this.nextTurn().then(() => {
      this.sliceStart = this.now();
    });
  }

  private pump(): void {
    while (this.running < this.options.concurrency && this.waiting.length > 0) this.waiting.shift()!();
  }
}
