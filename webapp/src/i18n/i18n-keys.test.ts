import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

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
const viKeys = new Set(flatten(vi as Tree));
const enKeys = new Set(flatten(en as Tree));
const baseKeys = (keys: Set<string>) => new Set([...keys].map((k) => k.replace(PLURAL, '')));

describe('translations', () => {
  it('vi.json and en.json have the same keys', () => {
    const onlyVi = [...viKeys].filter((k) => !enKeys.has(k));
    const onlyEn = [...enKeys].filter((k) => !viKeys.has(k));
    expect({ onlyVi, onlyEn }).toEqual({ onlyVi: [], onlyEn: [] });
  });

  it('has no empty translation', () => {
    const empty = (tree: Tree, lang: string) =>
      flatten(tree)
        .filter((k) => {
          const value = k.split('.').reduce<unknown>((node, part) => (node as Tree)[part], tree);
          return typeof value !== 'string' || value.trim() === '';
        })
        .map((k) => `${lang}:${k}`);
    expect([...empty(vi as Tree, 'vi'), ...empty(en as Tree, 'en')]).toEqual([]);
  });

  it('every key used in the sources exists (t, tk, i18nKey), and keys are never built at run time', () => {
    const known = baseKeys(viKeys);
    const missing: string[] = [];
    const dynamic: string[] = [];
    let used = 0;
    for (const file of sources(srcDir)) {
      const text = readFileSync(file, 'utf8');
      const where = relative(srcDir, file);
      for (const m of text.matchAll(/\b(?:t|tk|i18n\.t)\(\s*(['"])([^'"]+)\1/g)) {
        used++;
        if (!known.has(m[2]!)) missing.push(`${where}: ${m[2]}`);
      }
      for (const m of text.matchAll(/i18nKey=(['"])([^'"]+)\1/g)) {
        used++;
        if (!known.has(m[2]!)) missing.push(`${where}: ${m[2]}`);
      }
      for (const m of text.matchAll(/\b(?:t|tk)\(\s*`[^`]*\$\{/g)) dynamic.push(`${where}: ${m[0]}`);
    }
    expect(used).toBeGreaterThan(50);
    expect(missing).toEqual([]);
    expect(dynamic).toEqual([]);
  });
});
