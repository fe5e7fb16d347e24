import { describe, expect, it } from 'vitest';
import {
  decide,
  effectiveVisibility,
  visibilityFromEvent,
  visibilityFromIdentityToken,
  type Choice,
  type Feature,
  type Visibility,
} from '../../src/release/visibility.js';
import { githubIdentityToken } from '../helpers/oidc.js';

/** Every feature x visibility x choice: run, refused, and a word the reason must carry. */
const TABLE: [Feature, Visibility, Choice, 'run' | 'skip' | 'refuse', RegExp][] = [
  ['provenance', 'public', 'auto', 'run', /repository is public/],
  [
    'provenance',
    'private',
    'auto',
    'skip',
    /^provenance skipped: the repository is private \(npm refuses provenance from private repositories\)$/,
  ],
  ['provenance', 'internal', 'auto', 'skip', /internal .*public repositories only/],
  ['provenance', 'unknown', 'auto', 'skip', /visibility is unknown.*npm adds it itself/],
  ['provenance', 'public', 'true', 'run', /public/],
  ['provenance', 'private', 'true', 'refuse', /E422/],
  ['provenance', 'internal', 'true', 'refuse', /internal/],
  ['provenance', 'unknown', 'true', 'run', /unknown/],
  ['provenance', 'public', 'false', 'skip', /provenance: false/],
  ['provenance', 'private', 'false', 'skip', /provenance: false/],
  ['keyless', 'public', 'auto', 'run', /public/],
  ['keyless', 'private', 'auto', 'skip', /private .*public Rekor/],
  ['keyless', 'internal', 'auto', 'skip', /internal .*public Rekor/],
  ['keyless', 'unknown', 'auto', 'run', /OIDC token/],
  ['keyless', 'private', 'true', 'run', /forced .*public Rekor/],
  ['keyless', 'public', 'false', 'skip', /keyless: false/],
  ['attestation', 'public', 'auto', 'run', /public/],
  ['attestation', 'private', 'auto', 'skip', /Free, Pro and Team/],
  ['attestation', 'internal', 'auto', 'skip', /Enterprise Cloud/],
  ['attestation', 'unknown', 'auto', 'skip', /unknown/],
  ['attestation', 'private', 'true', 'run', /Enterprise Cloud/],
  ['attestation', 'unknown', 'true', 'run', /unknown/],
  ['attestation', 'public', 'false', 'skip', /attest: false/],
];

describe('decide: provenance, keyless signing and attestations by repository visibility', () => {
  it.each(TABLE)('%s, %s repository, choice %s: %s', (feature, visibility, choice, expected, reason) => {
    const decision = decide(feature, visibility, choice);
    expect(decision.run).toBe(expected === 'run');
    expect(Boolean(decision.refused)).toBe(expected === 'refuse');
    expect(decision.reason).toMatch(reason);
  });

  it('only a forced provenance on a non-public repository is refused', () => {
    const refused = (['provenance', 'keyless', 'attestation'] as const).flatMap((f) =>
      (['public', 'private', 'internal', 'unknown'] as const).flatMap((v) =>
        (['auto', 'true', 'false'] as const).filter((c) => decide(f, v, c).refused).map((c) => `${f}/${v}/${c}`),
      ),
    );
    expect(refused).toEqual(['provenance/private/true', 'provenance/internal/true']);
  });
});

describe('where the visibility comes from', () => {
  it('the event payload: repository.visibility, else repository.private; anything else is unknown', () => {
    expect(visibilityFromEvent({ repository: { visibility: 'internal', private: true } })).toBe('internal');
    expect(visibilityFromEvent({ repository: { private: true } })).toBe('private');
    expect(visibilityFromEvent({ repository: { private: false } })).toBe('public');
    expect(visibilityFromEvent({ repository: { visibility: 'secret' } })).toBeUndefined();
    expect(visibilityFromEvent({ schedule: '0 0 * * *' })).toBeUndefined();
    expect(visibilityFromEvent(null)).toBeUndefined();
    expect(visibilityFromEvent('text')).toBeUndefined();
  });

  it('the OIDC token claim, read without verifying', () => {
    expect(visibilityFromIdentityToken(githubIdentityToken({ repository_visibility: 'private' }))).toBe('private');
    expect(visibilityFromIdentityToken(githubIdentityToken({ repository: 'acme/x' }))).toBeUndefined();
    expect(visibilityFromIdentityToken('not-a-jwt')).toBeUndefined();
    expect(visibilityFromIdentityToken('a.%%%.c')).toBeUndefined();
  });

  it('the option wins over the event', () => {
    expect(effectiveVisibility('public', 'private')).toBe('public');
    expect(effectiveVisibility(undefined, 'private')).toBe('private');
    expect(effectiveVisibility(undefined, undefined)).toBe('unknown');
  });
});
