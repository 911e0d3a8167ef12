// A cycle started from Tasklist's "Start process" with its start form: the template's values in the fields,
// units ticked by name among those valid on the plan date, periods as rows, each deadline's meaning said,
// a refused start first. Then the plan drafted by cspl, returned by thuongtruc, revised in the draft form
// and approved. Screenshots in $SCREENSHOTS.
import { launch, login, tickUnits, BASE, SHOTS } from './browser.mjs';
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
const modal = (page) => page.locator('.modal');
try {
  const page = await browser.newPage();
  await login(page, 'cspl');

  // the template's values are in the fields, not applied unseen
  await openStartForm(page);
  await page.waitForTimeout(1000);
  assert.equal(await page.getByLabel('Số kế hoạch').inputValue(), '23/KH-LĐLĐ');
  assert.equal(await page.getByLabel('Ngày kế hoạch').inputValue(), '11/6/2020');
  assert.equal(await page.getByLabel('Mã kỳ 5').inputValue(), '2020H1');
  assert.equal(await page.getByLabel('Tên kỳ 5').inputValue(), 'Tính đến 30/6/2020');
  assert.equal(await page.getByLabel('Mã kỳ 6').inputValue(), '', 'spare rows to add a period');
  assert.equal(await page.getByLabel('Họ tên người ký').inputValue(), 'Trần Kim Long');
  assert.equal(await page.getByLabel('Nhắc trước hạn (số ngày)').inputValue(), '5, 1');
  await shot(page, '01-start-form');

  // units by name and kind, those valid on the plan date: the district federations ended on 30/6/2025
  const districts = modal(page).locator('.fjs-form-field-checklist').filter({ hasText: 'Liên đoàn Lao động huyện, thành phố, thị xã' });
  const sectors = modal(page).locator('.fjs-form-field-checklist').filter({ hasText: 'Công đoàn ngành và tương đương' });
  assert.equal(await districts.locator('input:checked').count(), 8, 'all districts ticked in 2020');
  assert.equal(await sectors.locator('input:checked').count(), 8, 'all sectors ticked in 2020');
  await districts.getByText('Liên đoàn Lao động huyện Hoa Lư').waitFor();
  await districts.scrollIntoViewIfNeeded();
  await shot(page, '02-start-form-units-2020');
  await page.getByLabel('Ngày kế hoạch').fill('5/12/2026');
  await page.getByLabel('Ngày kế hoạch').press('Enter');
  await page.waitForTimeout(800);
  assert.equal(await districts.count(), 0, 'no district federation in December 2026');
  assert.equal(await sectors.locator('input[type=checkbox]').count(), 8, 'the sector unions remain');
  await sectors.scrollIntoViewIfNeeded();
  await shot(page, '03-start-form-units-2026');
  await page.getByLabel('Ngày kế hoạch').fill('11/6/2020');
  await page.getByLabel('Ngày kế hoạch').press('Enter');
  await page.waitForTimeout(800);
  assert.equal(await districts.locator('input[type=checkbox]').count(), 8);

  // each deadline's meaning beside it, following «trước ngày D» or «trong ngày D»
  const unitReport = page.locator('.modal .fjs-layout-row').filter({ has: page.getByLabel('Đơn vị gửi báo cáo về tỉnh') });
  assert.match(await unitReport.innerText(), /«trước ngày 20\/8\/2020»: hạn chót hết ngày 19\/8\/2020/);
  await page.getByText('«trong ngày D»: hạn chót hết ngày D', { exact: true }).click();
  await page.waitForTimeout(300);
  assert.match(await unitReport.innerText(), /Hạn chót: hết ngày 20\/8\/2020/);
  await unitReport.scrollIntoViewIfNeeded();
  await shot(page, '04-start-form-deadlines-on-day');
  await page.getByText('«trước ngày D»: hạn chót hết ngày D-1', { exact: true }).click();

  // a blank required field is refused where the user looks, and nothing created
  await page.getByLabel('Họ tên người ký').fill('');
  await page.getByLabel('Họ tên người ký').blur();
  await modal(page).getByText('Trường này bắt buộc nhập.').first().waitFor({ timeout: 10000 });
  await page.getByLabel('Họ tên người ký').fill('Trần Kim Long');
  // a refusal by the server: the plan's first deadline before the plan's date
  await page.getByLabel('Đơn vị hoàn thành sơ kết').fill('1/6/2020');
  await page.getByLabel('Đơn vị hoàn thành sơ kết').press('Enter');
  await startProcess(page);
  const refusal = page.getByText('Không khởi tạo được đợt báo cáo').first();
  await refusal.waitFor({ timeout: 15000 });
  assert.match(await refusal.innerText(), /phải sau ngày kế hoạch 11\/6\/2020/);
  const atTheButton = page.locator('.modal-footer .start-refusal');
  assert.match(await atTheButton.innerText(), /phải sau ngày kế hoạch 11\/6\/2020/, 'said again at the Start button');
  await shot(page, '05-start-refused');
  const afterRefusal = (await (await fetch(`${BASE}/api/cycles`, { headers: auth('cspl') })).json()).length;
  assert.equal(afterRefusal, cyclesBefore, 'a refused start creates no cycle');

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
  assert.equal(await page.getByLabel('Họ tên người ký').inputValue(), 'Trần Kim Long', 'nothing typed lost by the refusal');

  // reminders in words: days as people write them, said back in a sentence
  await page.getByLabel('Nhắc trước hạn (số ngày)').fill('5, 1');
  await page.getByLabel('Quá hạn thì nhắc lại mỗi (số ngày)').fill('2');
  await page.getByText('Sẽ nhắc 5, 1 ngày trước hạn và vào ngày hạn; quá hạn thì nhắc lại mỗi 2 ngày').waitFor({ timeout: 10000 });
  await page.getByLabel('Đơn vị hoàn thành sơ kết').fill('15/8/2020');
  await page.getByLabel('Đơn vị hoàn thành sơ kết').press('Enter');
  await tickUnits(page, ['hoalu', 'kimson', 'cdn-giaoduc']);
  await page.getByLabel('Mã kỳ 6').fill('2020H2');
  await page.getByLabel('Tên kỳ 6').fill('6 tháng cuối năm 2020');
  await startProcess(page);
  await page.waitForTimeout(2000);
  const cycles = await (await fetch(`${BASE}/api/cycles`, { headers: auth('cspl') })).json();
  assert.equal(cycles.length, cyclesBefore + 1, 'the start form created a cycle');
  assert.equal(cycles[0].planNumber, '24/KH-LĐLĐ');
  assert.deepEqual([...cycles[0].units].sort(), ['cdn-giaoduc', 'hoalu', 'kimson']);
  assert.deepEqual(cycles[0].periods.map((p) => p.code), ['2016', '2017', '2018', '2019', '2020H1', '2020H2']);
  assert.deepEqual(cycles[0].reminders, { before: ['P5D', 'P1D'], overdueEvery: 'P2D' });

  await openTask(page, 'Dự thảo kế hoạch');
  await page.getByText('Kế hoạch số 24/KH-LĐLĐ').waitFor({ timeout: 15000 });
  assert.equal(await page.getByLabel('Số kế hoạch').inputValue(), '24/KH-LĐLĐ', 'the draft form shows the plan');
  await shot(page, '06-draft-plan');
  await completeTask(page);

  const leader = await browser.newPage();
  await leader.context().clearCookies();
  await login(leader, 'thuongtruc');
  await openTask(leader, 'Duyệt kế hoạch');
  await leader.getByText('Trả lại để sửa').click();
  await leader.getByLabel('Ý kiến (cần sửa gì)').fill('Thêm LĐLĐ huyện Yên Mô; kế hoạch số 25.');
  await shot(leader, '07-approve-plan-return');
  await completeTask(leader);
  assert.equal((await (await fetch(`${BASE}/api/cycles/${cycles[0].id}`, { headers: auth('cspl') })).json()).stage,
    'PLAN_DRAFT');

  // returned: the policy dept. changes the plan in the draft form
  await leader.context().clearCookies();
  await login(leader, 'cspl');
  await openTask(leader, 'Dự thảo kế hoạch');
  await leader.getByText('Thêm LĐLĐ huyện Yên Mô; kế hoạch số 25.').waitFor({ timeout: 15000 });
  assert.equal(await leader.getByLabel('Mã kỳ 6').inputValue(), '2020H2', 'the plan as it stands');
  await leader.getByLabel('Số kế hoạch').fill('25/KH-LĐLĐ');
  await tickUnits(leader, ['hoalu', 'kimson', 'yenmo', 'cdn-giaoduc']);
  await shot(leader, '08-draft-plan-returned');
  await completeTask(leader);
  const revised = await (await fetch(`${BASE}/api/cycles/${cycles[0].id}`, { headers: auth('cspl') })).json();
  assert.equal(revised.stage, 'PLAN_APPROVAL');
  assert.equal(revised.planNumber, '25/KH-LĐLĐ');
  assert.deepEqual([...revised.units].sort(), ['cdn-giaoduc', 'hoalu', 'kimson', 'yenmo']);

  await leader.context().clearCookies();
  await login(leader, 'thuongtruc');
  await openTask(leader, 'Duyệt kế hoạch');
  await leader.getByText('Kế hoạch số 25/KH-LĐLĐ').waitFor({ timeout: 15000 });
  await leader.getByText('Duyệt, ban hành kế hoạch').click();
  await completeTask(leader);
  const issued = await (await fetch(`${BASE}/api/cycles/${cycles[0].id}`, { headers: auth('cspl') })).json();
  // on the embedded demo the cycle's dates lie in the past: the cut-off may already have come
  assert.ok(['REPORTING', 'LATE_UNITS_DECISION'].includes(issued.stage), issued.stage);
  assert.equal(issued.planIssuedNumber, '25/KH-LĐLĐ');
  console.log(`cycle ${issued.id} started from the start form, plan returned, revised and issued; screenshots in ${SHOTS}`);
} catch (e) {
  for (const [i, p] of browser.pages().entries()) await p.screenshot({ path: `${SHOTS}/failure-${i}.png`, fullPage: true });
  throw e;
} finally {
  await browser.close();
}
