// The direction of dependency in src/: data → model → story → scene → visual. Nothing under src/lib/viz
// imports src/lib/story at run time, and no module imports itself through others. Read with the TypeScript
// compiler the project already pins (madge and dependency-cruiser do not read .svelte scripts as we write them).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('src');
const LIB = join(ROOT, 'lib');

interface Edge {
  to: string;
  /** `import type …` or every specifier type-only: erased at run time. */
  typeOnly: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|svelte)$/.test(f) && !/\.test\.ts$|\.d\.ts$/.test(f) ? [p] : [];
  });
}

/** A .svelte file's scripts, or a .ts file as it is. */
function code(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.svelte')) return text;
  return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

function resolveSpecifier(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('$lib/')) base = join(LIB, spec.slice(5));
  else if (spec === '$lib') base = LIB;
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  for (const c of [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

export function importsOf(file: string): Edge[] {
  const src = ts.createSourceFile(file, code(file), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: Edge[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const to = resolveSpecifier(file, spec);
    if (to && /\.(ts|svelte)$/.test(to)) out.push({ to, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : null;
      const typeOnly =
        !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const a = node.arguments[0];
      if (a && ts.isStringLiteral(a)) add(a.text, false);
    } else if (ts.isImportTypeNode(node)) {
      const a = node.argument;
      if (ts.isLiteralTypeNode(a) && ts.isStringLiteral(a.literal)) add(a.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

/** Every cycle's files, found by a depth-first walk over run-time imports. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const out: string[][] = [];
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const walk = (n: string) => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 1) out.push(stack.slice(stack.indexOf(m)).concat(m));
      else if (!state.has(m)) walk(m);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of [...graph.keys()].sort()) if (!state.has(n)) walk(n);
  return out;
}

const all = files(ROOT);
const edges = new Map(all.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(process.cwd(), f);

describe('the import walk reads what it must', () => {
  it('sees value imports, type-only imports, .svelte scripts and $lib paths', () => {
    const graphic = edges.get(join(LIB, 'viz/Graphic.svelte'))!;
    expect(graphic.some((e) => e.to.endsWith('registry.ts') && !e.typeOnly)).toBe(true);
    const types = edges.get(join(LIB, 'story/types.ts'))!;
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((e) => e.typeOnly)).toBe(true);
  });

  it('finds a cycle when there is one, and none when there is not', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    expect(cycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });
});

describe('one direction of dependency', () => {
  it('nothing under src/lib/viz imports src/lib/story at run time', () => {
    const bad = all
      .filter((f) => f.startsWith(join(LIB, 'viz') + '/'))
      .flatMap((f) => edges.get(f)!.filter((e) => !e.typeOnly && e.to.startsWith(join(LIB, 'story') + '/')).map((e) => `${rel(f)} → ${rel(e.to)}`));
    expect(bad).toEqual([]);
  });

  it('no import cycle in src/, counting type-only imports too', () => {
    const graph = new Map([...edges].map(([f, es]) => [f, [...new Set(es.map((e) => e.to))].sort()]));
    expect(cycles(graph).map((c) => c.map(rel).join(' → '))).toEqual([]);
  });
});

describe('rooms a newcomer can live in', () => {
  it('no source file in src/ is over 400 lines', () => {
    const long = all
      .map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 400)
      .map(([f, n]) => `${f}: ${n} lines`);
    expect(all.length).toBeGreaterThan(100);
    expect(long).toEqual([]);
  });
});
