/** A workspace package as the build order needs it. */
export interface BuildNode {
  name: string;
  /** Repo-relative folder. */
  dir: string;
  /** Every dependency name it declares (dependencies, devDependencies, optional and peer). */
  dependsOn: readonly string[];
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** Every dependency name a package.json declares. */
export function declaredDependencies(manifest: Record<string, unknown>): string[] {
  const names = new Set<string>();
  for (const field of DEPENDENCY_FIELDS) {
    const deps = manifest[field];
    if (deps && typeof deps === 'object' && !Array.isArray(deps)) for (const name of Object.keys(deps)) names.add(name);
  }
  return [...names];
}

/**
 * The packages in build order: each after the workspace packages it depends on
 * (internal dependencies first), ties kept in the given order. A cycle is an
 * error naming its packages, since no order builds them.
 */
export function buildOrder<T extends BuildNode>(nodes: readonly T[]): { order: T[] } | { cycle: string[] } {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const state = new Map<string, 'visiting' | 'done'>();
  const order: T[] = [];
  const stack: string[] = [];
  const visit = (node: T): string[] | undefined => {
    const seen = state.get(node.name);
    if (seen === 'done') return undefined;
    if (seen === 'visiting') return [...stack.slice(stack.indexOf(node.name)), node.name];
    state.set(node.name, 'visiting');
    stack.push(node.name);
    for (const dep of node.dependsOn) {
      const target = byName.get(dep);
      if (!target || target === node) continue;
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node.name, 'done');
    order.push(node);
    return undefined;
  };
  for (const node of nodes) {
    const cycle = visit(node);
    if (cycle) return { cycle };
  }
  return { order };
}
