import { describe, expect, it } from 'vitest';
import { noKeysAudit, signatureAudit } from '../../src/release/audit-signatures.js';

/** publish reports `signatures` as an output and turns `invalid` into the publish/signature-invalid finding. */
const audited = (body: unknown, code: number | null = 0) =>
  signatureAudit('hello-mcp', '1.2.3', 2, { installed: true, code, stdout: JSON.stringify(body) });

describe('signatureAudit', () => {
  it('no problem listed for this version: verified, naming the version and the number of keys', () => {
    expect(audited({ invalid: [], missing: [] })).toEqual({
      state: 'verified',
      detail: 'npm audit signatures: hello-mcp@1.2.3 verified against 2 registry key(s)',
    });
    expect(audited({}).state).toBe('verified');
  });

  it('this version listed as invalid: invalid, said loudly', () => {
    const audit = audited({ invalid: [{ name: 'hello-mcp', version: '1.2.3' }] }, 1);
    expect(audit.state).toBe('invalid');
    expect(audit.detail).toContain('hello-mcp@1.2.3');
    expect(audit.detail).toContain('INVALID');
  });

  it('this version listed as missing a signature: skipped, not a failure', () => {
    const audit = audited({ missing: [{ name: 'hello-mcp', version: '1.2.3' }] });
    expect(audit).toEqual({
      state: 'skipped',
      detail: 'npm audit signatures: hello-mcp@1.2.3 carries no registry signature',
    });
  });

  it('problems of other packages or other versions (dependencies) do not count against this one', () => {
    const audit = audited(
      {
        invalid: [
          { name: 'left-pad', version: '1.2.3' },
          { name: 'hello-mcp', version: '1.2.2' },
        ],
        missing: [{ name: 'other', version: '0.0.1' }],
      },
      1,
    );
    expect(audit.state).toBe('verified');
  });

  it('invalid wins over missing when both list this version', () => {
    const me = { name: 'hello-mcp', version: '1.2.3' };
    expect(audited({ invalid: [me], missing: [me] }).state).toBe('invalid');
  });

  it('npm printed no JSON: skipped, with the exit code', () => {
    expect(signatureAudit('hello-mcp', '1.2.3', 1, { installed: true, code: 1, stdout: 'npm ERR! oops' })).toEqual({
      state: 'skipped',
      detail: 'npm audit signatures printed no JSON (exit 1)',
    });
  });

  it('the install failed: skipped, quoting npm’s error line, else the exit code', () => {
    const withLine = signatureAudit('hello-mcp', '1.2.3', 1, {
      installed: false,
      code: 1,
      stderr: 'npm warn something\nnpm error 404 Not Found - GET https://registry.example/hello-mcp\nnpm error more',
    });
    expect(withLine.state).toBe('skipped');
    expect(withLine.detail).toBe(
      'npm audit signatures skipped: installing hello-mcp@1.2.3 failed (npm error 404 Not Found - GET https://registry.example/hello-mcp)',
    );
    const bare = signatureAudit('hello-mcp', '1.2.3', 1, { installed: false, code: 7, stderr: '' });
    expect(bare.detail).toBe('npm audit signatures skipped: installing hello-mcp@1.2.3 failed (7)');
  });
});

describe('noKeysAudit', () => {
  it('a registry without signing keys is skipped, saying why', () => {
    expect(noKeysAudit('the registry publishes no signing keys')).toEqual({
      state: 'skipped',
      detail: 'npm audit signatures skipped: the registry publishes no signing keys',
    });
  });
});
