// Runs the sweeps and then drains the outbox: once (`curbside scheduler run-once`) or on
// a node-cron schedule (`curbside serve`). One failing sweep never stops the others.
import cron from "node-cron";
import type { AppServices } from "../chat/command.ts";
import type { Clock } from "../chat/ports.ts";
import { errorClass } from "../log.ts";
import { drainOutbox, type DrainOptions, type DrainResult } from "../outbox/dispatcher.ts";
import type { Sweep } from "./sweep.ts";
import { SWEEPS } from "./sweeps.ts";

/** What one pass did. */
export interface PassResult {
  /** The instant the pass ran at. */
  at: Date;
  /** Rows each sweep acted on, by sweep name (-1 when the sweep failed). */
  sweeps: Record<string, number>;
  /** What the outbox drain did. */
  outbox: DrainResult;
}

function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}

/**
 * Runs every sweep at `at` (default: the services' clock), then drains the outbox at
 * the same instant. Sweeps see `at` both as their argument and as `services.clock`.
 */
export async function runSchedulerPass(
  services: AppServices,
  options: { at?: Date; sweeps?: readonly Sweep[]; drain?: DrainOptions } = {},
): Promise<PassResult> {
  const at = options.at ?? services.clock.now();
  const scoped: AppServices = options.at ? { ...services, clock: fixedClock(at) } : services;
  const sweeps: Record<string, number> = {};
  for (const sweep of options.sweeps ?? SWEEPS) {
    const started = Date.now();
    try {
      const { processed } = await sweep.run(scoped, at);
      sweeps[sweep.name] = processed;
      if (processed > 0) services.log.info("sweep.done", { sweep: sweep.name, processed, ms: Date.now() - started });
    } catch (error) {
      sweeps[sweep.name] = -1;
      services.log.error("sweep.failed", { sweep: sweep.name, error: errorClass(error) });
    }
  }
  const outbox = await drainOutbox(scoped, { maxAttempts: services.config.OUTBOX_MAX_ATTEMPTS, ...options.drain });
  return { at, sweeps, outbox };
}

/** A running schedule. */
export interface RunningScheduler {
  /** Stops the schedule (an in-flight pass finishes on its own). */
  stop(): Promise<void>;
}

/** Runs a pass every `everySeconds` seconds (1..59); passes never overlap in one process. */
export function startScheduler(services: AppServices, everySeconds: number): RunningScheduler {
  const seconds = Math.min(59, Math.max(1, Math.round(everySeconds)));
  let running: Promise<unknown> | undefined;
  const task = cron.schedule(
    `*/${seconds} * * * * *`,
    async () => {
      if (running) return;
      running = runSchedulerPass(services)
        .catch((error: unknown) => services.log.error("scheduler.failed", { error: errorClass(error) }))
        .finally(() => {
          running = undefined;
        });
      await running;
    },
    { name: "curbside-scheduler", noOverlap: true },
  );
  return {
    async stop() {
      await task.stop();
      await running;
    },
  };
}
