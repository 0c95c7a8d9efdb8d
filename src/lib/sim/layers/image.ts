/**
 * The lab's Dockerfile and how each step becomes a layer: the step runs on a fresh
 * upper layer over the layers built so far, and that upper layer is the new image
 * layer (the same overlay rules as a running container).
 */
import { appendToFile, createFile, makeDir, recreateDir, remove, type OpOutcome } from './ops';
import type { Layer, Stack } from './overlay';

export type StepOp =
  | { op: 'mkdir'; path: string }
  | { op: 'create'; path: string; size: number }
  | { op: 'append'; path: string; bytes: number }
  | { op: 'rm'; path: string }
  | { op: 'recreate'; path: string };

export interface Step {
  instruction: string;
  ops: readonly StepOp[];
}

const MiB = 1024 * 1024;

/** A made-up small base image and three build steps. */
export const STEPS: readonly Step[] = [
  {
    instruction: 'FROM tiny-base:1',
    ops: [
      { op: 'mkdir', path: '/bin' },
      { op: 'create', path: '/bin/sh', size: 800 * 1024 },
      { op: 'mkdir', path: '/etc' },
      { op: 'create', path: '/etc/os-release', size: 190 },
      { op: 'create', path: '/etc/passwd', size: 1254 },
      { op: 'create', path: '/etc/motd', size: 280 },
      { op: 'mkdir', path: '/tmp' },
      { op: 'mkdir', path: '/usr' },
      { op: 'mkdir', path: '/usr/share' },
      { op: 'mkdir', path: '/usr/share/doc' },
      { op: 'mkdir', path: '/usr/share/doc/base' },
      { op: 'create', path: '/usr/share/doc/base/LICENSE', size: 1100 },
      { op: 'create', path: '/usr/share/doc/base/README', size: 3072 },
    ],
  },
  {
    instruction: 'RUN echo "app:x:1000:1000::/app:/bin/sh" >> /etc/passwd && rm /etc/motd',
    ops: [
      { op: 'append', path: '/etc/passwd', bytes: 30 },
      { op: 'rm', path: '/etc/motd' },
    ],
  },
  {
    instruction: 'COPY app/ /app/',
    ops: [
      { op: 'mkdir', path: '/app' },
      { op: 'create', path: '/app/server.js', size: 4096 },
      { op: 'mkdir', path: '/app/data' },
      { op: 'create', path: '/app/data/db.sqlite', size: 48 * MiB },
    ],
  },
  {
    instruction: 'RUN rm -rf /usr/share/doc && mkdir /usr/share/doc && echo "see /app" > /usr/share/doc/README',
    ops: [
      { op: 'recreate', path: '/usr/share/doc' },
      { op: 'create', path: '/usr/share/doc/README', size: 9 },
    ],
  },
];

export function runStepOp(stack: Stack, op: StepOp): OpOutcome {
  switch (op.op) {
    case 'mkdir': return makeDir(stack, op.path);
    case 'create': return createFile(stack, op.path, op.size);
    case 'append': return appendToFile(stack, op.path, op.bytes);
    case 'rm': return remove(stack, op.path);
    case 'recreate': return recreateDir(stack, op.path);
  }
}

/** Image layers for the first `count` steps, bottom (layer 1) first. */
export function buildLayers(count: number): Layer[] {
  const layers: Layer[] = [];
  for (const step of STEPS.slice(0, Math.max(0, count))) {
    let upper: Layer = { entries: {} };
    const lowers = layers.slice().reverse();
    for (const op of step.ops) upper = runStepOp([upper, ...lowers], op).upper;
    layers.push(upper);
  }
  return layers;
}
