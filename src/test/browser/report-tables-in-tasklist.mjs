// The read-only table of the review form (cspl) and of the provincial forms (cspl's draft, thuongtruc's
// approval) with figures of nine digits in every cell, at 1366×768 and 1920×1080: every figure and
// period's name whole, totals on one line, no column hidden. Two units submit, so the provincial
// table adds up to ten digits a cell and thirteen a total. Screenshots in $SCREENSHOTS; needs no
// fresh application (it starts a cycle of its own):
//   BASE_URL=http://localhost:8081 SCREENSHOTS=/tmp/shots node report-tables-in-tasklist.mjs
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, login, api, until, taskId, BASE, SHOTS, screenshotAll, tableFit } from './browser.mjs';

mkdirSync(SHOTS, { recursive: true });
const UNITS = ['hoalu', 'giavien'];
// the figures of campaign-in-tasklist.mjs, which agree with each other, scaled up to nine digits
const CONSISTENT_ROW = [2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, null, 30, 25, 20, 1];
const SCALE = 9_999_999;
const TEXT_SECTIONS = ['P1.I.1', 'P1.I.2', 'P1.II.1', 'P1.II.2', 'P1.II.3.1', 'P1.II.3.2', 'P1.II.3.3', 'P1.II.4',
  'P1.II.5', 'P1.II.6', 'P2.I', 'P2.II'];
const texts = (who) => Object.fromEntries(TEXT_SECTIONS.map((s) => [s, `${who}: nội dung mục ${s}.`]));

const ok = (r, what) => assert.ok(r.status < 300, `${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);

const created = await api('cspl', 'POST', '/api/cycles', { units: UNITS });
assert.equal(created.status, 201, JSON.stringify(created.body));
const cycle = created.body.id;
ok(await api('cspl', 'POST', `/api/cycles/${cycle}/plan/submit`), 'plan submitted');
ok(await api('thuongtruc', 'POST', `/api/cycles/${cycle}/plan/review`, { decision: 'ACCEPT' }), 'plan approved');
for (const unit of UNITS) {
  const report = await until(`${unit}'s report`, async () => {
    const r = await api(unit, 'GET', `/api/cycles/${cycle}/reports/${unit}`);
    return r.status === 200 && r.body;
  });
  const periods = Object.keys(report.values.I01);
  const values = {};
  CONSISTENT_ROW.forEach((v, i) => {
    if (v !== null) values[`I${String(i + 1).padStart(2, '0')}`] = Object.fromEntries(periods.map((p) => [p, v * SCALE]));
  });
  await until(`${unit}'s task`, () => taskId(unit, 'Lập báo cáo của đơn vị', { processInstanceBusinessKey: `${cycle}/${unit}` }));
  ok(await api(unit, 'POST', `/api/cycles/${cycle}/reports/${unit}/submit`, { values, sections: texts(unit), explanations: {} }),
    `${unit} submitted`);
}

const browser = await launch();
const failures = [];
// Opens a task as the user at each size, prints what its table measures and keeps what is wrong.
async function check(user, name, query, label) {
  const id = await taskId(user, name, query);
  for (const [width, height] of [[1366, 768], [1920, 1080]]) {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height });
    await page.context().clearCookies();
    await login(page, user);
    await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${id}`);
    await page.locator('.fjs-table tr', { hasText: 'I01. ' }).first().waitFor({ timeout: 120000 });
    await page.waitForTimeout(1500);
    const fit = await tableFit(page);
    console.log(`${label} ${width}x${height}: ${JSON.stringify(fit.summary)}`);
    for (const problem of fit.problems) console.log(`  ${problem}`);
    if (fit.problems.length) failures.push(`${label} ${width}x${height}: ${fit.problems.length} problems`);
    await page.screenshot({ path: join(SHOTS, `table-${label}-${width}x${height}-top.png`) });
    await screenshotAll(page, join(SHOTS, `table-${label}-${width}x${height}.png`), { parts: width === 1366 });
    await page.close();
  }
}

try {
  await check('cspl', 'Xem xét báo cáo của đơn vị', { processInstanceBusinessKey: `${cycle}/${UNITS[0]}` }, 'review');
  for (const unit of UNITS) {
    ok(await api('cspl', 'POST', `/api/cycles/${cycle}/reports/${unit}/review`, { decision: 'ACCEPT' }), `${unit} accepted`);
  }
  const inCycle = { processInstanceId: (await api('cspl', 'GET', `/api/cycles/${cycle}`)).body.processInstanceId };
  // the cut-off of the built-in template's dates has passed: leadership decides first
  const late = await taskId('thuongtruc', 'Quyết định về đơn vị chậm báo cáo', inCycle, 15000).catch(() => null);
  if (late) ok(await api('thuongtruc', 'POST', `/api/cycles/${cycle}/late-units/decision`, { decision: 'CLOSE' }), 'closed');
  await check('cspl', 'Dự thảo báo cáo của tỉnh', inCycle, 'province-draft');
  ok(await api('cspl', 'POST', `/api/cycles/${cycle}/province-report/submit`, { sections: texts('Tỉnh') }), 'provincial report submitted');
  await check('thuongtruc', 'Duyệt báo cáo của tỉnh', inCycle, 'province-approval');
  assert.deepEqual(failures, [], 'the tables read whole');
  console.log(`PASS: the report tables read whole; screenshots in ${SHOTS}`);
} finally {
  await browser.close();
}
