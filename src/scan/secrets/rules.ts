import { entropy, hasJwtHeader, hasTokenChecksum, isPlausiblePemBody } from './checks.js';
import { isPlaceholder } from './placeholders.js';

export interface SecretRule {
  id: string;
  /** What it is, for messages: "GitHub token". */
  title: string;
  /**
   * Literals of which at least one must occur in the text before the regex runs
   * (the prefilter: most files contain none and cost one indexOf per literal).
   */
  keywords: readonly string[];
  /** Case-insensitive keyword search (only for the generic rule). */
  keywordsIgnoreCase?: boolean;
  /** Global regex; capture group 1 is the secret (else the whole match). */
  pattern: RegExp;
  /** Structural check of the captured secret; false drops the match. */
  validate?: (secret: string, match: RegExpExecArray) => boolean;
  /** The capture group that holds the secret, when it is not group 1. */
  secretGroup?: number;
  /**
   * ASCII literals, one of which (in any case) begins every match of `pattern`. The prefilter
   * records where they occur and the pattern runs only from there (sticky) instead of across the
   * whole text: the same matches, since none can begin anywhere else, at a fraction of the cost
   * for a pattern that opens with a case-insensitive alternation (V8 tries it at every position).
   */
  matchStarts?: readonly string[];
}

const GENERIC_MIN_ENTROPY = 3.5;

const GENERIC_KEYWORDS = [
  'secret',
  'token',
  'passw',
  'pwd',
  'api_key',
  'apikey',
  'api-key',
  'access_key',
  'auth_key',
  'private_key',
  'client_secret',
];
const GENERIC_NAME = '(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key)';
/** Names that hold something about a secret, not the secret: `secretName`, `tokenUrl`, `passwordMinLength`. */
const NOT_A_SECRET_WORD = new Set(
  (
    'name names id ids length len size url uri endpoint file path dir type field header regex pattern policy ' +
    'algorithm ref count min max ttl expiry expires timeout label prefix icon limit version hint placeholder ' +
    'format env var tokenizer tokenizers secrets vault'
  ).split(' '),
);
/** Values that are public or per-session by design (gitleaks allows the same). */
const PUBLIC_NAME = /^(?:public|pub|csrf|xsrf|publishable)/i;

/** The whole name a generic match is keyed on: the keyword plus the identifier characters around it. */
function assignedName(match: RegExpExecArray): string {
  const text = match.input;
  let start = match.index;
  while (start > 0 && /[\w.-]/.test(text[start - 1] as string)) start -= 1;
  const tail = /^[\w.-]*/.exec(text.slice(match.index, match.index + 60))?.[0] ?? '';
  return text.slice(start, match.index) + tail;
}

const KEYWORD_AT = new RegExp(GENERIC_NAME, 'iy');

const PHRASE = /^[a-z]+(?:[-_](?:[a-z]+|[0-9]+)){4,}$/;

function isGenericSecret(secret: string, match: RegExpExecArray, unquoted: boolean): boolean {
  // The value first (cheap, and most candidates in code fail here), then the name around it.
  if (
    secret.length < 10 ||
    !/[a-zA-Z]/.test(secret) ||
    !/[0-9]/.test(secret) ||
    /^(?:[a-z][a-z0-9+.-]*:|\.{0,2}\/)/i.test(secret) ||
    // A GitHub or npm token whose checksum fails was never issued.
    /^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$/.test(secret)
  )
    return false;
  // A phrase of words (jwt.io's `a-string-secret-at-least-256-bits-long`, `your-256-bit-secret-...`) is
  // documentation or test text: a generated secret never splits into five all-letter or all-digit words.
  if (PHRASE.test(secret)) return false;
  // Code, not a value: calls, member access, interpolation, shell substitution.
  if (unquoted && (/[()[\]{}<>$%]/.test(secret) || /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+$/.test(secret))) return false;
  const text = match.input;
  // The keyword must be a word of the name, not the start of another word: `secretlint`,
  // `secretary`, `tokenizer`, `passwordless` (a plural or a `key` suffix is still the word).
  KEYWORD_AT.lastIndex = match.index;
  const keyword = KEYWORD_AT.exec(text)?.[0] ?? '';
  const rest = text.slice(match.index + keyword.length, match.index + keyword.length + 24);
  const glued = (/[a-z]$/.test(keyword) ? /^[a-z]+/ : /^[A-Z]+/).exec(rest)?.[0].toLowerCase() ?? '';
  if (glued && glued !== 's' && !glued.startsWith('key')) return false;
  const name = assignedName(match).replace(/^[.-]+|[.-]+$/g, '');
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_.-]+/);
  if (NOT_A_SECRET_WORD.has((words[words.length - 1] ?? '').toLowerCase()) || PUBLIC_NAME.test(name)) return false;
  // The AWS rule owns AWS secret key names: a value that is not its 40 characters is something
  // else there (secretlint's encrypted blob).
  if (/aws.*secret|secret[_.-]?access[_.-]?key/i.test(name)) return false;
  if (unquoted) {
    // The name must start the line (after indentation, `export`, a list dash, or a markdown backtick).
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const head = text.slice(lineStart, match.index);
    if (!/^[ \t]*(?:export[ \t]+|-[ \t]+|[^`\n]*`|set[ \t]+|\$env:)?[\w.-]*$/i.test(head)) return false;
  }
  return entropy(secret) >= GENERIC_MIN_ENTROPY;
}

function isAwsSecretKey(secret: string): boolean {
  return (
    secret.length === 40 &&
    entropy(secret) >= 4.2 &&
    /[A-Z]/.test(secret) &&
    /[a-z]/.test(secret) &&
    /[0-9]/.test(secret) &&
    !isPlaceholder(secret)
  );
}

export const SECRET_RULES: readonly SecretRule[] = [
  {
    id: 'secret/aws-access-key',
    title: 'AWS access key id',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    pattern: /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
  },
  {
    id: 'secret/aws-secret-key',
    title: 'AWS secret access key',
    // The key names the AWS CLI, SDKs, STS output and Terraform use, or "aws" on the same line.
    keywords: [
      'aws',
      'AWS',
      'Aws',
      'secret_access_key',
      'SECRET_ACCESS_KEY',
      'secretAccessKey',
      'SecretAccessKey',
      'secret_key',
      'secretKey',
      'SECRET_KEY',
    ],
    pattern:
      /(?:aws|secret[_.-]?(?:access[_.-]?)?key)[^\r\n]{0,80}?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    validate: isAwsSecretKey,
  },
  {
    id: 'secret/aws-secret-key',
    title: 'AWS secret access key',
    // A 40-character key within a few lines after its access key id, whatever the names around it.
    keywords: ['AKIA', 'ASIA'],
    pattern: /\b((?:AKIA|ASIA)[A-Z2-7]{16})\b[^]{0,300}?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g,
    validate: (_id, match) => !isPlaceholder(match[1] ?? '') && isAwsSecretKey(match[2] ?? ''),
    secretGroup: 2,
  },
  {
    id: 'secret/github-token',
    title: 'GitHub token',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    pattern: /\b(gh[pousr]_[A-Za-z0-9]{36})\b/g,
    validate: hasTokenChecksum,
  },
  {
    id: 'secret/github-fine-grained-token',
    title: 'GitHub fine-grained token',
    keywords: ['github_pat_'],
    pattern: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g,
    validate: (secret) => entropy(secret.slice(11)) >= 4.5,
  },
  {
    id: 'secret/npm-token',
    title: 'npm access token',
    keywords: ['npm_'],
    pattern: /\b(npm_[A-Za-z0-9]{36})\b/g,
    validate: hasTokenChecksum,
  },
  {
    id: 'secret/slack-token',
    title: 'Slack token',
    keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe', 'xapp-'],
    // Bot, user, app, refresh and configuration tokens, and app-level tokens (xapp-1-A…-<digits>-<hex>).
    pattern:
      /\b(xox(?:[baprs]|e(?:\.xox[bp])?)-(?:\d{8,13}-){1,3}[A-Za-z0-9]{20,64}|xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{40,80})\b/g,
  },
  {
    id: 'secret/slack-webhook',
    title: 'Slack incoming webhook',
    keywords: ['hooks.slack.com'],
    pattern: /(https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g,
  },
  {
    id: 'secret/stripe-key',
    title: 'Stripe secret key',
    keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    pattern: /\b((?:sk|rk)_(?:live|test)_[0-9a-zA-Z]{24,99})\b/g,
    validate: (s) => entropy(s.slice(8)) >= 3.5,
  },
  {
    id: 'secret/google-api-key',
    title: 'Google API key',
    keywords: ['AIza'],
    pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    validate: (s) => entropy(s) >= 4,
  },
  {
    id: 'secret/openai-key',
    title: 'OpenAI API key',
    keywords: ['T3BlbkFJ'],
    pattern: /\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/g,
  },
  {
    id: 'secret/anthropic-key',
    title: 'Anthropic API key',
    keywords: ['sk-ant-'],
    pattern: /\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,100}AA)(?![A-Za-z0-9_-])/g,
  },
  {
    id: 'secret/huggingface-token',
    title: 'Hugging Face token',
    keywords: ['hf_'],
    pattern: /\b(hf_[A-Za-z]{34})\b/g,
    validate: (s) => entropy(s.slice(3)) >= 4 && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(3)),
  },
  {
    id: 'secret/private-key',
    title: 'private key',
    keywords: ['PRIVATE KEY'],
    // The block as a file holds it, indented in YAML, or with `\n` escapes in a JSON or .env string.
    pattern:
      /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?)PRIVATE KEY(?: BLOCK)?-----([^]{64,16384}?)-----END \1PRIVATE KEY(?: BLOCK)?-----/g,
    validate: (_secret, match) => isPlausiblePemBody(match[2] ?? '', (match[1] ?? '').trim() || 'PKCS8'),
  },
  {
    id: 'secret/jwt',
    title: 'JSON Web Token',
    keywords: ['eyJ'],
    pattern: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/g,
    validate: hasJwtHeader,
  },
  {
    id: 'secret/database-url',
    title: 'database URL with a password',
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver'],
    pattern:
      /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver):\/\/[^\s:@/'"`]+:([^\s@/'"`]{3,})@[^\s'"`]+/g,
    // Not a password: common defaults, template names (`REPLACE_WITH_PASSWORD`, `{password}`,
    // `$(PGPASSWORD)`), or the user name repeated (`mongodb:mongodb@`), as secretlint's fixtures have them.
    validate: (password, match) =>
      !/^(password|pass|pwd|secret|root|admin|postgres|mysql|guest|user)$/i.test(password) &&
      !/[{}$]/.test(password) &&
      !/^[A-Z_]+$/.test(password) &&
      !match[0].includes(`//${password}:${password}@`),
  },
  {
    id: 'secret/generic-assignment',
    title: 'hard-coded secret',
    keywords: GENERIC_KEYWORDS,
    keywordsIgnoreCase: true,
    // The fixed first letters of each alternative of GENERIC_NAME, where the pattern begins.
    matchStarts: ['secret', 'token', 'passw', 'pwd', 'api', 'access', 'auth', 'private'],
    // Anchored on the keyword itself: a leading [\w.-]* would be retried at every word. One pass, two forms:
    // 1. a quoted literal: `password = "..."`, `apiKey: '...'`, `"client_secret": "..."`,
    //    `token: string = "..."`, `x.secret || "..."`, `if (apiKey === "...")`;
    // 2. an unquoted value that ends the line: `.env` (`KEY=value`, `export KEY=value`),
    //    YAML (`key: value`), INI, and the same inside markdown code and backticks.
    pattern: new RegExp(
      `${GENERIC_NAME}[\\w.-]{0,40}(?:["'\`]?\\s*(?::\\s*string\\s*)?(?:[:=]|:=|=>|===?|!==?)\\s*(?:[\\w.$\\[\\]'"]{1,60}\\s*(?:\\|\\||\\?\\?)\\s*)?["'\`]([^"'\`\\s]{8,200})["'\`]` +
        `|[ \\t]*[:=][ \\t]*([^\\s"'\`,;]{8,200})(?=[ \\t]*(?:[\\r\\n\`]|#|$)))`,
      'gim',
    ),
    validate: (secret, match) => isGenericSecret(secret, match, match[1] === undefined),
  },
];

/** Off by default: identifiers of patients for teams whose servers touch health data. */
export const PHI_RULES: readonly SecretRule[] = [
  {
    id: 'phi/us-ssn',
    title: 'US social security number',
    keywords: ['-'],
    pattern: /(?<![\d-])((?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4})(?![\d-])/g,
    validate: (ssn) => !/^(123-45-6789|078-05-1120|219-09-9999)$/.test(ssn),
  },
  {
    id: 'phi/medical-record-number',
    title: 'medical record number',
    keywords: ['mrn', 'MRN', 'medical record', 'Medical Record'],
    pattern: /\b(?:MRN|medical[ _-]record[ _-](?:number|no|#))\s*[:#=]?\s*["'`]?([A-Z]{0,3}\d{6,10})\b/gi,
  },
];
