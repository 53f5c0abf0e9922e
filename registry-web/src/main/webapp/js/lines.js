// Editors for list-valued fields (participants, funding, staff, filings, inventors, shares): one
// fieldset per line, with buttons to add and remove lines.
import {h} from './dom.js';
import {t} from './i18n.js';
import {fieldset} from './forms.js';

/**
 * items: the model's array (changed in place); newItem(): a blank line; renderLine(item, index): the
 * line's fields; lineLabel(index): the legend of a line; name: the API field of the list.
 */
export function lineList({legend, name, items, newItem, renderLine, lineLabel, addLabel, min = 0, onchange, hint}) {
  const container = fieldset(legend, name);
  const body = h('div', {class: 'lines'});
  const addButton = h('button', {type: 'button', class: 'secondary add-line', onclick: () => {
    items.push(newItem());
    draw();
    onchange?.();
    const last = body.lastElementChild;
    last?.querySelector('input, select, textarea')?.focus();
  }}, addLabel);
  function draw() {
    body.replaceChildren(...items.map((item, i) => h('fieldset', {class: 'line', 'data-field': `${name}[${i}]`,
      'data-error-id': `${container.dataset.errorId}-${i}`, 'aria-describedby': `${container.dataset.errorId}-${i}`},
    h('legend', {}, lineLabel(i)),
    h('p', {class: 'field-error', id: `${container.dataset.errorId}-${i}`, hidden: true}),
    h('div', {class: 'line-fields'}, renderLine(item, i)),
    items.length > min ? h('button', {type: 'button', class: 'link-button remove-line', onclick: () => {
      items.splice(i, 1);
      draw();
      onchange?.();
      addButton.focus();
    }}, t('lines.remove', {line: lineLabel(i)})) : null)));
  }
  draw();
  container.append(hint ? h('p', {class: 'hint'}, hint) : '', body, addButton);
  container.redraw = draw;
  return container;
}
