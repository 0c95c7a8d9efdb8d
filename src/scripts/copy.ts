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

/** "Copy page as Markdown": copies the page's Markdown twin (the button's data-copy-page URL). */
export function setupCopyPage() {
  const button = document.querySelector<HTMLButtonElement>('[data-copy-page]');
  if (!button) return;
  // The button is there from the first paint (CSS hides it without JS), so showing it shifts nothing.
  if (!navigator.clipboard) {
    button.hidden = true;
    return;
  }
  const label = button.textContent;
  const status = button.parentElement?.querySelector('[role="status"]');
  button.addEventListener('click', async () => {
    let message = button.dataset.sCopied ?? 'Copied';
    try {
      const text = fetch(button.dataset.copyPage!).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.text();
      });
      // A ClipboardItem takes the pending text, so the copy keeps the click's user activation.
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((s) => new Blob([s], { type: 'text/plain' })) })]);
    } catch {
      message = button.dataset.sFailed ?? 'Could not copy';
    }
    button.textContent = message;
    if (status) status.textContent = message;
    setTimeout(() => {
      button.textContent = label;
      if (status) status.textContent = '';
    }, 2000);
  });
}
