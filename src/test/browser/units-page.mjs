// The units' page as the province's administrator uses it: opened from Tasklist's header, a unit added
// (after a refusal that keeps what was typed), renamed, three districts reorganised into a new commune
// union, a spreadsheet tried and imported, a person imported who sets their password with the link and logs in;
// a unit's user sees the list alone. Screenshots in $SCREENSHOTS.
import { launch, login, loginAs, api, BASE, SHOTS } from './browser.mjs';
import { mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

mkdirSync(SHOTS, { recursive: true });
const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
const tag = String(Date.now() % 100000);

const context = await launch();
const tasklist = await context.newPage();
await login(tasklist, 'quantri');
const link = tasklist.locator('nav.cam-nav a[href="/don-vi.html"]');
await link.waitFor({ timeout: 15000 });
assert.equal((await link.textContent()).trim(), 'Danh mục đơn vị');
const [page] = await Promise.all([context.waitForEvent('page'), link.click()]);
await page.waitForLoadState('networkidle');
await page.locator('#units tbody tr').first().waitFor();
assert.match(await page.locator('#who').textContent(), /quantri: quản trị danh mục/);

// a refusal names each problem and keeps the fields
const edit = page.locator('#edit');
await edit.getByLabel('Mã đơn vị').fill(`Phường ${tag}`);
await edit.getByLabel('Tên đơn vị').fill('Công đoàn phường Nam Thành');
await edit.getByLabel('Loại').selectOption('COMMUNE');
await edit.getByLabel('Cấp trên').selectOption('ldld-ninhbinh');
await edit.getByLabel('Hoạt động từ ngày').fill('1/7/2025');
await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
await page.locator('#edit-result li').nth(1).waitFor();
const refusal = await page.locator('#edit-result').textContent();
assert.match(refusal, /mã đơn vị «Phường \d+» chỉ được gồm chữ thường không dấu/);
assert.equal(await edit.getByLabel('Tên đơn vị').inputValue(), 'Công đoàn phường Nam Thành');
await shot(page, '20-units-refused');

const code = `phuong-namthanh-${tag}`;
await edit.getByLabel('Mã đơn vị').fill(code);
await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
await page.locator('#edit-result.changes li').first().waitFor();
assert.match(await page.locator('#edit-result').textContent(), /Thêm «phuong-namthanh-\d+» Công đoàn phường Nam Thành/);
await page.locator(`#units tr[data-code="${code}"]`).waitFor();

// renamed through "Sửa"
await page.locator(`#units tr[data-code="${code}"] button`).click();
await edit.getByLabel('Tên đơn vị').fill('Công đoàn phường Nam Thành, thành phố Hoa Lư');
await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
await page.locator('#edit-result.changes li').first().waitFor();
assert.match(await page.locator('#edit-result').textContent(), /đổi tên «Công đoàn phường Nam Thành» thành «Công đoàn phường Nam Thành, thành phố Hoa Lư»/);

// three units made for the purpose end on 30/6/2025; a new commune union takes over from 1/7/2025
const ended = [1, 2, 3].map((i) => `huyen${i}-${tag}`);
for (const [i, unit] of ended.entries()) {
  const made = await api('quantri', 'POST', '/api/units', { code: unit, name: `Liên đoàn Lao động huyện Thử ${i + 1}`,
    kind: 'ZONE', parent: 'ldld-ninhbinh', validFrom: '1992-04-01' });
  assert.equal(made.status, 201, JSON.stringify(made.body));
}
await page.reload();
await page.locator('#search').fill(tag);
for (const unit of ended) {
  await page.locator(`#units tr[data-code="${unit}"] input[type=checkbox]`).check();
}
const end = page.locator('#end');
await end.getByLabel('Ngày cuối cùng hoạt động').fill('31/6/2025');
await end.getByRole('button', { name: 'Ghi' }).click();
await page.locator('#end-result.problems li').first().waitFor();
assert.match(await page.locator('#end-result').textContent(), /Ngày cuối cùng hoạt động: «31\/6\/2025» không phải một ngày/);
await end.getByLabel('Ngày cuối cùng hoạt động').fill('30/6/2025');
await end.getByLabel('Kế tục bởi đơn vị mới').check();
await end.getByLabel('Mã đơn vị mới').fill(`phuong-tayhoalu-${tag}`);
await end.getByLabel('Tên', { exact: true }).fill('Công đoàn phường Tây Hoa Lư');
await end.locator('select[name=newKind]').selectOption('COMMUNE');
await end.locator('select[name=newParent]').selectOption('ldld-ninhbinh');
await shot(page, '21-units-reorganisation');
await end.getByRole('button', { name: 'Ghi' }).click();
await page.locator('#end-result.changes li').first().waitFor();
const reorganised = await page.locator('#end-result').textContent();
assert.match(reorganised, /Thêm «phuong-tayhoalu-\d+» Công đoàn phường Tây Hoa Lư/);
assert.match(reorganised, /kết thúc hoạt động ngày 30\/6\/2025/);
for (const unit of ended) {
  const read = await api('quantri', 'GET', `/api/units/${unit}`);
  assert.equal(read.body.validTo, '2025-06-30');
  assert.equal(read.body.successor, `phuong-tayhoalu-${tag}`);
}
await page.locator('#on').fill('1/7/2025');
assert.equal(await page.locator(`#units tr[data-code="${ended[0]}"]`).count(), 0);
await shot(page, '22-units-after-reorganisation');

// a spreadsheet: tried first, with a bad row; then good and imported
const dir = mkdtempSync(join(tmpdir(), 'don-vi-'));
const header = 'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Thư điện tử,Hoạt động từ ngày,Đến ngày,Mã đơn vị kế tục\n';
const bad = join(dir, 'don-vi-sai.csv');
writeFileSync(bad, header + `xa-a-${tag},Công đoàn xã Gia Hưng,COMMUNE,ldld-ninhbinh,,1/7/2025,,\n`
  + `xa-b-${tag},Công đoàn xã Gia Phong,COMMUNE,khong-co,,31/6/2025,,\n`);
await page.locator('#import input[type=file]').setInputFiles(bad);
await page.getByRole('button', { name: 'Kiểm tra tệp đơn vị (chưa ghi)' }).click();
await page.locator('#import-result.problems li').first().waitFor();
assert.match(await page.locator('#import-result').textContent(), /Dòng 3 \(đơn vị «xa-b-\d+»\), cột «Hoạt động từ ngày»: «31\/6\/2025» không phải một ngày/);
await shot(page, '23-units-import-refused');
const good = join(dir, 'don-vi.csv');
writeFileSync(good, header + `xa-a-${tag},Công đoàn xã Gia Hưng,COMMUNE,ldld-ninhbinh,,1/7/2025,,\n`
  + `xa-b-${tag},Công đoàn xã Gia Phong,COMMUNE,ldld-ninhbinh,,1/7/2025,,\n`);
await page.locator('#import input[type=file]').setInputFiles(good);
await page.getByRole('button', { name: 'Kiểm tra tệp đơn vị (chưa ghi)' }).click();
await page.locator('#import-result.changes li').nth(1).waitFor();
assert.match(await page.locator('#import-summary').textContent(), /bấm «Nhập đơn vị» sẽ có 2 thay đổi \(chưa ghi gì\)/);
assert.equal((await api('quantri', 'GET', `/api/units/xa-a-${tag}`)).status, 404);
await page.getByRole('button', { name: 'Nhập đơn vị', exact: true }).click();
await page.waitForFunction(() => /Đã nhập tệp/.test(document.getElementById('import-summary').textContent));
assert.equal((await api('quantri', 'GET', `/api/units/xa-a-${tag}`)).status, 200);
await shot(page, '24-units-imported');

// people: imported, the new one sets a password with the link (no mail server here: the link is shown)
const people = join(dir, 'nguoi-dung.csv');
writeFileSync(people, 'Tên đăng nhập,Họ và tên,Thư điện tử,Đơn vị hoặc vai trò\n'
  + `an${tag},Nguyễn Văn An,,xa-a-${tag}\n`);
await page.locator('#people input[type=file]').setInputFiles(people);
await page.getByRole('button', { name: 'Nhập người dùng' }).click();
await page.locator('#people-links code').waitFor();
assert.match(await page.locator('#people-result').textContent(), new RegExp(`Thêm tài khoản «an${tag}» Nguyễn Văn An`));
await shot(page, '25-people-imported');
const url = await page.locator('#people-links code').textContent();
const setter = await context.newPage();
await setter.goto(url.replace('http://localhost:8080', BASE));
await setter.locator('#form').waitFor();
assert.match(await setter.locator('#who').textContent(), new RegExp(`tài khoản «an${tag}»`));
await setter.getByLabel('Mật khẩu mới', { exact: true }).fill('ngắn');
await setter.getByLabel('Nhập lại mật khẩu mới').fill('ngắn');
await setter.getByRole('button', { name: 'Đặt mật khẩu' }).click();
await setter.locator('#error:not([hidden])').waitFor();
assert.match(await setter.locator('#error').textContent(), /Mật khẩu cần ít nhất 10 ký tự/);
await setter.screenshot({ path: `${SHOTS}/26-password-refused.png`, fullPage: true });
await setter.getByLabel('Mật khẩu mới', { exact: true }).fill('Sông Đáy mùa lũ 2026');
await setter.getByLabel('Nhập lại mật khẩu mới').fill('Sông Đáy mùa lũ 2026');
await setter.getByRole('button', { name: 'Đặt mật khẩu' }).click();
await setter.locator('#done:not([hidden])').waitFor();
await setter.screenshot({ path: `${SHOTS}/27-password-set.png`, fullPage: true });
await setter.context().clearCookies();
await login(setter, `an${tag}`, 'Sông Đáy mùa lũ 2026');
await setter.close();

// a unit's user reads the list and is offered no change
await loginAs(tasklist, 'hoalu');
assert.equal(await tasklist.locator('nav.cam-nav a[href="/don-vi.html"]').count(), 0);
await page.goto(`${BASE}/don-vi.html`);
await page.locator('#units tbody tr').first().waitFor();
assert.equal(await page.locator('#keeper').isHidden(), true);
assert.match(await page.locator('#who').textContent(), /hoalu: chỉ xem/);
await shot(page, '28-units-read-only');

await context.close();
console.log('units page: ok');
