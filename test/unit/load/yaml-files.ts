import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every YAML file under plans/ and test/fixtures (valid, invalid, revisions...), with its text. */
export function yamlFiles(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) out.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  walk('plans');
  walk('test/fixtures');
  return out;
}
