// The screener's form, rendered from the instrument the screening service publishes, in the chosen language.
// Offline (or when the service cannot be reached) the screening waits encrypted in the browser (offline.ts).
import { ApiError, Unreachable, call, get } from '../api';
import { h, translated, bilingual, dhakaTime, field, translatedOption, notice, clear, uid, bilingualText, append } from '../dom';
import { t } from '../i18n';
import { CATEGORIES, CONTEXTS, SEXES, type Instrument, type InstrumentSummary, type Page, type Question, type ScreeningAnswer } from '../model';
import { districtSelect, allDistricts } from '../places';
import { enqueue, waiting, onChange, reveal, discard, flush } from '../offline';

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
    const list = await get<Page<InstrumentSummary>>('screening', '/instruments');
    const latest = list.items.filter((i) => i.code === 'setu-core').sort((a, b) => b.version - a.version)[0] ?? list.items[0];
    const instrument = await get<Instrument>('screening', `/instruments/${encodeURIComponent(latest.code)}/versions/${latest.version}`);
    await allDistricts();
    clear(host);
    host.append(await form(instrument, status, host));
  } catch (e) {
    clear(host);
    host.append(notice('error', translated('common.error', { detail: e instanceof Error ? e.message : String(e) })));
  }
}

async function form(instrument: Instrument, status: HTMLElement, host: HTMLElement): Promise<HTMLFormElement> {
  const f = h('form', { novalidate: true, 'aria-describedby': 'form-errors' }) as HTMLFormElement;
  const errors = h('div', { id: 'form-errors' });
  const context = h('select', { required: true, name: 'context' }, translatedOption('', 'screen.choose'), ...CONTEXTS.map((c) => translatedOption(c, `context.${c}`)));
  const location = await districtSelect('screen.choose', true);
  location.name = 'location';
  const givenName = h('input', { name: 'givenName', autocomplete: 'off', maxlength: 100 });
  const familyName = h('input', { name: 'familyName', autocomplete: 'off', maxlength: 100 });
  const sex = h('select', { required: true, name: 'sex' }, translatedOption('', 'screen.choose'), ...SEXES.map((s) => translatedOption(s, `sex.${s}`)));
  const dob = h('input', { type: 'date', name: 'dateOfBirth', max: new Date().toISOString().slice(0, 10) });
  const age = h('input', { type: 'number', name: 'ageEstimate', min: 0, max: 130, inputmode: 'numeric' });
  const phone = h('input', { type: 'tel', name: 'phone', autocomplete: 'off', maxlength: 24 });
  const home = await districtSelect('screen.choose', false);
  home.name = 'home';

  append(f, [
    h('p', { class: 'instrument' }, bilingual(instrument.title)),
    instrument.description ? h('p', { class: 'hint' }, bilingual(instrument.description)) : null,
    h('fieldset', {}, h('legend', {}, translated('screen.context')),
      field('screen.context', context), field('screen.location', location)),
    h('fieldset', {}, h('legend', {}, translated('screen.person')),
      field('screen.givenName', givenName), field('screen.familyName', familyName), field('screen.sex', sex),
      field('screen.dateOfBirth', dob), field('screen.ageEstimate', age), field('screen.phone', phone), field('screen.home', home)),
    h('h2', {}, translated('screen.questions')),
    ...instrument.questions.map(questionControl),
    consentControls(instrument),
    errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, translated('screen.submit'))),
  ]);

  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(errors);
    const missing = validate(f, instrument);
    if (!dob.value && !age.value) missing.push({ el: dob, label: t('screen.needAge') });
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
      location: { divisionId: district?.divisionId ?? null, districtId: location.value },
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
        const fields = (e.problem.errors ?? []).map((x) => `${x.field ?? x.pointer ?? ''} ${x.message ?? ''}`.trim());
        errors.append(notice('error', e.problem.title ?? '', e.problem.detail ? ` — ${e.problem.detail}` : '',
          fields.length ? h('ul', {}, ...fields.map((x) => h('li', {}, x))) : null));
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
  const section = h('section', { class: 'card result', 'aria-labelledby': 'result-h', 'data-case-ref': answer.caseRef },
    h('h2', { id: 'result-h', tabindex: '-1' }, translated('screen.result')),
    h('p', { class: 'case-ref' }, translated('screen.caseRefIs', { ref: answer.caseRef })),
    h('dl', {},
      h('dt', {}, translated('screen.classification')), h('dd', { 'data-classification': o.classification }, translated(`classification.${o.classification}`)),
      h('dt', {}, translated('common.urgency')), h('dd', { class: `urgency ${o.urgency}` }, translated(`urgency.${o.urgency}`)),
      h('dt', {}, translated('screen.needs')), h('dd', {}, ...joinNodes(o.needs.map((n) => translated(`category.${n}`)))),
    ),
    answer.duplicateOfCase ? notice('info', translated('screen.duplicate', { ref: answer.duplicateOfCase })) : null,
    h('h3', {}, translated('screen.trace')),
    h('ol', { class: 'trace' }, ...o.trace.map((line) => h('li', {}, line))),
    anotherButton(host, status),
  );
  setTimeout(() => section.querySelector<HTMLElement>('#result-h')?.focus(), 0);
  return section;
}

export function joinNodes(nodes: Node[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  nodes.forEach((n, i) => { if (i) out.push(', '); out.push(n); });
  return out;
}

function questionControl(q: Question): HTMLElement {
  const legend = h('legend', {}, bilingual(q.label), q.required ? h('span', { class: 'req' }, ' *', h('span', { class: 'sr' }, translated('common.required'))) : null);
  const fs = h('fieldset', { class: 'question', 'data-question': q.id, 'data-type': q.type }, legend);
  const name = `q-${q.id}`;
  switch (q.type) {
    case 'BOOLEAN':
      fs.append(choice('radio', name, 'true', translated('common.yes')), choice('radio', name, 'false', translated('common.no')));
      break;
    case 'SINGLE_CHOICE':
      q.options.forEach((o) => fs.append(choice('radio', name, o.value, bilingual(o.label))));
      break;
    case 'MULTI_CHOICE':
      q.options.forEach((o) => fs.append(choice('checkbox', name, o.value, bilingual(o.label))));
      break;
    case 'NUMBER':
      fs.append(labelled(h('input', { type: 'number', name, min: 0, inputmode: 'numeric' }), q));
      break;
    case 'DATE':
      fs.append(labelled(h('input', { type: 'date', name }), q));
      break;
    default:
      fs.append(labelled(h('input', { type: 'text', name, maxlength: 500, autocomplete: 'off' }), q));
  }
  return fs;
}

/** A single input in a fieldset still gets its own label (the question), hidden visually: the legend shows it. */
function labelled(input: HTMLInputElement, q: Question): HTMLElement {
  input.id = uid('q');
  return h('div', { class: 'field' }, h('label', { for: input.id, class: 'sr' }, bilingual(q.label)), input);
}

function choice(type: 'radio' | 'checkbox', name: string, value: string, label: Node): HTMLElement {
  const id = uid('c');
  return h('div', { class: 'choice' }, h('input', { type, name, value, id }), h('label', { for: id }, label));
}

function consentControls(instrument: Instrument): HTMLElement {
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
  );
}

function validate(f: HTMLFormElement, instrument: Instrument): { el: HTMLElement; label: string }[] {
  const missing: { el: HTMLElement; label: string }[] = [];
  f.querySelectorAll<HTMLElement>('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  for (const sel of f.querySelectorAll<HTMLSelectElement>('select[required]')) {
    if (!sel.value) {
      sel.setAttribute('aria-invalid', 'true');
      missing.push({ el: sel, label: f.querySelector(`label[for="${sel.id}"]`)?.textContent ?? sel.name });
    }
  }
  for (const q of instrument.questions.filter((x) => x.required)) {
    if (answerOf(f, q) === undefined) {
      const first = f.querySelector<HTMLElement>(`[name="q-${q.id}"]`)!;
      first.closest('fieldset')!.setAttribute('aria-invalid', 'true');
      missing.push({ el: first, label: bilingualText(q.label) });
    }
  }
  return missing;
}

function answerOf(f: HTMLFormElement, q: Question): unknown {
  const name = `q-${q.id}`;
  switch (q.type) {
    case 'BOOLEAN': {
      const v = f.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
      return v === undefined ? undefined : v === 'true';
    }
    case 'SINGLE_CHOICE':
      return f.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    case 'MULTI_CHOICE': {
      const v = [...f.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((c) => c.value);
      return v.length ? v : undefined;
    }
    case 'NUMBER': {
      const v = f.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value;
      return v === '' ? undefined : Number(v);
    }
    default: {
      const v = f.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value;
      return v === '' ? undefined : v;
    }
  }
}

function answers(f: HTMLFormElement, instrument: Instrument): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of instrument.questions) {
    const v = answerOf(f, q);
    if (v !== undefined) out[q.id] = v;
  }
  return out;
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
