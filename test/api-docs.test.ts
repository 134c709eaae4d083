import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diffTrees, listFiles } from '../scripts/api-docs';

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-docs-test-'));
  for (const [f, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), content);
  }
  return dir;
}

describe('docs:check drift detection', () => {
  test('identical trees have no differences', () => {
    const files = { 'README.md': '# API\n', 'ns/alicloud/README.md': 'x' };
    expect(diffTrees(tree(files), tree(files))).toEqual([]);
    expect(listFiles(tree(files))).toEqual(['README.md', 'ns/alicloud/README.md']);
  });

  test('changed, missing and stale files are each reported', () => {
    const fresh = tree({ 'README.md': '# API v2\n', 'new.md': 'n' });
    const committed = tree({ 'README.md': '# API\n', 'old.md': 'o' });
    expect(diffTrees(fresh, committed)).toEqual(['changed: README.md', 'missing: new.md', 'stale: old.md']);
  });

  test('a missing committed directory reports every file as missing', () => {
    expect(diffTrees(tree({ 'README.md': 'x' }), path.join(os.tmpdir(), 'does-not-exist-api-docs'))).toEqual(['missing: README.md']);
  });
});
