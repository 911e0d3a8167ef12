// A unit fills its report in Tasklist: a server-side draft that comes back with the time it was saved,
// a figure that is no whole number refused with its cell named, a submission that misses figures
// refused at Complete with the form kept as typed; the complete report goes in through the API; the
// reviewer reads the table and returns the report with a comment in Tasklist.
// Screenshots in $SCREENSHOTS. Opens the tasks of the cycle it creates (any earlier data may stay).
import { launch, login, openTask as openTaskPane, taskId, api, until, SHOTS } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

mkdirSync(SHOTS, { recursive: true });
const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
// a figure's cell of the unit form: Cell_<indicator>_p<period>
const cell = (page, indicator, period) => page.locator(`[id$="-Cell_${indicator}_p${period}"]`);
// Tasklist's notifications (success and errors) at the top of the page
const notifications = (page) => page.locator('.notifications, .notification, [notifications]');

const cycle = (await api('cspl', 'POST', '/api/cycles', { units: ['hoalu', 'cdn-yte'] })).body.id;
await api('cspl', 'POST', `/api/cycles/${cycle}/plan/submit`);
await api('thuongtruc', 'POST', `/api/cycles/${cycle}/plan/review`, { decision: 'ACCEPT' });
// the 2020 defaults' deadline has passed: the stage may go on to the late-units decision at once
await until('reports distributed', async () =>
  ['REPORTING', 'LATE_UNITS_DECISION'].includes((await api('hoalu', 'GET', `/api/cycles/${cycle}/progress`)).body.stage));
const ofUnit = { processInstanceBusinessKey: `${cycle}/hoalu` };

async function openTask(page, user, name, ready) {
  await openTaskPane(page, name, { id: await taskId(user, name, ofUnit), ready, settle: 3000, timeout: 90000 });
}
const openUnitForm = (page) => openTask(page, 'hoalu', 'Lập báo cáo của đơn vị', cell(page, 'I01', '2016'));

async function complete(page) {
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  await page.waitForTimeout(2500);
}

const browser = await launch();
browser.setDefaultTimeout(90000);
try {
  const page = await browser.newPage();
  await login(page, 'hoalu');
  await openUnitForm(page);
  await page.getByText('Số lớp tập huấn (Lớp)').waitFor({ timeout: 15000 });
  await cell(page, 'I01', '2016').fill('3');
  await cell(page, 'I01', '2017').fill('4');
  await page.getByLabel('1. Thuận lợi').fill('Cấp ủy quan tâm; doanh nghiệp hợp tác.\n- Ý thứ hai & «trích dẫn»');
  await shot(page, '11-unit-form');
  await page.getByText('Lưu nháp (làm tiếp sau)').click();
  await complete(page);
  let report = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
  assert.equal(report.status, 'DRAFT');
  assert.equal(report.values.I01['2016'], 3);
  assert.equal(report.values.I01['2017'], 4);
  assert.equal(report.sections['P1.I.1'], 'Cấp ủy quan tâm; doanh nghiệp hợp tác.\n- Ý thứ hai & «trích dẫn»');

  // the draft comes back as a task of the same user, with the time it was saved
  const again = (await api('hoalu', 'GET', `/engine-rest/task?${new URLSearchParams({
    nameLike: 'Lập báo cáo của đơn vị%', ...ofUnit })}`)).body;
  assert.equal(again.length, 1);
  assert.equal(again[0].assignee, 'hoalu', 'the draft comes back assigned to the unit\'s user');
  await openUnitForm(page);
  await page.getByText(/^Đã lưu nháp lúc /).waitFor({ timeout: 15000 });
  assert.equal(await cell(page, 'I01', '2017').inputValue(), '4', 'the draft comes back in the form');

  // a figure that is not a whole number: the completion is refused with the cell named, and what was
  // typed stays in the form; the stored draft is untouched
  await cell(page, 'I01', '2018').fill('12a');
  await page.getByText('Lưu nháp (làm tiếp sau)').click();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const refusal = notifications(page).getByText(/không phải số nguyên/).first();
  await refusal.waitFor({ timeout: 15000 });
  const refusalText = (await refusal.innerText()).replace(/\s+/g, ' ');
  assert.match(refusalText, /Chưa lưu được: Năm 2018: «Số lớp tập huấn» \(I01\) — «12a» không phải số nguyên\./, refusalText);
  await shot(page, '11b-unit-form-bad-figure');
  assert.equal(await cell(page, 'I01', '2018').inputValue(), '12a', 'what was typed stays');
  assert.equal((await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body.values.I01['2018'], null,
    'the draft is untouched');
  // the notification covers the Complete button until it is closed
  await page.locator('.page-notifications button.close:visible').first().click();
  await refusal.waitFor({ state: 'detached', timeout: 15000 });

  // a submission that misses figures: refused at Complete, the form stays open as typed, and what was
  // typed is stored as the draft
  await cell(page, 'I01', '2018').fill('5');
  await page.getByRole('radio', { name: 'Nộp báo cáo' }).check();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const notSubmitted = notifications(page).getByText(/^Báo cáo chưa nộp được/).first();
  await notSubmitted.waitFor({ timeout: 15000 });
  await shot(page, '12-unit-form-refused');
  assert.equal(await cell(page, 'I01', '2016').inputValue(), '3', 'nothing typed is lost');
  assert.equal(await cell(page, 'I01', '2018').inputValue(), '5', 'nothing typed is lost');
  report = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
  assert.equal(report.status, 'DRAFT');
  assert.equal(report.values.I01['2018'], 5, 'the refused submission was stored as the draft');
  await page.locator('.page-notifications button.close:visible').first().click();

  const full = { values: {}, sections: {}, explanations: {} };
  const row = [2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, null, 30, 25, 20, 1];
  row.forEach((v, i) => { if (v !== null) full.values[`I${String(i + 1).padStart(2, '0')}`] =
    Object.fromEntries(['2016', '2017', '2018', '2019', '2020H1'].map((p) => [p, v])); });
  // a figure in the millions, to see it written 1.234.567 in the reviewer's table
  for (const p of Object.keys(full.values.I02)) full.values.I02[p] = 1234567;
  for (const s of ['P1.I.1', 'P1.I.2', 'P1.II.1', 'P1.II.2', 'P1.II.3.1', 'P1.II.3.2', 'P1.II.3.3', 'P1.II.4',
    'P1.II.5', 'P1.II.6', 'P2.I', 'P2.II']) full.sections[s] = `Nội dung mục ${s}.`;
  const submitted = await api('hoalu', 'POST', `/api/cycles/${cycle}/reports/hoalu/submit`, full);
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
  report = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
  assert.equal(report.status, 'SUBMITTED');

  const reviewer = await browser.newPage();
  await reviewer.context().clearCookies();
  await login(reviewer, 'cspl');
  await openTask(reviewer, 'cspl', 'Xem xét báo cáo của đơn vị', reviewer.locator('.fjs-table'));
  // the read-only table: the figures written as Vietnamese write them
  const table = reviewer.locator('.fjs-table');
  await table.getByText('Số lớp tập huấn (Lớp)').waitFor({ timeout: 15000 });
  await table.getByText('1.234.567', { exact: true }).first().waitFor({ timeout: 15000 });
  await table.getByText('6.172.835', { exact: true }).waitFor({ timeout: 15000 });
  assert.equal(await reviewer.locator('.fjs-table input').count(), 0, 'the table has no inputs');
  await reviewer.getByText('Trả lại để sửa').click();
  await reviewer.getByLabel('Ý kiến (cần sửa gì)').fill('Kiểm tra lại số DN nhà nước năm 2019.');
  await shot(reviewer, '13-review-form');
  await complete(reviewer);
  const returned = await until('report returned', async () => {
    const r = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
    return r.status === 'RETURNED' && r;
  });
  assert.equal(returned.reviews.at(-1).comment, 'Kiểm tra lại số DN nhà nước năm 2019.');
  console.log(`cycle ${cycle}: draft back with its time, a figure refused with its cell named, a submission refused`
    + ` with the form kept, review with return; screenshots in ${SHOTS}`);
} catch (e) {
  console.error(e);
  for (const [i, p] of browser.pages().entries()) {
    await p.screenshot({ path: `${SHOTS}/failure-${i}.png`, timeout: 10000 }).catch(() => {});
  }
  process.exitCode = 1;
} finally {
  await browser.close();
}
