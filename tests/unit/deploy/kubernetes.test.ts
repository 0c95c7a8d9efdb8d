/**
 * deploy/kubernetes/ (a kustomize base and an example overlay) is a working installation:
 * every object validates against the Kubernetes API schema of its apiVersion (kubernetes-models
 * 5.1.0, schema v1.36; Gateway API models for the HTTPRoute), every kustomization lists files that
 * exist and every manifest is listed, the Deployment meets the Pod Security Standards "restricted"
 * profile with probes, resources and 2+ replicas, and the Service, PDB, HPA, HTTPRoute and Ingress
 * point at the Deployment's Pods and the port nginx listens on (deploy/nginx/atlas.conf).
 * No kubectl or kustomize binary is needed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { validateManifest } from '../../lib/k8s-validate';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'deploy/kubernetes');
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const yamlFiles = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
const load = (file: string): Obj[] => parseAllDocuments(readFileSync(file, 'utf8')).map((d) => {
  if (d.errors.length) throw new Error(`${relative(root, file)}: ${d.errors[0].message}`);
  return d.toJS() as Obj;
});
const kustomizations = yamlFiles.filter((f) => f.endsWith('kustomization.yaml'));
const manifests = yamlFiles.filter((f) => !f.endsWith('kustomization.yaml')).flatMap((file) => load(file).map((doc) => ({ file, doc })));
const one = (kind: string): Obj => {
  const found = manifests.filter((m) => m.doc.kind === kind);
  expect(found.length, kind).toBe(1);
  return found[0].doc;
};
const deployment = () => one('Deployment');
const podLabels = () => deployment().spec.template.metadata.labels as Record<string, string>;
const selects = (selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => podLabels()[k] === v);

describe('deploy/kubernetes', () => {
  it('validates every object against the Kubernetes API schema of its apiVersion', async () => {
    expect(manifests.length).toBeGreaterThanOrEqual(7);
    const problems: string[] = [];
    for (const { file, doc } of manifests) {
      const error = await validateManifest(doc);
      if (error) problems.push(`${relative(root, file)} ${doc.kind}/${doc.metadata?.name}: ${error}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists only files that exist in each kustomization, and every manifest in one', () => {
    const listed = new Set<string>();
    for (const k of kustomizations) {
      const { resources = [] } = load(k)[0] as { resources?: string[] };
      for (const r of resources) {
        const target = resolve(dirname(k), r);
        expect(existsSync(target), `${relative(root, k)}: ${r}`).toBe(true);
        if (existsSync(join(target, 'kustomization.yaml'))) continue;
        listed.add(target);
      }
    }
    expect(yamlFiles.filter((f) => !f.endsWith('kustomization.yaml')).filter((f) => !listed.has(f)).map((f) => relative(root, f))).toEqual([]);
    const overlay = load(join(dir, 'overlays/example/kustomization.yaml'))[0];
    expect(overlay.resources).toContain('../../base');
  });

  it('runs at least two replicas that pass the Pod Security Standards "restricted" profile', () => {
    const d = deployment();
    expect(d.spec.replicas).toBeGreaterThanOrEqual(2);
    const pod = d.spec.template.spec;
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(pod.securityContext.seccompProfile.type).toBe('RuntimeDefault');
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.hostNetwork ?? false).toBe(false);
    for (const c of pod.containers) {
      expect(c.securityContext.allowPrivilegeEscalation, c.name).toBe(false);
      expect(c.securityContext.readOnlyRootFilesystem, c.name).toBe(true);
      expect(c.securityContext.capabilities.drop, c.name).toEqual(['ALL']);
      expect(c.securityContext.capabilities.add ?? [], c.name).toEqual([]);
      expect(c.securityContext.privileged ?? false, c.name).toBe(false);
      expect(c.resources.requests.cpu && c.resources.requests.memory && c.resources.limits.cpu && c.resources.limits.memory, c.name).toBeTruthy();
      // nginx writes its pid and temp files to /tmp only (deploy/nginx/nginx.conf).
      const tmp = c.volumeMounts.find((m: Obj) => m.mountPath === '/tmp');
      expect(pod.volumes.find((v: Obj) => v.name === tmp?.name)?.emptyDir, c.name).toBeDefined();
    }
    expect(readFileSync(join(root, 'deploy/nginx/nginx.conf'), 'utf8')).toMatch(/^pid \/tmp\//m);
    // The Dockerfile runs the image as the same non-root user.
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(new RegExp(`^USER ${pod.securityContext.runAsUser}(:|\\s|$)`, 'm'));
  });

  it('probes /healthz on the port nginx listens on', () => {
    const nginxPort = Number(/^\s*listen (\d+);/m.exec(readFileSync(join(root, 'deploy/nginx/atlas.conf'), 'utf8'))?.[1]);
    expect(readFileSync(join(root, 'deploy/nginx/atlas.conf'), 'utf8')).toContain('location = /healthz');
    const c = deployment().spec.template.spec.containers[0];
    const port = c.ports.find((p: Obj) => p.containerPort === nginxPort);
    expect(port, `containerPort ${nginxPort}`).toBeDefined();
    for (const probe of [c.readinessProbe, c.livenessProbe]) {
      expect(probe.httpGet.path).toBe('/healthz');
      expect([port.name, port.containerPort]).toContain(probe.httpGet.port);
    }
  });

  it('points the Service, PodDisruptionBudget, autoscaler, HTTPRoute and Ingress at the Deployment', () => {
    const svc = one('Service');
    expect(selects(svc.spec.selector)).toBe(true);
    const containerPort = deployment().spec.template.spec.containers[0].ports[0];
    const svcPort = svc.spec.ports[0];
    expect([containerPort.name, containerPort.containerPort]).toContain(svcPort.targetPort);
    const pdb = one('PodDisruptionBudget');
    expect(selects(pdb.spec.selector.matchLabels)).toBe(true);
    expect(pdb.spec.maxUnavailable ?? 0).toBeLessThan(deployment().spec.replicas);
    const hpa = one('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment().metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const route = one('HTTPRoute');
    expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(route.spec.rules.flatMap((r: Obj) => r.backendRefs)).toContainEqual({ name: svc.metadata.name, port: svcPort.port });
    const ingress = one('Ingress');
    const backend = ingress.spec.rules[0].http.paths[0].backend.service;
    expect(backend.name).toBe(svc.metadata.name);
    expect([svcPort.name, svcPort.port]).toContain(backend.port.name ?? backend.port.number);
  });

  it('is the Kubernetes chapter\'s worked example, linked from its autoscaling page in both languages', () => {
    for (const locale of ['en', 'zh-cn']) {
      expect(readFileSync(join(root, `content/${locale}/kubernetes/autoscaling.mdx`), 'utf8'), locale).toContain('/tree/main/deploy/kubernetes)');
    }
  });
});
