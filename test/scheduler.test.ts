// One scheduler pass: every sweep runs at the given instant, a failing sweep does not
// stop the others, and the outbox is drained at that instant.
import { expect, it } from "vitest";
import { FakeClock } from "../src/chat/ports.ts";
import { inChannel } from "../src/chat/reply.ts";
import { enqueue } from "../src/outbox/enqueue.ts";
import { runSchedulerPass } from "../src/scheduler/runner.ts";
import type { Sweep } from "../src/scheduler/sweep.ts";
import { createTestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

describeEachEngine("scheduler pass", (database) => {
  it("runs each sweep at the given instant, survives a failing sweep, then drains what is due", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(new Date("2026-01-05T09:00:00Z")) });
    const { db } = app.services;
    const org = (await db.insertInto("organizations").values({ name: "Scheduler org" }).returning("id").executeTakeFirstOrThrow()).id;
    const seen: string[] = [];
    const sweeps: Sweep[] = [
      { name: "broken", run: async () => Promise.reject(new Error("Jane Roe")) },
      {
        name: "queue-one",
        run: async (services, now) => {
          seen.push(now.toISOString(), services.clock.now().toISOString());
          await enqueue(services.db, { organizationId: org, target: { platform: "console", workspace: "w", to: { channel: "c" } }, reply: inChannel("due"), topic: "t", now });
          return { processed: 1 };
        },
      },
    ];
    const at = new Date("2026-01-05T10:30:00Z");
    const pass = await runSchedulerPass(app.services, { at, sweeps });
    expect(pass.sweeps).toEqual({ broken: -1, "queue-one": 1 });
    expect(seen).toEqual([at.toISOString(), at.toISOString()]);
    expect(pass.outbox.delivered).toBe(1);
    expect(await db.selectFrom("console_messages").select("text").execute()).toEqual([{ text: "due" }]);
    expect(app.logLines.join("\n")).toContain("sweep.failed");
    expect(app.logLines.join("\n")).not.toContain("Jane");
  });
});
