import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const tabSource = join(__dirname, '..', '..', 'tab', 'src');
const loaded = new Map<string, { exports: Record<string, unknown> }>();

/**
 * A pure module of the tab (no React, no DOM), for a jest story. The tab is ES modules
 * (tab/package.json) resolved the bundler's way, without extensions, which neither jest's
 * CommonJS runtime nor this project's node16 type check reads; so the module is compiled to
 * CommonJS here with the TypeScript compiler, its relative imports likewise, and the test
 * states the shape it expects instead of importing the tab's types.
 */
export function tabModule<T>(path: string): T {
  return load(join(tabSource, `${path}.ts`)).exports as T;
}

function load(file: string): { exports: Record<string, unknown> } {
  const cached = loaded.get(file);
  if (cached) return cached;
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const module = { exports: {} as Record<string, unknown> };
  loaded.set(file, module);
  const requireFrom = (specifier: string): unknown => {
    if (!specifier.startsWith('.')) throw new Error(`${file} imports ${specifier}: not a pure module`);
    const target = join(dirname(file), specifier);
    return load(existsSync(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts')).exports;
  };
  new Function('exports', 'require', 'module', outputText)(module.exports, requireFrom, module);
  return module;
}
