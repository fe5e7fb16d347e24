import semver from 'semver';
import type { LayoutCheck } from '../context.js';

/** engines.node: present, a valid range, and no lower than the floor (default 18, what the MCP SDK supports). */
export const checkEngines: LayoutCheck = (ctx) => {
  const engines = ctx.manifest.engines;
  const range = engines && typeof engines === 'object' ? (engines as Record<string, unknown>).node : undefined;
  if (typeof range !== 'string' || range.trim() === '') {
    return [ctx.at('layout/engines-node-missing', ['engines'], 'package.json has no "engines.node"')];
  }
  if (semver.validRange(range) === null) {
    return [ctx.at('layout/engines-node', ['engines', 'node'], `engines.node "${range}" is not a valid semver range`)];
  }
  const floor = semver.coerce(ctx.settings.layout.engineFloor);
  const lowest = semver.minVersion(range);
  if (floor && lowest && semver.lt(lowest, floor)) {
    return [
      ctx.at(
        'layout/engines-node',
        ['engines', 'node'],
        `engines.node "${range}" allows Node ${lowest.version}, below the floor ${ctx.settings.layout.engineFloor}`,
        `Use ">=${ctx.settings.layout.engineFloor}" or higher (the floor is layout.engineFloor in the config).`,
      ),
    ];
  }
  return [];
};
