// Moves the progress bars of running screenings every second and a half; reloads the page when one completes, so its
// download link shows. Without script the refresh link does the same by hand.
(function () {
  'use strict';
  var table = document.getElementById('screenings');
  if (!table || !window.fetch) { return; }
  var template = table.getAttribute('data-progress-text');

  function format(values) {
    return template.replace(/\{(\d+)\}/g, function (m, i) { return String(values[i]); });
  }

  function poll() {
    var rows = table.querySelectorAll('tr[data-running="true"]');
    if (rows.length === 0) { return; }
    var pending = rows.length;
    var completed = false;
    rows.forEach(function (row) {
      var url = window.location.pathname + '?handler=Progress&id=' + encodeURIComponent(row.getAttribute('data-screening'));
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) {
          if (p) {
            var bar = row.querySelector('progress');
            bar.max = p.total;
            bar.value = p.screened;
            row.querySelector('.progress-text').textContent =
              format([p.screened.toLocaleString(), p.total.toLocaleString(), p.percentDone]);
            if (p.status === 'completed') { completed = true; }
          }
        })
        .catch(function () { })
        .then(function () {
          pending -= 1;
          if (pending === 0) {
            if (completed) { window.location.reload(); } else { window.setTimeout(poll, 1500); }
          }
        });
    });
  }

  window.setTimeout(poll, 1500);
})();
