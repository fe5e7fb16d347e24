/** The part of @npmcli/package-json (npm's own package.json reader) the kit uses: it ships no types. */
declare module '@npmcli/package-json' {
  export default class PackageJson {
    /** read-package-json's behaviour: package.json read from `dir`, with npm's prepare steps (readme, bin, types...). */
    static prepare(dir: string): Promise<PackageJson>;
    fromContent(data: Record<string, unknown>): this;
    normalize(options: { steps: string[] }): Promise<PackageJson>;
    readonly content: Record<string, unknown>;
  }
}
