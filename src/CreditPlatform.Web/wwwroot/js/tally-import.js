// Imports the checked lines a chunk at a time so a large tally shows its progress; without script the form posts them all at once.
(function () {
  'use strict';
  var form = document.getElementById('tally-import');
  if (!form || !window.fetch) { return; }
  var progress = document.getElementById('tally-progress');
  var status = document.getElementById('tally-status');
  document.documentElement.classList.add('js');
  var size = parseInt(form.getAttribute('data-chunk-size'), 10) || 200;
  var token = form.querySelector('input[name="__RequestVerificationToken"]');

  function format(text, values) {
    return text.replace(/\{(\d+)\}/g, function (m, i) { return String(values[i]); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var rows = JSON.parse(form.querySelector('input[name="rows"]').value);
    var button = form.querySelector('button');
    button.disabled = true;
    var totals = [0, 0, 0];
    var from = 0;
    var url = form.getAttribute('action').replace(/handler=Import/i, 'handler=Chunk');

    function next() {
      if (from >= rows.length) {
        status.textContent = format(form.getAttribute('data-done-text'), totals);
        status.hidden = false;
        status.setAttribute('data-testid', 'tally-done');
        return;
      }
      var body = new FormData();
      body.append('rows', JSON.stringify(rows.slice(from, from + size)));
      if (token) { body.append('__RequestVerificationToken', token.value); }
      fetch(url, { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
        .then(function (result) {
          totals[0] += result.accepted; totals[1] += result.duplicates; totals[2] += result.rejected;
          from += size;
          progress.value = Math.min(from, rows.length);
          next();
        })
        .catch(function () { button.disabled = false; form.submit(); });
    }
    next();
  });
})();
