import type { RuleDoc } from '../layout/catalog.js';

const SECRET_FIX =
  'Remove it from the file and its history, rotate it at the provider, and load it from the environment or a secret store.';

/** Every security-scan rule. Ids are a public contract: never rename one, only add. */
export const SCAN_RULES = [
  { id: 'secret/aws-access-key', severity: 'error', summary: 'An AWS access key id (AKIA/ASIA...).', fix: SECRET_FIX },
  {
    id: 'secret/aws-secret-key',
    severity: 'error',
    summary:
      'An AWS secret access key: 40 characters next to an AWS key name, or within a few lines of an access key id.',
    fix: SECRET_FIX,
  },
  {
    id: 'secret/github-token',
    severity: 'error',
    summary: 'A GitHub token (ghp_, gho_, ghu_, ghs_, ghr_) whose CRC32 checksum is valid.',
    fix: SECRET_FIX,
  },
  {
    id: 'secret/github-fine-grained-token',
    severity: 'error',
    summary: 'A GitHub fine-grained personal access token (github_pat_).',
    fix: SECRET_FIX,
  },
  {
    id: 'secret/npm-token',
    severity: 'error',
    summary: 'An npm access token (npm_) whose CRC32 checksum is valid.',
    fix: SECRET_FIX,
  },
  {
    id: 'secret/slack-token',
    severity: 'error',
    summary: 'A Slack bot, user or app token (xoxb-, xoxp-, ...).',
    fix: SECRET_FIX,
  },
  { id: 'secret/slack-webhook', severity: 'error', summary: 'A Slack incoming webhook URL.', fix: SECRET_FIX },
  {
    id: 'secret/stripe-key',
    severity: 'error',
    summary: 'A Stripe secret or restricted key (sk_live_, rk_live_, sk_test_).',
    fix: SECRET_FIX,
  },
  { id: 'secret/google-api-key', severity: 'error', summary: 'A Google API key (AIza...).', fix: SECRET_FIX },
  {
    id: 'secret/openai-key',
    severity: 'error',
    summary: 'An OpenAI API key (sk-..., with the T3BlbkFJ marker).',
    fix: SECRET_FIX,
  },
  {
    id: 'secret/anthropic-key',
    severity: 'error',
    summary: 'An Anthropic API key (sk-ant-api03-...).',
    fix: SECRET_FIX,
  },
  { id: 'secret/huggingface-token', severity: 'error', summary: 'A Hugging Face token (hf_...).', fix: SECRET_FIX },
  {
    id: 'secret/private-key',
    severity: 'error',
    summary:
      'A PEM private key block (PKCS#1, PKCS#8, encrypted PKCS#8, SEC1, DSA, OpenSSH, PGP) whose body parses, also indented or with `\\n` escapes.',
    fix: SECRET_FIX,
  },
  {
    id: 'secret/jwt',
    severity: 'error',
    summary: 'A JSON Web Token whose header decodes to JSON with `alg`.',
    fix: SECRET_FIX,
  },
  {
    id: 'secret/database-url',
    severity: 'error',
    summary: 'A database URL with a password in it (postgres://user:pass@...).',
    fix: SECRET_FIX,
  },
  {
    id: 'secret/generic-assignment',
    severity: 'error',
    summary:
      'A high-entropy value assigned to a name like secret, token, password or api_key: a quoted literal in code or JSON, or an unquoted `.env`/YAML value.',
    fix: SECRET_FIX,
  },
  {
    id: 'phi/us-ssn',
    severity: 'error',
    summary: 'A US social security number (rule pack `phi`, off by default).',
    fix: 'Remove patient identifiers from code, fixtures and logs; use synthetic data.',
  },
  {
    id: 'phi/medical-record-number',
    severity: 'error',
    summary: 'A labelled medical record number (rule pack `phi`, off by default).',
    fix: 'Remove patient identifiers from code, fixtures and logs; use synthetic data.',
  },
  {
    id: 'scan/install-script',
    severity: 'warning',
    summary:
      "The package runs a script on the user's machine at install (`preinstall`, `install`, `postinstall`, or an implicit `node-gyp rebuild`).",
    fix: 'Do the work at build time or on first run; users and `npm install --ignore-scripts` skip install scripts. If it must stay, allow it with a reason: `scan: { installScripts: { allow: [{ script: postinstall, reason: ... }] } }`.',
  },
  {
    id: 'scan/install-script-network',
    severity: 'error',
    summary:
      'An install-time script (`preinstall`, `install`, `postinstall`; `prepare` for git installs) that reaches the network or runs downloaded code: curl, wget, PowerShell downloads, `fetch(`, an http(s) module or client, a URL, a pipe into a shell, a prebuilt-binary download (prebuild-install, node-pre-gyp install), or a packed JS file it runs that does so.',
    fix: 'Ship what it downloads in the tarball (or an optional dependency per platform) and send no telemetry at install; if it must stay, allow it with a reason in `scan.installScripts.allow`.',
  },
  {
    id: 'scan/install-script-allowed',
    severity: 'note',
    summary: 'An install-time script the config allows (`scan.installScripts.allow`), with the reason given there.',
    fix: 'Nothing to do while the reason holds; remove the allowance when the script goes.',
  },
  {
    id: 'scan/dependency-install-script',
    severity: 'note',
    summary: 'Production dependencies that run install scripts (from package-lock.json `hasInstallScript`).',
    fix: 'Review them; prefer dependencies without install scripts.',
  },
  {
    id: 'scan/forbidden-file',
    severity: 'error',
    summary: 'The tarball would contain a credential file (`.env*`, `.npmrc`, `id_rsa`, `*.pem`, `*.p12`, `.git/`).',
    fix: 'Exclude it with `files` in package.json, and rotate anything it held.',
  },
  {
    id: 'scan/symlink',
    severity: 'warning',
    summary:
      'A symbolic link where npm publishes (`files`, `.npmignore`): npm leaves links out of the tarball, so their target never reaches users. Links in folders that are never published are not reported; packed names that escape the package are `pack/unsafe-name`.',
    fix: 'Commit the real file, or copy it in the build step.',
  },
  {
    id: 'scan/vulnerable-dependency',
    severity: 'error',
    summary: 'A production dependency has a known vulnerability at or above `scan.auditLevel` (default high).',
    fix: 'Upgrade it (`npm audit fix`), or override the transitive version.',
  },
  {
    id: 'scan/audit-unavailable',
    severity: 'warning',
    summary:
      'The dependency audit could not run (no lockfile, or the advisory endpoint failed); an error when `scan.audit: required`.',
    fix: 'Commit package-lock.json; check the registry answers `npm audit`.',
  },
  {
    id: 'workflow/actionlint',
    severity: 'error',
    summary: 'actionlint: a syntax, expression, type or shell error in a workflow.',
    fix: 'Fix what actionlint reports at the line.',
  },
  {
    id: 'workflow/invalid-yaml',
    severity: 'error',
    summary: 'A workflow or action file is not valid YAML.',
    fix: 'Fix the YAML at the reported line.',
  },
  {
    id: 'workflow/template-injection',
    severity: 'error',
    summary:
      'An attacker-controlled `${{ }}` (PR title, branch name, comment body, ...), or a whole-context dump such as `toJSON(github.event)`, expands inside `run:` or a github-script.',
    fix: 'Pass only the fields you need through `env:` and use the shell variable (`"$TITLE"`).',
  },
  {
    id: 'workflow/overprovisioned-secrets',
    severity: 'error',
    summary:
      '`toJSON(secrets)` or `secrets[<expression>]` hands a step every secret at once (zizmor `overprovisioned-secrets`).',
    fix: 'Name each secret the step needs: `${{ secrets.NAME }}`.',
  },
  {
    id: 'workflow/excessive-permissions',
    severity: 'warning',
    summary: 'No top-level `permissions`, `write-all`, or write scopes granted workflow-wide.',
    fix: 'Set `permissions: contents: read` at the top and grant writes per job.',
  },
  {
    id: 'workflow/unpinned-uses',
    severity: 'error',
    summary:
      "A third-party action, reusable workflow or image referenced by a tag or branch, not a full commit SHA or digest (zizmor `unpinned-uses`; Scorecard Pinned-Dependencies, third-party). GitHub's own actions are `workflow/unpinned-github-owned-uses`.",
    fix: 'Pin `uses: owner/repo@<40-hex sha> # vX.Y.Z`.',
  },
  {
    id: 'workflow/unpinned-github-owned-uses',
    severity: 'warning',
    summary:
      "GitHub's own actions (`actions/*`, `github/*`) referenced by a tag or branch, not a full commit SHA (zizmor's ref-pin policy for `actions/*`; Scorecard Pinned-Dependencies, GitHub-owned). An error with `scan.pinning: strict`.",
    fix: 'Pin `uses: actions/checkout@<40-hex sha> # vX.Y.Z` (Dependabot keeps the SHA and the comment up to date).',
  },
  {
    id: 'workflow/artipacked',
    severity: 'warning',
    summary:
      '`actions/checkout` without `persist-credentials: false` leaves the token in .git/config (worse when the job uploads artifacts).',
    fix: 'Add `with: persist-credentials: false`.',
  },
  {
    id: 'workflow/dangerous-triggers',
    severity: 'warning',
    summary:
      "`pull_request_target` or `workflow_run` (secrets and a write token for outsiders' events), worse with a checkout of the PR head.",
    fix: 'Use `pull_request`; never run PR code in a privileged workflow.',
  },
  {
    id: 'workflow/cache-poisoning',
    severity: 'warning',
    summary: 'A workflow that publishes restores a cache (setup-* `cache:` or actions/cache).',
    fix: 'Do not restore caches in release workflows.',
  },
  {
    id: 'workflow/secrets-inherit',
    severity: 'warning',
    summary: '`secrets: inherit` passes every secret to a reusable workflow.',
    fix: 'Pass only the secrets it needs, by name.',
  },
  {
    id: 'workflow/use-trusted-publishing',
    severity: 'note',
    summary: '`npm publish` with a long-lived token where npm trusted publishing (OIDC) would need none.',
    fix: 'Configure a trusted publisher on npmjs.com and grant `id-token: write`.',
  },
  {
    id: 'workflow/github-env',
    severity: 'error',
    summary: 'A step writes to GITHUB_ENV or GITHUB_PATH from data an outsider controls.',
    fix: 'Never write untrusted data to GITHUB_ENV/GITHUB_PATH; pass it through `env:` to the step that needs it.',
  },
  {
    id: 'workflow/unsound-contains',
    severity: 'warning',
    summary: "`contains('a b', github.ref)` does substring matching on a string.",
    fix: 'Use `contains(fromJSON(\'["refs/heads/main"]\'), github.ref)`.',
  },
  {
    id: 'workflow/bot-conditions',
    severity: 'warning',
    summary: "`github.actor == '...[bot]'` is spoofable (a human can re-run the bot's workflow).",
    fix: "Check the event's own user (e.g. `github.event.pull_request.user.login`).",
  },
  {
    id: 'workflow/adhoc-packages',
    severity: 'warning',
    summary:
      '`npm install <pkg>` (or yarn/pnpm add) in `run:`: a package outside the lockfile, at whatever version is latest.',
    fix: 'Add it to package.json and install with `npm ci`.',
  },
  {
    id: 'workflow/hardcoded-credentials',
    severity: 'error',
    summary: 'A literal password, token or key in a workflow `env:` or `with:`.',
    fix: 'Store it as a secret and use `${{ secrets.NAME }}`.',
  },
] as const satisfies readonly RuleDoc[];
