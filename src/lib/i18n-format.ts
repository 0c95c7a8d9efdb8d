/** {name} placeholders, for strings handed to client scripts (kept apart from i18n.ts, which loads every dictionary). */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
