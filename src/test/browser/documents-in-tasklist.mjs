// The documents from the task forms: the plan from the plan's draft and approval forms, a unit's report
// from its review form, the provincial report from its draft form, and the package (report as PDF/A and
// .docx, appendix .xlsx, the whole as .zip) from the submission form, each downloaded by clicking its link
// as a user would, and checked to be the file it names; once sent, the package holds the signed PDF. A cycle of one sector union with dates to come runs to the
// submission through the API. Screenshots and the files in $SCREENSHOTS.
import { launch, login, loginAs, api, openTask, taskId, until, completeTask, screenshotAll, BASE, SHOTS } from './browser.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';

mkdirSync(SHOTS, { recursive: true });
const UNIT = 'cdn-giaoduc';
const CONSISTENT_ROW = [2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, null, 30, 25, 20, 1];
const TEXT_SECTIONS = ['P1.I.1', 'P1.I.2', 'P1.II.1', 'P1.II.2', 'P1.II.3.1', 'P1.II.3.2', 'P1.II.3.3', 'P1.II.4',
  'P1.II.5', 'P1.II.6', 'P2.I', 'P2.II'];
const PERIODS = ['2024', '2025', '2026H1'];

function report(who) {
  // the demo cycle of the first start may hold the unit's earlier figures, far above these: V12 warns
  const body = { values: {}, sections: {}, explanations: { V12: 'Số liệu năm nay chỉ tính các doanh nghiệp còn hoạt động.' } };
  CONSISTENT_ROW.forEach((v, i) => {
    if (v !== null) body.values[`I${String(i + 1).padStart(2, '0')}`] = Object.fromEntries(PERIODS.map((p) => [p, v]));
  });
  for (const s of TEXT_SECTIONS) body.sections[s] = `${who}: nội dung mục ${s}.`;
  return body;
}

const ok = (response, what) => assert.ok(response.status < 300, `${what}: ${response.status} ${JSON.stringify(response.body)}`);

// Clicks the link of that text in the open form and answers the downloaded file's name and bytes.
async function download(page, linkText, name, magic = 'PK') {
  const link = page.getByRole('link', { name: linkText }).first();
  await link.waitFor({ timeout: 120000 });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), link.click()]);
  const path = `${SHOTS}/${name}`;
  await file.saveAs(path);
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(0, magic.length).toString(), magic, `${name} starts with ${magic}`);
  return { suggested: file.suggestedFilename(), bytes };
}

// The names of a downloaded .zip's files.
const zipNames = (name) => execFileSync('unzip', ['-Z1', `${SHOTS}/${name}`]).toString().trim().split('\n');

// The text of a downloaded .docx (the zip's timestamps differ from one download to the next).
const documentXml = (name) => execFileSync('unzip', ['-p', `${SHOTS}/${name}`, 'word/document.xml']).toString();

const started = await api('cspl', 'POST', '/api/cycles', {
  units: [UNIT], planNumber: '31/KH-LĐLĐ', planDate: '2026-11-20',
  periods: [{ code: '2024', label: 'Năm 2024' }, { code: '2025', label: 'Năm 2025' }, { code: '2026H1', label: '6 tháng đầu năm 2026' }],
  deadlines: { unitReview: '2027-01-10', unitReport: '2027-01-15', provinceReview: '2027-02-10', submission: '2027-02-15' },
  cutOff: '2027-01-25',
});
ok(started, 'cycle started');
const cycle = started.body.id;
const instance = (await api('cspl', 'GET', `/api/cycles/${cycle}`)).body.processInstanceId;

const browser = await launch();
try {
  const page = await browser.newPage();
  await login(page, 'cspl');

  // the plan, from the draft plan's form
  const draft = await taskId('cspl', 'Dự thảo kế hoạch', { processInstanceId: instance });
  await openTask(page, 'Dự thảo kế hoạch', { id: draft, ready: page.getByText('Kế hoạch số 31/KH-LĐLĐ') });
  await page.screenshot({ path: `${SHOTS}/01-draft-plan.png`, fullPage: true });
  const plan = await download(page, 'Tải dự thảo kế hoạch và hai phụ lục (Word)', 'ke-hoach.docx');
  assert.equal(plan.suggested, `ke-hoach-dot-${cycle}.docx`);

  ok(await api('cspl', 'POST', `/api/cycles/${cycle}/plan/submit`), 'plan submitted');

  // leadership reads the same plan from the approval form
  await loginAs(page, 'thuongtruc');
  const approval = await taskId('thuongtruc', 'Duyệt kế hoạch', { processInstanceId: instance });
  await openTask(page, 'Duyệt kế hoạch', { id: approval, ready: page.getByText('Kế hoạch số 31/KH-LĐLĐ') });
  const approvedPlan = await download(page, 'Tải dự thảo kế hoạch và hai phụ lục (Word)', 'ke-hoach-duyet.docx');
  assert.equal(documentXml('ke-hoach-duyet.docx'), documentXml('ke-hoach.docx'), 'the approval form gives the plan the draft form gave');
  ok(await api('thuongtruc', 'POST', `/api/cycles/${cycle}/plan/review`, { decision: 'ACCEPT' }), 'plan approved');
  const fill = await taskId(UNIT, 'Lập báo cáo của đơn vị', { processInstanceBusinessKey: `${cycle}/${UNIT}` });
  const layout = (await api(UNIT, 'GET', `/engine-rest/task/${fill}/variables/reportLayout?deserializeValue=false`)).body;
  const fields = typeof layout.value === 'string' ? JSON.parse(layout.value) : layout.value;
  assert.equal(fields.planUrl, `/api/cycles/${cycle}/documents/plan.docx`, 'the unit form links the plan');
  ok(await api(UNIT, 'POST', `/api/cycles/${cycle}/reports/${UNIT}/submit`, report('Công đoàn ngành Giáo dục')), 'submitted');

  // the policy dept. prints the unit's report from the review form
  await loginAs(page, 'cspl');
  const review = await taskId('cspl', 'Xem xét báo cáo của đơn vị', { processInstanceBusinessKey: `${cycle}/${UNIT}` });
  await openTask(page, 'Xem xét báo cáo của đơn vị', { id: review,
    ready: page.getByRole('link', { name: 'Tải báo cáo của đơn vị (Word)' }) });
  await page.screenshot({ path: `${SHOTS}/02-review.png` });
  const unitReport = await download(page, 'Tải báo cáo của đơn vị (Word)', 'bao-cao-don-vi.docx');
  assert.equal(unitReport.suggested, `bao-cao-${UNIT}-dot-${cycle}.docx`);
  ok(await api('cspl', 'POST', `/api/cycles/${cycle}/reports/${UNIT}/review`, { decision: 'ACCEPT' }), 'accepted');

  // the provincial report, from its draft form
  const provinceDraft = await taskId('cspl', 'Dự thảo báo cáo của tỉnh', { processInstanceId: instance });
  ok(await api('cspl', 'PUT', `/api/cycles/${cycle}/province-report/draft`, { sections: report('Tỉnh').sections }), 'draft');
  await openTask(page, 'Dự thảo báo cáo của tỉnh', { id: provinceDraft,
    ready: page.getByRole('link', { name: /Tải báo cáo của tỉnh \(Word\)/ }) });
  await page.screenshot({ path: `${SHOTS}/03-province-report.png` });
  const provinceReport = await download(page, /Tải báo cáo của tỉnh \(Word\)/, 'bao-cao-tinh.docx');
  assert.equal(provinceReport.suggested, `bao-cao-tinh-dot-${cycle}.docx`);

  ok(await api('cspl', 'POST', `/api/cycles/${cycle}/province-report/submit`), 'province report submitted');
  ok(await api('thuongtruc', 'POST', `/api/cycles/${cycle}/province-report/review`, { decision: 'ACCEPT' }), 'approved');

  // the package, from the submission form
  await loginAs(page, 'cspl');
  const submission = await taskId('cspl', 'Gửi báo cáo về Tổng Liên đoàn', { processInstanceId: instance });
  await openTask(page, 'Gửi báo cáo về Tổng Liên đoàn', { id: submission, ready: page.getByText('Hồ sơ gửi đi') });
  await page.screenshot({ path: `${SHOTS}/04-submission.png`, fullPage: true });
  await page.getByText('Bản PDF/A được ký bằng chứng thư thử nghiệm').waitFor();
  const preview = await download(page, 'báo cáo của tỉnh (PDF/A, bản xem trước)', 'goi-bao-cao-tinh.pdf', '%PDF');
  assert.ok(!preview.bytes.includes('/ByteRange'), 'the preview is not signed');
  const sentReport = await download(page, 'bản Word', 'goi-bao-cao-tinh.docx');
  const appendix = await download(page, 'phụ lục số liệu (Excel)', 'goi-phu-luc.xlsx');
  const wholePreview = await download(page, 'cả hồ sơ (.zip)', 'ho-so-xem-truoc.zip');
  assert.equal(preview.suggested, `bao-cao-tinh-dot-${cycle}.pdf`);
  assert.equal(sentReport.suggested, `bao-cao-tinh-dot-${cycle}.docx`);
  assert.equal(appendix.suggested, `tong-hop-so-lieu-dot-${cycle}.xlsx`);
  assert.equal(wholePreview.suggested, `ho-so-gui-tong-lien-doan-dot-${cycle}.zip`);
  assert.deepEqual(zipNames('ho-so-xem-truoc.zip'), [`bao-cao-tinh-dot-${cycle}-xem-truoc.pdf`, `tong-hop-so-lieu-dot-${cycle}.xlsx`]);

  // sent: the form's number and date are printed in, the report signed and kept as it went
  await page.getByLabel('Số văn bản (ví dụ 95/BC-LĐLĐ)').fill('12/BC-LĐLĐ');
  await page.getByLabel('Người gửi').fill('Nguyễn Thị Hoa');
  // a national cycle on an instance that does not know the national one: said plainly, nothing lost
  const nationalCycle = page.getByLabel(/Số đợt báo cáo trên hệ thống của Tổng Liên đoàn/);
  await nationalCycle.fill('12');
  const refused = await completeTask(page);
  assert.ok(refused >= 400 && refused < 500, `a national cycle without the national instance is refused (${refused})`);
  await page.getByText(/chưa được cấu hình để gửi báo cáo lên hệ thống của Tổng Liên đoàn/).first().waitFor();
  await page.screenshot({ path: `${SHOTS}/05-submission-national-refused.png`, fullPage: true });
  assert.equal(await page.getByLabel('Người gửi').inputValue(), 'Nguyễn Thị Hoa', 'what was entered stays');
  await page.locator('.page-notifications .close:visible').first().click();
  await nationalCycle.fill('');
  await screenshotAll(page, `${SHOTS}/05-submission-filled.png`, { parts: false });
  assert.equal(await completeTask(page), 204, 'the submission form completes');
  await until('the package is kept', async () =>
    (await api('cspl', 'GET', `/api/cycles/${cycle}/submission`)).status === 200, 60000);
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  const sent = await page.request.get(`${BASE}/api/cycles/${cycle}/documents/package.zip`);
  assert.equal(sent.status(), 200);
  writeFileSync(`${SHOTS}/ho-so-da-gui.zip`, await sent.body());
  assert.deepEqual(zipNames('ho-so-da-gui.zip'), [`bao-cao-tinh-dot-${cycle}.pdf`, `tong-hop-so-lieu-dot-${cycle}.xlsx`]);
  const signed = execFileSync('unzip', ['-p', `${SHOTS}/ho-so-da-gui.zip`, `bao-cao-tinh-dot-${cycle}.pdf`]);
  writeFileSync(`${SHOTS}/bao-cao-tinh-da-ky.pdf`, signed);
  assert.ok(signed.includes('/ByteRange') && signed.includes('ETSI.CAdES.detached'), 'the report sent is signed (PAdES)');
  console.log(`cycle ${cycle}: plan, provincial report and package downloaded from the forms; files and screenshots in ${SHOTS}`);
} catch (e) {
  for (const [i, p] of browser.pages().entries()) await p.screenshot({ path: `${SHOTS}/failure-${i}.png`, fullPage: true });
  throw e;
} finally {
  await browser.close();
}
