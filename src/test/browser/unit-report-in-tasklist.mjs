// A unit fills its report in Tasklist: a server-side draft, a figure that is no whole number refused with
// its cell named, a refused submission that keeps what was
// typed; the complete report goes in through the API; the reviewer returns it with a comment in Tasklist.
// Screenshots in $SCREENSHOTS. Run it against a fresh application (demo data only): it opens the
// first report task of hoalu and of cspl.
import { launch, login, BASE, SHOTS } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

mkdirSync(SHOTS, { recursive: true });
const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
const headers = (user) => ({ Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'),
  'Content-Type': 'application/json' });
const api = async (user, method, path, body) => {
  const response = await fetch(`${BASE}${path}`, { method, headers: headers(user), body: body && JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function openTask(page, name, claim = true) {
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
  await page.locator('.tasks-list').getByText(name).first().click();
  if (claim) {
    const button = page.getByText('Claim', { exact: true });
    await button.waitFor({ timeout: 15000 });
    await button.click();
  }
  // a form of a few hundred fields takes seconds to settle in Tasklist
  await page.locator('[id$="-Field_v_r01_p1"]').waitFor({ timeout: 60000 });
  await page.waitForTimeout(3000);
}

async function complete(page) {
  await page.getByRole('button', { name: 'Complete' }).click();
  await page.waitForTimeout(2500);
}

const cycle = (await api('cspl', 'POST', '/api/cycles', { units: ['hoalu', 'cdn-yte'] })).body.id;
await api('cspl', 'POST', `/api/cycles/${cycle}/plan/submit`);
await api('thuongtruc', 'POST', `/api/cycles/${cycle}/plan/review`, { decision: 'ACCEPT' });
for (let i = 0; i < 30 && (await api('hoalu', 'GET', `/api/cycles/${cycle}/progress`)).body.stage !== 'REPORTING'; i++) {
  await sleep(500);
}
await sleep(3000);

const browser = await launch();
browser.setDefaultTimeout(90000);
try {
  const page = await browser.newPage();
  await login(page, 'hoalu');
  await openTask(page, 'Lập báo cáo của đơn vị');
  await page.getByText('Số lớp tập huấn (Lớp)').waitFor({ timeout: 15000 });
  await page.locator('[id$="-Field_v_r01_p1"]').fill('3');
  await page.locator('[id$="-Field_v_r01_p2"]').fill('4');
  await page.getByLabel('1. Thuận lợi').fill('Cấp ủy quan tâm; doanh nghiệp hợp tác.\n- Ý thứ hai & «trích dẫn»');
  await shot(page, '11-unit-form');
  await page.getByText('Lưu nháp (làm tiếp sau)').click();
  await complete(page);
  let report = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
  assert.equal(report.status, 'DRAFT');
  assert.equal(report.values.I01['2016'], 3);
  assert.equal(report.values.I01['2017'], 4);
  assert.equal(report.sections['P1.I.1'], 'Cấp ủy quan tâm; doanh nghiệp hợp tác.\n- Ý thứ hai & «trích dẫn»');

  await openTask(page, 'Lập báo cáo của đơn vị');
  assert.equal(await page.locator('[id$="-Field_v_r01_p2"]').inputValue(), '4', 'the draft comes back in the form');

  // a figure that is not a whole number: the completion is refused with the cell named, and what was
  // typed stays in the form; the stored draft is untouched
  await page.locator('[id$="-Field_v_r01_p3"]').fill('12a');
  await page.getByText('Lưu nháp (làm tiếp sau)').click();
  await page.getByRole('button', { name: 'Complete' }).click();
  const refusal = page.locator('.notifications, .notification, [notifications]').getByText(/không phải số nguyên/).first();
  await refusal.waitFor({ timeout: 15000 });
  const refusalText = (await refusal.innerText()).replace(/\s+/g, ' ');
  assert.match(refusalText, /Chưa lưu được: Năm 2018: «Số lớp tập huấn» \(I01\) — «12a» không phải số nguyên\./, refusalText);
  await shot(page, '11b-unit-form-bad-figure');
  assert.equal(await page.locator('[id$="-Field_v_r01_p3"]').inputValue(), '12a', 'what was typed stays');
  assert.equal((await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body.values.I01['2018'], null,
    'the draft is untouched');
  await page.locator('[id$="-Field_v_r01_p3"]').fill('');
  // the notification covers the Complete button until it is closed
  await page.locator('.page-notifications button.close:visible').first().click();
  await refusal.waitFor({ state: 'detached', timeout: 15000 });
  await page.getByRole('radio', { name: 'Nộp báo cáo' }).check();
  await complete(page);
  await openTask(page, 'Lập báo cáo của đơn vị');
  await page.getByText('Báo cáo chưa nộp được').waitFor({ timeout: 15000 });
  await shot(page, '12-unit-form-refused');
  assert.equal(await page.locator('[id$="-Field_v_r01_p1"]').inputValue(), '3', 'nothing typed is lost');

  const full = { values: {}, sections: {}, explanations: {} };
  const row = [2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, null, 30, 25, 20, 1];
  row.forEach((v, i) => { if (v !== null) full.values[`I${String(i + 1).padStart(2, '0')}`] =
    Object.fromEntries(['2016', '2017', '2018', '2019', '2020H1'].map((p) => [p, v])); });
  for (const s of ['P1.I.1', 'P1.I.2', 'P1.II.1', 'P1.II.2', 'P1.II.3.1', 'P1.II.3.2', 'P1.II.3.3', 'P1.II.4',
    'P1.II.5', 'P1.II.6', 'P2.I', 'P2.II']) full.sections[s] = `Nội dung mục ${s}.`;
  assert.equal((await api('hoalu', 'POST', `/api/cycles/${cycle}/reports/hoalu/submit`, full)).status, 200);
  report = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
  assert.equal(report.status, 'SUBMITTED');

  const reviewer = await browser.newPage();
  await reviewer.context().clearCookies();
  await login(reviewer, 'cspl');
  await openTask(reviewer, 'Xem xét báo cáo của đơn vị');
  await reviewer.getByText('Số lớp tập huấn (Lớp)').waitFor({ timeout: 15000 });
  await reviewer.getByText('Trả lại để sửa').click();
  await reviewer.getByLabel('Ý kiến (cần sửa gì)').fill('Kiểm tra lại số DN nhà nước năm 2019.');
  await shot(reviewer, '13-review-form');
  await complete(reviewer);
  assert.equal((await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body.status, 'RETURNED');

  const returned = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
  assert.equal(returned.reviews.at(-1).comment, 'Kiểm tra lại số DN nhà nước năm 2019.');
  console.log(`cycle ${cycle}: draft, a figure refused with its cell named, refusal, review with return; screenshots in ${SHOTS}`);
} catch (e) {
  console.error(e);
  for (const [i, p] of browser.pages().entries()) {
    await p.screenshot({ path: `${SHOTS}/failure-${i}.png`, timeout: 10000 }).catch(() => {});
  }
  process.exitCode = 1;
} finally {
  await browser.close();
}
