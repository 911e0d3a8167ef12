// The report forms generated for a cycle, in Tasklist as a union officer uses them, and measured:
// - how long the unit's form takes, from opening the task until its last cell shows the saved draft;
// - how long from a keystroke in a cell until that row's total shows the new sum (in the page:
//   from the keydown event to the total's text changing), over many keystrokes;
// - that they read at 1366×768 and 1920×1080 (screenshots), with totals written as 1.234.567;
// for the built-in template (22 indicators × 5 periods, 12 sections), for a cycle of it with 12
// monthly periods, and for the test template of 60 indicators × 10 periods × 30 sections, which the
// application has when started with the test classpath:
//   ./mvnw spring-boot:test-run
// Prints lines starting with "BENCHMARK"; fails when a check fails. CASES=builtin,monthly,large picks some.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, login, api, until, taskId, BASE, SHOTS, screenshotAll } from './browser.mjs';

mkdirSync(SHOTS, { recursive: true });
const KEYSTROKES = Number(process.env.KEYSTROKES ?? 30);

const monthly = Array.from({ length: 12 }, (_, i) => ({ code: `2021T${String(i + 1).padStart(2, '0')}`,
  label: `Tháng ${i + 1}/2021` }));
const cases = [
  { name: 'builtin', body: { units: ['hoalu'] }, unit: 'hoalu', copies: ['I18'] },
  { name: 'monthly', body: { units: ['hoalu'], periods: monthly }, unit: 'hoalu', copies: ['I18'] },
  { name: 'large', body: { template: 'thu-nghiem-60x10', units: ['hoalu'] }, unit: 'hoalu', copies: ['I60'] },
];

const cell = (page, indicator, period) => page.locator(`input[id$="-Cell_${indicator}_p${period}"]`);

async function issuedCycle(body) {
  const created = await api('cspl', 'POST', '/api/cycles', body);
  assert.equal(created.status, 201, `cycle not created: ${JSON.stringify(created.body)}`);
  const cycle = created.body.id;
  await api('cspl', 'POST', `/api/cycles/${cycle}/plan/submit`);
  const approved = await api('thuongtruc', 'POST', `/api/cycles/${cycle}/plan/review`, { decision: 'ACCEPT' });
  assert.ok(approved.status < 300, JSON.stringify(approved.body));
  return cycle;
}

// A whole draft: every figure the unit types (copied rows are the server's) and every section.
async function saveWholeDraft(cycle, unit, copies) {
  const report = (await api(unit, 'GET', `/api/cycles/${cycle}/reports/${unit}`)).body;
  const values = {};
  const codes = Object.keys(report.values).filter((code) => !copies.includes(code));
  codes.forEach((code, i) => {
    values[code] = Object.fromEntries(Object.keys(report.values[code]).map((p) => [p, 1000 + (codes.length - i)]));
  });
  const sections = Object.fromEntries(Object.keys(report.sections).map((s) => [s, `Nội dung mục ${s}.`]));
  const saved = await api(unit, 'PUT', `/api/cycles/${cycle}/reports/${unit}/draft`, { values, sections, explanations: {} });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  return { codes: codes.filter((c) => report.values[c] !== undefined), periods: Object.keys(report.values[codes[0]]),
    values: saved.body.values };
}

// Milliseconds from a keydown in the cell to the row's total showing something else, for each key.
async function keystrokeLatencies(page, indicator, period, keys) {
  const input = cell(page, indicator, period);
  await input.click();
  await input.press('End');
  const latencies = [];
  for (const key of keys) {
    await page.evaluate((selector) => {
      const field = document.querySelector(selector);
      const total = window.totalOf(field);
      window.__typing = { before: total.textContent, down: null, changed: null };
      field.addEventListener('keydown', () => { window.__typing.down = performance.now(); }, { once: true });
      const observer = new MutationObserver(() => {
        if (total.textContent !== window.__typing.before) {
          window.__typing.changed = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(total, { subtree: true, childList: true, characterData: true });
    }, `input[id$="-Cell_${indicator}_p${period}"]`);
    await page.keyboard.press(key);
    const latency = await until('the total to change', () => page.evaluate(() =>
      window.__typing.changed && window.__typing.down ? window.__typing.changed - window.__typing.down : null), 10000);
    latencies.push(latency);
  }
  return latencies;
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

const browser = await launch();
// A cell's row total: it ends the row of the cell (up to 5 periods) or of the row's name, above its cells.
await browser.addInitScript(() => {
  window.totalOf = (field) => {
    let row = field.closest('.fjs-layout-row');
    while (row && !/cộng các kỳ|số của kỳ cuối/.test(row.textContent)) row = row.previousElementSibling;
    return row.lastElementChild;
  };
});
// the pages share the browser's session: one login serves them all
let loggedIn = false;
try {
  for (const c of cases.filter((k) => !process.env.CASES || process.env.CASES.split(',').includes(k.name))) {
    const cycle = await issuedCycle(c.body).catch((e) => {
      if (c.name === 'large') {
        throw new Error('the test template thu-nghiem-60x10 is missing: start the application with '
          + './mvnw spring-boot:test-run (' + e.message + ')');
      }
      throw e;
    });
    const draft = await saveWholeDraft(cycle, c.unit, c.copies);
    const first = draft.codes[0];
    const lastCode = draft.codes[draft.codes.length - 1];
    const lastPeriod = draft.periods[draft.periods.length - 1];
    const id = await taskId(c.unit, 'Lập báo cáo của đơn vị', { processInstanceBusinessKey: `${cycle}/${c.unit}` });
    // the unit's own task, as the unit finds it when it comes back to its draft: the form can be typed in
    const claimed = await api(c.unit, 'POST', `/engine-rest/task/${id}/claim`, { userId: c.unit });
    assert.ok(claimed.status < 300, JSON.stringify(claimed.body));
    for (const [width, height] of [[1366, 768], [1920, 1080]]) {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height });
      // the page that logs in opens the task within the running Tasklist, as a click in its list does;
      // any other page loads Tasklist afresh with the task, and Tasklist's own start counts too
      const afresh = loggedIn;
      if (!loggedIn) {
        await login(page, c.unit);
        loggedIn = true;
      }
      const t0 = Date.now();
      await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${id}`);
      await until('the draft in the last cell', async () =>
        (await cell(page, lastCode, lastPeriod).inputValue().catch(() => '')) === String(draft.values[lastCode][lastPeriod]),
        120000);
      const shown = (Date.now() - t0) / 1000;
      console.log(`BENCHMARK ${c.name} ${width}x${height}: draft of ${draft.codes.length} rows × ${draft.periods.length}`
        + ` periods shown ${shown.toFixed(2)} s after opening the task`
        + (afresh ? ' (a page loaded afresh: Tasklist starts first)' : ' (within the running Tasklist)'));
      // each FEEL text parsed once per page (scripts/report-form-input.js): a Tasklist whose bundle it can no
      // longer find fails here, not silently in the users' typing
      assert.equal(await page.evaluate(() => document.documentElement.dataset.reportFormParse), 'once',
        'report-form-input.js did not find the FEEL and template parsers in Tasklist');
      // claim, so that the cells can be typed in
      const claim = page.getByText('Nhận việc', { exact: true });
      if (await claim.isVisible().catch(() => false)) await claim.click();
      await page.waitForTimeout(1500);
      await page.getByText('Đã lưu nháp lúc').first().waitFor({ timeout: 10000 });
      // the row's total, as Vietnamese write figures
      const totalText = () => cell(page, first, draft.periods[0]).evaluate((field) => window.totalOf(field).textContent);
      const expected = draft.periods.length * draft.values[first][draft.periods[0]];
      await until('the first total', async () => (await totalText()).includes(expected.toLocaleString('de-DE')), 10000);
      await cell(page, first, draft.periods[0]).fill('999999999');
      const nine = 999999999 + (draft.periods.length - 1) * draft.values[first][draft.periods[0]];
      await until(`the total ${nine.toLocaleString('de-DE')}`, async () =>
        (await totalText()).includes(nine.toLocaleString('de-DE')), 5000).catch(async (e) => {
        await page.screenshot({ path: join(SHOTS, `report-form-${c.name}-failed.png`) });
        throw new Error(`${e.message}; the total reads «${await totalText()}»`);
      });
      await screenshotAll(page, join(SHOTS, `report-form-${c.name}-${width}x${height}.png`), { parts: width === 1366 });
      await page.screenshot({ path: join(SHOTS, `report-form-${c.name}-${width}x${height}-top.png`) });
      // nine digits fit whole in a cell
      const fits = await cell(page, first, draft.periods[0]).evaluate((input) => input.scrollWidth <= input.clientWidth);
      assert.ok(fits, 'a figure of nine digits does not fit its cell');
      if (width === 1366) {
        const keys = Array.from({ length: KEYSTROKES }, (_, i) => (i % 2 === 0 ? 'Backspace' : String(i % 10)));
        await cell(page, first, draft.periods[1]).fill('1234');
        const latencies = await keystrokeLatencies(page, first, draft.periods[1], keys);
        console.log(`BENCHMARK ${c.name} keystroke to total: median ${quantile(latencies, 0.5).toFixed(0)} ms, p95 `
          + `${quantile(latencies, 0.95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms over ${keys.length} keys`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
