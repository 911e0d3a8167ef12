// The progress page: a cycle's units (overdue first), its counts, the reporting rates by day (as DHIS2
// draws its reporting rates) and the timers waiting, read from the API with the Tasklist session.
(function () {
  const STATUS = {
    NOT_STARTED: 'Chưa bắt đầu', DRAFT: 'Đang soạn', SUBMITTED: 'Đã nộp, chờ xem xét', RETURNED: 'Bị trả lại',
    ACCEPTED: 'Đã chấp nhận', MISSING: 'Không nộp (đã khóa sổ)',
  };
  const DAY = 24 * 3600 * 1000;
  const query = new URLSearchParams(location.search);
  const $ = (id) => document.getElementById(id);

  async function get(path) {
    const answer = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await answer.json().catch(() => null);
    if (!answer.ok) {
      throw new Error(body && body.message ? body.message : `Lỗi ${answer.status} khi đọc ${path}`);
    }
    return body;
  }

  function formatter(zone) {
    const at = new Intl.DateTimeFormat('vi-VN', { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric',
      hour: '2-digit', minute: '2-digit', hour12: false });
    const day = new Intl.DateTimeFormat('vi-VN', { timeZone: zone, day: '2-digit', month: '2-digit' });
    const dayMonth = (date) => {
      const parts = Object.fromEntries(day.formatToParts(date).map((part) => [part.type, part.value]));
      return `${parts.day}/${parts.month}`;
    };
    return { at: (iso) => (iso ? at.format(new Date(iso)) : ''), day: dayMonth };
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  function count(label, value, className) {
    const box = document.createElement('div');
    box.className = 'count' + (className ? ' ' + className : '');
    const number = document.createElement('b');
    number.textContent = value;
    box.append(number, label);
    $('counts').append(box);
  }

  function overdue(unit, now) {
    return !unit.submittedAt && unit.dueAt && new Date(unit.dueAt).getTime() < now;
  }

  function showUnits(units, show, now) {
    const body = $('units').tBodies[0];
    body.replaceChildren();
    const sorted = [...units].sort((a, b) => (overdue(b, now) - overdue(a, now))
      || (new Date(a.dueAt) - new Date(b.dueAt)) || a.name.localeCompare(b.name, 'vi'));
    for (const unit of sorted) {
      const row = body.insertRow();
      if (overdue(unit, now)) row.className = 'overdue';
      cell(row, unit.name);
      cell(row, STATUS[unit.status] || unit.status);
      cell(row, show.at(unit.dueAt));
      cell(row, show.at(unit.submittedAt));
      const timely = cell(row, '');
      if (unit.onTime !== null && unit.onTime !== undefined) {
        const tag = document.createElement('span');
        tag.className = 'tag ' + (unit.onTime ? 'ok' : 'late');
        tag.textContent = unit.onTime ? 'Đúng hạn' : 'Muộn';
        timely.append(tag);
      } else if (overdue(unit, now)) {
        const tag = document.createElement('span');
        tag.className = 'tag late';
        tag.textContent = 'Quá hạn, chưa nộp';
        timely.append(tag);
      }
      cell(row, String(unit.remindersSent), 'num');
      cell(row, String(unit.returns), 'num');
    }
  }

  function showCounts(units, now) {
    $('counts').replaceChildren();
    const total = units.length;
    const reported = units.filter((u) => u.submittedAt).length;
    const onTime = units.filter((u) => u.onTime === true).length;
    const late = units.filter((u) => u.onTime === false).length;
    const missing = units.filter((u) => overdue(u, now)).length;
    const percent = (n) => (total ? Math.round((100 * n) / total) : 0) + '%';
    count('đơn vị tham gia', total);
    count(`đã báo cáo (${percent(reported)})`, reported, 'ok');
    count(`đúng hạn (${percent(onTime)})`, onTime, 'ok');
    count('nộp muộn', late, late ? 'late' : '');
    count('quá hạn, chưa nộp', missing, missing ? 'late' : '');
    count('đã chấp nhận', units.filter((u) => u.status === 'ACCEPTED').length);
    count('bị trả lại (đang chờ nộp lại)', units.filter((u) => u.status === 'RETURNED').length);
  }

  let chart;
  function showRates(units, from, now, show) {
    const days = [];
    for (let end = from.getTime() + DAY; end < now + DAY; end += DAY) days.push(Math.min(end, now));
    const total = units.length || 1;
    const share = (predicate) => days.map((end) => Math.round((1000 * units.filter((u) => predicate(u, end)).length) / total) / 10);
    const submittedBy = (u, end) => u.submittedAt && new Date(u.submittedAt).getTime() <= end;
    const data = {
      labels: days.map((end) => show.day(new Date(end - 1))),
      datasets: [
        { label: 'Đã báo cáo (%)', data: share(submittedBy), borderColor: '#1f6feb', backgroundColor: '#1f6feb33', fill: true, tension: 0.2 },
        { label: 'Báo cáo đúng hạn (%)', data: share((u, end) => submittedBy(u, end) && u.onTime), borderColor: '#1a7f37', tension: 0.2 },
        { label: 'Quá hạn, chưa nộp (%)', data: share((u, end) => !submittedBy(u, end) && u.dueAt && new Date(u.dueAt).getTime() < end), borderColor: '#b42318', tension: 0.2 },
      ],
    };
    if (chart) chart.destroy();
    chart = new Chart($('rates'), {
      type: 'line', data,
      options: { maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100, ticks: { callback: (v) => v + '%' } } },
        plugins: { legend: { position: 'bottom' } } },
    });
  }

  function showTimers(timers, show) {
    const body = $('timers').tBodies[0];
    body.replaceChildren();
    if (!timers.length) {
      cell(body.insertRow(), 'Không có hẹn giờ nào đang chờ.').colSpan = 5;
    }
    for (const timer of timers) {
      const row = body.insertRow();
      cell(row, show.at(timer.dueAt));
      cell(row, timer.unitName);
      cell(row, timer.waitingStep);
      cell(row, timer.process);
      const link = document.createElement('a');
      link.href = `/camunda/app/cockpit/default/#/process-instance/${timer.processInstanceId}/runtime`;
      link.textContent = 'Mở trong Cockpit';
      row.insertCell().append(link);
    }
  }

  async function show(cycleId) {
    const [cycle, progress, timers] = await Promise.all([
      get(`/api/cycles/${cycleId}`), get(`/api/cycles/${cycleId}/progress`), get(`/api/cycles/${cycleId}/timers`)]);
    const zone = cycle.timeZone || 'Asia/Ho_Chi_Minh';
    const fmt = formatter(zone);
    const now = Date.now();
    $('title').textContent = `Tiến độ đợt báo cáo số ${cycle.id}`;
    $('plan').textContent = `Kế hoạch số ${cycle.planNumber} · ${cycle.title}`;
    const from = new Date(cycle.planIssuedOn || cycle.planDate);
    showCounts(progress.units, now);
    showRates(progress.units, from, now, fmt);
    showUnits(progress.units, fmt, now);
    showTimers(timers, fmt);
    document.documentElement.dataset.progress = 'shown';
  }

  async function start() {
    try {
      const cycles = await get('/api/cycles');
      const chosen = query.get('dot') || (cycles.length ? String(Math.max(...cycles.map((c) => c.id))) : null);
      for (const cycle of [...cycles].sort((a, b) => b.id - a.id)) {
        const option = new Option(`Đợt số ${cycle.id}: ${cycle.planNumber}`, String(cycle.id), false, String(cycle.id) === chosen);
        $('cycles').add(option);
      }
      $('cycles').addEventListener('change', () => { location.search = '?dot=' + $('cycles').value; });
      if (!chosen) {
        $('plan').textContent = 'Chưa có đợt báo cáo nào.';
        return;
      }
      await show(chosen);
    } catch (e) {
      $('error').hidden = false;
      $('error').textContent = e.message + ' Hãy đăng nhập Tasklist (cán bộ của Liên đoàn Lao động tỉnh) rồi mở lại trang này.';
      $('plan').textContent = '';
    }
  }

  start();
})();
