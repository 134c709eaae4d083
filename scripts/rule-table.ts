/**
 * Rewrites the generated README sections (rule table, bundled bindings): `npm run docs:rules`.
 * With `--check`, exits 1 when README.md is out of date instead of writing it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './lib/provider-meta';
import { withGeneratedSections } from './lib/rule-table';

const file = path.join(REPO_ROOT, 'README.md');
const current = fs.readFileSync(file, 'utf8');
const next = withGeneratedSections(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md rule table is out of date: run npm run docs:rules');
    process.exitCode = 1;
  } else {
    console.log('README.md rule table is up to date');
  }
} else if (next !== current) {
  fs.writeFileSync(file, next);
  console.log('README.md rule table rewritten from lib/controls/rules.ts');
} else {
  console.log('README.md rule table is up to date');
}
