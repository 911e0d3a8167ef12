// Last cycle's figures beside the new ones, in Tasklist: a first cycle (the seed's 2016-2020) is run to
// acceptance for a unit and three others that then merge into one; a second cycle (2022-2026) shows the
// unit its accepted figures of «Tính đến 30/6/2020» in a read-only «Kỳ trước» column, the merged unit
// the sum of its three predecessors, said as such, and the reviewer the same column in the table.
// Makes its own units and people (as quantri and admin); screenshots in $SCREENSHOTS:
//   BASE_URL=http://localhost:8095 SCREENSHOTS=/tmp/shots VIEWPORT=1366x768 node earlier-figures-in-tasklist.mjs
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, login, loginAs, api, until, taskId, openTask, screenshotAll, tableFit, BASE, SHOTS } from './browser.mjs';

mkdirSync(SHOTS, { recursive: true });
const ok = (r, what) => assert.ok(r.status < 300, `${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);

const S = String(Date.now() % 100000);
const SAME = `kcn-giankhau-${S}`;
const THREE = [`kcn-khanhphu-${S}`, `kcn-tamdiep-${S}`, `kcn-phucson-${S}`];
const MERGED = `kcn-phianam-${S}`;
const NAMES = {
  [SAME]: 'Công đoàn Khu công nghiệp Gián Khẩu',
  [THREE[0]]: 'Công đoàn Khu công nghiệp Khánh Phú',
  [THREE[1]]: 'Công đoàn Khu công nghiệp Tam Điệp',
  [THREE[2]]: 'Công đoàn Khu công nghiệp Phúc Sơn',
};
const CONSISTENT_ROW = [2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, null, 30, 25, 20, 1];
const TEXT_SECTIONS = ['P1.I.1', 'P1.I.2', 'P1.II.1', 'P1.II.2', 'P1.II.3.1', 'P1.II.3.2', 'P1.II.3.3', 'P1.II.4',
  'P1.II.5', 'P1.II.6', 'P2.I', 'P2.II'];
const texts = (who) => Object.fromEntries(TEXT_SECTIONS.map((s) => [s, `${who}: nội dung mục ${s}.`]));
const values = (periods, factor) => Object.fromEntries(CONSISTENT_ROW.flatMap((v, i) => v === null ? []
  : [[`I${String(i + 1).padStart(2, '0')}`, Object.fromEntries(periods.map((p) => [p, v * factor]))]]));
const SEED_PERIODS = ['2016', '2017', '2018', '2019', '2020H1'];
const YEARS = ['2022', '2023', '2024', '2025', '2026'];

// a unit's person, in the unit's group, as the administrator makes one in Camunda Admin
async function person(code) {
  ok(await api('admin', 'POST', '/engine-rest/user/create', { profile: { id: code, firstName: 'Cán bộ', lastName: code,
    email: `${code}@example.org` }, credentials: { password: 'demo' } }), `user ${code}`);
  ok(await api('admin', 'PUT', `/engine-rest/group/${code}/members/${code}`), `${code} in its group`);
}

for (const code of [SAME, ...THREE]) {
  ok(await api('quantri', 'POST', '/api/units', { code, name: NAMES[code], kind: 'ZONE', parent: 'ldld-ninhbinh',
    validFrom: '2000-01-01' }), `unit ${code}`);
  await person(code);
}

const first = (await api('cspl', 'POST', '/api/cycles', { units: [SAME, ...THREE] })).body.id;
ok(await api('cspl', 'POST', `/api/cycles/${first}/plan/submit`), 'first plan submitted');
ok(await api('thuongtruc', 'POST', `/api/cycles/${first}/plan/review`, { decision: 'ACCEPT' }), 'first plan approved');
for (const [unit, factor] of [[SAME, 1], [THREE[0], 20], [THREE[1], 30], [THREE[2], 40]]) {
  await until(`${unit}'s task`, () => taskId(unit, 'Lập báo cáo', { processInstanceBusinessKey: `${first}/${unit}` }));
  const report = values(SEED_PERIODS, factor);
  if (unit === SAME) report.I03['2020H1'] = 201;
  ok(await api(unit, 'POST', `/api/cycles/${first}/reports/${unit}/submit`, { values: report, sections: texts(unit),
    explanations: {} }), `${unit} submitted`);
  await until(`${unit}'s review`, () => taskId('cspl', 'Xem xét', { processInstanceBusinessKey: `${first}/${unit}` }));
  ok(await api('cspl', 'POST', `/api/cycles/${first}/reports/${unit}/review`, { decision: 'ACCEPT' }), `${unit} accepted`);
}

ok(await api('quantri', 'POST', '/api/units/reorganisations', { units: THREE, validTo: '2025-06-30',
  successor: { code: MERGED, name: 'Công đoàn các Khu công nghiệp phía Nam', kind: 'ZONE', parent: 'ldld-ninhbinh' } }),
'three units merged');
await person(MERGED);

const created = await api('cspl', 'POST', '/api/cycles', { units: [SAME, MERGED], planNumber: '31/KH-LĐLĐ',
  planDate: '2027-01-11', title: 'Sơ kết thực hiện Nghị quyết số 02/NQ-ĐCT, giai đoạn 2022-2026',
  periods: YEARS.map((y) => ({ code: y, label: `Năm ${y}` })),
  deadlines: { unitReview: '2027-02-15', unitReport: '2027-02-20', provinceReview: '2027-03-10', submission: '2027-03-15' },
  cutOff: '2027-02-27' });
assert.equal(created.status, 201, JSON.stringify(created.body));
const second = created.body.id;
ok(await api('cspl', 'POST', `/api/cycles/${second}/plan/submit`), 'second plan submitted');
ok(await api('thuongtruc', 'POST', `/api/cycles/${second}/plan/review`, { decision: 'ACCEPT' }), 'second plan approved');
const sameTask = await taskId(SAME, 'Lập báo cáo', { processInstanceBusinessKey: `${second}/${SAME}` });
const mergedTask = await taskId(MERGED, 'Lập báo cáo', { processInstanceBusinessKey: `${second}/${MERGED}` });
const earlier = (await api(SAME, 'GET', `/api/cycles/${second}/reports/${SAME}`)).body.earlier;
assert.equal(earlier.cycle, first);
assert.equal(earlier.values.I02['2020H1'], 50);
const mergedEarlier = (await api(MERGED, 'GET', `/api/cycles/${second}/reports/${MERGED}`)).body.earlier;
assert.equal(mergedEarlier.values.I05['2020H1'], 9000);

const browser = await launch();
const page = browser.pages()[0] ?? await browser.newPage();
const problems = [];

// the unit's form: the «Kỳ trước» column before the years, its caption, figures of the first cycle
await login(page, SAME);
await openTask(page, 'Lập báo cáo', { id: sameTask, ready: (p) => p.getByText('Cột «Kỳ trước»:').first() });
await page.getByText('Tính đến 30/6/2020').first().waitFor({ timeout: 60000 });
const sameText = await page.locator('.fjs-container').innerText();
for (const expected of ['Kỳ trước', 'Số liệu đã được chấp nhận của đơn vị trong đợt báo cáo số ' + first,
  'Chỉ để đối chiếu, không sửa được.']) {
  if (!sameText.includes(expected)) problems.push(`unit form lacks «${expected}»`);
}
// the earlier figure of I02 sits in I02's line, left of its first year's cell, and is no input
const line = await page.evaluate(() => {
  const cell = document.querySelector('[id$="-Cell_I02_p2022"]');
  const row = cell && cell.closest('.fjs-layout-row');
  if (!row) return null;
  const columns = [...row.querySelectorAll(':scope > .fjs-layout-column')];
  return { texts: columns.map((c) => c.innerText.trim()), inputs: row.querySelectorAll('input').length,
    widths: columns.map((c) => Math.round(c.getBoundingClientRect().width)),
    tops: columns.map((c) => Math.round(c.getBoundingClientRect().top)) };
});
console.log('I02 line:', JSON.stringify(line));
if (!line || line.texts[1] !== '50') problems.push(`I02's earlier figure is not 50 beside the name: ${JSON.stringify(line)}`);
if (line && line.inputs !== 5) problems.push(`I02's line has ${line.inputs} inputs, not the five years`);
if (line && new Set(line.tops).size !== 1) problems.push(`I02's line wraps: ${JSON.stringify(line.tops)}`);
const top = (text) => page.getByText(text).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
await top('Cột «Kỳ trước»:');
await page.waitForTimeout(1000);
await page.screenshot({ path: join(SHOTS, 'earlier-unit-form.png') });
await screenshotAll(page, join(SHOTS, 'earlier-unit-form-all.png'));

// the merged unit: the sum of its three predecessors, said as such
await loginAs(page, MERGED);
await openTask(page, 'Lập báo cáo', { id: mergedTask, ready: (p) => p.getByText('Cột «Kỳ trước»:').first() });
const mergedText = await page.locator('.fjs-container').innerText();
if (!mergedText.includes('Tổng số liệu đã được chấp nhận của 3 đơn vị tiền thân: «Công đoàn Khu công nghiệp Khánh Phú», '
  + '«Công đoàn Khu công nghiệp Tam Điệp», «Công đoàn Khu công nghiệp Phúc Sơn»')) {
  problems.push('the merged unit\'s form does not say whose sum it shows');
}
if (!mergedText.includes('9.000')) problems.push('the merged unit\'s form lacks the sum 9.000 of I05');
await top('Cột «Kỳ trước»:');
await page.waitForTimeout(1000);
await page.screenshot({ path: join(SHOTS, 'earlier-merged-form.png') });

// the unit submits with V12 explained; the reviewer's table has the «Kỳ trước» column
const report = values(YEARS, 1);
report.I02 = Object.fromEntries(YEARS.map((y) => [y, 151]));
const refused = await api(SAME, 'POST', `/api/cycles/${second}/reports/${SAME}/submit`, { values: report,
  sections: texts(SAME), explanations: {} });
assert.equal(refused.status, 422);
console.log('V12:', refused.body.violations.map((v) => v.message).join(' | '));
ok(await api(SAME, 'POST', `/api/cycles/${second}/reports/${SAME}/submit`, { values: report, sections: texts(SAME),
  explanations: { V12: 'Năm 2022 tập huấn trực tuyến toàn khu; ba doanh nghiệp giải thể.' } }), 'submitted with V12 explained');
const reviewTask = await taskId('cspl', 'Xem xét', { processInstanceBusinessKey: `${second}/${SAME}` });
await loginAs(page, 'cspl');
await openTask(page, 'Xem xét', { id: reviewTask, ready: (p) => p.locator('.fjs-table tr', { hasText: 'I01. ' }).first() });
const headers = await page.locator('.fjs-table th').allInnerTexts();
console.log('review table headers:', JSON.stringify(headers));
if (headers[1]?.replace(/\s+/g, ' ').trim() !== 'Kỳ trước: Tính đến 30/6/2020') problems.push(`review table headers ${headers}`);
const i02 = await page.locator('.fjs-table tr', { hasText: 'I02. ' }).first().locator('td').allInnerTexts();
if (i02[1] !== '50' || i02[2] !== '151') problems.push(`review table I02 row ${JSON.stringify(i02)}`);
const fit = await tableFit(page);
console.log('review table fit:', JSON.stringify(fit.summary));
fit.problems.forEach((p) => problems.push(`review table: ${p}`));
await page.locator('.fjs-table').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
await page.waitForTimeout(800);
await page.screenshot({ path: join(SHOTS, 'earlier-review-table.png') });
await top('Cảnh báo về số liệu');
await page.waitForTimeout(800);
await page.screenshot({ path: join(SHOTS, 'earlier-review-warnings.png') });

await browser.close();
console.log(`cycles ${first} and ${second} at ${BASE}; screenshots in ${SHOTS}`);
assert.deepEqual(problems, []);
console.log('earlier figures in Tasklist: all good');
