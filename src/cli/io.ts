import { readFileSync } from 'node:fs';

export interface OutStream {
  write(text: string): void;
  readonly isTTY?: boolean;
}

/** Everything the CLI touches outside the pipeline, so tests can run it in process. */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Reads standard input, stopping after `maxBytes` (a hostile pipe must not exhaust memory). */
  readStdin(maxBytes?: number): Promise<string>;
  /** The clock, for the one default that is "today" (`plan report` without --as-of); tests fix it. */
  readonly now?: () => Date;
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes = Infinity): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    size += buffer.length;
    if (size > maxBytes) break;
  }
  return decodeUtf8(Buffer.concat(chunks));
}

/** Decodes UTF-8 strictly enough that invalid bytes become U+FFFD, which the loader reports. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

export function readTextFile(path: string): string {
  return decodeUtf8(readFileSync(path));
}

export const nodeIo: Io = {
  cwd: process.cwd(),
  env: process.env,
  // Getters: Node builds a stdio stream on first access (a few ms), and a clean `plan lint` prints nothing.
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  readStdin: (maxBytes) => readAll(process.stdin, maxBytes),
};

/**
 * `plan lint … | head` closes the pipe early; that is the reader's choice, not a failure of ours,
 * so end quietly instead of dying with an EPIPE stack trace.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw error;
    });
  }
}
