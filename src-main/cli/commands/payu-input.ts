/**
 * Streaming reader of a snapshots file, either a JSON array or JSON Lines. Only one snapshot's
 * text is held at a time, so files of any size go through in bounded memory.
 */
import { createReadStream } from 'node:fs';

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

/**
 * Cuts the top-level elements out of a JSON array text fed in chunks, tracking string, escape
 * and bracket depth so that commas and brackets inside strings or nested values are ignored.
 */
export class JsonArraySplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private done = false;
  private pieces: string[] = [];
  private inElement = false;
  private elements = 0;

  /** Feeds one chunk; returns the elements completed within it, parsed. */
  push(chunk: string): unknown[] {
    const out: unknown[] = [];
    let start = this.inElement ? 0 : -1;
    for (let i = 0; i < chunk.length; i += 1) {
      const c = chunk.charCodeAt(i);
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
          this.pieces.push(chunk.slice(start, i));
          out.push(parseElement(this.pieces.join(''), `array element ${this.elements}`));
          this.elements += 1;
          this.pieces = [];
          this.inElement = false;
          start = -1;
        } else if (c === 0x2c || this.elements > 0) {
          throw new SnapshotFileError(`empty element in the array after element ${this.elements}`);
        }
        if (c === 0x5d) {
          this.depth = 0;
          this.done = true;
        }
        continue;
      }
      if (this.depth === 1 && !this.inElement) {
        if (WHITESPACE.has(c)) continue;
        this.inElement = true;
        start = i;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth += 1;
      else if (c === 0x7d || c === 0x5d) this.depth -= 1;
    }
    if (this.inElement && start >= 0) this.pieces.push(chunk.slice(start));
    return out;
  }

  /** Checks that the array was closed. */
  end(): void {
    if (!this.done) throw new SnapshotFileError('the JSON array is not closed (truncated file?)');
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

/** Reads a snapshots file as a stream and yields each parsed top-level value in file order. */
export async function* readSnapshotValues(path: string): AsyncGenerator<unknown> {
  let splitter: JsonArraySplitter | JsonLinesSplitter | null = null;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    let text = chunk as string;
    if (splitter === null) {
      text = text.replace(/^\uFEFF/, '');
      const firstChar = /\S/.exec(text)?.[0];
      if (firstChar === undefined) continue;
      splitter = firstChar === '[' ? new JsonArraySplitter() : new JsonLinesSplitter();
    }
    yield* splitter.push(text);
  }
  if (splitter === null) throw new SnapshotFileError('the file holds no snapshots');
  if (splitter instanceof JsonArraySplitter) splitter.end();
  else yield* splitter.end();
}
