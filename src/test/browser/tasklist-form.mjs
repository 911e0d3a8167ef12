// Starts a campaign as cspl over the REST API, opens its first task in Tasklist and checks that
// the Camunda Form renders with its Vietnamese labels; the screenshot is written to $SCREENSHOTS.
import { launch, login, BASE, SHOTS } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const auth = 'Basic ' + Buffer.from('cspl:demo').toString('base64');
const started = await fetch(`${BASE}/engine-rest/process-definition/key/campaign/start`, {
  method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/json' }, body: '{}',
});
const startedBody = await started.text();
assert.equal(started.status, 200, `start: ${started.status} ${startedBody}`);
const instance = JSON.parse(startedBody);
const tasks = await (await fetch(`${BASE}/engine-rest/task?processInstanceId=${instance.id}`,
  { headers: { Authorization: auth } })).json();
assert.equal(tasks.length, 1);

mkdirSync(SHOTS, { recursive: true });
const browser = await launch();
try {
  const page = await browser.newPage();
  await login(page, 'cspl');
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${tasks[0].id}`);
  await page.getByText('Dự thảo kế hoạch').first().waitFor({ timeout: 30000 });
  await page.getByLabel('Số kế hoạch').waitFor({ timeout: 30000 });
  await page.getByText('Ngày kế hoạch').waitFor();
  await page.getByText('Ghi chú').waitFor();
  const shot = `${SHOTS}/tasklist-draft-plan.png`;
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`form rendered; screenshot: ${shot}`);
} finally {
  await browser.close();
}
