import { bundleExport } from './bundle-modules.js';

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

// On each change form-js evaluates every template and FEEL text of the form again, and its FEEL and
// template libraries parse each text again: in a table of 60 rows, parsing is most of a keystroke.
// A text's parse tree depends on the text only (and on variable names with spaces in them, which no
// form of ours has), so each is parsed once per page. The parsers are found in Tasklist's bundle by
// their grammar; if they are not found (another Tasklist), the forms work as before, only slower, and
// the browser check, which reads the mark on <html>, fails.
(function parseEachTextOnce() {
  const MAX_TREES = 5000;
  const trees = new Map();

  function parser(grammarMark, rule) {
    return bundleExport(grammarMark, (value) =>
      value.topRules && value.topRules[rule] && typeof value.configure === 'function');
  }

  function parseOnce(target, scope) {
    const parse = target.parse;
    target.parse = function (input, ...more) {
      if (typeof input !== 'string' || more.length) {
        return parse.call(this, input, ...more);
      }
      const key = scope + '\u0000' + input;
      let tree = trees.get(key);
      if (!tree) {
        tree = parse.call(this, input);
        if (trees.size >= MAX_TREES) {
          trees.clear();
        }
        trees.set(key, tree);
      }
      return tree;
    };
  }

  const feel = parser('topRules:{Expression:', 'Expression');
  const feelers = parser('topRules:{Feelers:', 'Feelers');
  if (!feel || !feelers) {
    return;
  }
  const configure = feel.configure;
  feel.configure = function (config, ...more) {
    const configured = configure.call(this, config, ...more);
    // FEEL asks for its top rule with the variables of the form: nothing else changes the tree
    if (config && Object.keys(config).every((key) => key === 'top' || key === 'contextTracker')) {
      parseOnce(configured, 'feel:' + config.top);
    }
    return configured;
  };
  parseOnce(feelers, 'feelers');
  document.documentElement.dataset.reportFormParse = 'once';
})();
