// The units' page: the list (by the day they exist on), and for the province's administrators adding, editing,
// ending and reorganising units, importing units and people from spreadsheets, through /api with the Tasklist
// session.
// A refused change leaves every field as typed and lists each problem the API names.
(function () {
  const KEEPERS = ['quantri', 'camunda-admin'];
  const $ = (id) => document.getElementById(id);
  const state = { units: [], kinds: [], picked: new Set(), editing: null, csrf: null };

  async function call(method, path, body, type) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') headers['X-XSRF-TOKEN'] = state.csrf;
    if (body !== undefined) headers['Content-Type'] = type || 'application/json';
    const answer = await fetch(path, { method, headers, body: type || body === undefined ? body : JSON.stringify(body) });
    const read = answer.status === 204 ? null : await answer.json().catch(() => null);
    if (!answer.ok) {
      const error = new Error(read && read.message ? read.message : `Lỗi ${answer.status} khi gọi ${path}`);
      error.problems = read && read.problems ? read.problems : [];
      throw error;
    }
    return read;
  }

  function day(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-');
    return `${Number(d)}/${Number(m)}/${y}`;
  }

  // A day as people write it here (1/7/2025, or 2025-07-01) to the API's 2025-07-01; blank stays blank.
  function isoDay(text, field) {
    const written = text.trim();
    if (!written) return null;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(written);
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
    const date = y && new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (!date || date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) {
      const error = new Error(`${field}: «${written}» không phải một ngày (viết ngày/tháng/năm, như 1/7/2025).`);
      error.problems = [];
      throw error;
    }
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }

  function kindName(code) {
    const kind = state.kinds.find((k) => k.code === code);
    return kind ? kind.name : code;
  }

  function unitName(code) {
    const unit = state.units.find((u) => u.code === code);
    return unit ? unit.name : code;
  }

  function validOn(unit, on) {
    return !on || (unit.validFrom <= on && (!unit.validTo || unit.validTo >= on));
  }

  function showResult(list, lines, problems) {
    list.replaceChildren(...lines.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }));
    list.className = 'result ' + (problems ? 'problems' : 'changes');
  }

  function showFailure(list, error) {
    showResult(list, error.problems.length ? [error.message.split(':')[0] + ':', ...error.problems] : [error.message], true);
  }

  function options(select, entries, blank) {
    const chosen = select.value;
    select.replaceChildren(...(blank === undefined ? [] : [[ '', blank ]]).concat(entries).map(([value, text]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = text;
      return option;
    }));
    if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  function showUnits() {
    let on = null;
    try {
      on = isoDay($('on').value, 'Hoạt động vào ngày');
      $('error').hidden = true;
    } catch (error) {
      $('error').hidden = false;
      $('error').textContent = error.message;
    }
    const search = $('search').value.trim().toLocaleLowerCase('vi');
    const keeper = !$('keeper').hidden;
    const body = $('units').tBodies[0];
    body.replaceChildren();
    const shown = state.units.filter((u) => validOn(u, on)
      && (!search || u.code.includes(search) || u.name.toLocaleLowerCase('vi').includes(search)));
    for (const unit of shown) {
      const row = body.insertRow();
      row.dataset.code = unit.code;
      if (unit.validTo) row.classList.add('ended');
      if (state.picked.has(unit.code)) row.classList.add('picked');
      if (keeper) {
        const pick = document.createElement('input');
        pick.type = 'checkbox';
        pick.checked = state.picked.has(unit.code);
        pick.setAttribute('aria-label', `Chọn ${unit.name}`);
        pick.addEventListener('change', () => {
          if (pick.checked) state.picked.add(unit.code); else state.picked.delete(unit.code);
          row.classList.toggle('picked', pick.checked);
          showPicked();
        });
        row.insertCell().append(pick);
      }
      cell(row, unit.code);
      cell(row, unit.name);
      cell(row, kindName(unit.kind));
      cell(row, unit.parent ? unitName(unit.parent) : '');
      cell(row, `từ ${day(unit.validFrom)}` + (unit.validTo ? ` đến ${day(unit.validTo)}` : ''));
      cell(row, unit.successor ? unitName(unit.successor) : '');
      cell(row, unit.email || '');
      if (keeper) {
        const edit = document.createElement('button');
        edit.type = 'button';
        edit.className = 'small';
        edit.textContent = 'Sửa';
        edit.addEventListener('click', () => startEditing(unit));
        row.insertCell().append(edit);
      }
    }
    $('shown').textContent = `${shown.length} / ${state.units.length} đơn vị`;
  }

  function showPicked() {
    const names = [...state.picked].map(unitName);
    $('picked').textContent = names.length ? `Đã chọn: ${names.join('; ')}` : 'Chưa chọn đơn vị nào.';
  }

  function fillChoices() {
    const kinds = state.kinds.map((k) => [k.code, k.name]);
    for (const extra of new Set(state.units.map((u) => u.kind))) {
      if (!state.kinds.some((k) => k.code === extra)) kinds.push([extra, extra]);
    }
    const live = state.units.filter((u) => !u.validTo).map((u) => [u.code, `${u.name} (${u.code})`]);
    const all = state.units.map((u) => [u.code, `${u.name} (${u.code})`]);
    const form = $('edit');
    options(form.kind, kinds);
    options(form.parent, all, '— không có —');
    const end = $('end');
    options(end.newKind, kinds);
    options(end.newParent, live, '— không có —');
    options(end.successor, all);
  }

  async function load() {
    state.units = await call('GET', '/api/units');
    fillChoices();
    showUnits();
    showPicked();
  }

  function startEditing(unit) {
    const form = $('edit');
    state.editing = unit.code;
    form.code.value = unit.code;
    form.code.disabled = true;
    form.name.value = unit.name;
    form.kind.value = unit.kind;
    form.parent.value = unit.parent || '';
    form.email.value = unit.email || '';
    form.validFrom.value = day(unit.validFrom);
    form.validFrom.disabled = true;
    $('edit-title').textContent = `Sửa đơn vị ${unit.name}`;
    $('edit-save').textContent = 'Lưu thay đổi';
    $('edit-cancel').hidden = false;
    $('edit-result').replaceChildren();
    $('edit-box').scrollIntoView({ behavior: 'smooth', block: 'center' });
    form.name.focus();
  }

  function stopEditing() {
    const form = $('edit');
    state.editing = null;
    form.reset();
    form.code.disabled = false;
    form.validFrom.disabled = false;
    $('edit-title').textContent = 'Thêm đơn vị';
    $('edit-save').textContent = 'Thêm đơn vị';
    $('edit-cancel').hidden = true;
  }

  async function saveUnit(event) {
    event.preventDefault();
    const form = $('edit');
    const fields = { name: form.name.value, kind: form.kind.value, parent: form.parent.value || null,
      email: form.email.value.trim() || null };
    try {
      const done = state.editing
        ? await call('PUT', `/api/units/${encodeURIComponent(state.editing)}`, fields)
        : await call('POST', '/api/units', { code: form.code.value,
          validFrom: isoDay(form.validFrom.value, 'Hoạt động từ ngày'), ...fields });
      showResult($('edit-result'), done.changes.length ? done.changes : ['Không có gì thay đổi.'], false);
      stopEditing();
      await load();
    } catch (error) {
      showFailure($('edit-result'), error);
    }
  }

  function showSuccessorMode() {
    const mode = $('end').mode.value;
    $('existing-box').hidden = mode !== 'existing';
    $('new-box').hidden = mode !== 'new';
  }

  async function endUnits(event) {
    event.preventDefault();
    const form = $('end');
    const codes = [...state.picked];
    if (!codes.length) {
      showResult($('end-result'), ['Hãy chọn ở cột «Chọn» của bảng những đơn vị kết thúc hoạt động.'], true);
      return;
    }
    const mode = form.mode.value;
    try {
      const validTo = isoDay(form.validTo.value, 'Ngày cuối cùng hoạt động');
      let done;
      if (mode === 'new') {
        done = await call('POST', '/api/units/reorganisations', { units: codes, validTo,
          successor: { code: form.newCode.value, name: form.newName.value, kind: form.newKind.value,
            parent: form.newParent.value || null, email: form.newEmail.value.trim() || null } });
      } else if (mode === 'existing' && codes.length > 1) {
        done = await call('POST', '/api/units/reorganisations', { units: codes, validTo,
          successor: { code: form.successor.value } });
      } else {
        done = await call('POST', `/api/units/${encodeURIComponent(codes[0])}/end`, { validTo,
          successor: mode === 'existing' ? form.successor.value : null });
      }
      showResult($('end-result'), done.changes.length ? done.changes : ['Không có gì thay đổi.'], false);
      state.picked.clear();
      form.reset();
      showSuccessorMode();
      await load();
    } catch (error) {
      showFailure($('end-result'), error);
    }
  }

  async function importFile(event) {
    event.preventDefault();
    const dry = event.submitter ? event.submitter.value === 'true' : true;
    const file = $('import').file.files[0];
    if (!file) return;
    $('import-summary').textContent = 'Đang đọc tệp…';
    try {
      const done = await call('POST', `/api/units/import?dryRun=${dry}`, await file.arrayBuffer(), 'application/octet-stream');
      $('import-summary').textContent = done.applied
        ? `Đã nhập tệp ${file.name}: ${done.changes.length} thay đổi.`
        : `Chạy thử tệp ${file.name}: mọi dòng hợp lệ; bấm «Nhập đơn vị» sẽ có ${done.changes.length} thay đổi (chưa ghi gì).`;
      showResult($('import-result'), done.changes, false);
      if (done.applied) await load();
    } catch (error) {
      $('import-summary').textContent = `Tệp ${file.name} chưa được nhập (không dòng nào được ghi):`;
      showResult($('import-result'), error.problems.length ? error.problems : [error.message], true);
    }
  }

  async function importPeople(event) {
    event.preventDefault();
    const dry = event.submitter ? event.submitter.value === 'true' : true;
    const file = $('people').file.files[0];
    if (!file) return;
    $('people-summary').textContent = 'Đang đọc tệp…';
    $('people-links').replaceChildren();
    try {
      const done = await call('POST', `/api/people/import?dryRun=${dry}`, await file.arrayBuffer(), 'application/octet-stream');
      $('people-summary').textContent = done.applied
        ? `Đã nhập tệp ${file.name}: ${done.changes.length} thay đổi.`
        : `Chạy thử tệp ${file.name}: mọi dòng hợp lệ; bấm «Nhập người dùng» sẽ có ${done.changes.length} thay đổi (chưa ghi gì).`;
      showResult($('people-result'), done.changes.length ? done.changes : ['Không có gì thay đổi.'], false);
      $('people-links').replaceChildren(...done.links.map((link) => {
        const item = document.createElement('li');
        if (link.mailedTo) {
          item.textContent = `«${link.userId}»: đã gửi liên kết đặt mật khẩu tới ${link.mailedTo}.`;
        } else {
          item.append(`«${link.userId}»: ${link.note} `);
          const code = document.createElement('code');
          code.textContent = link.url;
          item.append(code);
        }
        return item;
      }));
    } catch (error) {
      $('people-summary').textContent = `Tệp ${file.name} chưa được nhập (không dòng nào được ghi):`;
      showResult($('people-result'), error.problems.length ? error.problems : [error.message], true);
    }
  }

  async function start() {
    try {
      const [session, kinds] = await Promise.all([call('GET', '/api/session'), call('GET', '/api/unit-kinds')]);
      state.csrf = session.csrfToken;
      state.kinds = kinds;
      const keeper = session.groups.some((g) => KEEPERS.includes(g));
      $('keeper').hidden = !keeper;
      document.querySelectorAll('th.keeper').forEach((th) => { th.hidden = !keeper; });
      $('who').textContent = keeper
        ? `${session.user}: quản trị danh mục. Đơn vị đã tham gia đợt báo cáo không xoá được mà cho kết thúc hoạt động.`
        : `${session.user}: chỉ xem. Thay đổi danh mục là việc của quản trị viên (nhóm quantri).`;
      await load();
    } catch (error) {
      $('who').textContent = '';
      $('error').hidden = false;
      $('error').textContent = error.message;
    }
  }

  $('on').addEventListener('input', showUnits);
  $('search').addEventListener('input', showUnits);
  $('edit').addEventListener('submit', saveUnit);
  $('edit-cancel').addEventListener('click', stopEditing);
  $('end').addEventListener('submit', endUnits);
  $('end').addEventListener('change', showSuccessorMode);
  $('import').addEventListener('submit', importFile);
  $('people').addEventListener('submit', importPeople);
  start();
}());
