/** Small DOM helpers for <cna-k8s>: element creation and string lookup. */

export type Str = (key: string, values?: Record<string, string | number>) => string;

type Child = Node | string | null | undefined | false;

/** h('button', { type: 'button' }, 'Step'): attributes are set as attributes; false/null children are skipped. */
export function h(tag: string, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** A lookup over the lab's strings with {name} placeholders; an unknown key shows itself. */
export function makeStr(strings: Record<string, string>): Str {
  return (key, values = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

let counter = 0;
/** A document-unique id for label/input pairs (several labs may share a page). */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
