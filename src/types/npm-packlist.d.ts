// npm-packlist ships no types. It walks a package folder the way `npm pack` does, given the
// folder's tree node (what @npmcli/arborist's loadActual() would build; only these members are read).
declare module 'npm-packlist' {
  interface PacklistEdge {
    peer: boolean;
    dev: boolean;
    to: PacklistNode | null;
  }
  interface PacklistNode {
    path: string;
    package: Record<string, unknown>;
    isProjectRoot: boolean;
    isLink: boolean;
    target: PacklistNode;
    workspaces: Map<string, string> | null;
    edgesOut: Map<string, PacklistEdge>;
  }
  function packlist(
    tree: PacklistNode,
    options?: { path?: string; prefix?: string; workspaces?: string[] },
  ): Promise<string[]>;
  export = packlist;
}
