// The queue behind Slack acks: bounded concurrency, bounded waiting (admission control),
// FIFO order, and time slices that hand the event loop back to acks between jobs.
import { describe, expect, it } from "vitest";
import { WorkQueue } from "../adapters/slack/work-queue.ts";

/** A job the test finishes by hand. */
function gate<T>(value: T) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const started: string[] = [];
  return { open, job: (name: string) => async () => (started.push(name), await opened, value), started };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("Slack work queue", () => {
  it("runs at most `concurrency` jobs at once, first come first served", async () => {
    const queue = new WorkQueue({ concurrency: 2, maxWaiting: 10 });
    const g = gate("done");
    const jobs = ["a", "b", "c", "d"].map((name) => queue.admit(g.job(name))!);
    await flush();
    expect(g.started).toEqual(["a", "b"]);
    expect(queue.stats()).toMatchObject({ running: 2, waiting: 2 });
    expect(jobs.map((j) => j.startsAtOnce)).toEqual([true, true, false, false]);
    g.open();
    expect(await Promise.all(jobs.map((j) => j.result))).toEqual(["done", "done", "done", "done"]);
    expect(g.started).toEqual(["a", "b", "c", "d"]);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0, admitted: 4, refused: 0 });
  });

  it("tells a caller the queue is full before it builds a job, counting the refusal (and only then)", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 1 });
    const g = gate(1);
    expect(queue.refuseIfFull()).toBe(false);
    const running = queue.admit(g.job("running"))!;
    expect(queue.refuseIfFull()).toBe(false);
    const waiting = queue.admit(g.job("waiting"))!;
    expect(queue.refuseIfFull()).toBe(true);
    expect(queue.stats()).toMatchObject({ admitted: 2, refused: 1 });
    g.open();
    await Promise.all([running.result, waiting.result]);
    expect(queue.refuseIfFull()).toBe(false);
    expect(queue.stats().refused).toBe(1);
  });

  it("refuses work beyond maxWaiting at once, and admits again when the queue drains", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 1 });
    const g = gate(1);
    const running = queue.admit(g.job("running"))!;
    const waiting = queue.admit(g.job("waiting"))!;
    expect(queue.admit(g.job("refused"))).toBeUndefined();
    expect(queue.stats()).toMatchObject({ admitted: 2, refused: 1 });
    g.open();
    await Promise.all([running.result, waiting.result]);
    const again = queue.admit(g.job("again"));
    expect(again?.startsAtOnce).toBe(true);
    await again!.result;
    expect(g.started).toEqual(["running", "waiting", "again"]);
  });

  it("passes a job's failure to its caller and keeps serving the rest", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 5 });
    const failing = queue.admit(async () => {
      throw new Error("database unavailable");
    })!;
    const next = queue.admit(async () => "served")!;
    await expect(failing.result).rejects.toThrow("database unavailable");
    expect(await next.result).toBe("served");
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it("yields to the event loop before a job once the slice is used up, and not within it", async () => {
    let now = 0;
    let turns = 0;
    const queue = new WorkQueue({
      concurrency: 1,
      maxWaiting: 10,
      sliceMs: 5,
      now: () => now,
      nextTurn: async () => void turns++,
    });
    // Each job "runs" 2 ms: jobs 1-3 fit in the first slice (started at 0, 2, 4 ms); job 4 starts at 6 ms and needs a new turn.
    const work = () => async () => void (now += 2);
    const jobs = Array.from({ length: 5 }, () => queue.admit(work())!);
    await Promise.all(jobs.map((j) => j.result));
    expect(turns).toBe(2);
  });

  it("yields before every job when the slice is 0", async () => {
    let turns = 0;
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 10, sliceMs: 0, nextTurn: async () => void turns++ });
    await Promise.all(Array.from({ length: 4 }, () => queue.admit(async () => undefined)!.result));
    expect(turns).toBe(4);
  });

  it("refuses a configuration that could never run anything", () => {
    expect(() => new WorkQueue({ concurrency: 0, maxWaiting: 1 })).toThrow(/concurrency/);
  });
});
