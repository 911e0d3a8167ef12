// Loaded by every webapp (customScripts in its config.js). The header links the application's own pages
// for those who work on them: the units' list for the province's administrators.
(function ownPages() {
  const PAGES = [{ href: '/don-vi.html', label: 'Danh mục đơn vị', groups: ['quantri', 'camunda-admin'] }];
  let groups = null;
  let asking = false;

  async function ask() {
    asking = true;
    const answer = await fetch('/api/session', { headers: { Accept: 'application/json' } }).catch(() => null);
    const session = answer && answer.ok ? await answer.json().catch(() => null) : null;
    groups = session ? session.groups : [];
    addLinks();
  }

  function addLinks() {
    const menu = document.querySelector('nav.cam-nav > ul');
    if (!menu || !menu.querySelector('li.account')) {
      // logged out: whoever logs in next is asked about anew
      groups = null;
      asking = false;
      return;
    }
    if (groups === null) {
      if (!asking) ask();
      return;
    }
    for (const page of PAGES) {
      if (!page.groups.some((g) => groups.includes(g)) || menu.querySelector(`a[href="${page.href}"]`)) {
        continue;
      }
      const item = document.createElement('li');
      item.className = 'own-page';
      const link = document.createElement('a');
      link.href = page.href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = page.label;
      item.appendChild(link);
      menu.insertBefore(item, menu.firstChild);
    }
  }

  new MutationObserver(addLinks).observe(document.documentElement, { childList: true, subtree: true });
}());
