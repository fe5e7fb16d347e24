// spdx-expression-parse ships no types: a license, a `WITH` exception, or a conjunction of two.
declare module 'spdx-expression-parse' {
  type Node =
    | { license: string; plus?: true; exception?: string }
    | { conjunction: 'and' | 'or'; left: Node; right: Node };
  function parse(expression: string): Node;
  export = parse;
}
