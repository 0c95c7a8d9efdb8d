// Set the theme before first paint (no flash): saved choice, else the system setting.
// Inlined into every page's <head> by BaseLayout; astro.config.mjs hashes this file for the CSP.
(function () {
  var d = document.documentElement, s = null;
  try { s = localStorage.getItem('cna-theme'); } catch (e) {}
  var dark = s === 'dark' || (s !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  d.dataset.theme = dark ? 'dark' : 'light';
  d.dataset.themeChoice = s === 'light' || s === 'dark' ? s : 'system';
  d.classList.add('js');
})();
