// A print button, since inline handlers are not allowed by the content security policy.
(function () {
  'use strict';
  document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
