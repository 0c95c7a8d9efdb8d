/**
 * Validates a Kubernetes object against the OpenAPI schema of the API version it names, with the
 * kubernetes-models packages (core and built-in groups: kubernetes-models 5.1.0, whose 5.0 release
 * moved to the Kubernetes v1.36.0 schema; Istio, Knative, Gateway API and KEDA models too).
 * Used by the chapters' code-block test and the deploy/kubernetes/ test.
 */
const modelPackages: [RegExp, (group: string, version: string) => string][] = [
  [/^$/, (_g, v) => `kubernetes-models/${v}`],
  [/\.istio\.io$/, (g, v) => `@kubernetes-models/istio/${g}/${v}`],
  [/\.knative\.dev$|^serving\.knative\.dev$/, (g, v) => `@kubernetes-models/knative/${g}/${v}`],
  [/^gateway\.networking\.k8s\.io$/, (g, v) => `@kubernetes-models/gateway-api/${g}/${v}`],
  [/^keda\.sh$/, (g, v) => `@kubernetes-models/keda/${g}/${v}`],
  [/^[a-z.]*k8s\.io$|^(apps|batch|autoscaling|policy|extensions)$/, (g, v) => `kubernetes-models/${g}/${v}`],
];
/**
 * Custom resources of example CRDs (a page defining its own API) are checked for shape only,
 * and so are APIs with no published models (Tekton, the CSI snapshot CRDs, SpinKube): the list is explicit so nothing slips by.
 */
const exampleGroup = /(^|\.)example\.(com|org)$|^tekton\.dev$|^snapshot\.storage\.k8s\.io$|^core\.spinkube\.dev$/;

/** Knative's webhook names an unnamed container "user-container"; the generated schema does not know that. */
function applyServerDefaults(doc: Record<string, unknown>, group: string) {
  if (group !== 'serving.knative.dev') return doc;
  const copy = structuredClone(doc) as { spec?: { template?: { spec?: { containers?: { name?: string }[] } } } };
  copy.spec?.template?.spec?.containers?.forEach((c, i) => (c.name ??= i === 0 ? 'user-container' : `container-${i}`));
  return copy as Record<string, unknown>;
}

export async function validateManifest(doc: Record<string, unknown>): Promise<string | undefined> {
  const apiVersion = String(doc.apiVersion);
  const kind = String(doc.kind);
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (exampleGroup.test(group)) return (doc.metadata as { name?: string } | undefined)?.name ? undefined : 'metadata.name is missing';
  const entry = modelPackages.find(([re]) => re.test(group));
  if (!entry) return `no schema known for apiVersion ${apiVersion}`;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(entry[1](group, version))) as Record<string, unknown>;
  } catch {
    return `apiVersion ${apiVersion} does not exist (no models for it)`;
  }
  const Model = mod[kind] as (new (data: unknown) => { validate(): void }) | undefined;
  if (!Model) return `kind ${kind} does not exist in ${apiVersion}`;
  try {
    new Model(applyServerDefaults(doc, group)).validate();
    return undefined;
  } catch (error) {
    return String((error as Error).message).split('\n').slice(0, 6).join(' ');
  }
}

