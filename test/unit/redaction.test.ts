import { describe, expect, it } from 'vitest';
import { redact, scanText } from '../../src/scan/secrets/engine.js';
import { SECRET_RULES } from '../../src/scan/secrets/rules.js';
import { checksummedToken, pemBody, randomBase62 } from '../helpers/credentials.js';

// What a finding shows of a credential: enough to find it in the file, never enough to use it.
describe('redaction', () => {
  it('shows the head (a sixth of the secret, 2 to 6 characters) and the length, never the rest', () => {
    const secret = randomBase62(24, 9);
    expect(redact(secret, 'secret/generic-assignment')).toBe(`${secret.slice(0, 4)}… (24 chars)`);
    expect(redact('Ab3dEf7h', 'secret/generic-assignment')).toBe('Ab… (8 chars)'); // short: 2, not 1
    expect(redact('x'.repeat(17), 'secret/generic-assignment')).toBe('xx… (17 chars)');
    expect(redact(`K${'7'.repeat(35)}`, 'secret/generic-assignment')).toBe('K77777… (36 chars)');
    expect(redact(`K${'7'.repeat(99)}`, 'secret/generic-assignment')).toBe('K77777… (100 chars)'); // long: 6, not 16
  });

  it('a private key is named by its BEGIN line only', () => {
    expect(redact('-----BEGIN RSA PRIVATE KEY-----', 'secret/private-key')).toBe('-----BEGIN RSA PRIVATE KEY-----');
    const [hit] = scanText(
      `const key = \`-----BEGIN RSA PRIVATE KEY-----\n${pemBody(3)}\n-----END RSA PRIVATE KEY-----\`;\n`,
      SECRET_RULES,
    );
    expect(hit).toMatchObject({ rule: 'secret/private-key', redacted: '-----BEGIN RSA PRIVATE KEY-----', line: 1 });
  });

  it('a found token carries its redaction, not its value', () => {
    const token = checksummedToken('npm_', 5);
    const [hit] = scanText(`//registry.npmjs.org/:_authToken=${token}\n`, SECRET_RULES);
    expect(hit).toMatchObject({ rule: 'secret/npm-token', redacted: `${token.slice(0, 6)}… (40 chars)` });
    expect(JSON.stringify(hit)).not.toContain(token.slice(6, 14));
  });
});
