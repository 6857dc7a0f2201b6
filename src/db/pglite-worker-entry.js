// Entry of the PGlite worker thread. The worker is TypeScript and Node 20 runs no
// TypeScript by itself, and a worker does not inherit a loader registered at run time
// (bin/curbside.js) or vitest's transform: so register tsx here, then load it.
// Plain JavaScript on purpose: this file must load before any TypeScript support.
import { register } from "tsx/esm/api";

register();
await import("./pglite-worker.ts");
