import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globToRegExp } from '../check/glob.js';

const GLOB = /[*?{[]/;

/** Files below `dir`, skipping node_modules and hidden folders (they never hold the plans meant). */
function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
}

/**
 * Expands quoted globs (`plan lint "plans/**\/*.yaml"`, as CI configs and Windows shells pass
 * them); a name that exists as written is taken literally. A glob matching nothing stays as
 * given, so the user gets "cannot read" for it rather than a silent pass.
 */
export function expandGlobs(args: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-' || !GLOB.test(arg) || existsSync(resolve(cwd, arg))) {
      out.push(arg);
      continue;
    }
    const pattern = arg.replace(/\\/g, '/');
    const staticPart = pattern.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => GLOB.test(p)));
    const base = resolve(cwd, staticPart.join('/') || '.');
    if (!existsSync(base)) {
      out.push(arg);
      continue;
    }
    const files: string[] = [];
    walk(base, files);
    const matcher = globToRegExp(pattern.replace(/^\.\//, ''));
    const matched = files.map((f) => relative(cwd, f).split('\\').join('/')).filter((f) => matcher.test(f)).sort();
    out.push(...(matched.length > 0 ? matched : [arg]));
  }
  return out;
}
