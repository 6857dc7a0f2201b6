// A person's name as a clinician types it, read every way it may have been meant:
// "Nadia Brannigan" (first then last), "Brannigan Nadia" (last then first),
// "Brannigan, Nadia", "Dr. Nadia Brannigan, MD", "Van Buren" (a two-word last name) or
// "Nadia" (a first name or a last name). The search tries every reading and ranks
// specialists by the best one that matches them (see name-search.ts).

/** One way of reading the typed words. */
export interface NameReading {
  /** Text to match against last names. */
  last: string;
  /** Text to match against first names, when the reading has one. */
  first?: string;
}

/** Every reading of a typed name. */
export interface TypedName {
  /** Readings with a last name (and maybe a first name). */
  readings: NameReading[];
  /** A single typed word, which may also be a first name alone ("Nadia"). */
  firstOnly?: string;
}

const HONORIFICS = new Set(["dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx"]);
// Degrees and titles written after a name. "DO" is also a last name (Vietnamese Đỗ), so it
// is dropped only after a comma or written with dots ("D.O."), never as a bare last word.
const CREDENTIALS = new Set([
  "md", "m.d", "d.o", "phd", "ph.d", "mph", "mba", "ms", "msc", "mbbs", "mbchb", "facc", "facp", "facs", "faap", "fache", "frcp", "frcpc",
  "np", "pa", "pa-c", "rn", "dnp", "aprn", "crnp", "dds", "dmd", "dpm", "od", "jr", "sr", "ii", "iii",
]);
/** At most this many words are read (a pasted sentence is not a name). */
const MAX_WORDS = 4;

const bare = (word: string) => word.replace(/\.$/, "");
const isCredential = (word: string, afterComma: boolean) => CREDENTIALS.has(bare(word)) || (afterComma && bare(word) === "do");

/** Reads a typed name (any case, extra spaces, honorifics and credentials allowed). */
export function readTypedName(text: string): TypedName {
  let segments = text
    .toLowerCase()
    .split(",")
    .map((s) => s.split(/\s+/).filter(Boolean));
  const total = () => segments.reduce((n, s) => n + s.length, 0);
  // "Dr." / "Dr" / "Doctor" in front.
  while (segments[0] && segments[0].length > 0 && HONORIFICS.has(bare(segments[0][0]!)) && total() > 1) segments[0] = segments[0].slice(1);
  // Credentials at the end: a whole segment after a comma ("…, MD, PhD"), then words.
  while (segments.length > 1 && segments[segments.length - 1]!.every((w) => isCredential(w, true)) && total() > segments[segments.length - 1]!.length) segments.pop();
  const tail = segments[segments.length - 1]!;
  while (tail.length > 0 && isCredential(tail[tail.length - 1]!, false) && total() > 1) tail.pop();
  segments = segments.filter((s) => s.length > 0);
  if (segments.length === 2) {
    // "Brannigan, Nadia": last name, then first name.
    return { readings: [{ last: segments[0]!.join(" "), first: segments[1]!.join(" ") }] };
  }
  const words = segments.flat().slice(0, MAX_WORDS);
  if (words.length === 0) return { readings: [] };
  if (words.length === 1) return { readings: [{ last: words[0]! }], firstOnly: words[0]! };
  const readings: NameReading[] = [{ last: words.join(" ") }];
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(" ");
    const rest = words.slice(k).join(" ");
    readings.push({ first: head, last: rest }, { last: head, first: rest });
  }
  return { readings };
}
