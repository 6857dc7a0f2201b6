// PGlite in a worker thread behind our Kysely dialect (src/db/pglite-worker-dialect.ts):
// one caller at a time on the single connection (a transaction holds it from BEGIN to
// COMMIT/ROLLBACK), PostgreSQL errors with their fields, many concurrent callers, values
// that must survive the trip between threads, a data directory, and destroy() ending the thread.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteWorkerClient } from "../src/db/pglite-client.ts";
import { PgliteWorkerDialect } from "../src/db/pglite-worker-dialect.ts";
import { openPglite } from "../src/db/database.ts";

interface Tables {
  notes: { id: number; body: string };
}

/** The error `work` fails with (the test fails if it succeeds). */
async function failure(work: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await work;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error("expected the statement to fail");
}

describe("PGlite in a worker thread", () => {
  let client: PgliteWorkerClient;
  let db: Kysely<Tables>;

  beforeAll(async () => {
    client = await PgliteWorkerClient.start("memory://");
    db = new Kysely<Tables>({ dialect: new PgliteWorkerDialect(client) });
    await sql`create table notes (id int primary key, body text not null)`.execute(db);
  }, 60_000);

  afterAll(async () => {
    await db.destroy();
  });

  const count = async () => Number((await db.selectFrom("notes").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("keeps another caller's query out of a transaction until it rolls back, and the rollback discards its rows", async () => {
    await sql`truncate notes`.execute(db);
    let outside: Promise<number> | undefined;
    let outsideDone = false;
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto("notes").values({ id: 1, body: "uncommitted" }).execute();
        // Sent while the transaction holds the connection: it must wait, not run inside it.
        outside = count().then((n) => ((outsideDone = true), n));
        for (let i = 0; i < 5; i++) await sql`select 1`.execute(trx);
        expect(outsideDone).toBe(false);
        throw new Error("abandon the case");
      }),
    ).rejects.toThrow("abandon the case");
    expect(await outside).toBe(0);
    expect(await count()).toBe(0);
  });

  it("shows a committed transaction's rows to the caller that waited for it", async () => {
    await sql`truncate notes`.execute(db);
    let outside: Promise<number> | undefined;
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("notes").values({ id: 1, body: "first" }).execute();
      outside = count();
      for (let i = 0; i < 5; i++) await sql`select 1`.execute(trx);
      await trx.insertInto("notes").values({ id: 2, body: "second" }).execute();
    });
    expect(await outside).toBe(2);
  });

  it("surfaces a PostgreSQL error with its code and fields, as on the main thread, and rolls the transaction back", async () => {
    await sql`truncate notes`.execute(db);
    await db.insertInto("notes").values({ id: 7, body: "kept" }).execute();
    const duplicate = await failure(
      db.transaction().execute(async (trx) => {
        await trx.insertInto("notes").values({ id: 8, body: "rolled back" }).execute();
        await trx.insertInto("notes").values({ id: 7, body: "duplicate" }).execute();
      }),
    );
    expect(duplicate).toBeInstanceOf(Error);
    expect(duplicate).toMatchObject({ code: "23505", constraint: "notes_pkey", table: "notes", severity: "ERROR", name: "error" });
    expect(duplicate.message).toBe('duplicate key value violates unique constraint "notes_pkey"');
    expect(await db.selectFrom("notes").select("id").execute()).toEqual([{ id: 7 }]);

    // The same statement on PGlite in the main thread (kysely-pglite-dialect) fails with the same fields.
    const main = await openPglite(undefined, { thread: "main" });
    try {
      await sql`create table notes (id int primary key, body text not null)`.execute(main.db);
      await sql`insert into notes values (7, 'kept')`.execute(main.db);
      const direct = await failure(sql`insert into notes values (7, 'duplicate')`.execute(main.db));
      const viaWorker = await failure(sql`insert into notes values (7, 'duplicate')`.execute(db));
      const fields = (error: Error) => Object.fromEntries(Object.entries(error).filter(([key]) => key !== "queryOptions"));
      expect(fields(viaWorker)).toEqual(fields(direct));
      expect(Object.keys(fields(viaWorker))).toContain("detail");
    } finally {
      await main.close();
    }
  });

  it("answers a syntax error with its SQLSTATE and stays usable", async () => {
    const error = await failure(sql`selec 1`.execute(db));
    expect(error.code).toBe("42601");
    expect((await sql<{ x: number }>`select 41 + 1 as x`.execute(db)).rows).toEqual([{ x: 42 }]);
  });

  it("gives each of many concurrent callers its own answer, and loses no write", async () => {
    await sql`truncate notes`.execute(db);
    const callers = Array.from({ length: 200 }, (_, i) => i);
    const answers = await Promise.all(
      callers.map(async (i) => {
        if (i % 2 === 0) {
          await db.insertInto("notes").values({ id: i, body: `note ${i}` }).execute();
          return i;
        }
        const row = await sql<{ echo: number }>`select ${i}::int as echo`.execute(db);
        return row.rows[0]!.echo;
      }),
    );
    expect(answers).toEqual(callers);
    expect(await count()).toBe(100);
  });

  it("carries bigint, timestamps, bytes, JSON and affected-row counts between the threads", async () => {
    const at = new Date("2026-03-04T05:06:07.089Z");
    const row = await sql<{ big: bigint; at: Date; bytes: Uint8Array; doc: unknown }>`select ${"9007199254740993"}::int8 as big, ${at}::timestamptz as at, ${new Uint8Array([1, 2, 255])}::bytea as bytes, ${JSON.stringify({ specialty: "cardiology", ids: [1, 2] })}::jsonb as doc`.execute(db);
    expect(row.rows[0]).toEqual({ big: 9007199254740993n, at, bytes: new Uint8Array([1, 2, 255]), doc: { specialty: "cardiology", ids: [1, 2] } });
    await sql`truncate notes`.execute(db);
    await db.insertInto("notes").values([{ id: 1, body: "a" }, { id: 2, body: "b" }]).execute();
    const updated = await db.updateTable("notes").set({ body: "c" }).executeTakeFirstOrThrow();
    expect(updated.numUpdatedRows).toBe(2n);
  });

  it("loads pg_trgm, cube and earthdistance in the worker", async () => {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create extension if not exists cube`.execute(db);
    await sql`create extension if not exists earthdistance`.execute(db);
    const row = await sql<{ s: number; km: number }>`select similarity('cardiology', 'cardiologist') as s, earth_distance(ll_to_earth(40.75, -73.99), ll_to_earth(41.88, -87.63)) / 1000 as km`.execute(db);
    expect(row.rows[0]!.s).toBeGreaterThan(0.5);
    expect(row.rows[0]!.km).toBeGreaterThan(1100);
    expect(row.rows[0]!.km).toBeLessThan(1200);
  });
});

describe("PGlite worker lifecycle", () => {
  it("ends the worker thread on destroy(), after the transaction holding the connection ends, and refuses queries afterwards", async () => {
    const client = await PgliteWorkerClient.start("memory://");
    const db = new Kysely<Tables>({ dialect: new PgliteWorkerDialect(client) });
    await sql`create table notes (id int primary key, body text not null)`.execute(db);
    let inside!: () => void;
    const holding = new Promise<void>((resolve) => (inside = resolve));
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto("notes").values({ id: 1, body: "in flight" }).execute();
      inside();
      await gate;
      return (await trx.selectFrom("notes").select("body").execute()).map((r) => r.body);
    });
    await holding;
    let destroyed = false;
    const destroying = db.destroy().then(() => (destroyed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(destroyed).toBe(false);
    expect(client.exited).toBe(false);
    finish();
    expect(await transaction).toEqual(["in flight"]);
    await destroying;
    expect(client.exited).toBe(true);
    await expect(client.query("select 1", [])).rejects.toThrow(/closed/);
    await expect(sql`select 1`.execute(db)).rejects.toThrow(/destroyed|closed/);
  }, 60_000);

  it("keeps a data directory's rows across close and reopen", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "curbside-pglite-worker-"));
    try {
      const first = await openPglite(dataDir, { thread: "worker" });
      await sql`create table visits (id int primary key)`.execute(first.db);
      await sql`insert into visits values (1), (2)`.execute(first.db);
      await first.close();
      const second = await openPglite(dataDir, { thread: "worker" });
      expect((await sql<{ n: number }>`select count(*)::int as n from visits`.execute(second.db)).rows).toEqual([{ n: 2 }]);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it("rejects a data directory PGlite cannot open", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "curbside-pglite-bad-"));
    try {
      const notADirectory = path.join(parent, "file");
      writeFileSync(notADirectory, "not a database");
      await expect(PgliteWorkerClient.start(notADirectory)).rejects.toThrow();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 60_000);
});
