// Suggests residents as a gatherer types a name; without script the search form still works.
(function () {
  'use strict';
  var input = document.querySelector('input[data-suggest-url]');
  if (!input) { return; }
  var list = document.getElementById(input.getAttribute('data-suggest-list'));
  var url = input.getAttribute('data-suggest-url');
  var timer = null;
  var latest = 0;

  function show(items) {
    list.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '?subject=' + encodeURIComponent(item.id);
      a.textContent = item.name + ' ';
      var masked = document.createElement('span');
      masked.className = 'mono';
      masked.textContent = item.maskedIdentifier;
      a.appendChild(masked);
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  function lookUp() {
    var prefix = input.value.trim();
    if (prefix.length === 0) { show([]); return; }
    var ticket = ++latest;
    fetch(url + encodeURIComponent(prefix), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (items) { if (ticket === latest) { show(items); } })
      .catch(function () { /* the search button still works */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 150);
  });
  document.documentElement.classList.add('js');
})();
