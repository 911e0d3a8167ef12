import { launch, login, BASE } from './browser.mjs';
const h = (u) => ({ Authorization: 'Basic ' + Buffer.from(`${u}:demo`).toString('base64'), 'Content-Type': 'application/json' });
const api = async (u, m, p, b) => { const r = await fetch(BASE + p, { method: m, headers: h(u), body: b && JSON.stringify(b) }); const t = await r.text(); return t ? JSON.parse(t) : null; };
const c = (await api('cspl', 'POST', '/api/cycles', { units: ['hoalu'] })).id;
await api('cspl', 'POST', `/api/cycles/${c}/plan/submit`);
await api('thuongtruc', 'POST', `/api/cycles/${c}/plan/review`, { decision: 'ACCEPT' });
await new Promise(r => setTimeout(r, 6000));
if (process.env.SKIP_SETUP) {}
const full = { values: {}, sections: {}, explanations: {} };
[2,50,100,80,100,60,70,50,10,8,40,12,50,10,40,8,2,null,30,25,20,1].forEach((v, i) => { if (v !== null) full.values[`I${String(i+1).padStart(2,'0')}`] = Object.fromEntries(['2016','2017','2018','2019','2020H1'].map(p => [p, v])); });
console.log('draft', (await api('hoalu', 'PUT', `/api/cycles/${c}/reports/hoalu/draft`, full)).status);
const b = await launch(); const page = await b.newPage();
await login(page, 'hoalu');
await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
await page.locator('.tasks-list').getByText('Lập báo cáo').first().click();
const t0 = Date.now(); page.setDefaultTimeout(110000);
await page.locator('[id$="-Field_v_r05_p3"]').waitFor({ timeout: 60000 });
console.log('form shown after', Date.now() - t0, 'ms; value', await page.locator('[id$="-Field_v_r05_p3"]').inputValue());
const stats = await page.evaluate(() => new Promise(resolve => {
  const seen = {}; let n = 0;
  const o = new MutationObserver(ms => { for (const m of ms) { n++; const k = (m.target.id || m.target.className || m.target.nodeName) + ':' + m.type + ':' + (m.attributeName||''); seen[k] = (seen[k]||0)+1; } });
  o.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  setTimeout(() => { o.disconnect(); resolve({ n, top: Object.entries(seen).sort((a,b)=>b[1]-a[1]).slice(0,8) }); }, 3000);
}));
console.log(JSON.stringify(stats));
await b.close();
