// Guards against super-linear work on adversarial input measure this process's CPU time, not the wall clock: on a
// loaded machine (a CI runner, other test files in parallel) wall time grows with the load while CPU time does not.

/** Milliseconds of CPU (user and system) this process spends in `fn`. */
export function cpuMillis(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}
