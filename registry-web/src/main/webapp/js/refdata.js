// Reference data many pages show by id: institutions (few, read once per session) and people.
import {all, get} from './api.js';
import {localized, t} from './i18n.js';

let institutions = null;
const people = new Map();

export async function allInstitutions() {
  if (!institutions) {
    institutions = all('institutions', {sort: 'shortName'}).catch(e => {
      institutions = null;
      throw e;
    });
  }
  return institutions;
}

export async function institution(id) {
  const list = await allInstitutions();
  return list.find(i => i.id === id) || await get(`institutions/${id}`);
}

/** Forgets cached reference data (after signing out, or after an institution changed). */
export function forgetReferenceData() {
  institutions = null;
  people.clear();
}

/** "HKU — The University of Hong Kong" in the interface language. */
export function institutionName(i) {
  if (!i) {
    return '';
  }
  const name = localized(i.name).text;
  return name ? `${i.shortName} — ${name}` : i.shortName;
}

export async function institutionLabel(id) {
  try {
    return institutionName(await institution(id));
  } catch (e) {
    return `#${id}`;
  }
}

/** The people of some institutions, by id (for staffing and inventor pickers). */
export async function peopleOf(institutionIds) {
  const result = [];
  for (const id of institutionIds) {
    if (!people.has(id)) {
      people.set(id, all('people', {institutionId: id, sort: 'name'}).catch(() => []));
    }
    result.push(...(await people.get(id)));
  }
  return result;
}

export function forgetPeopleOf(institutionId) {
  people.delete(institutionId);
}

export function personName(p) {
  if (!p) {
    return '';
  }
  return p.nameZh ? `${p.nameEn} · ${p.nameZh}` : p.nameEn;
}

/**
 * People as picker choices: the name, and beside it the institution and the ORCID iD, so that two
 * people of the same name can be told apart.
 */
export async function personChoices(list) {
  const byId = new Map((await allInstitutions()).map(i => [i.id, i]));
  return list.map(p => ({
    value: p.id,
    label: personName(p),
    detail: [byId.get(p.institutionId)?.shortName || `#${p.institutionId}`, p.orcid ? `ORCID ${p.orcid}` : t('person.noOrcid')].join(' · '),
  }));
}
