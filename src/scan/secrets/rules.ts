import { entropy, hasJwtHeader, hasTokenChecksum, isPlausiblePrivateKeyBody } from './checks.js';

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
}

const GENERIC_MIN_ENTROPY = 3.5;

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
    keywords: ['aws', 'AWS', 'Aws'],
    pattern:
      /aws.{0,24}?(?:secret|private)?.{0,16}?(?:key|Key|KEY)\S{0,4}\s*[:=]\s*["'`]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    validate: (secret) =>
      entropy(secret) >= 4.2 && /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9/+]/.test(secret),
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
    keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe'],
    pattern: /\b(xox(?:[baprs]|e(?:\.xox[bp])?)-(?:\d{8,13}-){1,3}[A-Za-z0-9]{20,64})\b/g,
  },
  {
    id: 'secret/slack-webhook',
    title: 'Slack incoming webhook',
    keywords: ['hooks.slack.com'],
    pattern: /(https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{8,}\/B[A-Z0-9]{8,}\/[A-Za-z0-9]{20,})/g,
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
    pattern:
      /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?)PRIVATE KEY(?: BLOCK)?-----\r?\n((?:[A-Za-z]+:[^\r\n]*\r?\n)*\r?\n?)([A-Za-z0-9+/=\r\n]{64,}?)\r?\n(?:=[A-Za-z0-9+/]{4}\r?\n)?-----END \1PRIVATE KEY(?: BLOCK)?-----/g,
    validate: (_secret, match) => isPlausiblePrivateKeyBody(match[3] ?? '', (match[1] ?? '').trim() || 'PKCS8'),
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
    validate: (password) => !/^(password|pass|pwd|secret|root|admin|postgres|mysql|guest|user)$/i.test(password),
  },
  {
    id: 'secret/generic-assignment',
    title: 'hard-coded secret',
    keywords: [
      'secret',
      'token',
      'passw',
      'api_key',
      'apikey',
      'api-key',
      'access_key',
      'auth_key',
      'private_key',
      'client_secret',
    ],
    keywordsIgnoreCase: true,
    // Anchored on the keyword itself: a leading [\w.-]* would be retried at every word.
    pattern:
      /(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key)[\w.-]{0,40}["'`]?\s*(?::|=|:=|=>)\s*["'`]([^"'`\s]{12,200})["'`]/gi,
    validate: (secret) =>
      entropy(secret) >= GENERIC_MIN_ENTROPY &&
      /[a-zA-Z]/.test(secret) &&
      /[0-9]/.test(secret) &&
      !/^(?:https?:|file:|\.{0,2}\/)/.test(secret) &&
      !/\s/.test(secret),
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
