/** The labs a page can embed with <Lab id="..." />, and the component that renders each. */
export const labs = {
  'k8s-control-loop': 'K8sLab',
  'serverless-scaling': 'ServerlessLab',
  'image-layers': 'LayersLab',
  'mesh-traffic': 'MeshLab',
  'twelve-factor-check': 'TwelveFactorLab',
  'cncf-explorer': 'CncfLab',
} as const;

export type LabId = keyof typeof labs;

export function labComponentName(id: string): string {
  if (!(id in labs)) throw new Error(`<Lab id="${id}">: unknown lab; known labs are ${Object.keys(labs).join(', ')} (src/lib/labs.ts)`);
  return labs[id as LabId];
}

/** The interface-string prefix of each lab (its title is t(locale, `lab.<prefix>.title`)). */
export const labStrings: Record<LabId, string> = {
  'k8s-control-loop': 'k8s',
  'serverless-scaling': 'serverless',
  'image-layers': 'layers',
  'mesh-traffic': 'mesh',
  'twelve-factor-check': 'tf',
  'cncf-explorer': 'cncf',
};
