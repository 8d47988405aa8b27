import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Eta } from 'eta';
import type { TemplateFunction } from 'eta';
import { WordedError, words } from '../i18n/words.js';
import { paths } from '../paths.js';
import { escapeHtml, escapeMarkdown } from './escape.js';

/**
 * A template, `<name>.eta` in a templates folder (`summary.html`, `unit-tasks.md`). Its name's
 * ending picks the escaping of `<%= %>`: HTML (also right for XML) for `.html`, Markdown for
 * `.md`. Any such name will do, so a new output adds its template without touching this file.
 */
export type TemplateName = `${string}.html` | `${string}.md`;

/** Compiled templates; `render` is pure (no I/O after loading). */
export interface TemplateStore {
  render(name: TemplateName, data: object): string;
}

/**
 * A template that is missing or does not compile; the CLI reports it as a usage error, its words
 * said in the run's language (the message is the English).
 */
export class TemplateError extends WordedError {
  override readonly name = 'TemplateError';
}

// One eta instance per output language: `<%= %>` escapes for the target format, so a template
// author gets safe output without thinking about it and must write `<%~ %>` to opt out.
// autoTrim off: an interpolation at the end of a line must keep its newline in Markdown; control
// tags that should not leave blank lines end in `-%>`.
const engines = {
  html: new Eta({ escapeFunction: escapeHtml, autoEscape: true, autoTrim: false, useWith: false }),
  md: new Eta({ escapeFunction: escapeMarkdown, autoEscape: true, autoTrim: false, useWith: false }),
};

function engineFor(name: TemplateName): Eta {
  return name.endsWith('.html') ? engines.html : engines.md;
}

function compileFile(name: TemplateName, dir: string): TemplateFunction | undefined {
  const file = join(dir, `${name}.eta`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return engineFor(name).compile(text, { filepath: file });
  } catch (error) {
    throw new TemplateError(words('cli.template.does-not-compile', { file, detail: etaDetail(error) }));
  }
}

/**
 * What eta says is wrong, on one line: its message is followed by a row of '=' and the whole
 * compiled function, which means nothing to the template's author and breaks the CLI's one line.
 */
function etaDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n');
  const end = lines.findIndex((line) => /^=+$/.test(line.trim()));
  return (end < 0 ? lines : lines.slice(0, end)).map((line) => line.trim()).filter(Boolean).join(': ');
}

const stores = new Map<string, TemplateStore>();

/**
 * The templates in `dir` (default: the package's `templates/`). The package's are compiled once
 * per process; a user's folder is read afresh on every call, since its files change between
 * builds (`--watch`). A user folder may hold only some templates; the others come from the package.
 */
export function loadTemplates(dir: string = paths.templatesDir): TemplateStore {
  const cached = stores.get(dir);
  if (cached) return cached;
  const compiled = new Map<TemplateName, TemplateFunction>();
  const store: TemplateStore = {
    render(name, data) {
      let fn = compiled.get(name);
      if (!fn) {
        fn = compileFile(name, dir) ?? (dir === paths.templatesDir ? undefined : compileFile(name, paths.templatesDir));
        if (!fn) throw new TemplateError(words('cli.template.not-found', { name, dir }));
        compiled.set(name, fn);
      }
      try {
        return fn.call(engineFor(name), data);
      } catch (error) {
        // A user template that reads a field the view does not have fails here, not in eta.
        throw new TemplateError(words('cli.template.failed', { name, detail: (error as Error).message }));
      }
    },
  };
  if (dir === paths.templatesDir) stores.set(dir, store);
  return store;
}
