import type { LayoutCheck } from '../context.js';

export const checkReadme: LayoutCheck = (ctx) =>
  ctx.facts.readme
    ? []
    : [
        {
          rule: 'layout/readme-missing',
          message: 'no README in the package folder',
          file: 'package.json',
          line: 1,
          column: 1,
        },
      ];
