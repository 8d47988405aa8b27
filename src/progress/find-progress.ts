import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/**
 * The progress files that go with a plan, by convention beside it: `<plan>.progress.yaml`, and
 * every `.yaml` / `.yml` in `<plan>.progress/` (one file per unit, so that units' updates do not
 * collide in git). Files in name order, so the same folder reads the same on every machine.
 */
export function progressFilesBeside(planFile: string): string[] {
  const stem = join(dirname(planFile), basename(planFile, extname(planFile)));
  const found: string[] = [];
  for (const file of [`${stem}.progress.yaml`, `${stem}.progress.yml`]) if (existsSync(file)) found.push(file);
  found.push(...yamlFilesIn(`${stem}.progress`));
  return found;
}

/** `--progress PATH`: a file as it is, a folder as its YAML files in name order. */
export function progressFilesAt(path: string): string[] {
  return existsSync(path) && statSync(path).isDirectory() ? yamlFilesIn(path) : [path];
}

function yamlFilesIn(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(folder, name));
}

/**
 * Whether a path named among plans is a progress file by its name (`x.progress.yaml`, or a YAML
 * file inside `x.progress/`): `plan lint plans/*.yaml` must treat it as the plan's progress, not as a plan.
 */
export function isProgressFile(path: string): boolean {
  const normal = path.replace(/\\/g, '/');
  return /\.progress\.ya?ml$/i.test(normal) || /\.progress\/[^/]+\.ya?ml$/i.test(normal);
}

/** The plan a progress file goes with by convention (`x.progress.yaml` or `x.progress/u.yaml` → `x.yaml`). */
export function planBesideProgress(path: string): string {
  const normal = path.replace(/\\/g, '/');
  return normal.replace(/\.progress\.(ya?ml)$/i, '.$1').replace(/\.progress\/[^/]+\.(ya?ml)$/i, '.$1');
}
