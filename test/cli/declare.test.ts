import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { memoryIo } from '../helpers/memory-io.js';

const root = new URL('../../', import.meta.url);
const stems = (dir: string): string[] =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();

// Modules in src/cli/commands/ that serve a command without being one (none today).
const HELPERS = new Set<string>([]);
// Files in src/cli/declare/ that declare no command: the shared type and the shared options.
const NOT_COMMANDS = new Set(['declare-command', 'shared-options']);

describe('command declarations', () => {
  const program = buildProgram(memoryIo(new URL('.', root).pathname), () => {});
  const names = program.commands.map((c) => c.name());

  it('declares each command in its own file in src/cli/declare/, named after it', () => {
    const files = stems('src/cli/declare/').filter((s) => !NOT_COMMANDS.has(s));
    expect([...names].sort()).toEqual(files);
    for (const file of files) {
      const text = readFileSync(new URL(`src/cli/declare/${file}.ts`, root), 'utf8');
      // One command a file, imported lazily from its own module: never a static import of the implementation.
      expect(text.match(/\.command\(/g)).toHaveLength(1);
      expect(text).toContain(`.command('${file}')`);
      expect(text).toMatch(new RegExp(`await import\\('\\.\\./commands/${file}\\.js'\\)`));
      expect(text).not.toMatch(/^import (?!type)[^;]*'\.\.\/commands\//m);
    }
  });

  it('has a declaration for every command module', () => {
    expect(stems('src/cli/commands/').filter((s) => !HELPERS.has(s))).toEqual([...names].sort());
  });

  it("lists the commands in the order of the README's commands table, and the table has them all", () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const table = readme.slice(readme.indexOf('## Commands'), readme.indexOf('\n\n', readme.indexOf('| command |')));
    const order = [...table.matchAll(/`plan ([a-z]+)/g)].map((m) => m[1]);
    expect(order).toEqual(names);
  });

  it('puts the safety limit flags after the command’s own options, under their own heading', () => {
    for (const name of ['build', 'lint', 'ics', 'tasks', 'diff']) {
      const help = program.commands.find((c) => c.name() === name)!.helpInformation();
      const limits = help.indexOf('Safety limits:\n  --max-bytes <n>');
      expect(limits, name).toBeGreaterThan(help.indexOf('-h, --help'));
    }
  });
});
