import type { OptionSpec } from './types.js';

/** Shared by publish and sign: what the repository's visibility is when the event payload does not say (or says wrong). */
export const VISIBILITY_OPTION: OptionSpec = {
  name: 'visibility',
  type: 'string',
  description:
    "The repository's visibility: public, private or internal (default: the Actions event payload's repository.visibility, else unknown). Decides provenance, keyless signing and attestations.",
};
