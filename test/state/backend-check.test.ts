import { backendBlockOf, judgeBackendInit } from '../../scripts/lib/backend-check';

/** What terraform 1.11 printed for the blueprint's app stack and for a misspelled argument (offline). */
const OFFLINE = `Initializing the backend...
Error: Failed to get existing workspaces: Get "https://acme-tfstate.oss-cn-hangzhou.aliyuncs.com/?prefix=stacks%2F": dial tcp: lookup acme-tfstate.oss-cn-hangzhou.aliyuncs.com on 10.255.255.53:53: no such host`;
const MISSPELLED = `Initializing the backend...
Error: Extraneous JSON object property

  on backend.tf.json line 1, in terraform.backend.oss:
No argument or block type is named "encrypted".`;

describe('the offline backend block check (scripts/lib/backend-check.ts)', () => {
  test('a block that decodes and then stops at the network passes', () => {
    const v = judgeBackendInit('examples/x/app', 'oss', 1, OFFLINE);
    expect(v.ok).toBe(true);
    expect(v.line).toMatch(/^ok {4}examples\/x\/app: backend "oss" block decoded; init stopped offline at: Error: Failed to get existing workspaces/);
  });

  test('a schema error fails, even when the network would also fail', () => {
    expect(judgeBackendInit('x', 'oss', 1, MISSPELLED)).toMatchObject({ ok: false, line: 'FAIL  x: backend "oss" block rejected by terraform init: Error: Extraneous JSON object property' });
    expect(judgeBackendInit('x', 'oss', 1, `${MISSPELLED}\n${OFFLINE}`).ok).toBe(false);
    expect(judgeBackendInit('x', 'oss', 1, 'Error: Unsupported argument').ok).toBe(false);
  });

  test('an unexplained failure fails; success passes', () => {
    expect(judgeBackendInit('x', 'oss', 1, 'Error: something else').ok).toBe(false);
    expect(judgeBackendInit('x', 'oss', 0, 'Terraform has been successfully initialized!').ok).toBe(true);
  });

  test('only non-local backends are checked', () => {
    expect(backendBlockOf({ terraform: { backend: { local: { path: 'x' } } } })).toBeUndefined();
    expect(backendBlockOf({})).toBeUndefined();
    expect(backendBlockOf({ terraform: { backend: { oss: { bucket: 'b' } } } })).toEqual({ type: 'oss', body: { bucket: 'b' } });
  });
});
