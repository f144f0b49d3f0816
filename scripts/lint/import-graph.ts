// The import graph of the source tree, read with swc's parser (TypeScript 7 has no
// JavaScript API, and dependency-cruiser's swc reader cannot parse .tsx: ADR 0008).
// Every import, export-from and dynamic import() is an edge, marked type-only when
// it brings only types (those vanish at run time and may cross more freely).
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { parseSync } from '@swc/core';

export interface ImportEdge {
  from: string;
  /** a project path (src/…), `node:<name>` for a built-in, or `npm:<package>` */
  to: string;
  typeOnly: boolean;
}

const BUILTINS = new Set(builtinModules);

export function resolveSpecifier(from: string, specifier: string): string {
  if (specifier.startsWith('.')) return normalize(join(dirname(from), specifier));
  if (specifier.startsWith('node:')) return specifier;
  const bare = specifier.split('/')[0];
  if (BUILTINS.has(bare) || BUILTINS.has(specifier)) return `node:${specifier}`;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : bare;
  return `npm:${name}`;
}

type Node = { type?: string; [key: string]: unknown };

/** The edges of one file's source text. */
export function importsOf(file: string, source: string): ImportEdge[] {
  const ast = parseSync(source, {
    syntax: 'typescript',
    tsx: file.endsWith('.tsx'),
    target: 'es2022',
  }) as unknown as { body: Node[] };
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    edges.push({ from: file, to: resolveSpecifier(file, specifier), typeOnly });
  for (const item of ast.body) {
    const src = (item.source as { value?: string } | undefined)?.value;
    if (!src) continue;
    const specifiers = (item.specifiers as { isTypeOnly?: boolean }[] | undefined) ?? [];
    const allTypes =
      item.typeOnly === true || (specifiers.length > 0 && specifiers.every((s) => s.isTypeOnly));
    if (
      item.type === 'ImportDeclaration' ||
      item.type === 'ExportNamedDeclaration' ||
      item.type === 'ExportAllDeclaration'
    )
      add(src, allTypes);
  }
  walk(ast, (node) => {
    if (node.type !== 'CallExpression' || (node.callee as Node | undefined)?.type !== 'Import') return;
    const arg = ((node.arguments as { expression: Node }[])[0]?.expression ?? {}) as Node;
    if (arg.type === 'StringLiteral') add(arg.value as string, false);
  });
  return edges;
}

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  visit(node as Node);
  for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
}
