import type { Io } from '../../src/cli/io.js';

export interface MemoryIo extends Io {
  readonly out: () => string;
  readonly err: () => string;
}

/** An Io that captures output; `cwd` is a real folder because plans are read from disk. */
export function memoryIo(cwd: string, options: { stdin?: string; env?: Record<string, string>; tty?: boolean } = {}): MemoryIo {
  let out = '';
  let err = '';
  return {
    cwd,
    env: { ...options.env },
    stdout: { write: (s: string) => void (out += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => void (err += s), isTTY: options.tty ?? false },
    readStdin: async () => options.stdin ?? '',
    out: () => out,
    err: () => err,
  };
}
