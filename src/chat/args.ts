// Parses the text after a slash command against a command's option list. Errors say
// which option is wrong and why, and never echo what was typed (it may hold PHI).
import { AppError } from "../errors.ts";
import type { OptionSpec } from "./command.ts";

/** Parsed arguments by option name. Flags are "true" when present. */
export interface ParsedArgs {
  /** Value of a string/choice/words/text/integer option, as typed (trimmed). */
  get(name: string): string | undefined;
  /** Value as an integer (validated during parsing). */
  int(name: string): number | undefined;
  /** Whether a flag was given. */
  flag(name: string): boolean;
  /** The raw text the command received. */
  readonly raw: string;
}

interface Token {
  value: string;
  start: number;
  end: number;
}

/** Splits on whitespace, keeping "quoted strings" together. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /"([^"]*)"|'([^']*)'|“([^”]*)”|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
    tokens.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Describes an option for usage lines: `<id>`, `[near <place>]`, `[telehealth]`. */
export function describeOption(option: OptionSpec): string {
  const inner =
    option.type === "flag"
      ? option.name
      : option.keyword
        ? `${option.name} <${option.example ?? "value"}>`
        : option.type === "choice" && option.choices
          ? option.choices.join("|")
          : `<${option.name}>`;
  return option.required ? inner : `[${inner}]`;
}

function badArgument(message: string, option?: string): AppError {
  return new AppError("BAD_ARGUMENT", message, option ? { option } : {});
}

/** Integer options are ids and counts stored in `integer` columns: a bigger number is no id or count, and reaching PostgreSQL it is an error, not a miss. */
const MAX_INTEGER = 2_147_483_647;

/** A row id carried in a button value ("12"): a positive number within the `serial` range, or `undefined` (an expired or forged value). */
export function parseRowId(value: string): number | undefined {
  const text = value.trim();
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const id = Number(text);
  return id >= 1 && id <= MAX_INTEGER ? id : undefined;
}

function checkValue(option: OptionSpec, value: string): string {
  if (option.type === "integer") {
    if (!/^-?\d+$/.test(value) || Math.abs(Number(value)) > MAX_INTEGER) {
      throw badArgument(`\`${option.name}\` must be a whole number, for example \`${option.example ?? "42"}\`.`, option.name);
    }
  }
  if (option.type === "choice" && option.choices) {
    const match = option.choices.find((c) => c.toLowerCase() === value.toLowerCase());
    if (!match) throw badArgument(`\`${option.name}\` must be one of: ${option.choices.join(", ")}.`, option.name);
    value = match;
  }
  const problem = option.validate?.(value);
  if (problem) throw badArgument(`\`${option.name}\`: ${problem}`, option.name);
  return value;
}

/**
 * Parses `text` against `options`.
 * - flags and keyword options may appear anywhere (until a "text" option starts);
 * - positionals are filled in declaration order;
 * - a "words" option takes every leftover token; a "text" option takes the rest verbatim.
 */
export function parseArgs(text: string, options: readonly OptionSpec[]): ParsedArgs {
  const values = new Map<string, string>();
  const tokens = tokenize(text);
  const keywords = new Map(options.filter((o) => o.keyword || o.type === "flag").map((o) => [o.name.toLowerCase(), o]));
  const positionals = options.filter((o) => !o.keyword && o.type !== "flag");
  const leftovers: Token[] = [];
  let posIndex = 0;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const current = positionals[posIndex];
    if (current?.type === "text") {
      values.set(current.name, text.slice(token.start).trim());
      posIndex++;
      break;
    }
    const keyword = keywords.get(token.value.toLowerCase());
    if (keyword) {
      if (values.has(keyword.name)) throw badArgument(`\`${keyword.name}\` was given twice.`, keyword.name);
      if (keyword.type === "flag") {
        values.set(keyword.name, "true");
        continue;
      }
      const taken: string[] = [];
      const limit = keyword.arity ?? Number.POSITIVE_INFINITY;
      while (taken.length < limit && i + 1 < tokens.length && !keywords.has(tokens[i + 1]!.value.toLowerCase())) {
        taken.push(tokens[++i]!.value);
      }
      if (taken.length === 0) {
        throw badArgument(`\`${keyword.name}\` needs a value, for example \`${keyword.name} ${keyword.example ?? "…"}\`.`, keyword.name);
      }
      values.set(keyword.name, checkValue(keyword, taken.join(" ")));
      continue;
    }
    if (current && current.type !== "words") {
      values.set(current.name, checkValue(current, token.value));
      posIndex++;
      continue;
    }
    leftovers.push(token);
  }

  const words = positionals.find((o) => o.type === "words");
  if (words && leftovers.length > 0) {
    values.set(words.name, checkValue(words, leftovers.map((t) => t.value).join(" ")));
  } else if (leftovers.length > 0) {
    throw badArgument(`Too many arguments: this command takes ${positionals.map(describeOption).join(" ") || "no arguments"}.`);
  }

  for (const option of options) {
    if (option.required && !values.has(option.name)) {
      throw badArgument(`\`${option.name}\` is missing: ${option.description}.`, option.name);
    }
  }

  return {
    raw: text,
    get: (name) => values.get(name),
    int: (name) => {
      const v = values.get(name);
      return v === undefined ? undefined : Number.parseInt(v, 10);
    },
    flag: (name) => values.get(name) === "true",
  };
}
