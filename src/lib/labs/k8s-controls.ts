/** The control panel of <cna-k8s>: labelled inputs and buttons, grouped in fieldsets. */
import { LIMITS } from '../sim/k8s';
import { h, type Str } from './lab-kit';

export type Action =
  | 'scale' | 'image' | 'rollback' | 'requests' | 'strategy' | 'delete' | 'step' | 'run' | 'reset';

export interface Controls {
  root: HTMLElement;
  replicas: HTMLInputElement;
  cpu: HTMLInputElement;
  memory: HTMLInputElement;
  surge: HTMLInputElement;
  unavailable: HTMLInputElement;
  pod: HTMLSelectElement;
  nodes: HTMLSelectElement;
  seed: HTMLInputElement;
  buttons: Record<Action, HTMLButtonElement>;
}

let counter = 0;
/** A document-unique id for label/input pairs (several labs may share a page). */
function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = uid('k8s');
  control.id = id;
  const hintEl = hint ? h('span', { class: 'k8s-hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'cna-lab-field' }, h('label', { for: id }, label), control, hintEl);
}

function numberInput(name: string, min: number, max: number, step = 1): HTMLInputElement {
  return h('input', { type: 'number', name, min, max, step, inputmode: 'numeric', required: true }) as HTMLInputElement;
}

export function buildControls(t: Str, onAction: (a: Action) => void): Controls {
  const btn = (action: Action, label: string, primary = false): HTMLButtonElement => {
    const b = h('button', { type: 'button', class: primary ? 'k8s-primary' : undefined, 'data-key': `act-${action}` }, label) as HTMLButtonElement;
    b.addEventListener('click', () => onAction(action));
    return b;
  };
  const buttons: Record<Action, HTMLButtonElement> = {
    scale: btn('scale', t('button.scale')),
    image: btn('image', t('button.updateImage', { image: '' }), true),
    rollback: btn('rollback', t('button.rollback')),
    requests: btn('requests', t('button.applyRequests')),
    strategy: btn('strategy', t('button.applyStrategy')),
    delete: btn('delete', t('button.deletePod')),
    step: btn('step', t('button.step'), true),
    run: btn('run', t('button.run')),
    reset: btn('reset', t('button.reset')),
  };
  const replicas = numberInput('replicas', LIMITS.replicas.min, LIMITS.replicas.max);
  const cpu = numberInput('cpu', LIMITS.cpu.min, LIMITS.cpu.max, 50);
  const memory = numberInput('memory', LIMITS.memory.min, LIMITS.memory.max, 64);
  const surge = h('input', { type: 'text', name: 'surge', size: 5, spellcheck: 'false', autocomplete: 'off' }) as HTMLInputElement;
  const unavailable = h('input', { type: 'text', name: 'unavailable', size: 5, spellcheck: 'false', autocomplete: 'off' }) as HTMLInputElement;
  const pod = h('select', { name: 'pod' }) as HTMLSelectElement;
  const nodes = h('select', { name: 'nodes' }) as HTMLSelectElement;
  for (let n = LIMITS.nodes.min; n <= LIMITS.nodes.max; n++) nodes.append(h('option', { value: n }, String(n)));
  const seed = numberInput('seed', LIMITS.seed.min, LIMITS.seed.max);
  // Enter in a field applies that field's group.
  const enter = (input: HTMLElement, action: Action) =>
    input.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') onAction(action);
    });
  enter(replicas, 'scale');
  enter(cpu, 'requests');
  enter(memory, 'requests');
  enter(surge, 'strategy');
  enter(unavailable, 'strategy');
  enter(seed, 'reset');
  const group = (legend: string, ...children: HTMLElement[]) => h('fieldset', {}, h('legend', {}, legend), ...children);
  const row = (...children: HTMLElement[]) => h('div', { class: 'k8s-row' }, ...children);
  const hint = t('label.strategyHint');
  const root = h(
    'div',
    { class: 'k8s-controls' },
    group(t('legend.deployment'), field(t('label.replicas'), replicas), row(buttons.scale), row(buttons.image, buttons.rollback)),
    group(t('legend.requests'), field(t('label.cpu'), cpu), field(t('label.memory'), memory), row(buttons.requests)),
    group(t('legend.strategy'), field(t('label.surge'), surge, hint), field(t('label.unavailable'), unavailable, hint), row(buttons.strategy)),
    group(t('legend.pods'), field(t('label.pod'), pod), row(buttons.delete)),
    group(t('legend.time'), row(buttons.step, buttons.run)),
    group(t('legend.cluster'), field(t('label.nodes'), nodes), field(t('label.seed'), seed), row(buttons.reset)),
  );
  return { root, replicas, cpu, memory, surge, unavailable, pod, nodes, seed, buttons };
}
