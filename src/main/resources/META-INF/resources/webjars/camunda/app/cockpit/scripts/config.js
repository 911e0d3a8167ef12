import { customScripts, locales } from '../../common/locale.js';

export default {
  locales,
  customScripts: customScripts('scripts/dates', 'scripts/timers-by-unit')
};
