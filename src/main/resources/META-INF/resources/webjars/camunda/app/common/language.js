// Loaded by every webapp (customScripts in its config.js) as a module, as Camunda loads its plugins.
// The link between Vietnamese and English in the header of every webapp, and the styles that all
// webapps share. The choice is kept in the browser (locale.js reads it before the app starts).
import { LOCALE_KEY, chosenLocale } from './locale.js';

(function languageSwitch() {
  const english = chosenLocale === 'en';
  document.documentElement.lang = english ? 'en' : 'vi';

  const base = document.querySelector('base');
  const appRoot = base ? base.getAttribute('app-root') || '' : '';
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = `${appRoot}/app/common/common.css`;
  document.head.appendChild(styles);

  function addSwitch() {
    const menu = document.querySelector('nav.cam-nav > ul');
    if (!menu || menu.querySelector('.language-switch')) {
      return;
    }
    const item = document.createElement('li');
    item.className = 'language-switch';
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = english ? 'Tiếng Việt' : 'English';
    link.lang = english ? 'vi' : 'en';
    link.title = english ? 'Chuyển sang tiếng Việt' : 'Switch to English';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      if (english) {
        window.localStorage.removeItem(LOCALE_KEY);
      } else {
        window.localStorage.setItem(LOCALE_KEY, 'en');
      }
      window.location.reload();
    });
    item.appendChild(link);
    menu.insertBefore(item, menu.firstChild);
  }

  new MutationObserver(addSwitch).observe(document.documentElement, { childList: true, subtree: true });
})();
