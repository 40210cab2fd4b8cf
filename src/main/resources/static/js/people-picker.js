// The people picker: chips for the people picked, a type-ahead to add more, keyboard all the way
// (arrows to move, Enter to pick, Backspace on an empty box removes the last chip, Escape closes).
// Progressive enhancement of markup that works without JavaScript:
//   <div class="people-picker" data-people-picker data-label="With whom" [data-search-url="/contacts/picker"]>
//     <div class="picker-fallback"> checkboxes (several people) or a <select> (one person) </div>
//   </div>
// The fallback's inputs stay in the form (hidden) and are what gets submitted, so the server sees
// exactly what it sees without JavaScript. With data-search-url, people are looked up on the
// server as you type (wherever not every contact is on the page: the dashboard, the log and
// follow-up forms, the interaction list's filter); new picks become checked checkboxes named like
// data-field (and attached to data-form), or, for one person, a picked option of the <select>.
(function () {
  'use strict';

  var counter = 0;

  function optionsOf(picker) {
    var fallback = picker.querySelector('.picker-fallback');
    var select = fallback.querySelector('select');
    if (select) {
      return Array.prototype.filter.call(select.options, function (option) {
        return option.value !== '';
      }).map(function (option) {
        return {
          id: option.value,
          name: option.text.trim(),
          isPicked: function () { return option.selected; },
          setPicked: function (picked) {
            if (picked) {
              option.selected = true;
            } else if (option.selected) {
              select.value = '';
            }
          }
        };
      });
    }
    return Array.prototype.map.call(fallback.querySelectorAll('input[type="checkbox"]'), function (box) {
      var label = fallback.querySelector('label[for="' + box.id + '"]');
      return {
        id: box.value,
        name: (label ? label.textContent : box.getAttribute('aria-label') || box.value).trim(),
        isPicked: function () { return box.checked; },
        setPicked: function (picked) { box.checked = picked; }
      };
    });
  }

  function enhance(picker) {
    if (picker.classList.contains('is-enhanced')) {
      return;
    }
    picker.classList.add('is-enhanced');
    // The fallback's own search ("Find" and its field) is for pages without JavaScript;
    // left in the form, the hidden button would be the one Enter presses in any field.
    picker.querySelectorAll('.picker-fallback .picker-search').forEach(function (search) {
      search.remove();
    });
    var single = picker.querySelector('.picker-fallback select:not([multiple])') !== null;
    var searchUrl = picker.getAttribute('data-search-url');
    var id = 'picker-' + (++counter);
    var active = -1;
    var shown = [];
    var pending = null;

    var box = document.createElement('div');
    box.className = 'picker-box form-control';
    var chips = document.createElement('ul');
    chips.className = 'picker-chips';
    chips.setAttribute('aria-label', picker.getAttribute('data-chips-label') || 'Picked');
    var input = document.createElement('input');
    input.type = 'text';
    input.className = 'picker-input';
    input.id = picker.getAttribute('data-input-id') || id + '-input';
    input.autocomplete = 'off';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id + '-list');
    input.placeholder = picker.getAttribute('data-placeholder') || '';
    var labelledBy = picker.getAttribute('data-labelledby');
    if (labelledBy) {
      input.setAttribute('aria-labelledby', labelledBy);
    } else {
      input.setAttribute('aria-label', picker.getAttribute('data-label') || 'People');
    }
    var list = document.createElement('ul');
    list.className = 'picker-list';
    list.id = id + '-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('aria-live', 'polite');

    // The picker's own label (not an option's) now names the type-ahead box.
    var label = picker.querySelector(':scope > label[for]');
    if (label) {
      label.htmlFor = input.id;
    }
    box.appendChild(chips);
    box.appendChild(input);
    picker.appendChild(box);
    picker.appendChild(list);
    picker.appendChild(status);

    function picked() {
      return optionsOf(picker).filter(function (option) { return option.isPicked(); });
    }

    function renderChips() {
      chips.textContent = '';
      picked().forEach(function (option) {
        var chip = document.createElement('li');
        chip.className = 'picker-chip';
        var name = document.createElement('span');
        name.textContent = option.name;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'picker-chip-remove';
        remove.setAttribute('aria-label', (picker.getAttribute('data-remove-label') || 'Remove') + ' ' + option.name);
        remove.textContent = '\u00d7';
        remove.addEventListener('click', function () {
          option.setPicked(false);
          renderChips();
          status.textContent = (picker.getAttribute('data-removed-label') || 'Removed') + ' ' + option.name;
          input.focus();
        });
        chip.appendChild(name);
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (item, i) {
        item.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      if (index >= 0 && list.children[index]) {
        input.setAttribute('aria-activedescendant', list.children[index].id);
        list.children[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function renderList(matches) {
      shown = matches;
      list.textContent = '';
      if (matches.length === 0) {
        if (input.value.trim() !== '') {
          var none = document.createElement('li');
          none.className = 'picker-none';
          none.textContent = picker.getAttribute('data-none-label') || 'Nobody found';
          list.appendChild(none);
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        } else {
          close();
        }
        return;
      }
      matches.forEach(function (match, i) {
        var item = document.createElement('li');
        item.id = id + '-option-' + i;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.className = 'picker-option';
        item.textContent = match.name;
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          pick(match);
        });
        list.appendChild(item);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(0);
    }

    function addRemote(match) {
      var existing = optionsOf(picker).filter(function (option) { return option.id === String(match.id); })[0];
      if (existing) {
        return existing;
      }
      var fallback = picker.querySelector('.picker-fallback');
      var select = fallback.querySelector('select');
      if (select) {
        // One person (a <select>): the match becomes an option of the select, picked
        // below like any other, so the form submits it as it would without JavaScript.
        var option = document.createElement('option');
        option.value = match.id;
        option.textContent = match.name;
        select.appendChild(option);
        return optionsOf(picker).filter(function (known) { return known.id === String(match.id); })[0];
      }
      var holder = fallback.querySelector('.picker-remote') || fallback;
      var checkbox = document.createElement('input');
      checkbox.type = 'checkbox';
      checkbox.className = 'picker-remote-box';
      checkbox.name = picker.getAttribute('data-field');
      if (picker.getAttribute('data-form')) {
        checkbox.setAttribute('form', picker.getAttribute('data-form'));
      }
      checkbox.value = match.id;
      checkbox.id = id + '-remote-' + match.id;
      checkbox.checked = true;
      var label = document.createElement('label');
      label.setAttribute('for', checkbox.id);
      label.textContent = match.name;
      holder.appendChild(checkbox);
      holder.appendChild(label);
      return null;
    }

    function pick(match) {
      if (match.option) {
        match.option.setPicked(true);
      } else {
        var existing = addRemote(match);
        if (existing) {
          existing.setPicked(true);
        }
      }
      input.value = '';
      close();
      renderChips();
      status.textContent = (picker.getAttribute('data-added-label') || 'Added') + ' ' + match.name;
      input.focus();
      picker.dispatchEvent(new CustomEvent('picker:change', { bubbles: true }));
    }

    function localMatches(needle) {
      return optionsOf(picker).filter(function (option) {
        return !option.isPicked() && (needle === '' || option.name.toLowerCase().indexOf(needle) !== -1);
      }).slice(0, 8).map(function (option) {
        return { id: option.id, name: option.name, option: option };
      });
    }

    function search() {
      var needle = input.value.trim().toLowerCase();
      if (!searchUrl) {
        if (needle === '') {
          close();
        } else {
          renderList(localMatches(needle));
        }
        return;
      }
      if (needle === '') {
        close();
        return;
      }
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        var query = input.value.trim();
        fetch(searchUrl + (searchUrl.indexOf('?') === -1 ? '?' : '&') + 'q=' + encodeURIComponent(query), {
          headers: { 'Accept': 'application/json' },
          credentials: 'same-origin'
        }).then(function (response) {
          return response.ok ? response.json() : [];
        }).then(function (people) {
          if (input.value.trim() !== query) {
            return;
          }
          var taken = picked().map(function (option) { return option.id; });
          renderList(people.filter(function (person) {
            return taken.indexOf(String(person.id)) === -1;
          }).map(function (person) {
            return { id: String(person.id), name: person.name };
          }));
        }).catch(function () {
          close();
        });
      }, 120);
    }

    input.addEventListener('input', search);
    input.addEventListener('focus', function () {
      if (input.value.trim() !== '') {
        search();
      }
    });
    input.addEventListener('blur', function () {
      window.setTimeout(close, 100);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && shown.length > 0) {
        event.preventDefault();
        if (list.hidden) {
          renderList(shown);
        } else {
          highlight(Math.min(active + 1, shown.length - 1));
        }
      } else if (event.key === 'ArrowUp' && shown.length > 0) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter') {
        if (!list.hidden && active >= 0 && shown[active]) {
          event.preventDefault();
          pick(shown[active]);
        } else if (input.value.trim() !== '') {
          // Enter in a half-typed name never submits the form by accident.
          event.preventDefault();
        }
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      } else if (event.key === 'Backspace' && input.value === '') {
        var last = picked().pop();
        if (last) {
          last.setPicked(false);
          renderChips();
          status.textContent = (picker.getAttribute('data-removed-label') || 'Removed') + ' ' + last.name;
        }
      }
    });
    box.addEventListener('click', function (event) {
      if (event.target === box || event.target === chips) {
        input.focus();
      }
    });
    if (single) {
      picker.classList.add('is-single');
    }
    renderChips();
  }

  function enhanceAll(root) {
    (root.querySelectorAll ? root : document).querySelectorAll('[data-people-picker]').forEach(enhance);
    if (root.matches && root.matches('[data-people-picker]')) {
      enhance(root);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { enhanceAll(document); });
  } else {
    enhanceAll(document);
  }
  // htmx swaps in fresh markup (the quick log after logging): enhance that too.
  document.addEventListener('htmx:load', function (event) { enhanceAll(event.target); });
}());
