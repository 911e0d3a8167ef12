// A figure typed in a cell of a report form reaches the form at once, so that the row's total follows
// each keystroke. form-js takes a text field's value 300 ms after the last keystroke, or at once when
// the field is left; Tasklist creates its forms with no way to set that delay, so each keystroke in a
// cell also tells the field it was left (focusout: the event form-js's onBlur listens to; the field
// keeps the focus).
const CELL = 'input.fjs-input[id*="Cell_"]';

document.addEventListener('input', (event) => {
  const field = event.target;
  if (field instanceof HTMLInputElement && field.matches(CELL)) {
    field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  }
});
