/**
 * CNCF projects that the site's chapters mention, with their maturity history.
 *
 * Dates are the ones recorded in cncf/landscape `landscape.yml` (`extra.accepted`,
 * `extra.incubating`, `extra.graduated`, `extra.archived`), as pinned in
 * shared/lab-rules.md section 9 (landscape commit of 2026-08-07) and checked against a
 * 2023 version of the same file. They track the TOC decision, so a public announcement
 * can come days or weeks later (Knative: landscape 2025-09-11, announced 2025-10-08).
 * Where a date comes from a CNCF announcement instead, `source` points to that page.
 * Projects whose dates could not be checked are left out on purpose.
 */

/** The four CNCF maturity levels (cncf/toc `process/README.md`). */
export type CncfMaturity = 'sandbox' | 'incubating' | 'graduated' | 'archived';

export interface CncfProject {
  /** Stable kebab-case id, unique in this list. */
  id: string;
  /** Display name as the project writes it. */
  name: string;
  /** A functional grouping chosen for this site; close to, but not the same as, the landscape categories. */
  category: string;
  /** Level at the date in `cncfProjectsAsOf`. */
  maturity: CncfMaturity;
  /** Date the TOC accepted the project into CNCF (YYYY-MM-DD). */
  accepted: string;
  /** Date the project reached Incubating, if it did (YYYY-MM-DD). */
  incubating?: string;
  /** Date the project graduated, if it did (YYYY-MM-DD). */
  graduated?: string;
  /** Date the project was archived, if it was (YYYY-MM-DD). */
  archived?: string;
  /** The project's own site or repository. */
  homepage: string;
  /** URL that states the dates. */
  source: string;
  /** Chapter slugs (folder names under content/en/) that mention the project. */
  chapters: string[];
}

/** Date of the data source the maturity levels reflect. */
export const cncfProjectsAsOf = '2026-08-07';

const LANDSCAPE = 'https://github.com/cncf/landscape/blob/master/landscape.yml';

export const cncfProjects: CncfProject[] = [
  {
    id: 'kubernetes', name: 'Kubernetes', category: 'Orchestration', maturity: 'graduated',
    accepted: '2016-03-10', incubating: '2016-03-10', graduated: '2018-03-06',
    homepage: 'https://kubernetes.io/', source: LANDSCAPE,
    chapters: ['cncf', 'kubernetes', 'containers', 'cloud-native'],
  },
  {
    id: 'prometheus', name: 'Prometheus', category: 'Observability', maturity: 'graduated',
    accepted: '2016-05-09', incubating: '2016-05-09', graduated: '2018-08-09',
    homepage: 'https://prometheus.io/', source: LANDSCAPE,
    chapters: ['cncf', 'cloud-native', 'service-mesh', 'serverless'],
  },
  {
    id: 'fluentd', name: 'Fluentd', category: 'Observability', maturity: 'graduated',
    accepted: '2016-11-08', incubating: '2016-11-08', graduated: '2019-04-11',
    homepage: 'https://www.fluentd.org/', source: LANDSCAPE,
    chapters: ['cncf', 'cloud-native'],
  },
  {
    id: 'linkerd', name: 'Linkerd', category: 'Service mesh and proxy', maturity: 'graduated',
    accepted: '2017-01-23', incubating: '2018-04-06', graduated: '2021-07-28',
    homepage: 'https://linkerd.io/', source: LANDSCAPE,
    chapters: ['cncf', 'service-mesh'],
  },
  {
    id: 'grpc', name: 'gRPC', category: 'Remote procedure call', maturity: 'incubating',
    accepted: '2017-02-16', incubating: '2017-02-16',
    homepage: 'https://grpc.io/', source: LANDSCAPE,
    chapters: ['cncf', 'service-mesh'],
  },
  {
    id: 'coredns', name: 'CoreDNS', category: 'Coordination and discovery', maturity: 'graduated',
    accepted: '2017-02-27', incubating: '2018-02-26', graduated: '2019-01-24',
    homepage: 'https://coredns.io/', source: LANDSCAPE,
    chapters: ['cncf', 'kubernetes'],
  },
  {
    id: 'containerd', name: 'containerd', category: 'Container runtime', maturity: 'graduated',
    accepted: '2017-03-29', incubating: '2017-03-29', graduated: '2019-02-28',
    homepage: 'https://containerd.io/', source: LANDSCAPE,
    chapters: ['cncf', 'containers', 'kubernetes'],
  },
  {
    id: 'rkt', name: 'rkt', category: 'Container runtime', maturity: 'archived',
    // landscape.yml records accepted and archived; the incubating level is in the
    // TOC's 2018 project table (cncf/toc README), which lists rkt as Incubating from 2017-03-29.
    accepted: '2017-03-29', incubating: '2017-03-29', archived: '2019-08-16',
    homepage: 'https://github.com/rkt/rkt', source: LANDSCAPE,
    chapters: ['cncf', 'containers'],
  },
  {
    id: 'cni', name: 'Container Network Interface (CNI)', category: 'Networking', maturity: 'incubating',
    accepted: '2017-05-23', incubating: '2017-05-23',
    homepage: 'https://www.cni.dev/', source: LANDSCAPE,
    chapters: ['cncf', 'kubernetes', 'containers'],
  },
  {
    id: 'envoy', name: 'Envoy', category: 'Service mesh and proxy', maturity: 'graduated',
    accepted: '2017-09-13', incubating: '2017-09-13', graduated: '2018-11-28',
    homepage: 'https://www.envoyproxy.io/', source: LANDSCAPE,
    chapters: ['cncf', 'service-mesh', 'serverless'],
  },
  {
    id: 'jaeger', name: 'Jaeger', category: 'Observability', maturity: 'graduated',
    accepted: '2017-09-13', incubating: '2017-09-13', graduated: '2019-10-31',
    homepage: 'https://www.jaegertracing.io/', source: LANDSCAPE,
    chapters: ['cncf', 'service-mesh', 'cloud-native'],
  },
  {
    id: 'opentracing', name: 'OpenTracing', category: 'Observability', maturity: 'archived',
    // landscape.yml records archived: '2021-08-20'; the CNCF blog post and the update of the
    // TOC project table (cncf/toc aeae291c) are dated 2022-01-31. The pages give both dates.
    accepted: '2016-10-11', incubating: '2016-10-11', archived: '2021-08-20',
    homepage: 'https://opentracing.io/', source: LANDSCAPE,
    chapters: ['cncf'],
  },
  {
    id: 'rook', name: 'Rook', category: 'Storage', maturity: 'graduated',
    accepted: '2018-01-29', incubating: '2018-09-25', graduated: '2020-10-07',
    homepage: 'https://rook.io/', source: LANDSCAPE,
    chapters: ['cncf', 'kubernetes'],
  },
  {
    id: 'vitess', name: 'Vitess', category: 'Database', maturity: 'graduated',
    accepted: '2018-02-05', incubating: '2018-02-05', graduated: '2019-11-05',
    homepage: 'https://vitess.io/', source: LANDSCAPE,
    chapters: ['cncf'],
  },
  {
    id: 'nats', name: 'NATS', category: 'Messaging and events', maturity: 'incubating',
    accepted: '2018-03-15', incubating: '2018-03-15',
    homepage: 'https://nats.io/', source: LANDSCAPE,
    chapters: ['cncf', 'serverless'],
  },
  {
    id: 'opa', name: 'Open Policy Agent (OPA)', category: 'Security and policy', maturity: 'graduated',
    accepted: '2018-03-29', incubating: '2019-04-02', graduated: '2021-01-29',
    homepage: 'https://www.openpolicyagent.org/', source: LANDSCAPE,
    chapters: ['cncf', 'service-mesh'],
  },
  {
    id: 'spiffe', name: 'SPIFFE', category: 'Security and policy', maturity: 'graduated',
    accepted: '2018-03-29', incubating: '2020-06-22', graduated: '2022-08-23',
    homepage: 'https://spiffe.io/', source: LANDSCAPE,
    chapters: ['cncf', 'service-mesh'],
  },
  {
    id: 'spire', name: 'SPIRE', category: 'Security and policy', maturity: 'graduated',
    accepted: '2018-03-29', incubating: '2020-06-22', graduated: '2022-08-22',
    homepage: 'https://spiffe.io/spire/', source: LANDSCAPE,
    chapters: ['cncf', 'service-mesh'],
  },
  {
    id: 'cloudevents', name: 'CloudEvents', category: 'Messaging and events', maturity: 'graduated',
    accepted: '2018-05-15', incubating: '2019-10-24', graduated: '2024-01-25',
    homepage: 'https://cloudevents.io/',
    // accepted and incubating: landscape.yml; graduated: the day CNCF announced it.
    source: 'https://www.cncf.io/announcements/2024/01/25/cloud-native-computing-foundation-announces-the-graduation-of-cloudevents/',
    chapters: ['cncf', 'serverless'],
  },
  {
    id: 'helm', name: 'Helm', category: 'Application delivery', maturity: 'graduated',
    accepted: '2018-06-01', incubating: '2018-06-01', graduated: '2020-05-01',
    homepage: 'https://helm.sh/', source: LANDSCAPE,
    chapters: ['cncf', 'kubernetes'],
  },
  {
    id: 'harbor', name: 'Harbor', category: 'Registry and distribution', maturity: 'graduated',
    accepted: '2018-07-31', incubating: '2018-11-14', graduated: '2020-06-15',
    homepage: 'https://goharbor.io/', source: LANDSCAPE,
    chapters: ['cncf', 'containers'],
  },
  {
    id: 'tikv', name: 'TiKV', category: 'Database', maturity: 'graduated',
    accepted: '2018-08-28', incubating: '2018-08-28', graduated: '2020-09-02',
    homepage: 'https://tikv.org/', source: LANDSCAPE,
    chapters: ['cncf'],
  },
  {
    id: 'buildpacks', name: 'Cloud Native Buildpacks', category: 'Application delivery', maturity: 'graduated',
    accepted: '2018-10-03', incubating: '2020-11-18', graduated: '2026-07-17',
    homepage: 'https://buildpacks.io/', source: LANDSCAPE,
    chapters: ['cncf', 'containers', 'twelve-factor'],
  },
  {
    id: 'falco', name: 'Falco', category: 'Security and policy', maturity: 'graduated',
    accepted: '2018-10-10', incubating: '2020-01-08', graduated: '2024-02-29',
    homepage: 'https://falco.org/', source: LANDSCAPE,
    chapters: ['cncf'],
  },
  {
    id: 'dragonfly', name: 'Dragonfly', category: 'Registry and distribution', maturity: 'graduated',
    accepted: '2018-11-13', incubating: '2020-04-09', graduated: '2025-10-28',
    homepage: 'https://d7y.io/', source: LANDSCAPE,
    chapters: ['cncf', 'containers'],
  },
  {
    id: 'etcd', name: 'etcd', category: 'Coordination and discovery', maturity: 'graduated',
    accepted: '2018-12-11', incubating: '2018-12-11', graduated: '2020-11-24',
    homepage: 'https://etcd.io/', source: LANDSCAPE,
    chapters: ['cncf', 'kubernetes'],
  },
  {
    id: 'cri-o', name: 'CRI-O', category: 'Container runtime', maturity: 'graduated',
    accepted: '2019-04-08', incubating: '2019-04-08', graduated: '2023-07-19',
    homepage: 'https://cri-o.io/', source: LANDSCAPE,
    chapters: ['cncf', 'containers', 'kubernetes'],
  },
  {
    id: 'opentelemetry', name: 'OpenTelemetry', category: 'Observability', maturity: 'graduated',
    accepted: '2019-05-07', incubating: '2021-08-26', graduated: '2026-05-11',
    homepage: 'https://opentelemetry.io/', source: LANDSCAPE,
    chapters: ['cncf', 'cloud-native', 'service-mesh'],
  },
  {
    id: 'thanos', name: 'Thanos', category: 'Observability', maturity: 'incubating',
    accepted: '2019-07-14', incubating: '2020-08-19',
    homepage: 'https://thanos.io/', source: LANDSCAPE,
    chapters: ['cncf'],
  },
  {
    id: 'flux', name: 'Flux', category: 'Application delivery', maturity: 'graduated',
    accepted: '2019-07-15', incubating: '2021-03-12', graduated: '2022-11-30',
    homepage: 'https://fluxcd.io/', source: LANDSCAPE,
    chapters: ['cncf', 'cloud-native'],
  },
  {
    id: 'keda', name: 'KEDA', category: 'Serverless and autoscaling', maturity: 'graduated',
    accepted: '2020-03-12', incubating: '2021-08-18', graduated: '2023-08-22',
    homepage: 'https://keda.sh/', source: LANDSCAPE,
    chapters: ['cncf', 'serverless', 'kubernetes'],
  },
  {
    id: 'argo', name: 'Argo', category: 'Application delivery', maturity: 'graduated',
    accepted: '2020-03-26', incubating: '2020-03-26', graduated: '2022-12-06',
    homepage: 'https://argoproj.github.io/', source: LANDSCAPE,
    chapters: ['cncf', 'cloud-native'],
  },
  {
    id: 'volcano', name: 'Volcano', category: 'Batch and machine learning', maturity: 'incubating',
    accepted: '2020-04-09', incubating: '2022-03-21',
    homepage: 'https://volcano.sh/', source: LANDSCAPE,
    chapters: ['cncf', 'kubernetes'],
  },
  {
    id: 'crossplane', name: 'Crossplane', category: 'Orchestration', maturity: 'graduated',
    accepted: '2020-06-25', incubating: '2021-09-14', graduated: '2025-10-28',
    homepage: 'https://www.crossplane.io/', source: LANDSCAPE,
    chapters: ['cncf'],
  },
  {
    id: 'backstage', name: 'Backstage', category: 'Application delivery', maturity: 'incubating',
    accepted: '2020-09-08', incubating: '2022-03-15',
    homepage: 'https://backstage.io/', source: LANDSCAPE,
    chapters: ['cncf'],
  },
  {
    id: 'cert-manager', name: 'cert-manager', category: 'Security and policy', maturity: 'graduated',
    accepted: '2020-11-10', incubating: '2022-09-19', graduated: '2024-09-29',
    homepage: 'https://cert-manager.io/', source: LANDSCAPE,
    chapters: ['cncf', 'service-mesh'],
  },
  {
    id: 'kyverno', name: 'Kyverno', category: 'Security and policy', maturity: 'graduated',
    accepted: '2020-11-10', incubating: '2022-07-13', graduated: '2026-03-16',
    homepage: 'https://kyverno.io/', source: LANDSCAPE,
    chapters: ['cncf', 'kubernetes'],
  },
  {
    id: 'cilium', name: 'Cilium', category: 'Networking', maturity: 'graduated',
    accepted: '2021-10-13', incubating: '2021-10-13', graduated: '2023-10-11',
    homepage: 'https://cilium.io/', source: LANDSCAPE,
    chapters: ['cncf', 'kubernetes', 'service-mesh'],
  },
  {
    id: 'dapr', name: 'Dapr', category: 'Application delivery', maturity: 'graduated',
    accepted: '2021-11-09', incubating: '2021-11-09', graduated: '2024-10-30',
    homepage: 'https://dapr.io/', source: LANDSCAPE,
    chapters: ['cncf'],
  },
  {
    id: 'knative', name: 'Knative', category: 'Serverless and autoscaling', maturity: 'graduated',
    accepted: '2022-03-02', incubating: '2022-03-02', graduated: '2025-09-11',
    homepage: 'https://knative.dev/', source: LANDSCAPE,
    chapters: ['cncf', 'serverless'],
  },
  {
    id: 'istio', name: 'Istio', category: 'Service mesh and proxy', maturity: 'graduated',
    accepted: '2022-09-30', incubating: '2022-09-30', graduated: '2023-07-12',
    homepage: 'https://istio.io/', source: LANDSCAPE,
    chapters: ['cncf', 'service-mesh'],
  },
  {
    id: 'kubeflow', name: 'Kubeflow', category: 'Batch and machine learning', maturity: 'graduated',
    accepted: '2023-07-25', incubating: '2023-07-25', graduated: '2026-07-24',
    homepage: 'https://www.kubeflow.org/', source: LANDSCAPE,
    chapters: ['cncf'],
  },
  {
    id: 'tekton', name: 'Tekton', category: 'Application delivery', maturity: 'incubating',
    // Landscape date; the due diligence (cncf/toc PR 2050) was merged on 2026-03-12 and the
    // CNCF announced the move on 2026-03-24.
    accepted: '2026-03-13', incubating: '2026-03-13',
    homepage: 'https://tekton.dev/', source: LANDSCAPE,
    chapters: ['cncf', 'serverless'],
  },
];
