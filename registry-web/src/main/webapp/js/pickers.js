// A type-ahead picker (the ARIA 1.2 combobox pattern): a text field that lists the choices matching
// what is typed, each with a second line that tells apart records of the same name (a person's
// institution and ORCID iD, an asset's project code and owners). Arrow keys move through the list,
// Enter or a click chooses, Escape closes it.
import {h, uid} from './dom.js';
import {t} from './i18n.js';

const SHOWN = 50;

/** Lower case, without accents, for matching what people type. */
function fold(s) {
  return String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * A picker. options: [{value, label, detail, lang}]; value: the chosen option's value ('' for none);
 * onchange(value) when a choice is made or cleared. name: the API field it sets (for its errors).
 */
export function comboBox({label, name, value, options, required, hint, onchange}) {
  const id = uid('combo');
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const chosenId = `${id}-chosen`;
  const errorId = `${id}-error`;
  const items = options.map(o => ({...o, value: String(o.value), text: fold(`${o.label} ${o.detail || ''}`)}));
  let chosen = items.find(o => o.value === String(value ?? '')) || null;
  let matches = [];
  let active = -1;

  const input = h('input', {
    id, type: 'text', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
    'aria-controls': listId, 'aria-describedby': `${hintId} ${chosenId} ${errorId}`, required: !!required,
    'data-field': name || null, 'data-error-id': errorId, value: chosen ? chosen.label : '', lang: chosen?.lang || null,
  });
  const list = h('ul', {id: listId, role: 'listbox', class: 'combo-list', 'aria-label': label, hidden: true});
  const note = h('p', {class: 'combo-note', 'aria-live': 'polite'});
  const chosenLine = h('p', {class: 'combo-chosen', id: chosenId});
  const showChosen = () => {
    chosenLine.textContent = chosen?.detail || '';
    input.lang = chosen?.lang || '';
  };
  showChosen();

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    note.textContent = '';
    active = -1;
  };
  const highlight = i => {
    active = i;
    [...list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
    const li = list.children[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({block: 'nearest'});
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const choose = item => {
    const changed = (chosen?.value || '') !== (item?.value || '');
    chosen = item;
    input.value = item ? item.label : '';
    showChosen();
    close();
    if (changed) {
      onchange?.(item ? item.value : '');
    }
    input.dispatchEvent(new Event('change', {bubbles: true}));
  };
  const open = () => {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    const typedChosen = chosen && input.value === chosen.label;
    matches = typedChosen || !words.length ? items : items.filter(o => words.every(w => o.text.includes(w)));
    list.replaceChildren(...matches.slice(0, SHOWN).map((o, n) => h('li', {
      id: `${id}-o${n}`, role: 'option', 'aria-selected': 'false', class: 'combo-option',
      onmousedown: e => e.preventDefault(), // keep the focus in the field
      onclick: () => choose(o),
    }, h('span', {class: 'combo-label', lang: o.lang || null}, o.label), o.detail ? h('span', {class: 'combo-detail'}, o.detail) : null)));
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    note.textContent = matches.length === 0 ? t('picker.none')
      : matches.length > SHOWN ? t('picker.more', {shown: SHOWN, n: matches.length}) : t('picker.count', {n: matches.length});
    highlight(matches.length === 1 ? 0 : -1);
  };

  input.addEventListener('input', open);
  input.addEventListener('focus', () => {
    if (!chosen) {
      open();
    }
  });
  input.addEventListener('keydown', e => {
    const shown = Math.min(matches.length, SHOWN);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden) {
        open();
      } else {
        highlight(Math.min(active + 1, shown - 1));
      }
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (e.key === 'Enter' && !list.hidden) {
      e.preventDefault(); // choosing is not sending the form
      if (active >= 0) {
        choose(matches[active]);
      }
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      input.value = chosen ? chosen.label : input.value;
      close();
    }
  });
  input.addEventListener('blur', () => {
    close();
    const text = input.value.trim();
    if (!text) {
      choose(null);
    } else if (!chosen || text !== chosen.label) {
      // what was typed names exactly one choice: that one; otherwise nothing is chosen
      const words = fold(text).split(/\s+/).filter(Boolean);
      const found = items.filter(o => words.every(w => o.text.includes(w)));
      choose(found.length === 1 ? found[0] : null);
      if (found.length !== 1) {
        input.value = text;
      }
    }
  });

  return h('div', {class: 'field combo'},
    h('label', {for: id}, label, required ? h('span', {class: 'required', 'aria-hidden': 'true'}, ' *') : null),
    h('p', {class: 'hint', id: hintId}, hint || t('picker.hint')),
    h('div', {class: 'combo-box'}, input, list),
    chosenLine, note,
    h('p', {class: 'field-error', id: errorId, hidden: true}));
}
