// Tasklist, Cockpit, Admin and the welcome page in Vietnamese, in a browser whose own language is
// English: no English label of Camunda's on the main screens, no migration banner, dates as DD/MM/YYYY
// and 24-hour time, the date picker from Monday, form-js's messages in Vietnamese, and the link to
// English and back. Screenshots in $SCREENSHOTS.
import { launch, login, loginAs, api, taskId, openTask, BASE, SHOTS } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

mkdirSync(SHOTS, { recursive: true });
const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

// English labels of an app that read differently in Vietnamese: any of them on screen is a label left
// untranslated (or a screen that does not load the Vietnamese). "null" is also written by Cockpit itself
// for an empty field, outside its labels.
const englishOnly = {};
for (const app of ['tasklist', 'cockpit', 'admin', 'welcome']) {
  const read = async (code) => {
    const response = await fetch(`${BASE}/camunda/app/${app}/locales/${code}.json`);
    assert.equal(response.status, 200, `${app}/locales/${code}.json`);
    return JSON.parse((await response.text()).replace(/^\uFEFF/, '')).labels;
  };
  const [en, vi] = [await read('en'), await read('vi')];
  englishOnly[app] = new Set(Object.keys(en)
    .filter((key) => /[A-Za-z]{3}/.test(en[key]) && en[key].trim() !== 'null' && !/[<{]/.test(en[key]) && en[key].trim() !== (vi[key] ?? '').trim())
    .map((key) => en[key].trim()));
}

async function assertVietnamese(page, app, screen) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  const lines = (await page.evaluate(() => document.body.innerText)).split('\n').map((line) => line.trim());
  const english = [...new Set(lines.filter((line) => englishOnly[app].has(line)))];
  assert.deepEqual(english, [], `${screen}: English labels on screen`);
  assert.equal(await page.locator('.ce-eol-banner:visible').count(), 0, `${screen}: no migration banner`);
}

const started = await api('cspl', 'POST', '/api/cycles', {
  units: ['cdn-giaoduc'], planNumber: '41/KH-LĐLĐ', planDate: '2026-11-20',
  periods: [{ code: '2024', label: 'Năm 2024' }, { code: '2025', label: 'Năm 2025' }],
  deadlines: { unitReview: '2027-01-10', unitReport: '2027-01-15', provinceReview: '2027-02-10', submission: '2027-02-15' },
  cutOff: '2027-01-25',
});
assert.equal(started.status, 201, JSON.stringify(started.body));
const cycle = started.body.id;
const instance = (await api('cspl', 'GET', `/api/cycles/${cycle}`)).body.processInstanceId;

const browser = await launch({ locale: 'en-US' });
try {
  const page = await browser.newPage();
  await page.goto(`${BASE}/camunda/app/tasklist/`);
  await page.getByPlaceholder('Tên đăng nhập').waitFor({ timeout: 30000 });
  await assertVietnamese(page, 'tasklist', 'login');
  await shot(page, '01-dang-nhap');

  await login(page, 'cspl');
  const draft = await taskId('cspl', 'Dự thảo kế hoạch', { processInstanceId: instance });
  await openTask(page, 'Dự thảo kế hoạch', { id: draft, ready: page.getByText('Kế hoạch số 41/KH-LĐLĐ') });
  await assertVietnamese(page, 'tasklist', 'Tasklist, a task');
  await page.locator('button.unclaim').first().waitFor({ timeout: 10000 });
  await shot(page, '02-tasklist-cong-viec');

  // the start dialog: form-js's own message and its date picker
  await page.getByText('Bắt đầu quy trình').click();
  await page.locator('.modal').getByText('Đợt báo cáo sơ kết').click();
  // the draft-plan form behind the dialog has the same fields: the dialog's own
  const planNumber = page.locator('.modal').getByLabel('Số kế hoạch');
  await planNumber.waitFor({ timeout: 30000 });
  await planNumber.fill('');
  await planNumber.blur();
  await page.locator('.modal').getByText('Trường này bắt buộc nhập.').first().waitFor({ timeout: 10000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.datePicker), 'vi', 'the date picker speaks Vietnamese');
  const dateField = page.locator('.modal .fjs-form-field-datetime input').first();
  assert.equal(await dateField.getAttribute('placeholder'), 'dd/mm/yyyy', 'dates typed day first');
  await dateField.fill('05/12/2026');
  await dateField.blur();
  await page.locator('.modal .fjs-input-adornment').first().click();
  const picker = page.locator('.flatpickr-calendar.open');
  await picker.waitFor({ timeout: 10000 });
  const weekdays = (await picker.locator('.flatpickr-weekday').allInnerTexts()).map((day) => day.trim());
  assert.deepEqual(weekdays, ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'], 'the week starts on Monday');
  assert.match(await picker.locator('.flatpickr-monthDropdown-months, .cur-month').first().innerText(), /Tháng 12/);
  assert.equal(await picker.locator('.flatpickr-day.selected').innerText(), '5', 'the 5th of December, not the 12th of May');
  await shot(page, '03-tasklist-bat-dau-quy-trinh');
  await page.keyboard.press('Escape');
  await page.locator('.modal').getByRole('button', { name: 'Đóng' }).first().click().catch(() => {});
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);

  // each role's filters; what waits for the policy dept.'s review
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
  for (const filter of ['Việc của đơn vị', 'Sắp đến hạn', 'Quá hạn', 'Chờ tôi duyệt']) {
    await page.locator('[cam-tasklist-filters]').getByText(filter).first().waitFor({ timeout: 30000 });
  }
  await page.locator('.tasks-list li.task').first().waitFor({ timeout: 30000 });
  await shot(page, '04-tasklist-bo-loc');

  // a page the user has no right to
  const denied = await page.goto(`${BASE}/camunda/app/admin/default/`);
  assert.equal(denied.status(), 403);
  await page.getByText('Bạn không có quyền vào trang này').waitFor({ timeout: 10000 });
  await shot(page, '05-khong-co-quyen');

  // the supervisor reads every task in Cockpit, and has none to work on in Tasklist
  await loginAs(page, 'giamsat');
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
  await page.locator('[cam-tasklist-filters]').getByText('Việc của đơn vị').first().waitFor({ timeout: 30000 });
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('.tasks-list li.task').count(), 0, 'the supervisor has no task in Tasklist');
  assert.equal(await page.locator('[cam-tasklist-filters]').getByText('Chờ tôi duyệt').count(), 0, 'nothing waits for its review');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/dashboard`);
  await page.getByText('Phiên quy trình').first().waitFor({ timeout: 30000 });
  await assertVietnamese(page, 'cockpit', 'Cockpit dashboard');
  await shot(page, '06-cockpit-tong-quan');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`);
  await page.locator('table').first().waitFor({ timeout: 30000 });
  await assertVietnamese(page, 'cockpit', 'Cockpit processes');
  await shot(page, '07-cockpit-quy-trinh');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${instance}/runtime`);
  await page.locator('.diagram-holder, .bjs-container').first().waitFor({ timeout: 30000 });
  await page.getByText('Công việc người dùng').click();
  const created = page.locator('td.created, td:has-text("/20")').first();
  await created.waitFor({ timeout: 30000 });
  assert.match(await created.innerText(), /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/, 'dates as DD/MM/YYYY HH:mm');
  await assertVietnamese(page, 'cockpit', 'Cockpit, a process instance');
  await shot(page, '08-cockpit-phien-quy-trinh');

  // Admin and the welcome page, as the administrator
  await loginAs(page, 'admin');
  await page.goto(`${BASE}/camunda/app/admin/default/#/users`);
  await page.locator('table').first().waitFor({ timeout: 30000 });
  await assertVietnamese(page, 'admin', 'Admin users');
  await shot(page, '09-admin-nguoi-dung');
  await page.goto(`${BASE}/camunda/app/admin/default/#/authorization?resource=0`);
  await page.locator('table').first().waitFor({ timeout: 30000 });
  await assertVietnamese(page, 'admin', 'Admin authorizations');
  await shot(page, '10-admin-phan-quyen');
  await page.goto(`${BASE}/camunda/app/welcome/default/#/welcome`);
  await page.getByText('Tasklist').first().waitFor({ timeout: 30000 });
  await assertVietnamese(page, 'welcome', 'welcome');
  await shot(page, '11-trang-chao');

  // English stays one click away, and Vietnamese one click back
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: 'Tiếng Việt' }).waitFor({ timeout: 30000 });
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
  await page.getByText('Start process').waitFor({ timeout: 30000 });
  await shot(page, '12-tasklist-english');
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await page.getByText('Bắt đầu quy trình').waitFor({ timeout: 30000 });
  console.log('webapps in Vietnamese: login, Tasklist, start dialog, Cockpit, Admin, welcome; English and back');
} finally {
  await browser.close();
}
