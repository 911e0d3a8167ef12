// Tasklist's libraries (form-js, its FEEL and template parsers, flatpickr) live in its webpack bundle
// with no name to ask for them by: a module is found by a mark in its source and by the shape of what it
// exports. Returns null when the bundle is not the one expected (another Camunda version).
let load;

function loader() {
  if (load === undefined) {
    load = null;
    const chunks = self.webpackChunkcamunda_bpm_webapp;
    if (chunks && typeof chunks.push === 'function') {
      chunks.push([['bundle-modules'], {}, (require) => { load = require && require.m ? require : null; }]);
    }
  }
  return load;
}

export function bundleExport(sourceMark, isWanted) {
  const require = loader();
  if (!require) {
    return null;
  }
  for (const id of Object.keys(require.m)) {
    if (Function.prototype.toString.call(require.m[id]).includes(sourceMark)) {
      const exported = require(id);
      const candidates = [exported, ...(exported && typeof exported === 'object' ? Object.values(exported) : [])];
      const wanted = candidates.find((value) => value && isWanted(value));
      if (wanted) {
        return wanted;
      }
    }
  }
  return null;
}
