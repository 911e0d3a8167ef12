// Launches Debian's Chromium (never a downloaded browser) with a fresh profile.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = process.env.APP_URL ?? 'http://localhost:8080';
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
