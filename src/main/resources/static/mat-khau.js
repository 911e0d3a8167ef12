// The set-password page: the token comes in the address's fragment (#…), which no server or log sees, and is
// sent in the body of the calls. A refused password leaves the form as typed and says why.
(function () {
  const $ = (id) => document.getElementById(id);
  const token = location.hash.slice(1);

  async function post(path, body) {
    const answer = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body) });
    const read = answer.status === 204 ? null : await answer.json().catch(() => null);
    if (!answer.ok) {
      const problems = read && read.problems && read.problems.length ? read.problems.join(' ') : null;
      throw new Error(problems || (read && read.message) || `Lỗi ${answer.status}.`);
    }
    return read;
  }

  function fail(message) {
    $('error').textContent = message;
    $('error').hidden = false;
  }

  async function start() {
    try {
      const holder = await post('/password-link/check', { token });
      $('who').textContent = `Đặt mật khẩu cho tài khoản «${holder.user}». Liên kết chỉ dùng được một lần.`;
      $('form').hidden = false;
      $('form').password.focus();
    } catch (error) {
      $('who').textContent = '';
      fail(error.message);
    }
  }

  $('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('error').hidden = true;
    const form = $('form');
    if (form.password.value !== form.again.value) {
      fail('Hai lần nhập mật khẩu không giống nhau.');
      return;
    }
    try {
      await post('/password-link', { token, password: form.password.value });
      form.hidden = true;
      $('who').hidden = true;
      $('done').hidden = false;
    } catch (error) {
      fail(error.message);
    }
  });

  start();
}());
