// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // htmx requests carry the CSRF token the page was rendered with.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function onReady(callback) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', callback);
    } else {
      callback();
    }
  }

  onReady(function () {
    // Buttons marked data-copy-target copy that field's text (the calendar feed address).
    document.querySelectorAll('button[data-copy-target]').forEach(function (button) {
      button.addEventListener('click', function () {
        var field = document.getElementById(button.getAttribute('data-copy-target'));
        field.select();
        var done = function () {
          button.textContent = button.getAttribute('data-copied-text') || button.textContent;
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(done, function () {
            document.execCommand('copy');
            done();
          });
        } else {
          document.execCommand('copy');
          done();
        }
      });
    });

    // Selects marked data-autosubmit submit their form when changed.
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () {
        select.form.requestSubmit();
      });
    });

    // Forms marked data-confirm ask before doing something that cannot be undone.
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (form.matches && form.matches('form[data-confirm]') && !window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    }, true);

    // A filter box above a long multi-select hides the options that do not match.
    document.querySelectorAll('input[data-filter-for]').forEach(function (input) {
      var select = document.getElementById(input.getAttribute('data-filter-for'));
      if (!select) {
        return;
      }
      input.addEventListener('input', function () {
        var needle = input.value.trim().toLowerCase();
        Array.prototype.forEach.call(select.options, function (option) {
          option.hidden = needle !== '' && !option.selected && option.text.toLowerCase().indexOf(needle) === -1;
        });
      });
    });

    // Sign-up preselects the browser's time zone.
    document.querySelectorAll('select[data-detect-time-zone]').forEach(function (select) {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && select.value === 'UTC' && select.querySelector('option[value="' + zone + '"]')) {
        select.value = zone;
      }
    });
  });
}());
