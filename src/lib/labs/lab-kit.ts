/**
 * Helpers every lab element shares: its strings (data-strings), {name} placeholders, HTML
 * escaping, a small element builder, and its state in the page URL.
 */
import { format } from '../i18n-format';

export type Strings = Record<string, string>;
export type Values = Record<string, string | number>;
/** A lookup over a lab's strings: t('log.reset', { n: 3 }). */
export type Str = (key: string, values?: Values) => string;

/** The element's data-strings JSON; {} when it is missing or malformed. */
export function readStrings(el: HTMLElement): Strings {
  try {
    return JSON.parse(el.dataset.strings ?? '{}') as Strings;
  } catch {
    return {};
  }
}

/** The string for key with {name} placeholders filled, as plain text; an unknown key shows itself. */
export function fmt(strings: Strings, key: string, values: Values = {}): string {
  return format(strings[key] ?? key, values);
}

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The same as fmt, HTML-escaped for markup. */
export function tr(strings: Strings, key: string, values: Values = {}): string {
  return escapeHtml(fmt(strings, key, values));
}

/** fmt bound to one lab's strings. */
export function translator(strings: Strings): Str {
  return (key, values = {}) => fmt(strings, key, values);
}

type Child = Node | string | null | undefined | false;

/** h('button', { type: 'button' }, 'Step'): attributes are set as attributes; false/null/undefined ones and children are skipped. */
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

/** The page's query parameters. */
export function readQuery(): URLSearchParams {
  return new URLSearchParams(location.search);
}

/** The page's query parameters without those whose name starts with prefix (one lab's own). */
export function otherParams(prefix: string): URLSearchParams {
  const params = readQuery();
  for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
  return params;
}

/** Put query (without "?") in the address bar, keeping path and hash, without a history entry. */
export function replaceQuery(query: string): void {
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** Replace one lab's parameters (names starting with prefix) with ours, keeping every other parameter. */
export function writeQuery(prefix: string, ours: string | URLSearchParams): void {
  const params = otherParams(prefix);
  for (const [k, v] of new URLSearchParams(ours)) params.set(k, v);
  replaceQuery(params.toString());
}
