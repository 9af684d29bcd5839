import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.(test|d)\.tsx?$/.test(name) ? [path] : [];
  });
}

// Vitest runs from the webapp folder (happy-dom gives import.meta.url an http: scheme).
const srcDir = join(process.cwd(), 'src');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Tree;

// The translation files: the shell's (src/i18n) and one pair per feature (src/features/<name>/i18n).
const owners = [
  'shell',
  ...readdirSync(join(srcDir, 'features')).filter((f) => existsSync(join(srcDir, 'features', f, 'i18n'))),
];
const fileOf = (owner: string, lng: string) =>
  owner === 'shell'
    ? join(srcDir, 'i18n', `${lng}.json`)
    : join(srcDir, 'features', owner, 'i18n', `${lng}.json`);
const files = owners.map((owner) => ({
  owner,
  vi: read(fileOf(owner, 'vi')),
  en: read(fileOf(owner, 'en')),
}));
const keysOf = (owner: string) =>
  new Set(flatten(files.find((f) => f.owner === owner)!.vi).map((k) => k.replace(PLURAL, '')));

/** Files the first load runs: static imports from main.tsx (a feature's pages are dynamic imports). */
function shellClosure(): Set<string> {
  const resolveImport = (from: string, spec: string) => {
    const base = spec.startsWith('@/') ? join(srcDir, spec.slice(2)) : resolve(dirname(from), spec);
    return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx'), base].find(
      (c) => /\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile(),
    );
  };
  const seen = new Set<string>();
  const stack = [join(srcDir, 'main.tsx')];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?['"]([@.][^'"]*)['"]/gm,
    )) {
      const target = resolveImport(file, m[1]!);
      if (target) stack.push(target);
    }
  }
  return seen;
}

describe('translations', () => {
  it('each file has the same keys in vi and en', () => {
    const diff = files.flatMap(({ owner, vi, en }) => {
      const viKeys = new Set(flatten(vi));
      const enKeys = new Set(flatten(en));
      return [
        ...[...viKeys].filter((k) => !enKeys.has(k)).map((k) => `${owner} only vi: ${k}`),
        ...[...enKeys].filter((k) => !viKeys.has(k)).map((k) => `${owner} only en: ${k}`),
      ];
    });
    expect(diff).toEqual([]);
  });

  it('has no key in two files, and no empty translation', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    const empty: string[] = [];
    for (const { owner, vi, en } of files) {
      for (const k of flatten(vi)) {
        if (seen.has(k)) twice.push(`${k}: ${seen.get(k)} and ${owner}`);
        seen.set(k, owner);
      }
      for (const [lang, tree] of [
        ['vi', vi],
        ['en', en],
      ] as const) {
        for (const k of flatten(tree)) {
          const value = k.split('.').reduce<unknown>((node, part) => (node as Tree)[part], tree);
          if (typeof value !== 'string' || value.trim() === '') empty.push(`${owner}/${lang}:${k}`);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(2000);
    expect({ twice, empty }).toEqual({ twice: [], empty: [] });
  });

  it('every key used in the sources exists where it is loaded (t, tk, i18nKey), never built at run time', () => {
    // The shell's code (the first load, src/app, src/components, src/lib) finds only the shell's strings;
    // a feature's code finds the shell's and its own (loaded with its pages).
    const shellFiles = shellClosure();
    const shellKeys = keysOf('shell');
    const missing: string[] = [];
    const dynamic: string[] = [];
    let used = 0;
    for (const file of sources(srcDir)) {
      const where = relative(srcDir, file);
      const feature = where.startsWith('features/') && !shellFiles.has(file) ? where.split('/')[1]! : 'shell';
      const own = feature === 'shell' || !owners.includes(feature) ? new Set<string>() : keysOf(feature);
      const text = readFileSync(file, 'utf8');
      const keys = [
        ...text.matchAll(/\b(?:t|tk|i18n\.t)\(\s*(['"])([^'"]+)\1/g),
        ...text.matchAll(/i18nKey=(['"])([^'"]+)\1/g),
      ].map((m) => m[2]!);
      for (const key of keys) {
        used++;
        if (!shellKeys.has(key) && !own.has(key)) missing.push(`${where} (${feature}): ${key}`);
      }
      for (const m of text.matchAll(/\b(?:t|tk)\(\s*`[^`]*\$\{/g)) dynamic.push(`${where}: ${m[0]}`);
    }
    expect(used).toBeGreaterThan(2000);
    expect(missing).toEqual([]);
    expect(dynamic).toEqual([]);
  });
});
