// How long the unit's report form takes in Tasklist, from opening the task until its last cell
// shows the saved draft (a benchmark to rerun against a running application; prints one line).
import { launch, login, api, until, taskId, BASE } from './browser.mjs';
const cycle = (await api('cspl', 'POST', '/api/cycles', { units: ['hoalu'] })).body.id;
await api('cspl', 'POST', `/api/cycles/${cycle}/plan/submit`);
await api('thuongtruc', 'POST', `/api/cycles/${cycle}/plan/review`, { decision: 'ACCEPT' });
const id = await taskId('hoalu', 'Lập báo cáo của đơn vị', { processInstanceBusinessKey: `${cycle}/hoalu` });
const values = {};
[2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, null, 30, 25, 20, 1].forEach((v, i) => {
  if (v !== null) values[`I${String(i + 1).padStart(2, '0')}`] = Object.fromEntries(['2016', '2017', '2018', '2019', '2020H1'].map((p) => [p, v]));
});
await api('hoalu', 'PUT', `/api/cycles/${cycle}/reports/hoalu/draft`, { values, sections: {}, explanations: {} });
const browser = await launch();
const page = await browser.newPage();
await login(page, 'hoalu');
const t0 = Date.now();
await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${id}`);
await page.getByText('tải bảng về để điền').waitFor({ timeout: 300000 });
const t1 = Date.now();
await until('values', async () => (await page.locator('[id$="-Field_v_r22_p5"]').inputValue().catch(() => '')) === '1', 600000);
const t2 = Date.now();
console.log(`BENCHMARK unit form: text after ${(t1 - t0) / 1000} s, last field filled after ${(t2 - t0) / 1000} s`);
await browser.close();
