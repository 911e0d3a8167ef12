// Launches Debian's Chromium (never a downloaded browser) with a fresh profile.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

// Opens the first task of that name in Tasklist's list, claims it when it is a group task,
// then waits for the form: ready is a locator (or a function of the page) that shows it is loaded.
export async function openTask(page, name, { ready, settle = 1000, timeout = 60000 } = {}) {
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
  await page.locator('.tasks-list').getByText(name, { exact: true }).first().click({ timeout: 30000 });
  const claim = page.getByText('Claim', { exact: true });
  await claim.waitFor({ timeout: 15000 });
  await claim.click();
  await page.getByText('Unclaim', { exact: true }).waitFor({ timeout: 15000 }).catch(() => {});
  if (ready) await (typeof ready === 'function' ? ready(page) : ready).waitFor({ timeout });
  await page.waitForTimeout(settle);
}

// Clicks Complete; answers the task-complete request's status (or null when none was sent).
export async function completeTask(page, { wait = 1500 } = {}) {
  const sent = page.waitForResponse((r) => /\/task\/[^/]+\/submit-form/.test(r.url()), { timeout: 60000 })
    .catch(() => null);
  await page.getByRole('button', { name: 'Complete' }).click();
  const response = await sent;
  await page.waitForTimeout(wait);
  return response ? response.status() : null;
}
