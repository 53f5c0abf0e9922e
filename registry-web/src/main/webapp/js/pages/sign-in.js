// Signing in with a username and password.
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {form, textField} from '../forms.js';
import {signIn, current} from '../session.js';
import {statusMessage} from '../ui.js';

export function render({query, state}) {
  state.model ??= {username: '', password: ''};
  const m = state.model;
  const next = query.next && query.next.startsWith('#/') && !query.next.startsWith('#/sign-in') ? query.next : '#/';
  if (current()) {
    return h('section', {class: 'panel narrow'}, h('h1', {}, t('signIn.title')),
      h('p', {}, t('signIn.already', {name: current().username})), h('p', {}, h('a', {href: '#/'}, t('nav.home'))));
  }
  return h('section', {class: 'panel narrow sign-in'},
    h('h1', {}, t('signIn.title')),
    query.expired ? statusMessage(t('signIn.expired'), 'warning') : null,
    h('p', {}, t('signIn.intro')),
    form({
      label: t('signIn.title'),
      submitLabel: t('signIn.submit'),
      submit: async () => {
        await signIn(m.username.trim(), m.password);
        m.password = '';
        location.hash = next;
      },
    },
    textField({label: t('signIn.username'), name: 'username', value: m.username, required: true,
      autocomplete: 'username', oninput: v => { m.username = v; }}),
    textField({label: t('signIn.password'), name: 'password', type: 'password', value: m.password, required: true,
      autocomplete: 'current-password', oninput: v => { m.password = v; }})));
}
