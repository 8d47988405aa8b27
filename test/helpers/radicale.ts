import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real CalDAV server for tests: Radicale (Debian's `radicale`, installed by .ci/run), bound to
 * 127.0.0.1 on a free port, storing in a temporary folder, no authentication. Calendars are
 * uploaded object by object, as a CalDAV client (or `plan ics --split`) does.
 */
export interface CalDav {
  readonly base: string;
  /** MKCALENDAR at /<user>/<name>/. */
  makeCalendar(name: string): Promise<void>;
  /** PUT one calendar object; returns the HTTP status. */
  put(calendar: string, file: string, body: string): Promise<{ status: number; text: string }>;
  /** Every object of a calendar, by href, as the server stores it. */
  objects(calendar: string): Promise<Map<string, string>>;
  stop(): Promise<void>;
}

export function radicaleInstalled(): boolean {
  return spawnSync('radicale', ['--version'], { encoding: 'utf8' }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const USER = 'secretary';
const AUTH = `Basic ${Buffer.from(`${USER}:x`).toString('base64')}`;

export async function startRadicale(): Promise<CalDav> {
  const folder = mkdtempSync(join(tmpdir(), 'plan-radicale-'));
  const port = await freePort();
  const config = join(folder, 'config');
  writeFileSync(
    config,
    [`[server]`, `hosts = 127.0.0.1:${port}`, `[auth]`, `type = none`, `[storage]`, `filesystem_folder = ${join(folder, 'collections')}`, `[rights]`, `type = authenticated`, `[logging]`, `level = warning`, ''].join('\n'),
  );
  const child: ChildProcess = spawn('radicale', ['--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const base = `http://127.0.0.1:${port}`;
  const request = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method, ...(body === undefined ? {} : { body }), headers: { Authorization: AUTH, ...headers } });

  // Ready when it answers; it starts in well under a second, give it ten.
  for (let i = 0; ; i++) {
    try {
      await request('OPTIONS', '/');
      break;
    } catch (error) {
      if (i > 100 || child.exitCode !== null) throw new Error(`Radicale did not start: ${log || String(error)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    base,
    async makeCalendar(name) {
      const response = await request('MKCALENDAR', `/${USER}/${name}/`);
      if (response.status !== 201) throw new Error(`MKCALENDAR ${name}: ${response.status} ${await response.text()} ${log}`);
    },
    async put(calendar, file, body) {
      const response = await request('PUT', `/${USER}/${calendar}/${file}`, body, { 'Content-Type': 'text/calendar; charset=utf-8' });
      return { status: response.status, text: await response.text() };
    },
    async objects(calendar) {
      // calendar-query for every VCALENDAR, with its data: what a syncing client downloads.
      const body = `<?xml version="1.0" encoding="utf-8"?><C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><C:calendar-data/></D:prop><C:filter><C:comp-filter name="VCALENDAR"/></C:filter></C:calendar-query>`;
      const response = await request('REPORT', `/${USER}/${calendar}/`, body, { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' });
      const xml = await response.text();
      if (response.status !== 207) throw new Error(`REPORT ${calendar}: ${response.status} ${xml}`);
      const found = new Map<string, string>();
      for (const m of xml.matchAll(/<(?:\w+:)?response>([\s\S]*?)<\/(?:\w+:)?response>/g)) {
        const href = /<(?:\w+:)?href>([^<]*)<\//.exec(m[1]!)?.[1];
        const data = /<(?:\w+:)?calendar-data[^>]*>([\s\S]*?)<\//.exec(m[1]!)?.[1];
        if (href && data) found.set(href, unescapeXml(data));
      }
      return found;
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#13;/g, '\r').replace(/&amp;/g, '&');
}
