/** Controls of the service-mesh lab: a declarative list turned into labelled form fields. */
import { abortStatuses, badModes, peerAuthModes, retryConditions, type MeshSettings } from '../sim/mesh';
import { h, type Str } from './lab-kit';

type Range = { kind: 'range'; id: string; min: number; max: number; step: number; scale?: number; get: (s: MeshSettings) => number; set: (s: MeshSettings, v: number) => void };
type Select = { kind: 'select'; id: string; options: readonly (string | number)[]; get: (s: MeshSettings) => string; set: (s: MeshSettings, v: string) => void };
type Check = { kind: 'check'; id: string; get: (s: MeshSettings) => boolean; set: (s: MeshSettings, v: boolean) => void };
type Checks = { kind: 'checks'; id: string; options: readonly string[]; get: (s: MeshSettings) => string[]; set: (s: MeshSettings, v: string[]) => void };
type Ctl = Range | Select | Check | Checks;

const range = (id: string, min: number, max: number, step: number, key: keyof MeshSettings, scale = 1): Range => ({
  kind: 'range', id, min, max, step, scale,
  get: (s) => (s[key] as number) / scale,
  set: (s, v) => { (s[key] as number) = v * scale; },
});
const check = (id: string, key: 'outlier' | 'clientSidecar'): Check => ({ kind: 'check', id, get: (s) => s[key], set: (s, v) => { s[key] = v; } });

export const groups: { id: string; controls: Ctl[] }[] = [
  { id: 'route', controls: [{ kind: 'range', id: 'w', min: 0, max: 100, step: 5, get: (s) => s.weights[1], set: (s, v) => { s.weights = [100 - v, v]; } }] },
  {
    id: 'retry',
    controls: [
      range('attempts', 0, 5, 1, 'attempts'),
      range('perTry', 0, 5000, 100, 'perTryTimeoutMs'),
      { kind: 'checks', id: 'retryOn', options: retryConditions, get: (s) => s.retryOn, set: (s, v) => { s.retryOn = v as MeshSettings['retryOn']; } },
      range('timeout', 0, 10_000, 100, 'timeoutMs'),
    ],
  },
  {
    id: 'fault',
    controls: [
      range('abort', 0, 100, 5, 'abortPercent'),
      { kind: 'select', id: 'abortStatus', options: abortStatuses, get: (s) => String(s.abortStatus), set: (s, v) => { s.abortStatus = Number(v); } },
      range('delay', 0, 100, 5, 'delayPercent'),
      range('delayMs', 0, 5000, 100, 'delayMs'),
    ],
  },
  {
    id: 'outlier',
    controls: [
      check('outlier', 'outlier'),
      range('c5', 0, 20, 1, 'consecutive5xx'),
      range('interval', 1, 60, 1, 'intervalMs', 1000),
      range('base', 1, 300, 1, 'baseEjectionMs', 1000),
      range('maxEj', 0, 100, 5, 'maxEjectionPercent'),
    ],
  },
  {
    id: 'backend',
    controls: [
      { kind: 'range', id: 'pods1', min: 1, max: 10, step: 1, get: (s) => s.pods[0], set: (s, v) => { s.pods = [v, s.pods[1]]; } },
      { kind: 'range', id: 'pods2', min: 1, max: 10, step: 1, get: (s) => s.pods[1], set: (s, v) => { s.pods = [s.pods[0], v]; } },
      { kind: 'select', id: 'badVersion', options: ['v1', 'v2'], get: (s) => s.badVersion, set: (s, v) => { s.badVersion = v === 'v1' ? 'v1' : 'v2'; } },
      range('badCount', 0, 10, 1, 'badCount'),
      { kind: 'select', id: 'badMode', options: badModes, get: (s) => s.badMode, set: (s, v) => { s.badMode = v as MeshSettings['badMode']; } },
      range('badPercent', 0, 100, 5, 'badPercent'),
      range('badDelay', 0, 5000, 100, 'badDelayMs'),
    ],
  },
  {
    id: 'mtls',
    controls: [
      { kind: 'select', id: 'mtlsMode', options: peerAuthModes, get: (s) => s.mtlsMode, set: (s, v) => { s.mtlsMode = v as MeshSettings['mtlsMode']; } },
      check('sidecar', 'clientSidecar'),
    ],
  },
  { id: 'run', controls: [range('batch', 1, 500, 1, 'batch'), range('seed', 0, 999, 1, 'seed')] },
];

function optionLabel(t: Str, id: string, value: string | number): string {
  const key = `opt.${id}.${value}`;
  const label = t(key);
  return label === key ? String(value) : label;
}

/** Build one fieldset per group; `onChange` receives the edited copy of the settings. */
export function buildControls(root: HTMLElement, t: Str, get: () => MeshSettings, onChange: (s: MeshSettings) => void): () => void {
  const syncers: (() => void)[] = [];
  const edit = (fn: (s: MeshSettings) => void) => {
    const s = structuredClone(get());
    fn(s);
    onChange(s);
  };
  for (const group of groups) {
    const fs = h('fieldset', { class: 'mesh-group' }, h('legend', {}, t(`group.${group.id}`)));
    for (const c of group.controls) {
      const uid = `mesh-${c.id}-${Math.random().toString(36).slice(2, 7)}`;
      const hint = t(`hint.${c.id}`);
      const hintEl = hint === `hint.${c.id}` ? null : h('span', { class: 'mesh-hint', id: `${uid}-hint` }, hint);
      if (c.kind === 'checks') {
        const inner = h('fieldset', { class: 'mesh-checks' }, h('legend', {}, t(`ctl.${c.id}`)));
        for (const o of c.options) {
          const box = h('input', { type: 'checkbox', value: o }) as HTMLInputElement;
          box.addEventListener('change', () => edit((s) => c.set(s, box.checked ? [...c.get(s), o] : c.get(s).filter((x) => x !== o))));
          syncers.push(() => (box.checked = c.get(get()).includes(o)));
          inner.append(h('label', {}, box, ` ${o}`));
        }
        fs.append(inner);
        continue;
      }
      let input: HTMLInputElement | HTMLSelectElement;
      const out = h('output', { for: uid });
      if (c.kind === 'select') {
        input = h('select', { id: uid }) as HTMLSelectElement;
        for (const o of c.options) input.append(h('option', { value: String(o) }, optionLabel(t, c.id, o)));
        input.addEventListener('change', () => edit((s) => c.set(s, input.value)));
        syncers.push(() => (input.value = c.get(get())));
      } else if (c.kind === 'check') {
        input = h('input', { id: uid, type: 'checkbox' }) as HTMLInputElement;
        const box = input;
        input.addEventListener('change', () => edit((s) => c.set(s, box.checked)));
        syncers.push(() => (box.checked = c.get(get())));
      } else {
        input = h('input', { id: uid, type: 'range', min: String(c.min), max: String(c.max), step: String(c.step) }) as HTMLInputElement;
        input.addEventListener('change', () => edit((s) => c.set(s, Number(input.value))));
        input.addEventListener('input', () => (out.textContent = input.value));
        syncers.push(() => {
          input.value = String(c.get(get()));
          out.textContent = input.value;
        });
      }
      if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
      const row = h('div', { class: `mesh-field mesh-field--${c.kind}` }, h('label', { for: uid }, t(`ctl.${c.id}`)), input);
      if (c.kind === 'range') row.append(out);
      if (hintEl) row.append(hintEl);
      fs.append(row);
    }
    root.append(fs);
  }
  const sync = () => syncers.forEach((f) => f());
  sync();
  return sync;
}
