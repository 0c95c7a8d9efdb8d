/** Rendering helpers for the CNCF project explorer: results table and stage timeline. */
import { monthsToGraduate, timeline, type CncfProject, type Row } from '../sim/cncf-explorer';
import { h, type Str } from './lab-kit';

/** Category label in the reader's language, falling back to the data's English name. */
export function categoryLabel(t: Str, category: string): string {
  const key = `cat.${category.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const label = t(key);
  return label === key ? category : label;
}

const link = (href: string, text: string) => h('a', { href, rel: 'noopener' }, text);

/** Dates after the chosen date are not known yet in that view: shown as a dash. */
export function resultsTable(t: Str, rows: Row[], date: string, selected: string, onSelect: (id: string) => void): HTMLElement {
  const known = (d: string | undefined) => (d && d <= date ? d : undefined);
  const head = ['col.name', 'col.category', 'col.maturity', 'col.accepted', 'col.incubating', 'col.graduated', 'col.links'].map((k) => h('th', { scope: 'col' }, t(k)));
  const body = rows.map(({ project: p, stage }) => {
    const btn = h('button', { type: 'button', class: 'cncf-name', 'data-id': p.id, 'aria-pressed': String(p.id === selected) }, p.name);
    btn.addEventListener('click', () => onSelect(p.id === selected ? '' : p.id));
    const archived = known(p.archived);
    const end = archived ? `${archived} (${t('mat.archived')})` : (known(p.graduated) ?? '—');
    return h(
      'tr',
      p.id === selected ? { class: 'cncf-selected' } : {},
      h('th', { scope: 'row' }, btn),
      h('td', {}, categoryLabel(t, p.category)),
      h('td', {}, h('span', { class: `cncf-mat cncf-mat--${stage}` }, t(`mat.${stage}`))),
      h('td', {}, p.accepted),
      h('td', {}, known(p.incubating) ?? '—'),
      h('td', {}, end),
      h('td', {}, link(p.homepage, t('link.home')), ' · ', link(p.source, t('link.source'))),
    );
  });
  return h(
    'div',
    { class: 'cna-lab-scroll', tabindex: '0', role: 'region', 'aria-label': t('table.caption') },
    h('table', {}, h('caption', {}, t('table.caption')), h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...body)),
  );
}

/** The project's path through the levels, as text and as a bar of proportional segments. */
export function timelineView(t: Str, p: CncfProject, asOf: string): HTMLElement {
  const spans = timeline(p, asOf);
  const total = spans.reduce((a, s) => a + s.months, 0) || 1;
  const items = spans.map((s) =>
    h('li', {}, t('tl.span', { stage: t(`mat.${s.stage}`), from: s.from, to: s.to ?? t('tl.now', { date: asOf }), months: s.months })),
  );
  const bar = h(
    'div',
    { class: 'cncf-bar', 'aria-hidden': 'true' },
    ...spans.map((s) => {
      const seg = h('span', { class: `cncf-seg cncf-seg--${s.stage}` }, t(`mat.${s.stage}`));
      seg.style.flexGrow = String(Math.max(s.months / total, 0.08));
      return seg;
    }),
  );
  const grad = monthsToGraduate(p);
  const notes = [
    p.incubating === p.accepted ? t('tl.direct') : null,
    grad !== null ? t('tl.toGraduate', { months: grad }) : null,
    p.archived ? t('tl.archived', { date: p.archived }) : null,
  ].filter((x): x is string => x !== null);
  return h(
    'section',
    { class: 'cncf-timeline', 'aria-label': t('tl.heading', { name: p.name }) },
    h('h3', { tabindex: '-1' }, t('tl.heading', { name: p.name })),
    bar,
    h('ol', {}, ...items),
    ...notes.map((n) => h('p', {}, n)),
  );
}
