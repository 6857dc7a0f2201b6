// The outbox: queue deliveries in the caller's transaction; drain them through gateways.
export { enqueue, enqueueUpdate, type OutboxPost, type OutboxUpdate } from "./enqueue.ts";
export { failureCode } from "../log.ts";
export { backoffMs, drainOutbox, type DrainOptions, type DrainResult, type DrainServices } from "./dispatcher.ts";
export { outboxStats, type OutboxStats } from "./stats.ts";
export type { OutboxStatus, OutboxTarget } from "./tables.ts";
