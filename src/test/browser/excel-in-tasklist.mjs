// The Excel round trip from Tasklist: hoalu opens its report task, downloads the table from the
// form's link, fills it offline, and uploads it on the page the form links to: first a file with a
// bad cell (refused, cell named, draft untouched), then the good one (stored, texts kept).
// Screenshots in $SCREENSHOTS. Needs python3 (to edit the .xlsx as a user's spreadsheet would).
import { launch, login, loginAs, api, until, openTask, taskId, completeTask, screenshotAll, SHOTS } from './browser.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import assert from 'node:assert/strict';

mkdirSync(SHOTS, { recursive: true });

// Sets cells of the first sheet, as Excel would store typed numbers or text: { D36: 1, F19: 'abc' }.
function edited(source, target, cells) {
  execFileSync('python3', ['-c', `
import json, re, sys, zipfile
source, target, cells = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'xl/worksheets/sheet1.xml':
            xml = data.decode('utf-8')
            for ref, value in cells.items():
                if isinstance(value, str):
                    body = ' t="inlineStr"><is><t>%s</t></is></c>' % value
                else:
                    body = '><v>%s</v></c>' % value
                xml, n = re.subn(r'<c r="%s"(?: t="\\w+")?( s="\\d+")?(?: t="\\w+")?(/>|>.*?</c>)' % ref,
                                 lambda m: '<c r="%s"%s%s' % (ref, m.group(1) or '', body), xml)
                assert n == 1, ref
            data = xml.encode('utf-8')
        zout.writestr(item, data)
`, source, target, JSON.stringify(cells)]);
}

// The unit form shows its texts at once but takes a minute or more to put the figures in its fields.
const cell = (page, indicator, period) => page.locator(`[id$="-Cell_${indicator}_p${period}"]`);
const formFilled = (page) => until('the uploaded figures in the form', async () =>
  (await cell(page, 'I22', '2018').inputValue()) === '2', 300000);
// Tasklist's notifications (success and errors) at the top of the page
const notification = (page, text) => page.locator('.notifications, .notification, [notifications]').getByText(text).first();

const cycle = (await api('cspl', 'POST', '/api/cycles', { units: ['hoalu', 'cdn-yte'] })).body.id;
await api('cspl', 'POST', `/api/cycles/${cycle}/plan/submit`);
await api('thuongtruc', 'POST', `/api/cycles/${cycle}/plan/review`, { decision: 'ACCEPT' });
// the 2020 defaults' deadline has passed: the stage may go on to the late-units decision at once
await until('reports distributed', async () =>
  ['REPORTING', 'LATE_UNITS_DECISION'].includes((await api('hoalu', 'GET', `/api/cycles/${cycle}/progress`)).body.stage));
// a draft with texts and every figure but the last row's
const draft = { values: {}, sections: {}, explanations: {} };
for (const section of ['P1.I.1', 'P1.I.2', 'P1.II.1', 'P1.II.2', 'P1.II.3.1', 'P1.II.3.2', 'P1.II.3.3', 'P1.II.4',
  'P1.II.5', 'P1.II.6', 'P2.I', 'P2.II']) draft.sections[section] = `Nội dung mục ${section}.`;
draft.sections['P1.I.1'] = 'Thuận lợi: cấp ủy quan tâm.';
[2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, null, 30, 25, 20, null].forEach((v, i) => {
  if (v !== null) draft.values[`I${String(i + 1).padStart(2, '0')}`] =
    Object.fromEntries(['2016', '2017', '2018', '2019', '2020H1'].map((p) => [p, v]));
});
assert.equal((await api('hoalu', 'PUT', `/api/cycles/${cycle}/reports/hoalu/draft`, draft)).status, 200);

const browser = await launch();
browser.setDefaultTimeout(120000);
try {
  const page = await browser.newPage();
  await login(page, 'hoalu');
  const fill = () => taskId('hoalu', 'Lập báo cáo của đơn vị', { processInstanceBusinessKey: `${cycle}/hoalu` });
  await openTask(page, 'Lập báo cáo của đơn vị', { id: await fill(), ready: page.getByText('tải bảng về để điền'),
    timeout: 240000 });
  await until('the draft in the form', async () =>
    (await cell(page, 'I01', '2016').inputValue()) === '2', 300000);
  const downloadLink = page.getByRole('link', { name: 'tải bảng về để điền' });
  assert.equal(await downloadLink.getAttribute('href'), `/api/cycles/${cycle}/reports/hoalu/table.xlsx`);
  const uploadLink = page.getByRole('link', { name: 'tải bảng đã điền lên' });
  assert.equal(await uploadLink.getAttribute('href'), `/bang-so-lieu.html?cycle=${cycle}&unit=hoalu`);
  await page.getByText('Bảng số liệu bằng Excel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, '41-unit-form-excel-links.png') });

  // the link downloads with the Tasklist session
  const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
  const downloaded = join(SHOTS, 'bang-so-lieu-hoalu.xlsx');
  await download.saveAs(downloaded);
  assert.equal(download.suggestedFilename(), `bang-so-lieu-hoalu-dot-${cycle}.xlsx`);

  const bad = join(SHOTS, 'bang-so-lieu-hoalu-loi.xlsx');
  const good = join(SHOTS, 'bang-so-lieu-hoalu-da-dien.xlsx');
  edited(downloaded, bad, { D36: 1, F19: 'abc' });
  edited(downloaded, good, { D36: 1, E36: 0, F36: 2, G36: 0, H36: 1 });

  // the upload page opens from the form, in a new tab, with the same session
  const [uploadPage] = await Promise.all([page.context().waitForEvent('page'), uploadLink.click()]);
  await uploadPage.waitForLoadState();
  await uploadPage.getByText('Liên đoàn Lao động huyện Hoa Lư · đợt báo cáo số').waitFor();
  await uploadPage.locator('#file').setInputFiles(bad);
  await uploadPage.getByRole('button', { name: 'Tải lên' }).click();
  await uploadPage.getByText('Ô F19 (I08, Năm 2018): «abc» không phải số nguyên').waitFor();
  await uploadPage.screenshot({ path: join(SHOTS, '42-upload-refused.png'), fullPage: true });
  let report = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
  assert.equal(report.values.I22['2016'], null, 'a refused upload stores nothing');

  await uploadPage.locator('#file').setInputFiles(good);
  await uploadPage.getByRole('button', { name: 'Tải lên' }).click();
  await uploadPage.getByText('Đã lưu số liệu của').waitFor();
  await uploadPage.screenshot({ path: join(SHOTS, '43-upload-stored.png'), fullPage: true });
  report = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
  assert.deepEqual(report.values.I22, { 2016: 1, 2017: 0, 2018: 2, 2019: 0, '2020H1': 1 });
  assert.equal(report.sections['P1.I.1'], 'Thuận lợi: cấp ủy quan tâm.', 'the texts stay');

  // the form still open in Tasklist holds the figures from before the upload: keeping it as a draft
  // is refused, so that it cannot overwrite the uploaded table
  await page.bringToFront();
  await page.getByText('Lưu nháp (làm tiếp sau)').click();
  assert.equal(await completeTask(page, { wait: 3000 }), 409);
  await page.screenshot({ path: join(SHOTS, '44-stale-form-refused.png') });
  report = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
  assert.equal(report.values.I22['2018'], 2, 'the uploaded figures stay');

  // back in Tasklist, the page reloaded, the task shows the uploaded figures
  await page.goto('about:blank');
  await openTask(page, 'Lập báo cáo của đơn vị', { id: await fill(), ready: page.getByText('tải bảng về để điền'),
    timeout: 240000 });
  await formFilled(page);
  await screenshotAll(page, join(SHOTS, '45-unit-form-after-upload.png'));

  // 2 disputes in 2018 against a median of 0.5 elsewhere: V12 warns, and the submission waits for
  // an explanation: refused at Complete with the reason, the form stays open; the form asks for the
  // explanation, and the reviewer then reads it
  await page.getByRole('radio', { name: 'Nộp báo cáo' }).check();
  assert.notEqual(await completeTask(page), 204, 'a submission without the explanation is refused');
  const refusal = notification(page, /^Báo cáo chưa nộp được/);
  await refusal.waitFor({ timeout: 15000 });
  assert.match(await refusal.innerText(), /Cảnh báo V12 cần có lời giải trình/);
  await page.screenshot({ path: join(SHOTS, '46a-unit-form-submission-refused.png') });
  assert.equal(await cell(page, 'I22', '2018').inputValue(), '2', 'the form stays as it was');
  // the notification covers the Complete button until it is closed
  await page.locator('.page-notifications button.close:visible').first().click();
  await refusal.waitFor({ state: 'detached', timeout: 15000 });
  const explanation = page.getByLabel(/^Giải trình của đơn vị \(quy tắc V12\)/);
  await explanation.fill('Năm 2018 có hai doanh nghiệp mới thành lập, phát sinh tranh chấp khi chuyển đổi.');
  await screenshotAll(page, join(SHOTS, '46-unit-form-explanation.png'));
  await page.getByRole('radio', { name: 'Nộp báo cáo' }).check();
  assert.equal(await completeTask(page), 204, 'submitted with the explanation');
  report = await until('report submitted', async () => {
    const r = (await api('hoalu', 'GET', `/api/cycles/${cycle}/reports/hoalu`)).body;
    return r.status === 'SUBMITTED' && r;
  });
  assert.match(report.explanations.V12, /^Năm 2018 có hai doanh nghiệp/);

  await loginAs(page, 'cspl');
  await openTask(page, 'Xem xét báo cáo của đơn vị', {
    id: await taskId('cspl', 'Xem xét báo cáo của đơn vị', { processInstanceBusinessKey: `${cycle}/hoalu` }),
    ready: page.getByText('Cảnh báo về số liệu và giải trình của đơn vị'), timeout: 240000 });
  await page.getByText('Giải trình của đơn vị: Năm 2018 có hai doanh nghiệp').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Tải bảng số liệu của đơn vị (Excel)' }).getAttribute('href'),
    `/api/cycles/${cycle}/reports/hoalu/table.xlsx`);
  assert.equal(await page.getByRole('link', { name: 'Tải báo cáo của đơn vị (Word)' }).getAttribute('href'),
    `/api/cycles/${cycle}/reports/hoalu/report.docx`);
  const [word] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải báo cáo của đơn vị (Word)' }).click()]);
  assert.equal(word.suggestedFilename(), `bao-cao-hoalu-dot-${cycle}.docx`);
  await screenshotAll(page, join(SHOTS, '47-review-form-warnings.png'));
  console.log(`cycle ${cycle}: download, refused upload, stored upload, form updated, warning explained and shown`
    + ' to the reviewer — all as expected');
} catch (error) {
  for (const [i, open] of browser.pages().entries()) {
    await open.screenshot({ path: join(SHOTS, `failure-${i}.png`) }).catch(() => {});
  }
  throw error;
} finally {
  await browser.close();
}
