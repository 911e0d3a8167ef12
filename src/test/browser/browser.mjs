// Launches Debian's Chromium (never a downloaded browser) with a fresh profile.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export const BASE = process.env.BASE_URL ?? process.env.APP_URL ?? 'http://localhost:8080';
export const SHOTS = process.env.SCREENSHOTS ?? join(tmpdir(), 'baocao-screenshots');

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'baocao-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function login(page, user, password = 'demo') {
  await page.goto(`${BASE}/camunda/app/tasklist/`);
  await page.getByPlaceholder('Username').fill(user);
  await page.getByPlaceholder('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText(user === 'admin' ? 'Admin' : 'Tasklist').first().waitFor({ timeout: 30000 });
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
  const claim = page.getByText('Claim', { exact: true });
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
  await page.getByRole('button', { name: 'Complete' }).click();
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
  const height = await page.evaluate(() => {
    let needed = document.documentElement.scrollHeight;
    for (const e of document.querySelectorAll('body *')) {
      if (e.scrollHeight <= e.clientHeight + 2 || !/(auto|scroll)/.test(getComputedStyle(e).overflowY)) continue;
      const box = e.getBoundingClientRect();
      if (box.height < 50) continue;
      needed = Math.max(needed, box.top + e.scrollHeight + (window.innerHeight - box.bottom));
    }
    return Math.ceil(needed);
  });
  const tall = Math.min(Math.max(height, viewport.height), max);
  if (tall > viewport.height) {
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
