// The distinct last and first names of the directory, held in memory with a trigram
// index, so a typed name finds its closest names without a trigram scan in the database.
// At national scale (100k+ distinct last names) pg_trgm's `%` look-up had to score about
// a thousand names sharing two trigrams with "smith": ~3 ms per name on PostgreSQL and
// tens of milliseconds on PGlite, several times per search. Here it is a count over
// posting lists.
//
// The same rules as the SQL it replaces: the names whose pg_trgm similarity() to the text
// reaches pg_trgm's default threshold (0.3, what `name % text` used), best first, ties by
// name in code-point order (the SQL broke ties in the database's collation, so which of
// several names tied at the cut-off are kept may differ; the set above it does not).
// trigram.ts's similarity() is pg_trgm's, checked against the extension.
//
// Names are only ever added to the side tables (migration 0310 numbers them), so each
// look-up first reads the names added since the last one, in one small statement: an
// import by another process is seen at the next search. A transaction that commits out
// of id order (an import's parallel lanes) is caught by a count every 10 s
// (readLateCommits); until then the search still looks the typed text up exactly in the
// table (name-search.ts), so an exact name is never missed.
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { trigrams } from "./trigram.ts";

/** pg_trgm.similarity_threshold's default, which `name % text` applied. */
export const NAME_SIMILARITY_THRESHOLD = 0.3;

export type NameTable = "specialist_last_names" | "specialist_first_names";

/** Names read per statement. */
const READ_PAGE = 5000;

/** One table's names and a trigram -> names index. */
class NameList {
  readonly names: string[] = [];
  /** Each name's number of distinct trigrams. */
  private sizes = new Uint16Array(1024);
  private readonly postings = new Map<string, number[]>();
  /** Per-name shared-trigram counts of the look-up in progress (zero between look-ups). */
  private counts = new Uint16Array(1024);
  /** The names held, to skip one read twice (the check for late commits re-reads). */
  private readonly known = new Set<string>();
  lastId = 0;

  /** Adds a name read from the table with its id (once). */
  add(name: string, id: number): void {
    if (id > this.lastId) this.lastId = id;
    if (this.known.has(name)) return;
    this.known.add(name);
    const index = this.names.length;
    if (index === this.sizes.length) {
      const bigger = new Uint16Array(index * 2);
      bigger.set(this.sizes);
      this.sizes = bigger;
      this.counts = new Uint16Array(index * 2);
    }
    const set = trigrams(name);
    this.names.push(name);
    this.sizes[index] = Math.min(set.size, 0xffff);
    for (const t of set) {
      const list = this.postings.get(t);
      if (list) list.push(index);
      else this.postings.set(t, [index]);
    }
  }

  /** The `limit` names most similar to `text` at or above the threshold, best first, ties by name. */
  closest(text: string, limit: number): NameCandidate[] {
    const query = trigrams(text);
    if (query.size === 0) return [];
    const counts = this.counts;
    const touched: number[] = [];
    for (const t of query) {
      const list = this.postings.get(t);
      if (!list) continue;
      for (const i of list) if (counts[i]!++ === 0) touched.push(i);
    }
    // The best `limit`, kept in order by insertion: a common start ("  s") touches
    // thousands of names and hundreds pass the threshold, but few beat the last kept one.
    const best: NameCandidate[] = [];
    for (const i of touched) {
      const shared = counts[i]!;
      counts[i] = 0;
      const score = Math.fround(shared / (query.size + this.sizes[i]! - shared));
      if (score < NAME_SIMILARITY_THRESHOLD) continue;
      const candidate = { name: this.names[i]!, score };
      if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && before(candidate, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = candidate;
    }
    return best;
  }
}

/** Whether `a` comes before `b`: higher score, then name. */
function before(a: NameCandidate, b: NameCandidate): boolean {
  return a.score > b.score || (a.score === b.score && a.name < b.name);
}

export interface NameCandidate {
  name: string;
  /** pg_trgm similarity (single precision). */
  score: number;
}

/** How often a refresh also looks for names committed out of id order. */
const LATE_COMMIT_CHECK_MS = 10_000;

/** Both side tables of one database. */
export class NameIndex {
  private readonly lists: Record<NameTable, NameList> = { specialist_last_names: new NameList(), specialist_first_names: new NameList() };
  private refreshing: Promise<void> | undefined;
  private checkedAt = -Infinity;

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Reads the names added since the last call (all of them the first time), and every
   * LATE_COMMIT_CHECK_MS also those committed late.
   */
  async refresh(db: Kysely<Database>): Promise<void> {
    // Concurrent searches share one read.
    this.refreshing ??= (async () => {
      await this.readNew(db);
      if (this.now() - this.checkedAt >= LATE_COMMIT_CHECK_MS) {
        this.checkedAt = this.now();
        await this.readLateCommits(db);
      }
    })().finally(() => {
      this.refreshing = undefined;
    });
    await this.refreshing;
  }

  /**
   * Names committed out of id order: an import's parallel lanes (PostgreSQL) take ids
   * before they commit, so a lane with higher ids may commit first and a refresh between
   * the two moves past the lower ones. The rows at or below the last id read outnumber
   * the names held exactly then (names are never deleted); they are read again, page by
   * page, and the missing ones added.
   */
  async readLateCommits(db: Kysely<Database>): Promise<void> {
    for (const table of ["specialist_last_names", "specialist_first_names"] as const) {
      const list = this.lists[table];
      const { rows } = await sql<{ n: number }>`select count(*)::float8 as n from ${sql.table(table)} n where n.id <= ${list.lastId}`.execute(db);
      if (Number(rows[0]?.n ?? 0) <= list.names.length) continue;
      await this.readPages(db, table, Number.MIN_SAFE_INTEGER, list.lastId);
    }
  }

  /**
   * Reads `table`'s names with ids in (after, upTo] page by page, in id order, letting
   * other work run between pages instead of stalling the event loop for a second.
   */
  private async readPages(db: Kysely<Database>, table: NameTable, after: number, upTo = Number.MAX_SAFE_INTEGER): Promise<void> {
    const list = this.lists[table];
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      const page = await sql<{ id: number; name: string }>`select n.id::float8 as id, n.name from ${sql.table(table)} n
        where n.id > ${after} and n.id <= ${upTo} order by n.id limit ${READ_PAGE}`.execute(db);
      for (const row of page.rows) list.add(row.name, row.id);
      if (page.rows.length < READ_PAGE) return;
      after = page.rows.at(-1)!.id;
    }
  }

  private async readNew(db: Kysely<Database>): Promise<void> {
    const last = this.lists.specialist_last_names;
    const first = this.lists.specialist_first_names;
    // Usually nothing or a few names: one statement for both tables.
    // "order by n.id": the table's column, so its index answers (the output column is a cast).
    const { rows } = await sql<{ t: number; id: number; name: string }>`
      (select 0 as t, n.id::float8 as id, n.name from specialist_last_names n where n.id > ${last.lastId} order by n.id limit ${READ_PAGE})
      union all
      (select 1, n.id::float8, n.name from specialist_first_names n where n.id > ${first.lastId} order by n.id limit ${READ_PAGE})`.execute(db);
    const read = [0, 0];
    for (const row of rows) {
      (row.t === 0 ? last : first).add(row.name, row.id);
      read[row.t]!++;
    }
    // The first read of a national directory (100k+ names): the rest page by page.
    if (read[0] === READ_PAGE) await this.readPages(db, "specialist_last_names", last.lastId);
    if (read[1] === READ_PAGE) await this.readPages(db, "specialist_first_names", first.lastId);
  }

  /** The closest names to `text` in `table` (after a refresh()). */
  closest(table: NameTable, text: string, limit: number): NameCandidate[] {
    return this.lists[table].closest(text, limit);
  }

  /** How many names are held, per table. */
  size(table: NameTable): number {
    return this.lists[table].names.length;
  }
}

/**
 * One index per database: keyed by the Kysely adapter, which every Kysely built from the
 * same one (withPlugin, transactions) shares.
 */
const indexes = new WeakMap<object, NameIndex>();

/** The refreshed name index of `db`'s database. */
export async function nameIndex(db: Kysely<Database>): Promise<NameIndex> {
  const key = db.getExecutor().adapter;
  let index = indexes.get(key);
  if (!index) indexes.set(key, (index = new NameIndex()));
  await index.refresh(db);
  return index;
}
