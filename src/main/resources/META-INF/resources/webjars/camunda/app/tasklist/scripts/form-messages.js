import { chosenLocale } from '../../common/locale.js';
import { bundleExport } from './bundle-modules.js';

// form-js, which draws the forms in Tasklist, writes its validation messages and its date picker in
// English only, and its date fields in the browser's own date order. In Vietnamese, its messages are
// said again in Vietnamese where they are shown, its date picker gets Vietnamese months and days, the
// week from Monday, and its date fields read and write DD/MM/YYYY whatever the browser's language.
const MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này bắt buộc nhập.'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `Giá trị nhỏ nhất là ${min}.`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `Giá trị lớn nhất là ${max}.`],
  [/^Field must have minimum length of (.+)\.$/, (min) => `Cần ít nhất ${min} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (max) => `Không được quá ${max} ký tự.`],
  [/^Field must match pattern (.+)\.$/, (pattern) => `Giá trị không đúng mẫu ${pattern}.`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid +international phone number\..*$/, () => 'Số điện thoại không hợp lệ (ví dụ +84912345678).'],
  [/^Value is not a number\.$/, () => 'Giá trị không phải là số.'],
  [/^Value is expected to be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (digits) => `Giá trị có nhiều nhất ${digits} chữ số thập phân.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (below, above) => `Hãy chọn một giá trị hợp lệ; hai giá trị hợp lệ gần nhất là ${below} và ${above}.`],
  [/^Date and time must both be entered\.$/, () => 'Cần nhập cả ngày và giờ.'],
];

const PICKER = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8',
      'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để tăng giảm',
  toggleTitle: 'Nhấn để đổi',
  time_24hr: true,
};

export function vietnamese(message) {
  for (const [pattern, say] of MESSAGES) {
    const match = pattern.exec(message.trim());
    if (match) {
      return say(...match.slice(1));
    }
  }
  return null;
}

function sayInVietnamese(root) {
  const errors = root.nodeType === Node.ELEMENT_NODE
    ? [...(root.matches('.fjs-form-field-error') ? [root] : []), ...root.querySelectorAll('.fjs-form-field-error')]
    : [];
  for (const error of errors) {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const said = vietnamese(text.data);
      if (said) {
        text.data = said;
      }
    }
  }
}

if (chosenLocale === 'vi') {
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.type === 'characterData' ? record.target.parentElement : record.target;
      const error = target && target.closest && target.closest('.fjs-form-field-error');
      if (error) {
        sayInVietnamese(error);
      } else {
        record.addedNodes.forEach(sayInVietnamese);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  // form-js asks the browser's default date order (Intl.DateTimeFormat('default')) for its date fields
  const BrowserDateFormat = Intl.DateTimeFormat;
  Intl.DateTimeFormat = new Proxy(BrowserDateFormat, {
    construct(target, [locales, ...more]) {
      return new target(locales === undefined || locales === 'default' ? 'vi-VN' : locales, ...more);
    },
    apply(target, self, [locales, ...more]) {
      return target(locales === undefined || locales === 'default' ? 'vi-VN' : locales, ...more);
    },
  });

  const flatpickr = bundleExport('flatpickr: invalid locale', (value) =>
    typeof value === 'function' && typeof value.localize === 'function' && value.l10ns);
  if (flatpickr) {
    flatpickr.localize(PICKER);
    document.documentElement.dataset.datePicker = 'vi';
  }
}
