// The screener's form, rendered from the instrument the screening service publishes, in the chosen language.
// Offline (or when the service cannot be reached) the screening waits encrypted in the browser (offline.ts).
import { ApiError, Unreachable, call, get } from '../api';
import { h, translated, bilingual, bilingualText, dhakaTime, field, translatedOption, notice, clear, append } from '../dom';
import { t, lang } from '../i18n';
import { CATEGORIES, CONTEXTS, SEXES, type AgencyLocation, type Instrument, type Outcome, type ScreeningAnswer } from '../model';
import { questionControl, choice, answers, unansweredRequired, latestInstrument, refusedAnswers, type Missing } from '../questions';
import { districtSelect, allDistricts } from '../places';
import { enqueue, waiting, onChange, reveal, discard, flush } from '../offline';
import { countrySelect } from '../countries';
import { user } from '../auth';

export function screenerView(main: HTMLElement): () => void {
  const status = h('div', { class: 'status-area' });
  const formHost = h('div');
  const queueHost = h('section', { class: 'card', 'aria-labelledby': 'waiting-h' });
  main.append(h('h1', {}, translated('screen.heading')), status, formHost, queueHost);
  const stop = onChange((sent) => {
    void renderQueue(queueHost);
    if (sent) {
      const answer = sent.answer as ScreeningAnswer;
      status.append(notice('ok', translated('screen.sent', { ref: answer.caseRef })));
    }
  });
  void renderQueue(queueHost);
  void load(formHost, status);
  return stop;
}

async function load(host: HTMLElement, status: HTMLElement): Promise<void> {
  host.append(h('p', {}, translated('common.loading')));
  try {
    const instrument = await latestInstrument();
    await allDistricts();
    const where = await agencyLocation();
    clear(host);
    host.append(await form(instrument, where, status, host));
  } catch (e) {
    clear(host);
    host.append(notice('error', translated('common.error', { detail: e instanceof Error ? e.message : String(e) })));
  }
}

/** Where the user's agency works; Bangladesh when the token names no agency or the service cannot say. */
async function agencyLocation(): Promise<AgencyLocation> {
  const agency = user().agencyId;
  const home: AgencyLocation = { agencyId: agency ?? '', country: 'BD', city: null, abroad: false };
  if (!agency) return home;
  return get<AgencyLocation>('screening', `/agencies/${encodeURIComponent(agency)}/location`).catch(() => home);
}

async function form(instrument: Instrument, where: AgencyLocation, status: HTMLElement, host: HTMLElement): Promise<HTMLFormElement> {
  const f = h('form', { novalidate: true, 'aria-describedby': 'form-errors', 'data-abroad': where.abroad }) as HTMLFormElement;
  const errors = h('div', { id: 'form-errors' });
  const context = h('select', { required: true, name: 'context' }, translatedOption('', 'screen.choose'), ...CONTEXTS.map((c) => translatedOption(c, `context.${c}`)));
  const location = await districtSelect('screen.choose', !where.abroad);
  location.name = 'location';
  // an agency abroad screens in a country and a city; the person's home district is then the one place at home we know
  const country = countrySelect(true, where.abroad ? where.country : null, [where.abroad ? where.country : null]);
  country.name = 'country';
  const city = h('input', { name: 'city', maxlength: 80, autocomplete: 'off', value: where.city ?? '' });
  const exploitedIn = countrySelect(where.abroad, where.abroad ? where.country : null, [where.abroad ? where.country : null, 'BD']);
  exploitedIn.name = 'countryOfExploitation';
  const givenName = h('input', { name: 'givenName', autocomplete: 'off', maxlength: 100 });
  const familyName = h('input', { name: 'familyName', autocomplete: 'off', maxlength: 100 });
  const sex = h('select', { required: true, name: 'sex' }, translatedOption('', 'screen.choose'), ...SEXES.map((s) => translatedOption(s, `sex.${s}`)));
  const dob = h('input', { type: 'date', name: 'dateOfBirth', max: new Date().toISOString().slice(0, 10) });
  const age = h('input', { type: 'number', name: 'ageEstimate', min: 0, max: 130, inputmode: 'numeric' });
  const phone = h('input', { type: 'tel', name: 'phone', autocomplete: 'off', maxlength: 24 });
  const home = await districtSelect('screen.choose', where.abroad);
  home.name = 'home';

  append(f, [
    h('p', { class: 'instrument' }, bilingual(instrument.title)),
    instrument.description ? h('p', { class: 'hint' }, bilingual(instrument.description)) : null,
    h('fieldset', {}, h('legend', {}, translated('screen.context')),
      field('screen.context', context),
      ...(where.abroad
        ? [h('p', { class: 'hint' }, translated('screen.abroadHint')), field('screen.country', country), field('screen.city', city)]
        : [field('screen.location', location)])),
    h('fieldset', {}, h('legend', {}, translated('screen.person')),
      field('screen.givenName', givenName), field('screen.familyName', familyName), field('screen.sex', sex),
      field('screen.dateOfBirth', dob), field('screen.ageEstimate', age), field('screen.phone', phone), field('screen.home', home),
      field('screen.countryOfExploitation', exploitedIn)),
    h('h2', {}, translated('screen.questions')),
    ...instrument.questions.map(questionControl),
    consentControls(instrument, where.abroad),
    errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, translated('screen.submit'))),
  ]);

  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(errors);
    const missing = validate(f, instrument);
    if (!dob.value && !age.value) missing.push({ el: dob, label: t('screen.needAge') });
    if (where.abroad && !city.value.trim()) missing.push({ el: city, label: t('screen.city') });
    const crossBorder = f.querySelector<HTMLInputElement>('input[name="crossBorder"]:checked')?.value;
    if (where.abroad && crossBorder === undefined) {
      const first = f.querySelector<HTMLInputElement>('input[name="crossBorder"]')!;
      first.closest('fieldset')!.setAttribute('aria-invalid', 'true');
      missing.push({ el: first, label: crossBorderLabel(instrument) });
    }
    if (missing.length) {
      errors.append(notice('error', t('screen.missing', { fields: missing.map((m) => m.label).join('; ') })));
      missing[0].el.focus();
      return;
    }
    const district = (await allDistricts()).find((d) => d.id === location.value);
    const homeDistrict = (await allDistricts()).find((d) => d.id === home.value);
    const body = {
      instrument: { code: instrument.code, version: instrument.version },
      context: context.value,
      location: where.abroad ? { country: country.value, city: city.value.trim() }
        : { divisionId: district?.divisionId ?? null, districtId: location.value },
      countryOfExploitation: exploitedIn.value || null,
      person: {
        givenName: givenName.value || null, familyName: familyName.value || null, sex: sex.value,
        dateOfBirth: dob.value || null, ageEstimate: age.value ? Number(age.value) : null,
        nationality: 'BD', languages: ['bn'], phone: phone.value || null,
        home: home.value ? { divisionId: homeDistrict?.divisionId ?? null, districtId: home.value } : null,
      },
      answers: answers(f, instrument),
      consent: {
        services: [...f.querySelectorAll<HTMLInputElement>('input[name="consent-service"]:checked')].map((c) => c.value),
        shareWithProviders: f.querySelector<HTMLInputElement>('input[name="share"]:checked')?.value ?? 'NONE',
        // asked only abroad, where the service needs the answer; at home it is left out
        ...(where.abroad ? { crossBorder: crossBorder === 'true' } : {}),
      },
    };
    const submit = f.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    submit.disabled = true;
    try {
      if (!navigator.onLine) throw new Unreachable('offline');
      const answer = await call<ScreeningAnswer>('screening', '/screenings', {
        method: 'POST', body, headers: { 'Idempotency-Key': crypto.randomUUID() } });
      clear(host);
      host.append(result(answer.body, status, host));
    } catch (e) {
      if (e instanceof ApiError) {
        errors.append(refusedAnswers(e.problem));
      } else {
        await enqueue(body);
        clear(host);
        host.append(queued());
      }
    } finally {
      submit.disabled = false;
    }

  });

  function queued(): HTMLElement {
    return h('div', {}, notice('info', translated('screen.queued')), anotherButton(host, status));
  }
  return f;
}

function anotherButton(host: HTMLElement, status: HTMLElement): HTMLButtonElement {
  return h('button', { type: 'button', class: 'primary', onclick: () => { clear(host); clear(status); void load(host, status); } }, translated('screen.another'));
}

function result(answer: ScreeningAnswer, status: HTMLElement, host: HTMLElement): HTMLElement {
  const o = answer.outcome;
  const lines = (texts: string[]) => texts.map((line) => h('li', {}, line));
  const trace = h('ol', { class: 'trace', 'data-lang': lang() }, ...lines(o.trace));
  const section = h('section', { class: 'card result', 'aria-labelledby': 'result-h', 'data-case-ref': answer.caseRef },
    h('h2', { id: 'result-h', tabindex: '-1' }, translated('screen.result')),
    h('p', { class: 'case-ref' }, translated('screen.caseRefIs', { ref: answer.caseRef })),
    outcomeFacts(o),
    answer.duplicateOfCase ? notice('info', translated('screen.duplicate', { ref: answer.duplicateOfCase })) : null,
    h('h3', {}, translated('screen.trace')),
    trace,
    anotherButton(host, status),
  );
  // the service writes the trace in the language asked for: on a switch, it is read again in the new one
  const relabel = new MutationObserver(() => {
    if (!section.isConnected) { relabel.disconnect(); return; }
    if (trace.dataset.lang === lang()) return;
    get<{ outcome: { trace: string[] } }>('screening', `/screenings/${answer.id}`)
      .then((v) => { clear(trace); trace.append(...lines(v.outcome.trace)); trace.dataset.lang = lang(); })
      .catch(() => { /* offline or no longer readable: the trace stays in the language it came in */ });
  });
  relabel.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  setTimeout(() => section.querySelector<HTMLElement>('#result-h')?.focus(), 0);
  return section;
}

/** A screening's outcome as a screener reads it: the classification, the urgency and the needs, in words. */
export function outcomeFacts(o: Outcome): HTMLElement {
  return h('dl', { class: 'outcome' },
    h('dt', {}, translated('screen.classification')), h('dd', { 'data-classification': o.classification }, translated(`classification.${o.classification}`)),
    h('dt', {}, translated('common.urgency')), h('dd', { class: `urgency ${o.urgency}` }, translated(`urgency.${o.urgency}`)),
    h('dt', {}, translated('screen.needs')), h('dd', { 'data-needs': o.needs.join(' ') }, ...joinNodes(o.needs.map((n) => translated(`category.${n}`)))),
  );
}

export function joinNodes(nodes: Node[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  nodes.forEach((n, i) => { if (i) out.push(', '); out.push(n); });
  return out;
}

/** The instrument's cross-border question in the current language, or the portal's own words when the instrument has none. */
function crossBorderLabel(instrument: Instrument): string {
  return instrument.consent?.crossBorder ? bilingualText(instrument.consent.crossBorder.label) : t('screen.crossBorder');
}

/**
 * The person's consent that her case be shared between agencies in different countries (issue #19): asked of a person
 * screened abroad, in the instrument's words, and required there (yes or no), since the hand-over to an agency at home
 * depends on it.
 */
function crossBorderQuestion(instrument: Instrument): HTMLElement {
  const label = instrument.consent?.crossBorder ? bilingual(instrument.consent.crossBorder.label) : translated('screen.crossBorder');
  return h('fieldset', { class: 'question cross-border', 'data-question': 'crossBorder' },
    h('legend', {}, label, h('span', { class: 'req' }, ' *', h('span', { class: 'sr' }, translated('common.required')))),
    h('p', { class: 'hint' }, translated('screen.crossBorderHint')),
    choice('radio', 'crossBorder', 'true', translated('common.yes')), choice('radio', 'crossBorder', 'false', translated('common.no')));
}

function consentControls(instrument: Instrument, abroad: boolean): HTMLElement {
  const levels = instrument.consent?.shareLevels ?? ['NONE', 'BASIC', 'FULL'].map((v) => ({ value: v, label: { en: t(`share.${v}`) } }));
  return h('fieldset', { class: 'consent' },
    h('legend', {}, instrument.consent ? bilingual(instrument.consent.label) : translated('screen.consent')),
    h('fieldset', {}, h('legend', {}, translated('screen.services')),
      h('div', { class: 'grid' }, ...CATEGORIES.map((c) => choice('checkbox', 'consent-service', c, translated(`category.${c}`))))),
    h('fieldset', {}, h('legend', {}, translated('screen.share')),
      ...levels.map((l, i) => {
        const el = choice('radio', 'share', l.value, bilingual(l.label));
        if (i === 1) el.querySelector('input')!.checked = true;
        return el;
      })),
    abroad ? crossBorderQuestion(instrument) : null,
  );
}

function validate(f: HTMLFormElement, instrument: Instrument): Missing[] {
  const missing: Missing[] = [];
  f.querySelectorAll<HTMLElement>('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  for (const sel of f.querySelectorAll<HTMLSelectElement>('select[required]')) {
    if (!sel.value) {
      sel.setAttribute('aria-invalid', 'true');
      missing.push({ el: sel, label: f.querySelector(`label[for="${sel.id}"]`)?.textContent ?? sel.name });
    }
  }
  return [...missing, ...unansweredRequired(f, instrument)];
}

async function renderQueue(host: HTMLElement): Promise<void> {
  const items = await waiting();
  clear(host);
  host.append(h('h2', { id: 'waiting-h' }, translated('screen.waitingHeading', { count: items.length })));
  if (!items.length) {
    host.append(h('p', { class: 'waiting-none' }, translated('screen.waitingNone')));
    return;
  }
  const list = h('ul', { class: 'waiting' });
  for (const item of items) {
    const body = await reveal(item).catch(() => ({} as Record<string, unknown>));
    list.append(h('li', { 'data-waiting': item.id },
      translated('screen.waitingItem'), ' ', dhakaTime(item.createdAt), ' — ', body.context ? translated(`context.${body.context}`) : null,
      item.rejected ? h('p', { class: 'error-text' }, translated('screen.rejected', { reason: item.rejected })) : null,
      item.rejected ? h('button', { type: 'button', class: 'secondary', onclick: () => void discard(item.id) }, translated('screen.discard')) : null));
  }
  host.append(list, h('button', { type: 'button', class: 'secondary', onclick: () => void flush() }, translated('screen.sendNow')));
}
