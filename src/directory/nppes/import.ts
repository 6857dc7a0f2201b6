// Imports an NPPES "NPI Data Dissemination" file into the directory: streams it with
// bounded memory (one batch being read while the previous one is written), keeps
// individual providers with specialist taxonomies, applies deactivations, and upserts
// in batches so that re-importing a newer file updates rows and re-importing the same
// file changes nothing. A bad row is counted and reported with its line; it never stops
// the import.
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors.ts";
import { countNames } from "../name-search.ts";
import { readCsv } from "./fast-csv.ts";
import { classify, mapColumns, type ImportedSpecialist } from "./record.ts";
import { openNppesSource } from "./source.ts";

/** Progress of a running import. */
export interface ImportProgress {
  /** Data rows read so far. */
  rows: number;
  /** Bytes of CSV read so far. */
  bytesRead: number;
  /** Total CSV bytes. */
  totalBytes: number;
  /** Milliseconds since the start. */
  elapsedMs: number;
}

/** A rejected row: its line in the file and why (never its content). */
export interface RejectedRow {
  /** 1-based line number (the header is line 1). */
  line: number;
  /** Why it was rejected. */
  reason: string;
}

/** What an import did. */
export interface ImportReport {
  /** Data rows read (header excluded). */
  rows: number;
  /** Rows that named an individual specialist. */
  specialists: number;
  /** New specialists added. */
  inserted: number;
  /** Existing specialists changed. */
  updated: number;
  /** Specialists already up to date. */
  unchanged: number;
  /** Organization (entity type 2) rows skipped. */
  organizations: number;
  /** Individuals without a specialist taxonomy, skipped. */
  notSpecialists: number;
  /** Deactivated NPIs seen (full rows or stubs). */
  deactivations: number;
  /** Directory rows marked inactive by them (or by losing every specialist taxonomy). */
  deactivated: number;
  /** Rows rejected. */
  rejected: number;
  /** The first rejected rows, with line numbers. */
  rejectedRows: RejectedRow[];
  /** Milliseconds the import took. */
  elapsedMs: number;
  /** CSV bytes read. */
  bytes: number;
  /** Milliseconds spent waiting for database writes (overlaps reading). */
  writeMs: number;
}

/** Import options. */
export interface ImportOptions {
  /** Rows per upsert statement (default 5,000). */
  batchSize?: number;
  /** Called at most every `progressEveryMs` ms, and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
  /** Progress interval (default 500 ms). */
  progressEveryMs?: number;
  /** How many rejected rows to list (all are counted; default 100). */
  maxRejectedListed?: number;
  /** Time source for elapsed figures (defaults to Date.now). */
  now?: () => number;
  /**
   * Batches written at once (default 1). Rows are split between lanes by NPI, so every
   * change to one NPI is still applied in file order. Use 2+ only with a connection pool.
   */
  lanes?: number;
}

interface Batch {
  upserts: Map<string, ImportedSpecialist>;
  /** NPI -> deactivation date. */
  deactivate: Map<string, string>;
  notSpecialist: Set<string>;
}

const emptyBatch = (): Batch => ({ upserts: new Map(), deactivate: new Map(), notSpecialist: new Set() });

/** Upserts specialists; returns how many were inserted and updated. */
async function upsertSpecialists(db: Kysely<Database>, rows: ImportedSpecialist[]): Promise<{ inserted: number; updated: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const col = <K extends keyof ImportedSpecialist>(k: K) => rows.map((r) => r[k]);
  // One statement per batch with a fixed number of array parameters (unnest), so batch
  // size is not bounded by the 65,535-parameter limit and the plan is reused.
  const { rows: changed } = await sql<{ inserted: boolean }>`
    insert into specialists as s (npi, first_name, last_name, credential, primary_taxonomy, taxonomy_codes, address_line, city, state, zip, phone,
      latitude, longitude, verified, active, source, nppes_updated_on, updated_at)
    select u.npi, u.first_name, u.last_name, u.credential, u.primary_taxonomy, string_to_array(u.taxonomy_codes, ','), u.address_line, u.city, u.state,
      u.zip, u.phone, u.latitude, u.longitude, true, true, 'nppes', u.updated_on::date, now()
    from unnest(${col("npi")}::text[], ${col("firstName")}::text[], ${col("lastName")}::text[], ${col("credential")}::text[],
      ${col("primaryTaxonomy")}::text[], ${rows.map((r) => r.taxonomyCodes.join(","))}::text[], ${col("addressLine")}::text[], ${col("city")}::text[],
      ${col("state")}::text[], ${col("zip")}::text[], ${col("phone")}::text[], ${col("latitude")}::float8[], ${col("longitude")}::float8[],
      ${col("updatedOn")}::text[])
      as u(npi, first_name, last_name, credential, primary_taxonomy, taxonomy_codes, address_line, city, state, zip, phone, latitude, longitude, updated_on)
    on conflict (npi) do update set
      first_name = excluded.first_name, last_name = excluded.last_name, credential = excluded.credential,
      primary_taxonomy = excluded.primary_taxonomy, taxonomy_codes = excluded.taxonomy_codes, address_line = excluded.address_line,
      city = excluded.city, state = excluded.state, zip = excluded.zip, phone = excluded.phone,
      latitude = excluded.latitude, longitude = excluded.longitude, verified = true, active = true, source = 'nppes',
      nppes_updated_on = excluded.nppes_updated_on, updated_at = now()
    where (s.nppes_updated_on is null or excluded.nppes_updated_on is null or excluded.nppes_updated_on >= s.nppes_updated_on)
      and (s.first_name, s.last_name, s.credential, s.primary_taxonomy, s.taxonomy_codes, s.address_line, s.city, s.state, s.zip, s.phone,
           s.latitude, s.longitude, s.verified, s.active, s.source, s.nppes_updated_on)
        is distinct from
          (excluded.first_name, excluded.last_name, excluded.credential, excluded.primary_taxonomy, excluded.taxonomy_codes, excluded.address_line,
           excluded.city, excluded.state, excluded.zip, excluded.phone, excluded.latitude, excluded.longitude, true, true, 'nppes'::text,
           excluded.nppes_updated_on)
    returning (xmax = 0) as inserted
  `.execute(db);
  const inserted = changed.filter((r) => r.inserted).length;
  return { inserted, updated: changed.length - inserted };
}

/**
 * Marks NPIs deactivated on the given dates inactive and unverified. The date becomes the
 * row's NPPES date, so an older file imported later does not bring the NPI back.
 */
async function deactivate(db: Kysely<Database>, deactivations: Map<string, string>): Promise<number> {
  if (deactivations.size === 0) return 0;
  const result = await sql`
    update specialists s set active = false, verified = false, updated_at = now(),
      nppes_updated_on = greatest(s.nppes_updated_on, d.on_date::date)
    from unnest(${[...deactivations.keys()]}::text[], ${[...deactivations.values()]}::text[]) as d(npi, on_date)
    where s.npi = d.npi and (s.active or s.verified)
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Takes imported NPIs that no longer have a specialist taxonomy out of the directory. */
async function retire(db: Kysely<Database>, npis: string[]): Promise<number> {
  if (npis.length === 0) return 0;
  const result = await sql`
    update specialists set active = false, verified = false, updated_at = now()
    where npi = any(${npis}::text[]) and (active or verified) and source = 'nppes'
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Imports the NPPES file at `path` (.csv or .zip). */
export async function importNppes(db: Kysely<Database>, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  const now = options.now ?? Date.now;
  const started = now();
  const batchSize = options.batchSize ?? 5000;
  const maxListed = options.maxRejectedListed ?? 100;
  const specialistCodes = new Set((await db.selectFrom("specialties").select("code").execute()).map((r) => r.code));
  const source = await openNppesSource(path);
  const report: ImportReport = {
    rows: 0, specialists: 0, inserted: 0, updated: 0, unchanged: 0, organizations: 0, notSpecialists: 0,
    deactivations: 0, deactivated: 0, rejected: 0, rejectedRows: [], elapsedMs: 0, bytes: 0, writeMs: 0,
  };
  let bytesRead = 0;
  async function* counted(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      bytesRead += chunk.length;
      yield chunk;
    }
  }
  const progress = () => options.onProgress?.({ rows: report.rows, bytesRead, totalBytes: source.totalBytes, elapsedMs: now() - started });
  const every = options.progressEveryMs ?? 500;
  let lastProgress = started;

  const reject = (line: number, reason: string) => {
    report.rejected++;
    if (report.rejectedRows.length < maxListed) report.rejectedRows.push({ line, reason });
  };

  const flush = async (batch: Batch) => {
    const t = now();
    const rows = [...batch.upserts.values()];
    const { inserted, updated } = await upsertSpecialists(db, rows);
    report.inserted += inserted;
    report.updated += updated;
    report.unchanged += rows.length - inserted - updated;
    report.deactivated += await deactivate(db, batch.deactivate);
    // Someone whose taxonomies are no longer specialist ones leaves the directory.
    report.deactivated += await retire(db, [...batch.notSpecialist]);
    report.writeMs += now() - t;
  };

  let map: ReturnType<typeof mapColumns>["map"] | undefined;
  const laneCount = Math.max(1, Math.min(8, options.lanes ?? 1));
  const batches = Array.from({ length: laneCount }, emptyBatch);
  const pending: Promise<void>[] = Array.from({ length: laneCount }, () => Promise.resolve());
  const laneOf = (npi: string) => (laneCount === 1 ? 0 : npi.charCodeAt(8) % laneCount);
  try {
    for await (const record of readCsv(counted(source.stream))) {
      if (!map) {
        if ("error" in record) throw new AppError("BAD_ARGUMENT", "The file's header line could not be read: is this an NPPES CSV?");
        const mapped = mapColumns(record.fields);
        if (mapped.missing.length > 0) {
          throw new AppError("BAD_ARGUMENT", `This is not an NPPES data file: missing columns ${mapped.missing.map((m) => `"${m}"`).join(", ")}.`, {
            missing: mapped.missing.length,
          });
        }
        map = mapped.map;
        continue;
      }
      report.rows++;
      if ("error" in record) {
        reject(record.line, `unreadable CSV (${record.error})`);
        continue;
      }
      const action = classify(record.fields, map, specialistCodes);
      let lane = -1;
      switch (action.kind) {
        case "upsert": {
          report.specialists++;
          const npi = action.specialist.npi;
          const batch = batches[(lane = laneOf(npi))]!;
          batch.deactivate.delete(npi);
          batch.notSpecialist.delete(npi);
          batch.upserts.set(npi, action.specialist);
          break;
        }
        case "deactivate": {
          report.deactivations++;
          const batch = batches[(lane = laneOf(action.npi))]!;
          batch.upserts.delete(action.npi);
          batch.deactivate.set(action.npi, action.on);
          break;
        }
        case "not-specialist": {
          report.notSpecialists++;
          const batch = batches[(lane = laneOf(action.npi))]!;
          batch.upserts.delete(action.npi);
          batch.notSpecialist.add(action.npi);
          break;
        }
        case "organization":
          report.organizations++;
          break;
        case "reject":
          reject(record.line, action.reason);
          break;
      }
      if (lane >= 0) {
        const batch = batches[lane]!;
        if (batch.upserts.size + batch.deactivate.size + batch.notSpecialist.size >= batchSize) {
          // Write this batch while the next ones are read; one batch in flight per lane.
          batches[lane] = emptyBatch();
          await pending[lane];
          pending[lane] = flush(batch);
        }
      }
      if (options.onProgress && report.rows % 1024 === 0) {
        const t = now();
        if (t - lastProgress >= every) {
          lastProgress = t;
          progress();
        }
      }
    }
    if (!map) throw new AppError("BAD_ARGUMENT", "The file is empty.");
    await Promise.all(pending);
    await Promise.all(batches.map(flush));
    // Fresh statistics keep the planner on the search indexes, and a vacuum marks the new
    // rows visible to all (hint bits, visibility map): without it the first searches after
    // an import pay for that on every row they touch (name searches on 838k fresh rows:
    // p95 33 ms, against 9 ms once vacuumed). PGlite has no autovacuum, and on PostgreSQL
    // it may not have run yet. About 2.5 s on a million-row import.
    if (report.inserted + report.updated + report.deactivated > 0) {
      await countNames(db);
      const tables = sql`specialists, practice_locations, specialist_last_names, specialist_first_names`;
      // VACUUM cannot run inside a transaction; a caller's transaction gets ANALYZE alone.
      await (db.isTransaction ? sql`analyze ${tables}` : sql`vacuum (analyze) ${tables}`).execute(db);
    }
  } finally {
    // A failed write must not leave an unobserved rejection behind.
    await Promise.allSettled(pending);
    source.close();
  }
  report.bytes = bytesRead;
  report.elapsedMs = now() - started;
  progress();
  return report;
}
