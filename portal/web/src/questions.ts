// The instrument's questions as form controls, and the answers read back from them. Shared by a real screening and a
// practice case, so that a screener practises on exactly the widgets they will use at the desk.
import { h, translated, bilingual, uid, bilingualText, notice } from './dom';
import { get, type Problem } from './api';
import type { Instrument, InstrumentSummary, Page, Question } from './model';

/** The latest version of the instrument screeners use (`setu-core`), as the screening service publishes it. */
export async function latestInstrument(): Promise<Instrument> {
  const list = await get<Page<InstrumentSummary>>('screening', '/instruments');
  const latest = list.items.filter((i) => i.code === 'setu-core').sort((a, b) => b.version - a.version)[0] ?? list.items[0];
  return get<Instrument>('screening', `/instruments/${encodeURIComponent(latest.code)}/versions/${latest.version}`);
}

/** The service's refusal of a form (answers that do not fit the instrument, say) in its own words: title, detail, each field. */
export function refusedAnswers(problem: Problem): HTMLElement {
  const fields = (problem.errors ?? []).map((x) => `${x.field ?? x.pointer ?? ''} ${x.message ?? ''}`.trim());
  return notice('error', problem.title ?? '', problem.detail ? ` — ${problem.detail}` : '',
    fields.length ? h('ul', {}, ...fields.map((x) => h('li', {}, x))) : null);
}

export function questionControl(q: Question): HTMLElement {
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

export function choice(type: 'radio' | 'checkbox', name: string, value: string, label: Node): HTMLElement {
  const id = uid('c');
  return h('div', { class: 'choice' }, h('input', { type, name, value, id }), h('label', { for: id }, label));
}

export interface Missing { el: HTMLElement; label: string }

/** The required questions left unanswered, each marked invalid, in the instrument's order. */
export function unansweredRequired(f: HTMLFormElement, instrument: Instrument): Missing[] {
  const missing: Missing[] = [];
  for (const q of instrument.questions.filter((x) => x.required)) {
    if (answerOf(f, q) === undefined) {
      const first = f.querySelector<HTMLElement>(`[name="q-${q.id}"]`)!;
      first.closest('fieldset')!.setAttribute('aria-invalid', 'true');
      missing.push({ el: first, label: bilingualText(q.label) });
    }
  }
  return missing;
}

export function answerOf(f: HTMLFormElement, q: Question): unknown {
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

/** The answers as POST /screenings and practice attempts take them: unanswered questions are left out. */
export function answers(f: HTMLFormElement, instrument: Instrument): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of instrument.questions) {
    const v = answerOf(f, q);
    if (v !== undefined) out[q.id] = v;
  }
  return out;
}
