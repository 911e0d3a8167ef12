// A cycle started from Tasklist's "Start process" with its start form (a refused start first),
// then the plan drafted by cspl and returned, then approved by thuongtruc. Screenshots in $SCREENSHOTS.
import { launch, login, BASE, SHOTS } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

mkdirSync(SHOTS, { recursive: true });
const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
const auth = (user) => ({ Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64') });

async function openStartForm(page) {
  await page.getByText('Bắt đầu quy trình').click();
  await page.locator('.modal').getByText('Đợt báo cáo sơ kết').click();
  await page.getByLabel('Số kế hoạch').waitFor({ timeout: 30000 });
}

// Tasklist's start dialog may take the first click after typing as a blur: click until it submits.
async function startProcess(page) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const submitted = page.waitForResponse(r => r.url().includes('/submit-form'), { timeout: 3000 }).catch(() => null);
    await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
    if (await submitted) return;
  }
  throw new Error('the start form was not submitted');
}

async function openTask(page, name) {
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
  await page.locator('.tasks-list').getByText(name).first().click();
  const claim = page.getByText('Nhận việc', { exact: true });
  await claim.waitFor({ timeout: 15000 });
  await claim.click();
  await page.waitForTimeout(1000);
}

async function completeTask(page) {
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  await page.waitForTimeout(1500);
}

const cyclesBefore = (await (await fetch(`${BASE}/api/cycles`, { headers: auth('cspl') })).json()).length;
const browser = await launch();
try {
  const page = await browser.newPage();
  await login(page, 'cspl');

  await openStartForm(page);
  await page.getByLabel('Đơn vị tham gia').fill('hoalu, khongco');
  await shot(page, '01-start-form');
  await startProcess(page);
  const refusal = page.getByText('Không khởi tạo được đợt báo cáo').first();
  await refusal.waitFor({ timeout: 15000 });
  assert.match(await refusal.innerText(), /Đơn vị «khongco» không có trong danh mục đơn vị/);
  const atTheButton = page.locator('.modal-footer .start-refusal');
  assert.match(await atTheButton.innerText(), /Đơn vị «khongco» không có trong danh mục đơn vị/, 'said again at the Start button');
  await shot(page, '02-start-refused');

  // Esc in a date picker closes the picker, not the dialog: nothing typed is lost
  await page.getByLabel('Số kế hoạch').fill('24/KH-LĐLĐ');
  await page.locator('.modal .fjs-input-adornment').first().click();
  await page.locator('.flatpickr-calendar.open').waitFor({ timeout: 10000 });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.flatpickr-calendar.open').count(), 0, 'the date picker closed');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  assert.equal(await page.getByLabel('Số kế hoạch').inputValue(), '24/KH-LĐLĐ', 'the dialog and what was typed stay');
  await refusal.scrollIntoViewIfNeeded();
  const afterRefusal = (await (await fetch(`${BASE}/api/cycles`, { headers: auth('cspl') })).json()).length;
  assert.equal(afterRefusal, cyclesBefore, 'a refused start creates no cycle');

  // reminders in words: days as people write them, said back in a sentence
  await page.getByLabel('Nhắc trước hạn (số ngày)').fill('5, 1');
  await page.getByLabel('Quá hạn thì nhắc lại mỗi (số ngày)').fill('2');
  await page.getByText('Sẽ nhắc 5, 1 ngày trước hạn và vào ngày hạn; quá hạn thì nhắc lại mỗi 2 ngày').waitFor({ timeout: 10000 });
  await page.getByLabel('Đơn vị tham gia').fill('hoalu, cdn-giaoduc, kimson');
  await page.getByLabel('Số kế hoạch').fill('24/KH-LĐLĐ');
  await startProcess(page);
  await page.waitForTimeout(2000);
  const cycles = await (await fetch(`${BASE}/api/cycles`, { headers: auth('cspl') })).json();
  assert.equal(cycles.length, cyclesBefore + 1, 'the start form created a cycle');
  assert.equal(cycles[0].planNumber, '24/KH-LĐLĐ');
  assert.equal(cycles[0].units.length, 3);
  assert.deepEqual(cycles[0].reminders, { before: ['P5D', 'P1D'], overdueEvery: 'P2D' });

  await openTask(page, 'Dự thảo kế hoạch');
  await page.getByText('Kế hoạch số 24/KH-LĐLĐ').waitFor({ timeout: 15000 });
  await shot(page, '03-draft-plan');
  await completeTask(page);

  const leader = await browser.newPage();
  await leader.context().clearCookies();
  await login(leader, 'thuongtruc');
  await openTask(leader, 'Duyệt kế hoạch');
  await leader.getByText('Trả lại để sửa').click();
  await leader.getByLabel('Ý kiến (cần sửa gì)').fill('Ghi rõ hạn gửi báo cáo về tỉnh.');
  await shot(leader, '04-approve-plan-return');
  await completeTask(leader);
  assert.equal((await (await fetch(`${BASE}/api/cycles/${cycles[0].id}`, { headers: auth('cspl') })).json()).stage,
    'PLAN_DRAFT');

  await leader.context().clearCookies();
  await login(leader, 'cspl');
  await openTask(leader, 'Dự thảo kế hoạch');
  await leader.getByText('Ghi rõ hạn gửi báo cáo về tỉnh.').waitFor({ timeout: 15000 });
  await shot(leader, '05-draft-plan-returned');
  await completeTask(leader);

  await leader.context().clearCookies();
  await login(leader, 'thuongtruc');
  await openTask(leader, 'Duyệt kế hoạch');
  await leader.getByText('Duyệt, ban hành kế hoạch').click();
  await completeTask(leader);
  const issued = await (await fetch(`${BASE}/api/cycles/${cycles[0].id}`, { headers: auth('cspl') })).json();
  // on the embedded demo the cycle's dates lie in the past: the cut-off may already have come
  assert.ok(['REPORTING', 'LATE_UNITS_DECISION'].includes(issued.stage), issued.stage);
  assert.equal(issued.planIssuedNumber, '24/KH-LĐLĐ');
  console.log(`cycle ${issued.id} started from the start form, plan returned once and issued; screenshots in ${SHOTS}`);
} catch (e) {
  for (const [i, p] of browser.pages().entries()) await p.screenshot({ path: `${SHOTS}/failure-${i}.png`, fullPage: true });
  throw e;
} finally {
  await browser.close();
}
