/** Size of a folder of generated bindings. */
import * as fs from 'fs';
import * as path from 'path';

/** Files, bytes and lines of a folder (TypeScript sources counted separately). */
export interface TreeSize {
  readonly files: number;
  readonly bytes: number;
  readonly tsFiles: number;
  readonly tsBytes: number;
  readonly tsLines: number;
}

/** Walks `dir` and sums the sizes of its files. */
export function measureTree(dir: string): TreeSize {
  let files = 0; let bytes = 0; let tsFiles = 0; let tsBytes = 0; let tsLines = 0;
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) { walk(p); continue; }
      const size = fs.statSync(p).size;
      files++; bytes += size;
      if (entry.name.endsWith('.ts')) {
        tsFiles++; tsBytes += size;
        const text = fs.readFileSync(p, 'utf8');
        let lines = 0;
        for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
        tsLines += lines;
      }
    }
  };
  walk(dir);
  return { files, bytes, tsFiles, tsBytes, tsLines };
}
