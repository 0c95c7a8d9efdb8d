/**
 * The code in the chapters works as shown: Python compiles, TypeScript type-checks (strict,
 * against the real packages), and Kubernetes manifests validate against the OpenAPI schema
 * of the API version they name (kubernetes-models; Istio, Knative and Gateway API models too).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { codeBlocks, mdxFiles } from '../../../scripts/lib/mdx-blocks';
import { validateManifest } from '../../lib/k8s-validate';

const root = join(import.meta.dirname, '../../..');
const blocks = mdxFiles(join(root, 'content')).flatMap((f) => codeBlocks(f, root));
const checked = (b: { meta: string }) => !/\bnocheck\b/.test(b.meta);

/** A fresh folder inside node_modules (so imports resolve), unique to this run. */
function scratch(kind: string): string {
  const base = join(root, 'node_modules', '.cna-code-check');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${kind}-`));
}

type Manifest = { kind?: string; apiVersion?: string; metadata?: { name?: string; annotations?: Record<string, string> }; spec?: { template?: { metadata?: { annotations?: Record<string, string> } } } };
const knativeAutoscaling = (a: Record<string, string> | undefined) => Object.keys(a ?? {}).filter((k) => k.startsWith('autoscaling.knative.dev/'));

/**
 * Knative reads autoscaling annotations from the revision template only; on the Service's own
 * metadata they are ignored. A later manifest of the same Service on a page (a canary, an update)
 * must keep the template annotations the earlier one set, or the new revision silently loses them.
 */
export function knativeAnnotationProblems(docs: { where: string; doc: Manifest }[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Set<string>>();
  for (const { where, doc } of docs) {
    if (doc.kind !== 'Service' || !String(doc.apiVersion).startsWith('serving.knative.dev/')) continue;
    const misplaced = knativeAutoscaling(doc.metadata?.annotations);
    if (misplaced.length > 0) problems.push(`${where}: ${misplaced.join(', ')} on the Service's metadata is ignored: put it in spec.template.metadata.annotations`);
    const name = String(doc.metadata?.name);
    const keys = new Set(knativeAutoscaling(doc.spec?.template?.metadata?.annotations));
    const before = seen.get(name);
    const dropped = before ? [...before].filter((k) => !keys.has(k)) : [];
    if (dropped.length > 0) problems.push(`${where}: this version of Service "${name}" drops ${dropped.join(', ')} set earlier on the page, so its new revision loses them`);
    seen.set(name, keys);
  }
  return problems;
}

describe('code examples in the chapters', () => {
  it('has examples to check', () => {
    expect(blocks.filter((b) => ['python', 'ts', 'yaml'].includes(b.lang)).length).toBeGreaterThan(10);
  });

  it('compiles every Python example', () => {
    const python = blocks.filter((b) => b.lang === 'python' && checked(b));
    const dir = scratch('py');
    const problems: string[] = [];
    python.forEach((b, i) => {
      const file = join(dir, `block${i}.py`);
      writeFileSync(file, b.value);
      const r = spawnSync('python3', ['-m', 'py_compile', file], { encoding: 'utf8' });
      if (r.error) throw new Error(`python3 is needed to check the Python examples: ${r.error.message} (apt-get install -y python3)`);
      if (r.status !== 0) problems.push(`${b.file}:${b.line}: ${r.stderr.trim().split('\n').pop()}`);
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('type-checks every TypeScript example as a strict standalone module', () => {
    const ts = blocks.filter((b) => (b.lang === 'ts' || b.lang === 'typescript') && checked(b));
    if (ts.length === 0) return;
    const dir = scratch('ts');
    const names = ts.map((b, i) => {
      const name = `block${i}.ts`;
      writeFileSync(join(dir, name), b.value.includes('export ') || b.value.includes('import ') ? b.value : `${b.value}\nexport {};\n`);
      return name;
    });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')], lib: ['ES2022', 'DOM'] },
      files: names,
    }));
    const r = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', dir], { encoding: 'utf8', cwd: root });
    const problems = (r.stdout + r.stderr).split('\n').filter((l) => /error TS/.test(l)).map((l) => {
      const m = /block(\d+)\.ts\((\d+),\d+\): (.*)/.exec(l);
      return m ? `${ts[Number(m[1])].file}:${ts[Number(m[1])].line + Number(m[2])}: ${m[3]}` : l;
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('validates every Kubernetes manifest against the API version it names', async () => {
    const yaml = blocks.filter((b) => (b.lang === 'yaml' || b.lang === 'yml') && checked(b) && /^\s*apiVersion:/m.test(b.value) && /^\s*kind:/m.test(b.value));
    const problems: string[] = [];
    for (const b of yaml) {
      for (const doc of parseAllDocuments(b.value)) {
        if (doc.errors.length > 0) {
          problems.push(`${b.file}:${b.line}: invalid YAML: ${doc.errors[0].message}`);
          continue;
        }
        const data = doc.toJS() as Record<string, unknown> | null;
        if (!data || !data.apiVersion || !data.kind) continue;
        const error = await validateManifest(data);
        if (error) problems.push(`${b.file}:${b.line}: ${data.kind} ${data.apiVersion}: ${error}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('keeps Knative autoscaling annotations on the revision template, in every version of a Service', () => {
    const byFile = new Map<string, { where: string; doc: Manifest }[]>();
    for (const b of blocks.filter((x) => (x.lang === 'yaml' || x.lang === 'yml') && checked(x))) {
      for (const doc of parseAllDocuments(b.value)) {
        const data = doc.errors.length === 0 ? (doc.toJS() as Manifest | null) : null;
        if (data?.kind) byFile.set(b.file, [...(byFile.get(b.file) ?? []), { where: `${b.file}:${b.line}`, doc: data }]);
      }
    }
    expect([...byFile.values()].flatMap(knativeAnnotationProblems)).toEqual([]);
  });

  it('catches a canary that drops the autoscaling annotations of the first version', () => {
    const v1 = { kind: 'Service', apiVersion: 'serving.knative.dev/v1', metadata: { name: 'hello' }, spec: { template: { metadata: { annotations: { 'autoscaling.knative.dev/min-scale': '1' } } } } };
    const v2 = { kind: 'Service', apiVersion: 'serving.knative.dev/v1', metadata: { name: 'hello' }, spec: { template: { metadata: { annotations: {} } } } };
    expect(knativeAnnotationProblems([{ where: 'a:1', doc: v1 }, { where: 'a:9', doc: v2 }])).toEqual([expect.stringMatching(/drops autoscaling.knative.dev\/min-scale/)]);
    expect(knativeAnnotationProblems([{ where: 'a:1', doc: v1 }, { where: 'a:9', doc: v1 }])).toEqual([]);
  });
});
