// Progress display for long imports: a one-line bar on a terminal, periodic plain lines
// (safe for logs and CI) otherwise.
import type { ImportProgress, ImportReport } from "./import.ts";

/** Seconds as "1h02m", "3m20s", "45s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${s}s`;
}

const num = (n: number) => Math.round(n).toLocaleString("en-US");

/** One progress line: percentage by bytes, rows, rows/s and ETA by bytes read. */
export function progressLine(p: ImportProgress, width = 24): { bar: string; text: string } {
  const fraction = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.rows / seconds : 0;
  const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : Number.NaN;
  const filled = Math.round(fraction * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const text = `${(fraction * 100).toFixed(1)}% · ${num(p.rows)} rows · ${num(rate)} rows/s · ETA ${formatDuration(eta)}`;
  return { bar, text };
}

/** A progress sink writing to `out`: redraws one line on a TTY, a line every `everyMs` otherwise. */
export function progressReporter(out: NodeJS.WritableStream & { isTTY?: boolean }, everyMs = 10_000): { update(p: ImportProgress): void; done(): void } {
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const { bar, text } = progressLine(p);
      if (out.isTTY) {
        out.write(`\r${bar} ${text}\u001b[K`);
        drawn = true;
      } else if (p.elapsedMs - last >= everyMs) {
        last = p.elapsedMs;
        out.write(`import progress: ${text}\n`);
      }
    },
    done() {
      if (drawn) out.write("\n");
    },
  };
}

/** The closing summary of an import, for people. */
export function summarize(report: ImportReport, listRejected = 20): string {
  const seconds = report.elapsedMs / 1000;
  const lines = [
    `Read ${num(report.rows)} rows in ${formatDuration(seconds)} (${num(seconds > 0 ? report.rows / seconds : report.rows)} rows/s).`,
    `Specialists: ${num(report.specialists)} (${num(report.inserted)} new, ${num(report.updated)} updated, ${num(report.unchanged)} unchanged).`,
    `Skipped: ${num(report.organizations)} organizations, ${num(report.notSpecialists)} individuals without a specialist taxonomy.`,
    `Deactivations: ${num(report.deactivations)} in the file, ${num(report.deactivated)} directory rows marked inactive.`,
    `Rejected: ${num(report.rejected)} rows.`,
  ];
  for (const r of report.rejectedRows.slice(0, listRejected)) lines.push(`  line ${r.line}: ${r.reason}`);
  if (report.rejected > Math.min(listRejected, report.rejectedRows.length)) lines.push(`  … and ${num(report.rejected - Math.min(listRejected, report.rejectedRows.length))} more`);
  return lines.join("\n");
}
