/**
 * Fake credentials in the real formats, built here so no real-looking secret is
 * committed: the GitHub/npm checksum is computed with a bitwise CRC32 written
 * independently of the scanner's table-driven one.
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function crc32Bitwise(text: string): number {
  let crc = ~0;
  for (let i = 0; i < text.length; i += 1) {
    crc ^= text.charCodeAt(i);
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

function base62(value: number, width: number): string {
  let out = '';
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/** A deterministic pseudo-random base62 string (seeded), so fixtures are stable. */
export function randomBase62(length: number, seed: number, alphabet = BASE62): string {
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % alphabet.length];
  }
  return out;
}

export function checksummedToken(prefix: 'ghp_' | 'gho_' | 'ghs_' | 'npm_', seed: number): string {
  const body = randomBase62(30, seed);
  return `${prefix}${body}${base62(crc32Bitwise(body), 6)}`;
}

/** A DER SEQUENCE of the given content length, base64 in 64-column lines: a parseable PEM body. */
export function pemBody(seed: number): string {
  const content = Buffer.from(randomBase62(600, seed), 'latin1');
  const der = Buffer.concat([Buffer.from([0x30, 0x82, content.length >> 8, content.length & 0xff]), content]);
  return der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim();
}

export function jwt(seed: number): string {
  const enc = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: randomBase62(12, seed), iat: 1700000000 })}.${randomBase62(43, seed + 1, `${BASE62}-_`)}`;
}

/** One planted credential per rule family, with the rule that must find it. */
export function plantedCredentials(seed = 0): { rule: string; line: string; secret: string }[] {
  const s = (n: number): number => n + seed * 97;
  const aws = `AKIA${randomBase62(16, s(7), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
  const awsSecret = randomBase62(40, s(8), `${BASE62}/+`);
  const gh = checksummedToken('ghp_', s(11));
  const fine = `github_pat_${randomBase62(22, s(12))}_${randomBase62(59, s(13))}`;
  const npm = checksummedToken('npm_', s(14));
  // Prefixes are assembled so that this file itself holds nothing credential-shaped.
  const slack = `${'xo'}xb-2847163950-5938274610-${randomBase62(24, s(15))}`;
  const hook = `https://hooks.slack.com/services/T${randomBase62(9, s(16), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B${randomBase62(9, s(17), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/${randomBase62(24, s(18))}`;
  const stripe = `sk_live_${randomBase62(24, s(19))}`;
  const google = `AIza${randomBase62(35, s(20), `${BASE62}-_`)}`;
  const openai = `sk-proj-${randomBase62(20, s(21))}T3BlbkFJ${randomBase62(20, s(22))}`;
  const anthropic = `sk-ant-api03-${randomBase62(93, s(23), `${BASE62}-_`)}AA`;
  const hf = `hf_${randomBase62(34, s(24), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}`;
  const token = jwt(s(25));
  const dbPass = randomBase62(14, s(26));
  const generic = randomBase62(24, s(27));
  return [
    { rule: 'secret/aws-access-key', line: `const accessKeyId = "${aws}";`, secret: aws },
    { rule: 'secret/aws-secret-key', line: `aws_secret_access_key = ${awsSecret}`, secret: awsSecret },
    { rule: 'secret/github-token', line: `GITHUB_TOKEN=${gh}`, secret: gh },
    { rule: 'secret/github-fine-grained-token', line: `const pat = '${fine}';`, secret: fine },
    { rule: 'secret/npm-token', line: `//registry.npmjs.org/:_authToken=${npm}`, secret: npm },
    { rule: 'secret/slack-token', line: `slack: ${slack}`, secret: slack },
    { rule: 'secret/slack-webhook', line: `fetch("${hook}")`, secret: hook },
    { rule: 'secret/stripe-key', line: `stripe(${JSON.stringify(stripe)})`, secret: stripe },
    { rule: 'secret/google-api-key', line: `key=${google}`, secret: google },
    { rule: 'secret/openai-key', line: `OPENAI_API_KEY=${openai}`, secret: openai },
    { rule: 'secret/anthropic-key', line: `ANTHROPIC_API_KEY=${anthropic}`, secret: anthropic },
    { rule: 'secret/huggingface-token', line: `HF_TOKEN=${hf}`, secret: hf },
    { rule: 'secret/jwt', line: `Authorization: Bearer ${token}`, secret: token },
    { rule: 'secret/database-url', line: `DATABASE_URL=postgres://app:${dbPass}@db.internal:5432/app`, secret: dbPass },
    {
      rule: 'secret/private-key',
      line: `-----BEGIN PRIVATE KEY-----\n${pemBody(s(30))}\n-----END PRIVATE KEY-----`,
      secret: pemBody(s(30)).split('\n')[1] as string,
    },
    { rule: 'secret/generic-assignment', line: `const clientSecret = "${generic}9";`, secret: `${generic}9` },
  ];
}

/** Decoys of each family: examples, placeholders and near-misses that must not be findings. */
export const DECOYS = [
  'const accessKeyId = "AKIAIOSFODNN7EXAMPLE";',
  'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
  '//registry.npmjs.org/:_authToken=npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
  'slack: xoxb-your-token-here',
  'fetch("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")',
  "const pat = 'github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';",
  'key=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  'stripe("sk_test_YOUR_KEY_HERE_xxxxxxxxxxxx")',
  'OPENAI_API_KEY=sk-...',
  'ANTHROPIC_API_KEY=<YOUR_ANTHROPIC_API_KEY>',
  'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.your-payload-here.signature',
  'DATABASE_URL=postgres://user:password@localhost:5432/app',
  'const password = process.env.DB_PASSWORD;',
  'const apiKey = "your_api_key_here";',
  'const token = "<TOKEN>";',
  '"integrity": "sha512-ljj/3S4aGjxdNSQWw6gucKKGnTLdBPWxzapyY/MT2tOVyZwvxChvevXSLPwx59nKJAlVpUVW+cOlnVRXRwiqMQ=="',
  'const sessionToken = "3f9a1c2e-8b7d-4e6f-a5b4-c3d2e1f0a9b8";',
  '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
  // The jwt.io example token, copied into documentation and test suites everywhere.
  `const example = "${['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.')}";`,
];
