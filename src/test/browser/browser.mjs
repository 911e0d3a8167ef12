// Launches Debian's Chromium (never a downloaded browser) with a fresh profile.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import assert from 'node:assert/strict';

export const BASE = process.env.BASE_URL ?? process.env.APP_URL ?? 'http://localhost:8080';
export const SHOTS = process.env.SCREENSHOTS ?? join(tmpdir(), 'baocao-screenshots');
// VIEWPORT=1366x768 checks a smaller screen
const [WIDTH, HEIGHT] = (process.env.VIEWPORT ?? '1400x1000').split('x').map(Number);

// locale: the browser's language (the webapps speak Vietnamese whatever it is)
export async function launch({ locale = 'vi-VN' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'baocao-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: WIDTH, height: HEIGHT },
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function login(page, user, password = 'demo') {
  await page.goto(`${BASE}/camunda/app/tasklist/`);
  await page.getByPlaceholder('Tên đăng nhập').fill(user);
  await page.getByPlaceholder('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('.navbar-brand .brand-name').waitFor({ timeout: 30000 });
  await page.waitForLoadState('networkidle');
}

// ---- shared by the Tasklist scripts ----

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The application's REST API with HTTP Basic as a demo user: { status, body } (body parsed when JSON).
export async function api(user, method, path, body) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'),
      'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed = text;
  try { parsed = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: response.status, body: parsed };
}

// Polls fn until it returns a truthy value (or throws after timeout ms).
export async function until(what, fn, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

// Logs another demo user into the same page.
export async function loginAs(page, user) {
  await page.context().clearCookies();
  await login(page, user);
}

// Opens a task in Tasklist (by its id when given, else the first of that name in the list), claims
// it, then waits for the form: ready is a locator (or a function of the page) that shows it is loaded.
export async function openTask(page, name, { id, ready, settle = 1000, timeout = 60000 } = {}) {
  if (id) {
    await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${id}`);
    await page.getByRole('heading', { name }).first().waitFor({ timeout: 30000 }).catch(() => {});
  } else {
    await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
    await page.locator('.tasks-list').getByText(name, { exact: true }).first().click({ timeout: 30000 });
  }
  // a task already claimed (by this user, in an earlier attempt) has no Claim button
  const claim = page.getByText('Nhận việc', { exact: true });
  const claimed = page.locator('button.unclaim').first();
  await claim.or(claimed).first().waitFor({ timeout });
  if (await claim.isVisible()) await claim.click();
  if (ready) await (typeof ready === 'function' ? ready(page) : ready).waitFor({ timeout });
  await page.waitForTimeout(settle);
}

// Waits for the one open task of that name in a process instance (query: engine-rest task filters,
// e.g. { processInstanceId } or { processInstanceBusinessKey }) and answers its id.
export async function taskId(user, name, query, timeout = 60000) {
  // a task's name goes on with the unit and the plan it is about
  const params = new URLSearchParams({ nameLike: `${name}%`, ...query });
  return until(`task «${name}» (${params})`, async () => {
    const tasks = (await api(user, 'GET', `/engine-rest/task?${params}`)).body;
    return Array.isArray(tasks) && tasks.length === 1 && tasks[0].id;
  }, timeout);
}

// Clicks Complete; answers the task-complete request's status (or null when none was sent).
export async function completeTask(page, { wait = 1500 } = {}) {
  const sent = page.waitForResponse((r) => /\/task\/[^/]+\/submit-form/.test(r.url()), { timeout: 180000 })
    .catch(() => null);
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const response = await sent;
  await page.waitForTimeout(wait);
  return response ? response.status() : null;
}

// A screenshot of the whole form: Tasklist scrolls the task pane (and the start dialog) inside a
// fixed page, so a plain full-page screenshot cuts the form off. The viewport is made as tall as the
// tallest scrolled content for the shot, then put back. With parts, a tall shot is also cut into
// viewport-high slices (name-1.png, name-2.png, … in parts/) that are easier to read.
export async function screenshotAll(page, path, { parts = true, max = 16000 } = {}) {
  const viewport = page.viewportSize();
  const measure = () => page.evaluate(() => {
    let needed = document.documentElement.scrollHeight;
    for (const e of document.querySelectorAll('body *')) {
      if (e.scrollHeight <= e.clientHeight + 2 || !/(auto|scroll)/.test(getComputedStyle(e).overflowY)) continue;
      const box = e.getBoundingClientRect();
      if (box.height < 50) continue;
      needed = Math.max(needed, box.top + e.scrollHeight + (window.innerHeight - box.bottom));
    }
    return Math.ceil(needed);
  });
  // a box as high as the screen (the report table's) grows with it: measure again until all is in
  let tall = viewport.height;
  for (let i = 0; i < 4; i++) {
    const needed = Math.min(await measure(), max);
    if (needed <= tall) break;
    tall = needed;
    await page.setViewportSize({ width: viewport.width, height: tall });
    await page.waitForTimeout(800);
  }
  try {
    await page.screenshot({ path, fullPage: true, timeout: 180000 });
    const written = [path];
    if (parts && tall > viewport.height * 1.3) {
      const dir = join(dirname(path), 'parts');
      mkdirSync(dir, { recursive: true });
      const base = basename(path, '.png');
      for (let y = 0, n = 1; y < tall; y += viewport.height - 100, n++) {
        const part = join(dir, `${base}-${n}.png`);
        await page.screenshot({ path: part, clip: { x: 0, y, width: viewport.width,
          height: Math.min(viewport.height, tall - y) }, timeout: 180000 });
        written.push(part);
      }
    }
    return written;
  } finally {
    if (tall > viewport.height) await page.setViewportSize(viewport);
  }
}

// Measures the read-only table of the review and provincial forms (.fjs-table): answers a summary
// (widths in px) and the problems a reader would see: a cell cut off, a figure or a period's name on
// more than one line, a column outside what the form shows with no scrollbar in sight to reach it, a row's
// name squeezed into a narrow column.
export async function tableFit(page) {
  return page.evaluate(() => {
    const table = document.querySelector('.fjs-table');
    const problems = [];
    let clip = table.parentElement;
    while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
    const clipBox = clip.getBoundingClientRect();
    const scrolls = /(auto|scroll)/.test(getComputedStyle(clip).overflowX) && clip.scrollWidth > clip.clientWidth;
    // the lines of a cell's text: its text nodes' boxes, one a line
    const lines = (cell) => {
      const tops = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
        }
      }
      return tops.length;
    };
    const rows = [...table.querySelectorAll('tr')];
    const header = rows[0] ? [...rows[0].cells] : [];
    const widths = header.map((c) => Math.round(c.getBoundingClientRect().width));
    for (const row of rows) {
      [...row.cells].forEach((cell, i) => {
        const text = cell.innerText.trim();
        if (!text) return;
        const what = `«${text.slice(0, 40)}» (column ${i + 1})`;
        if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`cut off: ${what} ${cell.scrollWidth} > ${cell.clientWidth} px`);
        if (i > 0 && cell.tagName === 'TD' && lines(cell) > 1) problems.push(`on ${lines(cell)} lines: ${what}`);
        const box = cell.getBoundingClientRect();
        if (!scrolls && (box.right > clipBox.right + 1 || box.left < clipBox.left - 1)) {
          problems.push(`hidden beyond the form's edge (${Math.round(box.right - clipBox.right)} px, no scrollbar): ${what}`);
        }
      });
    }
    // a scrollbar at the foot of a table taller than the screen is not seen from the columns it hides
    if (scrolls && clipBox.height > window.innerHeight) {
      problems.push(`${clip.scrollWidth - clip.clientWidth} px of columns hidden, their scrollbar at the foot of a table `
        + `${Math.round(clipBox.height)} px tall (screen ${window.innerHeight} px)`);
    }
    if (widths[0] < 180) problems.push(`the rows' names squeezed into ${widths[0]} px`);
    return {
      summary: { table: Math.round(table.getBoundingClientRect().width), shown: Math.round(clipBox.width),
        scrollbar: scrolls, columns: widths, headerHeight: rows[0] ? Math.round(rows[0].getBoundingClientRect().height) : 0 },
      problems,
    };
  });
}

// ---- the plan forms (start form, draft plan) ----

// Ticks exactly these units (by code) in the plan form's lists, where they show them by name.
export async function tickUnits(page, codes, { user = 'cspl' } = {}) {
  const units = (await api(user, 'GET', '/api/units')).body;
  const wanted = new Set(units.filter((u) => codes.includes(u.code)).map((u) => u.name));
  assert.equal(wanted.size, codes.length, `every unit known: ${codes}`);
  const boxes = page.locator('.fjs-form-field-checklist label:has(input[type=checkbox])');
  const shown = [];
  for (const box of await boxes.all()) {
    const name = (await box.innerText()).trim();
    shown.push(name);
    const input = box.locator('input[type=checkbox]');
    if ((await input.isChecked()) !== wanted.has(name)) await input.click();
  }
  for (const name of wanted) assert.ok(shown.includes(name), `${name} is listed`);
}
