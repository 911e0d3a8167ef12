// A form's link to a page of the application (the cycle's progress) opens it in a tab of its own: in the
// same tab it would take the user out of Tasklist, and away from a form perhaps half filled in.
const OWN_PAGES = ['/tien-do.html'];

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('.fjs-container a[href]') : null;
  if (!link || !OWN_PAGES.some((page) => link.getAttribute('href').startsWith(page))) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  window.open(link.href, '_blank', 'noopener');
}, true);
