// A Cockpit dashboard section: the timers waiting in each running cycle (reminders, cut-off, the
// province's deadlines) by unit name, soonest first, each linked to its instance, and the link to the
// cycle's progress page; so that a supervisor does not open one instance after another.
const DONE = 'DONE';

async function get(path) {
  const answer = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!answer.ok) {
    const body = await answer.json().catch(() => null);
    throw new Error(body && body.message ? body.message : `Lỗi ${answer.status}`);
  }
  return answer.json();
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

async function render(node) {
  node.replaceChildren(element('p', 'Đang tải các hẹn giờ…'));
  const at = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
  try {
    const cycles = (await get('/api/cycles')).filter((cycle) => cycle.stage !== DONE);
    const sections = [];
    for (const cycle of cycles.sort((a, b) => b.id - a.id)) {
      const timers = await get(`/api/cycles/${cycle.id}/timers`);
      const section = element('section', undefined, { class: 'timers-by-unit' });
      const heading = element('h4', `Đợt báo cáo số ${cycle.id}${cycle.planNumber ? ' · Kế hoạch ' + cycle.planNumber : ''} · `);
      heading.append(element('a', 'Xem tiến độ', { href: `/tien-do.html?dot=${cycle.id}`, target: '_blank' }));
      section.append(heading);
      const table = element('table', undefined, { class: 'cam-table' });
      const head = table.createTHead().insertRow();
      ['Lúc', 'Đơn vị', 'Bước chờ', 'Quy trình'].forEach((title) => head.append(element('th', title)));
      const body = table.createTBody();
      for (const timer of timers) {
        const row = body.insertRow();
        row.insertCell().textContent = at.format(new Date(timer.dueAt));
        const unit = row.insertCell();
        unit.append(element('a', timer.unitName, { href: `#/process-instance/${timer.processInstanceId}/runtime` }));
        row.insertCell().textContent = timer.waitingStep;
        row.insertCell().textContent = timer.process;
      }
      if (!timers.length) {
        body.insertRow().insertCell().textContent = 'Không có hẹn giờ nào đang chờ.';
      }
      section.append(table);
      sections.push(section);
    }
    const title = element('h3', 'Hẹn giờ đang chờ theo đơn vị (nhắc hạn, hết hạn thu nhận, hạn của tỉnh)');
    node.replaceChildren(title, ...(sections.length ? sections : [element('p', 'Không có đợt báo cáo nào đang chạy.')]));
  } catch (e) {
    node.replaceChildren(element('p', `Không tải được các hẹn giờ: ${e.message}`));
  }
}

export default {
  id: 'timers-by-unit',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render,
  properties: { label: 'Hẹn giờ theo đơn vị' },
};
