// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { remarkMermaid } from './src/markdown/remark-mermaid';
import { remarkGlossaryLinks } from './src/markdown/remark-glossary-links';
import { remarkQuiz } from './src/markdown/remark-quiz';
import { remarkContentLocale } from './src/markdown/remark-content-locale';
import { remarkHeadingIds } from './src/markdown/remark-heading-ids';
import { rehypeLinksAndAnchors } from './src/markdown/rehype-links-and-anchors';
import { codeFrame } from './src/markdown/shiki-code-frame';
import { normaliseBase } from './src/lib/urls';
import { cspDirectives, inlineScriptHash, scriptSources, styleSources } from './src/lib/headers';

// Self-hosting: SITE_URL is the public origin, BASE_PATH the subpath ("/atlas/") the site lives under.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH);
const root = fileURLToPath(new URL('.', import.meta.url));
const mermaidVersion = JSON.parse(readFileSync(new URL('./node_modules/mermaid/package.json', import.meta.url), 'utf8')).version;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Astro hashes the inline scripts it emits into a CSP <meta> on every page; the same policy
  // (plus frame-ancestors, header-only) goes into dist/_headers and deploy/ (src/lib/headers.ts).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: {
        resources: [...scriptSources],
        // The theme script BaseLayout inlines (Astro hashes only the scripts it bundles).
        hashes: [inlineScriptHash(readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8'))],
      },
      styleDirective: { resources: [...styleSources] },
    },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-cn': 'zh-CN' } },
      filter: (page) => !page.endsWith('/404/'),
    }),
  ],
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'quiz'] },
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      transformers: [codeFrame],
    },
    // Astro 7's default engine (Sätteri) runs no remark/rehype plugins; the site's plugins
    // (diagrams, glossary links, quizzes, link checks) are unified plugins, so use unified().
    processor: unified({
      remarkPlugins: [remarkQuiz, remarkContentLocale, remarkHeadingIds, [remarkMermaid, { root, mermaidVersion }], [remarkGlossaryLinks, { root, base }]],
      rehypePlugins: [rehypeHeadingIds, [rehypeLinksAndAnchors, { root, base }]],
    }),
  },
  vite: {
    // One stylesheet for the whole site (about 9 KB gzipped): one request, cached across pages,
    // instead of a second file on every page that can show a lab.
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    plugins: [
      {
        // Vite wraps every dynamic import in a preload helper (about 1 KB gzipped, on every page,
        // because the shell imports search on demand). Our on-demand chunks need no preloading, so
        // the helper just calls the import, and no list of dependencies is written. Astro sets
        // build.modulePreload itself, after the user's vite.build, hence the client environment.
        name: 'cna-no-preload-helper',
        enforce: 'pre',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
        resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : undefined),
        load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
      },
    ],
  },
});
