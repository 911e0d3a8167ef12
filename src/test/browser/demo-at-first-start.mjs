// What a newcomer sees at the first start of the embedded default (empty database): the demo cycle in
// mid-course. Run it against an application started on an empty database. Screenshots in $SCREENSHOTS.
import { launch, login, loginAs, api, BASE, SHOTS } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

mkdirSync(SHOTS, { recursive: true });
const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

const demo = (await api('cspl', 'GET', '/api/cycles')).body.find((cycle) => /minh họa/.test(cycle.title));
assert.ok(demo, 'the demo cycle exists (start the application on an empty database)');
const progress = (await api('giamsat', 'GET', `/api/cycles/${demo.id}/progress`)).body;
assert.deepEqual(progress.counts, { NOT_STARTED: 3, DRAFT: 1, SUBMITTED: 1, RETURNED: 1, ACCEPTED: 2 });

async function filter(page, name) {
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
  await page.locator('[cam-tasklist-filters]').getByText(name).first().click();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  return page.locator('.tasks-list li.task');
}

async function openFirst(page, tasks) {
  await tasks.first().waitFor({ timeout: 30000 });
  await tasks.first().click();
  const claim = page.getByText('Nhận việc', { exact: true });
  await claim.or(page.locator('button.unclaim')).first().waitFor({ timeout: 30000 });
  if (await claim.isVisible()) await claim.click();
}

const browser = await launch();
try {
  const page = await browser.newPage();

  // the policy dept.: a unit's report waits for its review
  await login(page, 'cspl');
  const toReview = await filter(page, 'Chờ tôi duyệt');
  await toReview.first().waitFor({ timeout: 30000 });
  assert.match(await toReview.first().innerText(), /Xem xét báo cáo của đơn vị/);
  await shot(page, '01-cspl-cho-toi-duyet');

  // a unit still drafting past its deadline: its task is overdue and opens on its draft
  await loginAs(page, 'cdn-xaydung');
  const overdue = await filter(page, 'Quá hạn');
  await openFirst(page, overdue);
  await page.getByText('Đã lưu nháp lúc').first().waitFor({ timeout: 60000 });
  await shot(page, '02-don-vi-dang-lam-qua-han');

  // a unit whose report was returned reads the comment in its form
  await loginAs(page, 'cdn-yte');
  await openFirst(page, await filter(page, 'Việc của đơn vị'));
  await page.getByText('Đề nghị bổ sung kết quả năm 2025').first().waitFor({ timeout: 60000 });
  await shot(page, '03-don-vi-bi-tra-lai');

  // the supervisor: nothing to work on in Tasklist, the running cycle in Cockpit
  await loginAs(page, 'giamsat');
  assert.equal(await (await filter(page, 'Việc của đơn vị')).count(), 0);
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/dashboard`);
  await page.getByText('Phiên quy trình đang chạy').waitFor({ timeout: 30000 });
  const timers = page.locator('section.timers-by-unit').first();
  await timers.getByText('Công đoàn các Khu công nghiệp tỉnh Ninh Bình').first().waitFor({ timeout: 30000 });
  await timers.scrollIntoViewIfNeeded();
  await shot(page, '04-giamsat-cockpit-hen-gio');

  // the progress page, linked from Cockpit: overdue units first, the counts, the rates by day
  const [progressPage] = await Promise.all([page.context().waitForEvent('page'), timers.getByText('Xem tiến độ').click()]);
  await progressPage.waitForFunction(() => document.documentElement.dataset.progress === 'shown', null, { timeout: 30000 });
  const firstRow = progressPage.locator('#units tbody tr').first();
  assert.equal(await firstRow.getAttribute('class'), 'overdue', 'overdue units first');
  assert.match(await progressPage.locator('#counts').innerText(), /4\s*\n?\s*quá hạn, chưa nộp/);
  assert.ok(await progressPage.evaluate(() => Chart.getChart('rates').data.datasets[0].data.length >= 20), 'a point a day since the plan was issued');
  await progressPage.screenshot({ path: `${SHOTS}/05-tien-do.png`, fullPage: true });
  console.log(`demo cycle ${demo.id}: review waiting, a unit drafting overdue, a returned report, Cockpit`);
} finally {
  await browser.close();
}
