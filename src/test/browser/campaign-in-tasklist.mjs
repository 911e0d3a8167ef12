// One whole cycle in Tasklist as the demo users, with a full-page screenshot of every form in $SCREENSHOTS:
// start form (two units), plan drafted and approved; the cut-off of the 2020 defaults has passed, so
// leadership gets the late-units task at once; hoalu submits from its form (a complete draft saved
// through the API first), cspl accepts it; leadership first tries to extend to a past date (refused,
// in Vietnamese), then closes: cdn-yte becomes missing; cspl drafts and submits the provincial report,
// leadership approves it, cspl records the submission to the national federation. Checked through the
// API at the end. Run it against a fresh application (demo data only):
//   BASE_URL=http://localhost:8081 SCREENSHOTS=/tmp/shots node campaign-in-tasklist.mjs
import { launch, login, loginAs, openTask, completeTask, taskId, screenshotAll, tableFit, tickUnits, api, until, SHOTS } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

mkdirSync(SHOTS, { recursive: true });
const shots = [];
const shot = async (page, name) => shots.push(...await screenshotAll(page, `${SHOTS}/${name}.png`));
const step = (text) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${text}`);
// a figure's cell of the unit form: Cell_<indicator>_p<period>
const cell = (page, indicator, period) => page.locator(`[id$="-Cell_${indicator}_p${period}"]`);
// the read-only table of the review and provincial forms, and the texts of one of its rows
const table = (page) => page.locator('.fjs-table');
const tableRow = (page, indicator) => table(page).locator('tr', { hasText: `${indicator}. ` }).first()
  .locator('td').allInnerTexts().then((texts) => texts.map((t) => t.trim()));
// the section texts, and the province's units' texts under each
const sectionAreas = (page) => page.locator('textarea[id*="-Field_Section_s"]');
const unitTextAreas = (page) => page.locator('textarea[id*="-Field_UnitTexts_s"]');
// Tasklist's notifications (success and errors) at the top of the page
const notification = (page, text) => page.locator('.notifications, .notification, [notifications]').getByText(text).first();

const UNITS = ['hoalu', 'cdn-yte'];
const [SUBMITTER, MISSING] = UNITS;

// A complete unit report whose figures agree with each other (as ReportBodies.complete() in the Java tests).
const CONSISTENT_ROW = [2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, null, 30, 25, 20, 1];
const TEXT_SECTIONS = ['P1.I.1', 'P1.I.2', 'P1.II.1', 'P1.II.2', 'P1.II.3.1', 'P1.II.3.2', 'P1.II.3.3', 'P1.II.4',
  'P1.II.5', 'P1.II.6', 'P2.I', 'P2.II'];
function completeReport(periods) {
  const body = { values: {}, sections: {}, explanations: {} };
  CONSISTENT_ROW.forEach((v, i) => {
    if (v !== null) body.values[`I${String(i + 1).padStart(2, '0')}`] = Object.fromEntries(periods.map((p) => [p, v]));
  });
  for (const s of TEXT_SECTIONS) body.sections[s] = `Huyện Hoa Lư: nội dung mục ${s}.`;
  return body;
}

// Tasklist's start dialog may take the first click after typing as a blur: click until it submits.
async function startProcess(page) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const submitted = page.waitForResponse((r) => r.url().includes('/submit-form'), { timeout: 5000 }).catch(() => null);
    await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
    const response = await submitted;
    if (response) return response;
  }
  throw new Error('the start form was not submitted');
}

// A form-js date field (flatpickr, shown as dd/mm/yyyy here): types the date and leaves the field.
async function typeDate(page, label, ddmmyyyy) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
  await page.keyboard.press('Escape');
  await page.locator('h4, .form-js-text, .fjs-form-field-text').first().click().catch(() => {});
}

// the unit form is ready when its first cell shows; the others when their table does
let firstPeriod;
const gridReady = (page) => cell(page, 'I01', firstPeriod);
const tableReady = (page) => table(page).locator('tr', { hasText: 'I01. ' }).first();
const open = async (page, name, options) => {
  const t = Date.now();
  await openTask(page, name, options);
  step(`«${name}» open and claimed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
};
// the report grids (a few hundred fields) keep the page busy long after they show: time how long
const busy = async (page, what) => {
  const t = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  step(`${what}: page busy ${((Date.now() - t) / 1000).toFixed(1)} s after the form showed`);
};

const cyclesBefore = new Set((await api('cspl', 'GET', '/api/cycles')).body.map((c) => c.id));
const browser = await launch();
browser.setDefaultTimeout(240000);
let cycle;
try {
  let page = await browser.newPage();
  // each user in a fresh page: a page that held a report grid stays slow (and may freeze) afterwards
  const as = async (user) => {
    await page.close();
    page = await browser.newPage();
    await loginAs(page, user);
  };

  // 1. cspl starts the cycle from Tasklist's "Start process" with its start form
  step('cspl: start form');
  await login(page, 'cspl');
  await page.getByText('Bắt đầu quy trình').click();
  await page.locator('.modal').getByText('Đợt báo cáo sơ kết').click();
  await page.getByLabel('Số kế hoạch').waitFor({ timeout: 30000 });
  await page.waitForTimeout(1000);
  await shot(page, '01-start-form');
  await tickUnits(page, UNITS);
  await shot(page, '02-start-form-filled');
  const started = await startProcess(page);
  assert.ok(started.ok(), `start form submitted: HTTP ${started.status()} ${await started.text()}`);
  const created = await until('the new cycle', async () =>
    (await api('cspl', 'GET', '/api/cycles')).body.find((c) => !cyclesBefore.has(c.id)));
  cycle = (await api('cspl', 'GET', `/api/cycles/${created.id}`)).body;
  assert.ok(cycle.processInstanceId, 'the cycle runs in a process instance');
  assert.deepEqual([...cycle.units].sort(), [...UNITS].sort());
  step(`cycle ${cycle.id} started (${cycle.planNumber})`);

  // 2. plan drafted by cspl, approved by thuongtruc
  const inCycle = { processInstanceId: cycle.processInstanceId };
  const ofUnit = (unit) => ({ processInstanceBusinessKey: `${cycle.id}/${unit}` });
  await open(page, 'Dự thảo kế hoạch', { id: await taskId('cspl', 'Dự thảo kế hoạch', inCycle),
    ready: page.getByText(`Kế hoạch số ${cycle.planNumber}`) });
  await page.waitForTimeout(1000);
  await shot(page, '03-draft-plan');
  assert.equal(await completeTask(page), 204);

  step('thuongtruc: approve the plan');
  await as('thuongtruc');
  await open(page, 'Duyệt kế hoạch', { id: await taskId('thuongtruc', 'Duyệt kế hoạch', inCycle),
    ready: page.getByRole('radio', { name: 'Duyệt, ban hành kế hoạch' }) });
  await page.getByRole('radio', { name: 'Duyệt, ban hành kế hoạch' }).check();
  await shot(page, '04-approve-plan');
  assert.equal(await completeTask(page), 204);
  const afterPlan = await until('the plan issued and the cut-off passed', async () => {
    const p = (await api('giamsat', 'GET', `/api/cycles/${cycle.id}/progress`)).body;
    return p.stage === 'LATE_UNITS_DECISION' && p;
  });
  assert.equal(afterPlan.units.length, UNITS.length);

  // 3. hoalu: a complete draft through the API, then the form, one text changed, submitted
  step('hoalu: unit report');
  const cycleView = (await api('cspl', 'GET', `/api/cycles/${cycle.id}`)).body;
  const periods = (cycleView.periods ?? []).map((p) => p.code);
  assert.ok(periods.length > 0, `the cycle names its periods: ${JSON.stringify(cycleView).slice(0, 300)}`);
  firstPeriod = periods[0];
  const draft = await api(SUBMITTER, 'PUT', `/api/cycles/${cycle.id}/reports/${SUBMITTER}/draft`, completeReport(periods));
  assert.ok(draft.status < 300, `draft saved: ${draft.status} ${JSON.stringify(draft.body)}`);
  await as(SUBMITTER);
  step('hoalu: logged in, draft saved');
  await open(page, 'Lập báo cáo của đơn vị', { id: await taskId(SUBMITTER, 'Lập báo cáo của đơn vị', ofUnit(SUBMITTER)),
    ready: gridReady, settle: 4000, timeout: 240000 });
  await busy(page, 'unit report form');
  step('hoalu: form open');
  assert.equal(await cell(page, 'I01', firstPeriod).inputValue(), '2', 'the API draft comes back in the form');
  assert.match(await sectionAreas(page).first().inputValue(), /Huyện Hoa Lư/);
  await sectionAreas(page).first().fill('Huyện Hoa Lư: cấp ủy quan tâm, doanh nghiệp hợp tác (gõ trong Tasklist).');
  await page.getByRole('radio', { name: 'Nộp báo cáo' }).check();
  await shot(page, '05-unit-report-filled');
  assert.equal(await completeTask(page, { wait: 3000 }), 204);
  let report = (await api(SUBMITTER, 'GET', `/api/cycles/${cycle.id}/reports/${SUBMITTER}`)).body;
  assert.equal(report.status, 'SUBMITTED', `hoalu's report: ${JSON.stringify(report).slice(0, 500)}`);
  assert.equal(report.sections['P1.I.1'], 'Huyện Hoa Lư: cấp ủy quan tâm, doanh nghiệp hợp tác (gõ trong Tasklist).');

  // 4. cspl reviews and accepts
  step('cspl: review hoalu');
  await as('cspl');
  await open(page, 'Xem xét báo cáo của đơn vị', { id: await taskId('cspl', 'Xem xét báo cáo của đơn vị', ofUnit(SUBMITTER)),
    ready: tableReady, settle: 4000, timeout: 240000 });
  await busy(page, 'review form');
  const fit = async (what) => {
    const measured = await tableFit(page);
    step(`${what} table: ${JSON.stringify(measured.summary)}`);
    assert.deepEqual(measured.problems, [], `the ${what} table reads whole`);
  };
  await fit('review');
  // the reviewer reaches the cycle's progress from the form
  const progressLink = page.getByRole('link', { name: /Xem tiến độ của đợt/ });
  assert.equal(await progressLink.getAttribute('href'), `/tien-do.html?dot=${cycle.id}`);
  const [progressPage] = await Promise.all([page.context().waitForEvent('page'), progressLink.click()]);
  await progressPage.getByText('Đơn vị', { exact: false }).first().waitFor({ timeout: 30000 });
  await progressPage.waitForTimeout(1500);
  await shot(progressPage, '06a-progress-from-review');
  await progressPage.close();
  // label, one figure a period, the total (I01 adds its periods)
  assert.deepEqual((await tableRow(page, 'I01')).slice(1), [...periods.map(() => '2'), String(2 * periods.length)],
    'the table shows hoalu\'s figures');
  await page.getByRole('radio', { name: 'Chấp nhận báo cáo' }).check();
  await shot(page, '06-review-report');
  assert.equal(await completeTask(page, { wait: 3000 }), 204);
  report = await until('hoalu accepted', async () => {
    const r = (await api(SUBMITTER, 'GET', `/api/cycles/${cycle.id}/reports/${SUBMITTER}`)).body;
    return r.status === 'ACCEPTED' && r;
  });

  // 5. thuongtruc: late units; an extension to a past date is refused, then the books are closed
  step('thuongtruc: late units');
  await as('thuongtruc');
  const closeBooks = page.getByRole('radio', { name: /^Khóa sổ/ });
  await open(page, 'Quyết định về đơn vị chậm báo cáo', {
    id: await taskId('thuongtruc', 'Quyết định về đơn vị chậm báo cáo', inCycle), ready: closeBooks });
  await shot(page, '07-late-units');
  await page.getByRole('radio', { name: 'Gia hạn cho các đơn vị chưa nộp' }).check();
  await typeDate(page, /^Gia hạn đến hết ngày/, '30/08/2020');
  await shot(page, '08-late-units-extend-past');
  const refusedStatus = await completeTask(page, { wait: 2000 });
  assert.notEqual(refusedStatus, 204, 'an extension into the past is refused');
  const refusal = notification(page, /đã qua|Chưa ghi được quyết định/);
  await refusal.waitFor({ timeout: 15000 });
  const refusalText = await refusal.innerText();
  step(`refusal (HTTP ${refusedStatus}) shown: ${refusalText.replace(/\s+/g, ' ')}`);
  assert.ok(!refusalText.includes('ENGINE-'), `the refusal reads as the Vietnamese message alone: ${refusalText}`);
  assert.match(refusalText, /«2020-08-30».*đã qua: phải sau thời điểm hiện tại/s);
  await shot(page, '09-late-units-extend-refused');
  // on a low screen the notification lies over the Complete button
  const closeNotice = page.locator('.alert-danger button.close:visible').first();
  await closeNotice.click({ timeout: 5000 });
  await closeNotice.waitFor({ state: 'hidden', timeout: 5000 });
  await closeBooks.check();
  await shot(page, '10-late-units-close');
  assert.equal(await completeTask(page, { wait: 3000 }), 204);
  await until('missing unit', async () => {
    const progress = (await api('giamsat', 'GET', `/api/cycles/${cycle.id}/progress`)).body;
    return progress.units.find((u) => u.unit === MISSING)?.status === 'MISSING';
  });

  // 6. cspl drafts the provincial report and submits it to leadership
  step('cspl: provincial report');
  await as('cspl');
  await open(page, 'Dự thảo báo cáo của tỉnh', { id: await taskId('cspl', 'Dự thảo báo cáo của tỉnh', inCycle),
    ready: tableReady, settle: 4000, timeout: 240000 });
  await busy(page, 'provincial report form');
  await fit('provincial report');
  assert.deepEqual((await tableRow(page, 'I01')).slice(1), [...periods.map(() => '2'), String(2 * periods.length)],
    'the aggregate holds hoalu\'s figures');
  assert.equal(await table(page).locator('input, textarea, select').count(), 0, 'the aggregate table is read-only');
  assert.match(await unitTextAreas(page).first().inputValue(), /Hoa Lư/, 'unit texts under each section');
  await shot(page, '11-province-report-opened');
  const sections = sectionAreas(page);
  let filled = 0;
  for (let i = 0; i < await sections.count(); i++) {
    const area = sections.nth(i);
    if (!(await area.isVisible())) continue;
    await area.fill(`Tỉnh Ninh Bình: nội dung tổng hợp mục ${i + 1}.`);
    filled++;
  }
  assert.equal(filled, TEXT_SECTIONS.length, 'one text area per outline section');
  // every warning rule has its box for the national federation, saying what the sums raise under it
  const explanationBoxes = page.locator('textarea[id*="-Field_Explanation_"]');
  for (let i = 0; i < await explanationBoxes.count(); i++) {
    assert.ok(await explanationBoxes.nth(i).isVisible(), `explanation box ${i + 1} shown`);
  }
  assert.ok(await explanationBoxes.count() >= 1, 'explanation boxes on the provincial report');
  await page.getByText('Giải trình gửi Tổng Liên đoàn').first().waitFor();
  await page.getByLabel(/^Giải trình của tỉnh \(quy tắc V05\)/).fill('Tỉnh giải trình: một hợp tác xã tính hai lần.');
  await page.getByRole('radio', { name: 'Trình Thường trực duyệt' }).check();
  await shot(page, '12-province-report-filled');
  assert.equal(await completeTask(page, { wait: 3000 }), 204);

  // 7. thuongtruc approves it
  step('thuongtruc: approve the provincial report');
  await as('thuongtruc');
  await open(page, 'Duyệt báo cáo của tỉnh', { id: await taskId('thuongtruc', 'Duyệt báo cáo của tỉnh', inCycle),
    ready: tableReady, settle: 4000, timeout: 240000 });
  await busy(page, 'provincial approval form');
  await fit('provincial approval');
  assert.deepEqual((await tableRow(page, 'I01')).slice(1), [...periods.map(() => '2'), String(2 * periods.length)]);
  assert.match(await sectionAreas(page).first().inputValue(), /Tỉnh Ninh Bình/);
  await page.getByText('Quy tắc V05: Tỉnh giải trình: một hợp tác xã tính hai lần.').waitFor();
  await shot(page, '13-approve-province-report');
  await page.getByRole('radio', { name: 'Duyệt báo cáo' }).check();
  await shot(page, '14-approve-province-report-accept');
  assert.equal(await completeTask(page, { wait: 3000 }), 204);

  // 8. cspl records the submission to the national federation
  step('cspl: submission');
  await as('cspl');
  await open(page, 'Gửi báo cáo về Tổng Liên đoàn', { id: await taskId('cspl', 'Gửi báo cáo về Tổng Liên đoàn', inCycle),
    ready: page.getByLabel(/^Số văn bản/) });
  const address = await page.getByLabel(/^Địa chỉ thư điện tử/).inputValue();
  await shot(page, '15-submission-opened');
  assert.ok(address.includes('@'), `the national address is prefilled: «${address}»`);
  await page.getByLabel(/^Số văn bản/).fill('95/BC-LĐLĐ');
  await typeDate(page, 'Ngày gửi', '15/09/2020');
  await page.getByLabel('Người gửi').fill('Nguyễn Văn A, Ban CSPL & QHLĐ');
  await shot(page, '16-submission-filled');
  assert.equal(await completeTask(page, { wait: 3000 }), 204);

  // 9. through the API
  step('API checks');
  const progress = await until('stage CLOSED', async () => {
    const p = (await api('giamsat', 'GET', `/api/cycles/${cycle.id}/progress`)).body;
    return p.stage === 'CLOSED' && p;
  });
  assert.equal(progress.units.find((u) => u.unit === SUBMITTER).status, 'ACCEPTED');
  assert.equal(progress.units.find((u) => u.unit === MISSING).status, 'MISSING');
  const aggregate = await api('giamsat', 'GET', `/api/cycles/${cycle.id}/aggregate`);
  assert.equal(aggregate.status, 200, JSON.stringify(aggregate.body));
  assert.deepEqual(aggregate.body.missingUnits.map((u) => u.unit), [MISSING], 'the aggregate lists the missing unit');
  assert.deepEqual(aggregate.body.acceptedUnits.map((u) => u.unit), [SUBMITTER]);
  assert.equal(aggregate.body.rows.find((r) => r.indicator === 'I01').values[periods[0]], 2);
  const final = (await api('cspl', 'GET', `/api/cycles/${cycle.id}`)).body;
  console.log(`cycle ${cycle.id}: stage ${progress.stage}; aggregate missing: ${JSON.stringify(aggregate.body.missingUnits)}; cycle: ${JSON.stringify(final).slice(0, 400)}`);
  console.log(`PASS: whole cycle in Tasklist; screenshots:\n${shots.join('\n')}`);
} catch (e) {
  console.error(e);
  for (const [i, p] of browser.pages().entries()) {
    await p.screenshot({ path: `${SHOTS}/failure-${i}.png`, fullPage: true, timeout: 20000 }).catch(() => {});
  }
  console.error(`screenshots so far:\n${shots.join('\n')}\nfailure: ${SHOTS}/failure-*.png`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
