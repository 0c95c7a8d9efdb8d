/** Adds a copy button to every code block (only with JS, since it needs the clipboard API). */
export function setupCopyButtons() {
  const strings = document.querySelector<HTMLElement>('main[data-s-copy]')?.dataset;
  if (!strings) return;
  for (const frame of document.querySelectorAll<HTMLElement>('.cna-code')) {
    const pre = frame.querySelector('pre');
    if (!pre) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cna-code__copy';
    button.textContent = strings.sCopy ?? 'Copy';
    button.setAttribute('aria-label', strings.sCopyLabel ?? 'Copy code');
    const status = document.createElement('span');
    status.className = 'cna-sr-only';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''));
        button.textContent = strings.sCopied ?? 'Copied';
        status.textContent = strings.sCopied ?? 'Copied';
        setTimeout(() => {
          button.textContent = strings.sCopy ?? 'Copy';
          status.textContent = '';
        }, 2000);
      } catch {
        button.textContent = '✕';
      }
    });
    frame.append(button, status);
  }
}
