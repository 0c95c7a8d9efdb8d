/**
 * The Dockerfile builds the site and serves it the way the tests run it: multi-stage, the final
 * image Debian's nginx (with brotli_static) and deploy/nginx/ as is, a non-root user, port 8080,
 * an exec-form entry point (no shell at run time); .dockerignore keeps node_modules and builds out.
 * (No Docker engine here: the image is not built; its server configuration is tested for real in
 * tests/e2e/nginx.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';

const root = join(import.meta.dirname, '../../..');
const dockerfile = DockerfileParser.parse(readFileSync(join(root, 'Dockerfile'), 'utf8'));
const stages = dockerfile.getFROMs();
const last = dockerfile.getInstructions().slice(dockerfile.getInstructions().indexOf(stages.at(-1)!));
const args = (keyword: string) => last.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '');

describe('Dockerfile', () => {
  it('builds in a Node 24 stage and serves from Debian with its nginx and brotli module', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0].getImageName()).toBe('node');
    expect(stages[0].getImageTag()).toMatch(/^24/);
    expect(`${stages.at(-1)!.getImageName()}:${stages.at(-1)!.getImageTag()}`).toBe('debian:bookworm-slim');
    const run = args('RUN').join(' ');
    expect(run).toMatch(/apt-get install[^&]*\bnginx\b/);
    expect(run).toContain('libnginx-mod-http-brotli-static');
    expect(run).toContain('rm -rf /var/lib/apt/lists/*');
  });

  it('copies the project\'s nginx files and the built site, all of which exist', () => {
    const copies = args('COPY');
    for (const f of ['deploy/nginx/nginx.conf', 'deploy/nginx/atlas.conf', 'deploy/nginx/security-headers.conf']) {
      expect(copies.some((c) => c.includes(f)), f).toBe(true);
      expect(existsSync(join(root, f)), f).toBe(true);
    }
    const fromBuild = last.filter((i) => i.getKeyword() === 'COPY' && i.getTextContent().includes('--from=build'));
    expect(fromBuild.map((i) => i.getArgumentsContent())).toContainEqual(expect.stringMatching(/^\/src\/dist\/?\s+\/usr\/share\/nginx\/atlas\/?$/));
    // atlas.conf serves that root, on the port the image exposes.
    const conf = readFileSync(join(root, 'deploy/nginx/atlas.conf'), 'utf8');
    expect(conf).toContain('root /usr/share/nginx/atlas;');
    expect(args('EXPOSE')).toEqual([/listen (\d+);/.exec(conf)![1]]);
  });

  it('runs nginx as a non-root user from an exec-form entry point', () => {
    const user = args('USER').at(-1) ?? '';
    expect(user).toMatch(/^\d+(:\d+)?$/);
    expect(Number(user.split(':')[0])).toBeGreaterThan(0);
    const entry = args('ENTRYPOINT').at(-1) ?? '';
    expect(() => JSON.parse(entry)).not.toThrow();
    expect(JSON.parse(entry)).toEqual(['/usr/sbin/nginx', '-e', 'stderr', '-c', '/etc/nginx/atlas/nginx.conf', '-g', 'daemon off;']);
  });

  it('leaves node_modules, builds and git out of the build context', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    for (const p of ['node_modules', 'dist', 'dist-subpath', '.git']) expect(ignored, p).toContain(p);
  });
});
