// The start dialog keeps what was typed: Esc (in a date picker or anywhere in the form) closes at most
// the date picker, never the dialog, which closes by its own button. A refused start is said again next
// to the Start button, where the user is, besides the top of the dialog, out of sight in a long form.
const REFUSAL = 'start-refusal';

function formDialog() {
  const dialog = document.querySelector('.modal');
  return dialog && dialog.querySelector('.fjs-container') ? dialog : null;
}

window.addEventListener('keydown', (event) => {
  const dialog = event.key === 'Escape' ? formDialog() : null;
  if (!dialog) {
    return;
  }
  event.stopPropagation();
  event.preventDefault();
  dialog.querySelectorAll('input').forEach((input) => {
    if (input._flatpickr && input._flatpickr.isOpen) {
      input._flatpickr.close();
    }
  });
}, true);

function sayRefusalAtTheButton() {
  const dialog = formDialog();
  const footer = dialog && dialog.querySelector('.modal-footer');
  if (!footer) {
    return;
  }
  const alert = dialog.querySelector('.alert-danger');
  let box = footer.querySelector('.' + REFUSAL);
  if (!alert) {
    if (box) box.remove();
    return;
  }
  const message = (alert.querySelector('.message') || alert).textContent.trim();
  if (!box) {
    box = document.createElement('div');
    box.className = REFUSAL;
    box.setAttribute('role', 'alert');
    footer.prepend(box);
  }
  if (box.textContent !== message) {
    box.textContent = message;
  }
}

new MutationObserver(sayRefusalAtTheButton).observe(document.body, { childList: true, subtree: true });
