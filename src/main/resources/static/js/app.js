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

    // "Select everyone on this page" ticks (or unticks) every box it names; shown only with JavaScript.
    function showSelectAll() {
      document.querySelectorAll('[data-select-all-box]').forEach(function (holder) {
        holder.hidden = false;
      });
    }
    showSelectAll();
    document.addEventListener('htmx:load', showSelectAll);
    document.addEventListener('change', function (event) {
      var all = event.target;
      if (all.matches && all.matches('input[data-select-all]')) {
        document.querySelectorAll(all.getAttribute('data-select-all')).forEach(function (box) {
          box.checked = all.checked;
        });
      }
    });

    // Toasts stay until the next page or until dismissed, so nobody misses an Undo.
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('[data-dismiss-toast]');
      if (button) {
        button.closest('.app-toast').classList.add('is-hidden');
      }
    });

    // Keyboard shortcuts: l logs an interaction, / goes to search, ? lists the shortcuts.
    var shortcuts = document.getElementById('shortcuts');
    if (window.location.hash === '#search') {
      var searchBox = document.querySelector('main input[type="search"]');
      if (searchBox) {
        searchBox.focus();
      }
    }
    document.addEventListener('keydown', function (event) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      var target = event.target;
      if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
          || (shortcuts && shortcuts.open)) {
        return;
      }
      if (event.key === 'l') {
        var log = document.querySelector('[data-shortcut="log"]');
        if (log) {
          event.preventDefault();
          window.location.assign(log.href);
        }
      } else if (event.key === '/') {
        event.preventDefault();
        var search = document.querySelector('main input[type="search"], main .picker-input');
        if (search) {
          search.focus();
        } else if (document.querySelector('[data-shortcut="search"]')) {
          window.location.assign(document.querySelector('[data-shortcut="search"]').href + '#search');
        }
      } else if (event.key === '?' && shortcuts && shortcuts.showModal) {
        event.preventDefault();
        shortcuts.showModal();
      }
    });
    if (shortcuts) {
      shortcuts.querySelectorAll('[data-close-dialog]').forEach(function (button) {
        button.addEventListener('click', function () {
          shortcuts.close();
        });
      });
    }

    // Installable: the service worker keeps the app's own files at hand (never pages with data).
    if ('serviceWorker' in navigator && document.querySelector('link[rel="manifest"]')) {
      navigator.serviceWorker.register('/sw.js').catch(function () {
        // Not installable here (e.g. plain http on another host): the app works the same.
      });
    }

    // Sign-up fills in the browser's time zone (any valid zone is accepted, not only the listed ones).
    document.querySelectorAll('[data-detect-time-zone]').forEach(function (field) {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && (field.value === 'UTC' || field.value === '')) {
        field.value = zone;
      }
    });

    // The profile keeps the chosen zone, and offers the device's own when it differs (e.g. after a move).
    document.querySelectorAll('button[data-use-detected-zone]').forEach(function (button) {
      var input = document.getElementById(button.getAttribute('data-use-detected-zone'));
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      // The list is curated, so the device's zone may not be in it; the server accepts any valid zone.
      if (!input || !zone || input.value === zone) {
        return;
      }
      button.textContent = button.getAttribute('data-label') + ' ' + zone;
      button.hidden = false;
      button.addEventListener('click', function () {
        input.value = zone;
        button.hidden = true;
        input.focus();
      });
    });
  });
}());
