import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateBindings } from '../scripts/generate-bindings';
import { GENERATED_DIR } from '../scripts/lib/provider-meta';

function listFiles(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]).sort();
}

describe('committed provider bindings', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-test-'));
    await generateBindings(fresh);
  });
  afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

  test('are exactly what `npm run gen` generates from the committed schema', () => {
    const committed = listFiles(GENERATED_DIR);
    expect(committed).toEqual(listFiles(fresh));
    const differing = committed.filter((f) =>
      fs.readFileSync(path.join(GENERATED_DIR, f), 'utf8') !== fs.readFileSync(path.join(fresh, f), 'utf8'));
    // Run `npm run gen` (or `npm run provider:refresh`) and commit the result.
    expect(differing).toEqual([]);
  });

  test('route cdktf through the library import point', () => {
    const instance = fs.readFileSync(path.join(GENERATED_DIR, 'providers', 'alicloud', 'instance', 'index.ts'), 'utf8');
    expect(instance).toContain("from '../../../../cdktf';");
    expect(instance).not.toMatch(/from 'cdktf'/);
  });
});
