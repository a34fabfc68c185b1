// A tiny element builder: text always goes in as text, never as HTML.

// A form control is built with its default value, selection or check, not only its current one:
// form.reset() goes back to the defaults, and without them it empties inputs and selects the first option.
const DEFAULTS = { value: 'defaultValue', selected: 'defaultSelected', checked: 'defaultChecked' };

/** h('button', {class: 'x', onclick: fn}, 'label', child) */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (DEFAULTS[name] && DEFAULTS[name] in element) {
      element[DEFAULTS[name]] = value; // a textarea's default value is its text, not an attribute
    } else if (name === 'value') {
      element.value = value; // a select has no default of its own: its options do
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name in element && typeof value !== 'string') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of element. */
export function mount(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let idCounter = 0;
export function uid(prefix = 'f') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled form field; its error line is found again by the field's name (see showErrors). */
export function field(label, input, hint) {
  const id = input.id || uid(input.name || 'f');
  input.id = id;
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true });
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  input.setAttribute('aria-describedby', describedBy);
  return h('div', { class: 'field', dataset: { field: input.name || '' } },
    h('label', { for: id }, label),
    input,
    hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
    error);
}

/**
 * Shows a problem+json answer on a form: each errors[] entry under its field (the first one
 * focused), anything else in the form's general message line.
 */
export function showErrors(form, problem) {
  for (const line of form.querySelectorAll('.field-error')) {
    line.hidden = true;
    line.textContent = '';
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const general = form.querySelector('.form-error');
  if (general) { general.hidden = true; general.textContent = ''; }
  if (!problem) return;
  let first = null;
  const unplaced = [];
  for (const error of problem.errors ?? (problem.field ? [{ field: problem.field, message: problem.detail }] : [])) {
    const box = form.querySelector(`.field[data-field="${CSS.escape(error.field)}"]`);
    if (!box) { unplaced.push(`${error.field}: ${error.message}`); continue; }
    const line = box.querySelector('.field-error');
    line.textContent = line.textContent ? `${line.textContent}; ${error.message}` : error.message;
    line.hidden = false;
    const input = box.querySelector('input, select, textarea');
    input?.setAttribute('aria-invalid', 'true');
    first ??= input;
  }
  if (general && (!first || unplaced.length)) {
    general.textContent = unplaced.length ? unplaced.join('; ') : (problem.detail ?? problem.title ?? '');
    general.hidden = false;
  }
  (first ?? general)?.focus?.();
}

/**
 * A button copying input's value to the clipboard, and the line saying it was copied. The input is
 * selected first: where the browser refuses the clipboard, it is copied by hand.
 */
export function copyButton(input, label, copiedText, attrs = {}) {
  const copied = h('span', { role: 'status', class: 'muted' });
  const button = h('button', { type: 'button', class: 'secondary', ...attrs, onclick: async () => {
    input.select();
    try { await navigator.clipboard.writeText(input.value); copied.textContent = copiedText; } catch { /* selected: copy by hand */ }
  } }, label);
  return [button, ' ', copied];
}

/**
 * Calls onCommit(value) once the user settles on a select's value: at once for a pick with the mouse
 * or a finger, but after the arrow keys (which change a closed select's value on every press) only on
 * Enter or when focus leaves it; Escape goes back to the value last committed.
 */
export function onSettled(select, onCommit) {
  let committed = select.value;
  let keyed = false;
  const commit = () => {
    keyed = false;
    if (select.value === committed) return;
    onCommit(select.value);
    committed = select.value;
  };
  select.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') { event.preventDefault(); commit(); } else if (event.key === 'Escape' && keyed) {
      select.value = committed;
      keyed = false;
    } else if (event.key !== 'Tab' && event.key !== 'Shift') keyed = true;
  });
  select.addEventListener('change', () => { if (!keyed) commit(); });
  select.addEventListener('blur', commit);
  return select;
}
