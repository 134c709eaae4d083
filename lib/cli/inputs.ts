/**
 * The checker's inputs, read defensively: only regular files (a FIFO, device or socket is refused
 * without being opened for a blocking read), at most `maxBytes` each, symlinks followed with loop
 * detection, and every problem reported as one line for that input while the others are still read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HclSyntaxError, mergeModule, parseHcl } from '../rules/model/hcl';

/** One input: a parsed document, or why it could not be read. */
export interface Input {
  /** The file, or `<dir>/*.tf` for the HCL module of a directory. */
  readonly name: string;
  readonly document?: unknown;
  readonly error?: string;
}

/** Options of {@link readInputs}. */
export interface ReadOptions {
  /** Larger files are refused. */
  readonly maxBytes: number;
}

type Unit =
  | { kind: 'json'; file: string }
  | { kind: 'hcl'; name: string; files: string[] }
  | { kind: 'error'; name: string; error: string };

const SKIP_DIRS = new Set(['node_modules', '.terraform', '.git']);

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory (or a broken symlink)';
    case 'ELOOP': return 'symlink loop';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    default: return `cannot read: ${oneLine(e instanceof Error ? e.message : String(e))}`;
  }
}

function oneLine(s: string, max = 300): string {
  const t = s.replace(/\s*[\r\n]+\s*/g, ' ');
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}

function kindOf(st: fs.Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

function isTfJson(name: string): boolean {
  return name.endsWith('.tf.json');
}

function isTf(name: string): boolean {
  return name.endsWith('.tf');
}

/** The units found under a directory, in sorted order; symlinks followed, loops reported. */
function walk(root: string): Unit[] {
  const units: Unit[] = [];
  const active = new Set<string>();
  const visit = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      units.push({ kind: 'error', name: dir, error: errorText(e) });
      return;
    }
    if (active.has(real)) {
      units.push({ kind: 'error', name: dir, error: `symlink loop: ${real} is already being searched` });
      return;
    }
    active.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      units.push({ kind: 'error', name: dir, error: errorText(e) });
      active.delete(real);
      return;
    }
    const tfFiles: string[] = [];
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const wanted = isTfJson(entry.name) || isTf(entry.name);
      if (!entry.isDirectory() && !entry.isSymbolicLink() && !wanted) continue;
      let st: fs.Stats;
      try {
        st = fs.statSync(full);
      } catch (e) {
        if (wanted || entry.isSymbolicLink()) units.push({ kind: 'error', name: full, error: errorText(e) });
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) visit(full);
      } else if (!wanted) {
        continue;
      } else if (!st.isFile()) {
        units.push({ kind: 'error', name: full, error: `${kindOf(st)}: only regular files are read` });
      } else if (isTfJson(entry.name)) {
        units.push({ kind: 'json', file: full });
      } else {
        tfFiles.push(full);
      }
    }
    if (tfFiles.length > 0) units.push({ kind: 'hcl', name: path.join(dir, '*.tf'), files: tfFiles });
    active.delete(real);
  };
  visit(root);
  return units;
}

/** Reads a regular file of at most `maxBytes`; a string is the reason it was refused. */
export function readRegularFile(file: string, maxBytes: number): Buffer | string {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return errorText(e);
  }
  if (!st.isFile()) return `${kindOf(st)}: only regular files are read`;
  if (st.size > maxBytes) return `${st.size} bytes is over the size limit of ${maxBytes} bytes (raise it with --max-size)`;
  let fd: number;
  try {
    // O_NONBLOCK: a file swapped for a FIFO after the stat cannot block the open.
    // eslint-disable-next-line no-bitwise
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return errorText(e);
  }
  try {
    const fst = fs.fstatSync(fd);
    if (!fst.isFile()) return `${kindOf(fst)}: only regular files are read`;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return `more than ${maxBytes} bytes: over the size limit (raise it with --max-size)`;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    return errorText(e);
  } finally {
    fs.closeSync(fd);
  }
}

function decode(buf: Buffer): string {
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The first duplicated object key of a valid JSON text (comments `"//"` excepted), or undefined.
 * `JSON.parse` keeps the last of duplicate keys, but Terraform's JSON reader sees each one (two
 * `"resource"` keys are two blocks): a document with duplicates is refused, never half-read.
 */
export function duplicateKey(text: string): string | undefined {
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = i + 1;
      let escaped = false;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) {
          escaped = true;
          j += 2;
          continue;
        }
        if (d === 0x22) break;
        j++;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const key: string = escaped ? JSON.parse(text.slice(i, j + 1)) : text.slice(i + 1, j);
        if (key !== '//') {
          if (top.has(key)) return key;
          top.add(key);
        }
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b) {
      stack.push(null);
      expectKey = false;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      expectKey = stack[stack.length - 1] !== null && stack.length > 0;
    }
  }
  return undefined;
}

/** Parses a Terraform JSON text; a string is why it is invalid. */
export function parseJsonDocument(text: string): unknown {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { error: `invalid JSON: ${oneLine(e instanceof Error ? e.message : String(e), 200)}` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { error: 'not a Terraform JSON document (expected a JSON object)' };
  }
  const dup = duplicateKey(text);
  if (dup !== undefined) return { error: `invalid Terraform JSON: duplicate key ${JSON.stringify(dup).slice(0, 100)} (JSON readers disagree on which one counts)` };
  return { document: doc };
}

async function readUnit(unit: Unit, opts: ReadOptions): Promise<Input> {
  if (unit.kind === 'error') return { name: unit.name, error: unit.error };
  if (unit.kind === 'json') {
    const buf = readRegularFile(unit.file, opts.maxBytes);
    if (typeof buf === 'string') return { name: unit.file, error: buf };
    const parsed = parseJsonDocument(decode(buf)) as { document?: unknown; error?: string };
    return { name: unit.file, ...parsed };
  }
  const docs: Array<Record<string, any>> = [];
  for (const file of unit.files) {
    const buf = readRegularFile(file, opts.maxBytes);
    if (typeof buf === 'string') return { name: unit.name, error: `${file}: ${buf}` };
    try {
      docs.push(await parseHcl(file, decode(buf)));
    } catch (e) {
      const message = e instanceof HclSyntaxError ? e.message : errorText(e);
      return { name: unit.name, error: `invalid HCL: ${oneLine(message)}` };
    }
  }
  return { name: unit.name, document: mergeModule(docs) };
}

/**
 * The inputs named on the command line, in order: a file is one input (`.tf` files are HCL,
 * anything else Terraform JSON); a directory gives every `*.tf.json` below it and one input per
 * directory of `*.tf` files.
 */
export async function* readInputs(targets: readonly string[], opts: ReadOptions): AsyncGenerator<Input> {
  for (const t of targets) {
    let st: fs.Stats;
    try {
      st = fs.statSync(t);
    } catch (e) {
      yield { name: t, error: errorText(e) };
      continue;
    }
    let units: Unit[];
    if (st.isDirectory()) {
      units = walk(t);
      if (units.length === 0) units = [{ kind: 'error', name: t, error: 'no *.tf.json or *.tf files found' }];
    } else if (isTf(t)) {
      units = [{ kind: 'hcl', name: t, files: [t] }];
    } else {
      units = [{ kind: 'json', file: t }];
    }
    for (const u of units) yield await readUnit(u, opts);
  }
}
