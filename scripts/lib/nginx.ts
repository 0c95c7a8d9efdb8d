/**
 * Starts Debian's nginx with the project's configuration (deploy/nginx/) on a loopback port, for
 * the server tests and the load bench. Only `listen`, `root` and the /tmp paths are changed; pid,
 * temp files and the config copy live in a fresh temporary folder, so it runs as any user. Run as
 * root (CI, containers), the workers run as root too: Debian's default worker user (nobody) cannot
 * read a checkout inside a private folder such as /root or a 0700 temporary clone, and every page
 * would be a 404. This only affects the loopback test server; the image runs nginx as non-root.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const configDir = resolve(import.meta.dirname, '../../deploy/nginx');

export function findNginx(): string {
  const found = [process.env.NGINX_PATH, '/usr/sbin/nginx'].find((c) => c && existsSync(c));
  if (!found) throw new Error('No nginx found. Install Debian\'s: `apt-get install -y nginx libnginx-mod-http-brotli-static` (or set NGINX_PATH).');
  return found;
}

function replaceOnce(text: string, from: string, to: string, file: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`deploy/nginx/${file}: expected "${from}" exactly once (found ${parts.length - 1})`);
  return parts.join(to);
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export interface NginxServer {
  port: number;
  url: (path?: string) => string;
  close: () => Promise<void>;
}

/** Serves webRoot (a built site) with deploy/nginx/ on 127.0.0.1; resolves once /healthz answers. */
export async function startNginx(webRoot: string): Promise<NginxServer> {
  const nginx = findNginx();
  const dir = mkdtempSync(join(tmpdir(), 'cna-nginx-'));
  chmodSync(dir, 0o755); // run as root, nginx's workers are nobody and need the temp folders
  for (const f of readdirSync(configDir).filter((n) => n.endsWith('.conf'))) copyFileSync(join(configDir, f), join(dir, f));
  const port = await freePort();
  let server = readFileSync(join(dir, 'atlas.conf'), 'utf8');
  server = replaceOnce(server, 'listen 8080;', `listen 127.0.0.1:${port};`, 'atlas.conf');
  server = replaceOnce(server, 'root /usr/share/nginx/atlas;', `root ${resolve(webRoot)};`, 'atlas.conf');
  writeFileSync(join(dir, 'atlas.conf'), server);
  writeFileSync(join(dir, 'nginx.conf'), readFileSync(join(dir, 'nginx.conf'), 'utf8').replaceAll(' /tmp/', ` ${dir}/`));
  let log = '';
  const globals = process.getuid?.() === 0 ? 'daemon off; user root;' : 'daemon off;';
  const child: ChildProcess = spawn(nginx, ['-e', 'stderr', '-c', join(dir, 'nginx.conf'), '-g', globals], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const close = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const url = (path = '') => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(url('healthz'))).status === 200) return { port, url, close };
    } catch {}
    await new Promise((ok) => setTimeout(ok, 50));
  }
  await close();
  throw new Error(`nginx did not start with deploy/nginx/:\n${log}`);
}
