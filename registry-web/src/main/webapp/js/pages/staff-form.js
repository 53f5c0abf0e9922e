// Adding a person to a project's staff, or changing a staffing line.
import {h} from '../dom.js';
import {t, localized} from '../i18n.js';
import {request, post, put} from '../api.js';
import {peopleOf, personChoices} from '../refdata.js';
import {form} from '../forms.js';
import {pageHeader, flash} from '../ui.js';
import {newStaffLine, staffFields, staffRequest} from './project-form.js';

export async function render({params, state}) {
  const {data: project} = await request(`projects/${params.id}`);
  const adding = !params.staffId;
  if (!state.model) {
    if (adding) {
      state.model = newStaffLine();
    } else {
      const {data: s, etag} = await request(`projects/${params.id}/staffing/${params.staffId}`);
      state.etag = etag;
      state.model = {personId: String(s.personId), role: s.role, ftePercent: String(s.ftePercent), startDate: s.startDate || '',
        endDate: s.endDate || '', park: s.park,
        whiteList: {status: s.whiteList?.status || '', validFrom: s.whiteList?.validFrom || '', validUntil: s.whiteList?.validUntil || ''}};
    }
  }
  const people = await personChoices(await peopleOf(project.participants.map(x => x.institutionId)));
  const title = adding ? t('staff.addTo', {project: localized(project.title).text || project.code}) : t('staff.edit');
  return h('div', {},
    pageHeader(title),
    form({
      label: title,
      cancelHref: `#/projects/${params.id}`,
      submitLabel: adding ? t('staff.add') : t('common.save'),
      submit: async () => {
        const body = staffRequest(state.model);
        if (adding) {
          await post(`projects/${params.id}/staffing`, body);
        } else {
          await put(`projects/${params.id}/staffing/${params.staffId}`, body, state.etag);
        }
        flash(t('common.saved'));
        location.hash = `#/projects/${params.id}`;
      },
    }, h('div', {class: 'line-fields'}, staffFields(state.model, people, ''))));
}
