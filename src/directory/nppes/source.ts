// Opens an NPPES file for streaming: a .csv as is, or the .zip CMS ships, from which the
// largest .csv that is not the "FileHeader" one is read without unpacking to disk.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { AppError } from "../../errors.ts";

/** A stream of the data CSV and how many bytes it will deliver. */
export interface NppesSource {
  /** Uncompressed CSV bytes. */
  stream: Readable;
  /** Total uncompressed size, for the progress ETA. */
  totalBytes: number;
  /** Name of the CSV (the zip entry for a .zip). */
  name: string;
  /** Closes the underlying file. */
  close(): void;
}

const CHUNK = 1 << 20;

/** Opens `path` (.csv or .zip). Throws BAD_ARGUMENT when it is neither or has no CSV. */
export async function openNppesSource(path: string): Promise<NppesSource> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new AppError("BAD_ARGUMENT", "That file does not exist or cannot be read.", {});
  }
  if (/\.zip$/i.test(path)) return openZip(path);
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  return { stream, totalBytes: size, name: path, close: () => stream.destroy() };
}

function openZip(path: string): Promise<NppesSource> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error || !zip) return reject(new AppError("BAD_ARGUMENT", "That .zip file could not be read.", {}));
      let best: yauzl.Entry | undefined;
      zip.on("entry", (entry: yauzl.Entry) => {
        const isCsv = /\.csv$/i.test(entry.fileName) && !/fileheader/i.test(entry.fileName) && !entry.fileName.endsWith("/");
        if (isCsv && (!best || entry.uncompressedSize > best.uncompressedSize)) best = entry;
        zip.readEntry();
      });
      zip.on("error", () => reject(new AppError("BAD_ARGUMENT", "That .zip file is damaged.", {})));
      zip.on("end", () => {
        if (!best) {
          zip.close();
          return reject(new AppError("BAD_ARGUMENT", "That .zip file holds no NPPES data .csv.", {}));
        }
        const entry = best;
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            zip.close();
            return reject(new AppError("BAD_ARGUMENT", "The .csv inside that .zip could not be read.", {}));
          }
          stream.on("end", () => zip.close());
          resolve({ stream, totalBytes: entry.uncompressedSize, name: entry.fileName, close: () => { stream.destroy(); zip.close(); } });
        });
      });
      zip.readEntry();
    });
  });
}
