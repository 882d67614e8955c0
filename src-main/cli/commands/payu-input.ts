/**
 * Streaming reader of a snapshots file, either a JSON array or JSON Lines. Only one snapshot's
 * text is held at a time, so files of any size go through in bounded memory.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Malformed file content; the message says where. */
export class SnapshotFileError extends Error {
  override readonly name = 'SnapshotFileError';
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);

function parseElement(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SnapshotFileError(
      `bad JSON in ${where}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

/** Structural characters a learned separator may keep from the end of an element. */
const CLOSERS = new Set([0x7d, 0x5d]);
/** Longest run of closing brackets, and of an element's opening text, a separator keeps. */
const MAX_TAIL = 8;
const MAX_HEAD = 32;
/** What the fast path answers when it must wait for more text, or leave the element to the exact scanner. */
const WAIT = Symbol('wait');
const EXACT = Symbol('exact');
/** Unconsumed text beyond which an element is cut by the exact scanner without waiting further. */
const FAST_LOOKAHEAD = 16 << 20;

/**
 * Cuts the top-level elements out of a JSON array text fed in chunks.
 *
 * The exact scanner tracks string, escape and bracket depth so that commas and brackets
 * inside strings or nested values are ignored; it cuts the first element and any element
 * the fast path cannot. The fast path learns the text between two elements (the closing
 * brackets of one, the separator, the opening of the next up to its first key, e.g.
 * `]},\n{"ts":`) and cuts every following element at the next occurrence of that text
 * (a native search), keeping the cut only if the piece parses as JSON. That check is exact:
 * a piece cut inside a string or inside a nested value is never valid JSON (an unterminated
 * string, an unclosed bracket), nor is one spanning two elements. A piece that does not
 * parse is cut again by the exact scanner, so results and error messages do not depend on
 * the path taken.
 */
export class JsonArraySplitter {
  /** Text not consumed yet; positions below are indexes into it. */
  private text = '';
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private done = false;
  private inElement = false;
  private start = -1;
  private elements = 0;
  /** The learned text between two elements, how many of its characters end the first, and where its comma is. */
  private separator: string | null = null;
  private tailLength = 0;
  private commaAt = 0;
  /** Where the closing run of the last exactly cut element begins, to learn the separator from. */
  private learnFrom = -1;
  /** The fast path's search resumes here (earlier text holds no separator). */
  private searchFrom = 0;

  /** Feeds one chunk; returns the elements completed within it, parsed. */
  push(chunk: string): unknown[] {
    this.compact();
    const out: unknown[] = [];
    if (!this.cutAcross(chunk, out)) this.text += chunk;
    this.run(out, false);
    return out;
  }

  /**
   * The element begun in the previous chunk usually ends in this one: cut it from the two
   * pieces and go on in the chunk itself, so the chunk is never copied onto the text before
   * it. False (nothing consumed) whenever that shortcut does not apply.
   */
  private cutAcross(chunk: string, out: unknown[]): boolean {
    const separator = this.separator;
    if (separator === null || !this.betweenElements() || this.pos !== 0) return false;
    const tail = this.text;
    if (tail.trim() === '') return false;
    const junction = tail.slice(-(separator.length - 1)) + chunk.slice(0, separator.length - 1);
    if (junction.includes(separator)) return false;
    const at = chunk.indexOf(separator);
    if (at < 0 || at + this.tailLength <= 0) return false;
    let value: unknown;
    try {
      value = JSON.parse(tail + chunk.slice(0, at + this.tailLength));
    } catch {
      return false;
    }
    out.push(value);
    this.elements += 1;
    this.text = chunk;
    this.pos = at + this.commaAt + 1;
    this.searchFrom = this.pos;
    return true;
  }

  /** Cuts what is left and checks that the array was closed; returns the elements cut only now. */
  end(): unknown[] {
    const out: unknown[] = [];
    this.run(out, true);
    if (!this.done) throw new SnapshotFileError('the JSON array is not closed (truncated file?)');
    return out;
  }

  /** Drops the consumed text, keeping what an element in progress or the learning still needs. */
  private compact(): void {
    let keep = this.pos;
    if (this.inElement && this.start >= 0) keep = Math.min(keep, this.start);
    if (this.learnFrom >= 0) keep = Math.min(keep, this.learnFrom);
    if (keep === 0) return;
    this.text = this.text.slice(keep);
    this.pos -= keep;
    if (this.start >= 0) this.start -= keep;
    if (this.learnFrom >= 0) this.learnFrom -= keep;
    this.searchFrom = Math.max(0, this.searchFrom - keep);
  }

  private run(out: unknown[], final: boolean): void {
    while (this.pos < this.text.length) {
      if (this.betweenElements()) {
        this.skipWhitespace();
        if (this.pos >= this.text.length) return;
        const c = this.text.charCodeAt(this.pos);
        if (c !== 0x2c && c !== 0x5d) {
          this.learn();
          if (this.separator !== null) {
            const cut = this.fastCut(final);
            if (cut === WAIT) return;
            if (cut !== EXACT) {
              out.push(cut.value);
              continue;
            }
          }
        }
      }
      this.exactStep(out);
    }
  }

  /** True when the text so far ends with "]" and whitespace (the array may close there). */
  private mayCloseArray(): boolean {
    let i = this.text.length - 1;
    while (i >= this.pos && WHITESPACE.has(this.text.charCodeAt(i))) i -= 1;
    return i >= this.pos && this.text.charCodeAt(i) === 0x5d;
  }

  /** True at array level, outside any element: where the fast path may start. */
  private betweenElements(): boolean {
    return this.depth === 1 && !this.inElement && !this.inString && !this.done;
  }

  private skipWhitespace(): void {
    while (this.pos < this.text.length && WHITESPACE.has(this.text.charCodeAt(this.pos)))
      this.pos += 1;
  }

  /** Learns the separator once the exact scanner cut an element and the next one has begun. */
  private learn(): void {
    if (this.separator !== null || this.learnFrom < 0) return;
    if (this.pos + MAX_HEAD > this.text.length) return; // not enough of the next element yet
    const head = this.text.slice(this.pos, this.pos + MAX_HEAD);
    let headLength = head.indexOf(':') + 1;
    if (headLength === 0)
      while (headLength < head.length && (head[headLength] === '{' || head[headLength] === '['))
        headLength += 1;
    const separator = this.text.slice(this.learnFrom, this.pos + headLength);
    this.learnFrom = -1;
    const comma = separator.indexOf(',');
    if (comma < 0) return;
    let tail = 0;
    while (tail < comma && CLOSERS.has(separator.charCodeAt(tail))) tail += 1;
    this.separator = separator;
    this.commaAt = comma;
    this.tailLength = tail;
    this.searchFrom = this.pos;
  }

  /**
   * Cuts the element starting at `pos` at the next separator if the piece parses; WAIT
   * when no separator has arrived yet (and the exact scanner need not run yet), EXACT when
   * the exact scanner must cut this element.
   */
  private fastCut(final: boolean): { readonly value: unknown } | typeof WAIT | typeof EXACT {
    const separator = this.separator!;
    const from = Math.max(this.searchFrom, this.pos);
    const at = this.text.indexOf(separator, from);
    if (at < 0) {
      this.searchFrom = Math.max(this.pos, this.text.length - separator.length + 1);
      // The last element ends at the array's "]", which only the exact scanner finds: it
      // cuts when the text so far may end the array, at the end, or past a long lookahead.
      return final || this.text.length - this.pos > FAST_LOOKAHEAD || this.mayCloseArray()
        ? EXACT
        : WAIT;
    }
    const cut = at + this.tailLength;
    if (cut <= this.pos) return EXACT;
    let value: unknown;
    try {
      value = JSON.parse(this.text.slice(this.pos, cut));
    } catch {
      return EXACT;
    }
    this.elements += 1;
    this.pos = at + this.commaAt + 1;
    this.searchFrom = this.pos;
    return { value };
  }

  /** Runs the exact scanner until it has cut one element or reached the end of the text. */
  private exactStep(out: unknown[]): void {
    const text = this.text;
    for (let i = this.pos; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) this.inString = false;
        continue;
      }
      if (this.done) {
        if (!WHITESPACE.has(c))
          throw new SnapshotFileError('unexpected text after the closing ] of the array');
        continue;
      }
      if (this.depth === 0) {
        if (WHITESPACE.has(c)) continue;
        if (c !== 0x5b) throw new SnapshotFileError('expected a JSON array of snapshots');
        this.depth = 1;
        continue;
      }
      if (this.depth === 1 && (c === 0x2c || c === 0x5d)) {
        if (this.inElement) {
          out.push(parseElement(text.slice(this.start, i), `array element ${this.elements}`));
          this.elements += 1;
          this.inElement = false;
          if (c === 0x2c && this.separator === null) {
            let from = i;
            while (from > this.start && WHITESPACE.has(text.charCodeAt(from - 1))) from -= 1;
            const end = from;
            while (
              from > this.start &&
              end - from < MAX_TAIL &&
              CLOSERS.has(text.charCodeAt(from - 1))
            )
              from -= 1;
            this.learnFrom = from;
          }
          this.start = -1;
        } else if (c === 0x2c || this.elements > 0) {
          throw new SnapshotFileError(`empty element in the array after element ${this.elements}`);
        }
        if (c === 0x5d) {
          this.depth = 0;
          this.done = true;
        }
        this.pos = i + 1;
        return;
      }
      if (this.depth === 1 && !this.inElement) {
        if (WHITESPACE.has(c)) continue;
        this.inElement = true;
        this.start = i;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth += 1;
      else if (c === 0x7d || c === 0x5d) this.depth -= 1;
    }
    this.pos = text.length;
  }
}

/** Splits JSON Lines fed in chunks; blank lines are skipped. */
export class JsonLinesSplitter {
  private rest = '';
  private line = 0;

  push(chunk: string): unknown[] {
    const out: unknown[] = [];
    const text = this.rest + chunk;
    let from = 0;
    let newline = text.indexOf('\n', from);
    while (newline >= 0) {
      this.take(text.slice(from, newline), out);
      from = newline + 1;
      newline = text.indexOf('\n', from);
    }
    this.rest = text.slice(from);
    return out;
  }

  end(): unknown[] {
    const out: unknown[] = [];
    this.take(this.rest, out);
    this.rest = '';
    return out;
  }

  private take(line: string, out: unknown[]): void {
    this.line += 1;
    const trimmed = line.trim();
    if (trimmed !== '') out.push(parseElement(trimmed, `line ${this.line}`));
  }
}

/**
 * How many leading bytes of `bytes` end on a whole UTF-8 character: a character cut by the
 * chunk's end (its lead byte among the last three bytes, without all its continuation bytes)
 * is left for the next chunk.
 */
function wholeCharacters(bytes: Uint8Array): number {
  const last = bytes.length - 1;
  for (let back = 0; back < 3 && last - back >= 0; back += 1) {
    const byte = bytes[last - back]!;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back + 1 >= length ? bytes.length : last - back;
    }
  }
  return bytes.length;
}

const READ_SIZE = 1 << 20;

/**
 * The file's text in chunks of about a megabyte, decoded as UTF-8 (a character cut by a
 * chunk's end is decoded with the next chunk). Reads are synchronous: the command has
 * nothing else to do meanwhile, and a read costs no trip through the thread pool.
 */
function* readText(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_SIZE + 4);
    let carried = 0;
    for (;;) {
      const read = readSync(fd, buffer, carried, READ_SIZE, null);
      if (read === 0) {
        if (carried > 0) yield buffer.toString('utf8', 0, carried);
        return;
      }
      const length = carried + read;
      const whole = wholeCharacters(buffer.subarray(0, length));
      if (whole > 0) yield buffer.toString('utf8', 0, whole);
      buffer.copy(buffer, 0, whole, length);
      carried = length - whole;
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads a snapshots file as a stream and yields each parsed top-level value in file order. */
export async function* readSnapshotValues(path: string): AsyncGenerator<unknown> {
  let splitter: JsonArraySplitter | JsonLinesSplitter | null = null;
  for await (const chunk of readText(path)) {
    let text = chunk;
    if (splitter === null) {
      text = text.replace(/^\uFEFF/, '');
      const firstChar = /\S/.exec(text)?.[0];
      if (firstChar === undefined) continue;
      splitter = firstChar === '[' ? new JsonArraySplitter() : new JsonLinesSplitter();
    }
    yield* splitter.push(text);
  }
  if (splitter === null) throw new SnapshotFileError('the file holds no snapshots');
  yield* splitter.end();
}
