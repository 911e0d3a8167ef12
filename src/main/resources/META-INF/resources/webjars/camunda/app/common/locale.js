// The webapps speak Vietnamese whatever the browser's language, unless the user chose English with the
// link in the header (language.js). Camunda picks the browser's language when it is one of
// availableLocales, so only the chosen one is offered.
export const LOCALE_KEY = 'camunda-webapps-locale';

export const chosenLocale = window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'vi';

export const locales = { availableLocales: [chosenLocale], fallbackLocale: chosenLocale };

// Loaded by each app's config.js before the app starts: the app's own scripts, then this shared one.
export function customScripts(...own) {
  return [...own, '../common/language', '../common/own-pages'];
}
