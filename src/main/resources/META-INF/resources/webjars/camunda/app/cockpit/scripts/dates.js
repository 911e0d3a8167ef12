import { chosenLocale } from '../../common/locale.js';

// Cockpit writes the dates of its tables as ISO timestamps (2026-12-05T23:23:35) in every language. In
// Vietnamese they read as Vietnamese write them, with the seconds a supervisor compares jobs by.
if (chosenLocale === 'vi' && window.angular) {
  window.angular.module('cam.cockpit').config(['camDateFormatProvider', (formats) => {
    formats.setDateFormat('DD/MM/YYYY HH:mm:ss', 'normal');
  }]);
  document.documentElement.dataset.cockpitDates = 'vi';
}
