// The portal's shell: configuration, language, login, then a menu of the screens the user's roles allow.
// Screens are chosen in memory, never through the URL: nothing about a case ever appears in the address bar.
// Bangla glyphs travel with the app (many devices and the test browser lack a Bengali font); nothing is fetched from elsewhere
import '@fontsource/noto-sans-bengali/bengali-400.css';
import '@fontsource/noto-sans-bengali/bengali-700.css';
import { loadConfig } from './config';
import { initI18n, setLang, lang, type Lang } from './i18n';
import { login, logout, user, hasRole } from './auth';
import { h, translated, clear, retranslate } from './dom';
import { startSync, waiting, discardMine } from './offline';
import { askAboutWaiting } from './confirm';
import { screenerView } from './views/screener';
import { casesView } from './views/cases';
import { inboxView } from './views/inbox';
import { coordinatorView } from './views/coordinator';
import { directoryView } from './views/directory';
import { policyView } from './views/policy';
import { practiceView } from './views/practice';
import { trainerView } from './views/trainer';
import { statisticsView } from './views/statistics';
import { arrivalsView } from './views/arrivals';
import { missedReturnsView } from './views/missed-returns';
import { handOversView } from './views/hand-overs';
import { agencyLocationView } from './views/agency-location';
import { portDesksView } from './views/port-desks';

export type View = (main: HTMLElement) => (() => void) | void;

interface Screen { id: string; label: string; view: View; allowed: () => boolean }

const SCREENS: Screen[] = [
  { id: 'screen', label: 'nav.screen', view: screenerView, allowed: () => hasRole('screener', 'case-worker', 'nrm-coordinator') },
  { id: 'practice', label: 'nav.practice', view: practiceView, allowed: () => hasRole('screener', 'case-worker', 'nrm-coordinator') },
  // the service refuses an agency that is no desk at the chosen port, and the page says so: which agencies are desks is
  // the coordinators' to say, and the portal cannot know it beforehand
  { id: 'arrivals', label: 'nav.arrivals', view: arrivalsView, allowed: () => hasRole('screener', 'case-worker') },
  { id: 'cases', label: 'nav.cases', view: casesView, allowed: () => hasRole('case-worker', 'nrm-coordinator') },
  // cases handed from an agency abroad to one at home (issue #19): incoming to accept or decline, outgoing to withdraw
  { id: 'hand-overs', label: 'nav.handOvers', view: handOversView, allowed: () => hasRole('case-worker', 'nrm-coordinator') },
  { id: 'inbox', label: 'nav.inbox', view: inboxView, allowed: () => hasRole('provider-staff') },
  { id: 'coordinator', label: 'nav.coordinator', view: coordinatorView, allowed: () => hasRole('nrm-coordinator') },
  { id: 'missed-returns', label: 'nav.missedReturns', view: missedReturnsView, allowed: () => hasRole('nrm-coordinator') },
  { id: 'port-desks', label: 'nav.portDesks', view: portDesksView, allowed: () => hasRole('nrm-coordinator') },
  // before the directory, which everyone has: a trainer starts on their own screen
  { id: 'training', label: 'nav.training', view: trainerView, allowed: () => hasRole('trainer', 'agency-admin') },
  // the statistics service answers these three roles (an agency's admin for her own agency); an auditor starts here
  { id: 'statistics', label: 'nav.statistics', view: statisticsView, allowed: () => hasRole('nrm-coordinator', 'auditor', 'agency-admin') },
  { id: 'directory', label: 'nav.directory', view: directoryView, allowed: () => true },
  { id: 'policy', label: 'nav.policy', view: policyView, allowed: () => hasRole('agency-admin', 'nrm-coordinator') },
  { id: 'agency-location', label: 'nav.agencyLocation', view: agencyLocationView, allowed: () => hasRole('agency-admin') },
];

let leave: (() => void) | void;

function show(screen: Screen, main: HTMLElement, nav: HTMLElement): void {
  if (leave) leave();
  clear(main);
  nav.querySelectorAll('button').forEach((b) => b.setAttribute('aria-current', String(b.dataset.screen === screen.id)));
  leave = screen.view(main);
  main.focus();
}

function languageSwitch(): HTMLElement {
  const group = h('div', { class: 'lang', role: 'group', 'aria-label': 'Language / ভাষা' });
  for (const [code, name] of [['en', 'English'], ['bn', 'বাংলা']] as [Lang, string][]) {
    const b = h('button', {
      type: 'button', lang: code, 'data-lang': code, 'aria-pressed': String(lang() === code),
      onclick: async () => {
        await setLang(code);
        group.querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x.dataset.lang === code)));
        retranslate();
      },
    }, name);
    group.append(b);
  }
  return group;
}

function connection(): HTMLElement {
  const el = h('p', { class: 'connection', role: 'status' });
  const update = () => {
    clear(el);
    el.classList.toggle('offline', !navigator.onLine);
    el.append(translated(navigator.onLine ? 'app.online' : 'app.offline'));
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
  return el;
}

/** Screenings still waiting on this device are the user's: they are told so, and may discard them before leaving. */
async function signOut(): Promise<void> {
  const mine = await waiting().catch(() => []);
  if (mine.length) {
    const choice = await askAboutWaiting(mine.length);
    if (choice === 'stay') return;
    if (choice === 'discard') await discardMine();
  }
  await logout();
}

async function start(): Promise<void> {
  const app = document.getElementById('app')!;
  // load the Bangla font at once, so that "বাংলা" on the switch and a switch to Bangla never show empty boxes
  for (const weight of ['400', '700']) void document.fonts.load(`${weight} 1rem "Noto Sans Bengali"`, 'বাংলা').catch(() => undefined);
  await loadConfig();
  await initI18n();
  await login();
  const me = user();
  const allowed = SCREENS.filter((s) => s.allowed());
  const main = h('main', { id: 'main', tabindex: '-1' });
  const nav = h('nav', { 'aria-label': 'Menu', 'data-i18n-attr': 'aria-label:app.nav' });
  for (const s of allowed) {
    nav.append(h('button', { type: 'button', 'data-screen': s.id, onclick: () => show(s, main, nav) }, translated(s.label)));
  }
  const header = h('header', {},
    h('div', { class: 'brand' }, h('strong', {}, translated('app.title')), ' ', h('span', { class: 'tagline' }, translated('app.tagline'))),
    languageSwitch(),
    h('div', { class: 'who' }, translated('app.signedIn', { user: me.username }), ' ',
      h('button', { type: 'button', class: 'secondary', 'data-action': 'logout', onclick: () => void signOut() }, translated('app.logout'))),
  );
  clear(app);
  app.removeAttribute('aria-live');
  app.append(header, connection(), nav, main);
  document.querySelector('.skip')?.setAttribute('data-i18n', 'app.skip');
  retranslate();
  if (hasRole('screener', 'case-worker', 'nrm-coordinator')) startSync();
  // a notification's link (/referrals/<id>) opens the screen where that referral is acted on
  const linked = /^\/referrals\/[0-9a-f-]{36}$/.test(location.pathname);
  const first = (linked && allowed.find((s) => s.id === 'inbox' || s.id === 'cases')) || allowed[0];
  if (linked) history.replaceState(null, '', '/');
  if (first) show(first, main, nav);
}

start().catch((e: unknown) => {
  const app = document.getElementById('app')!;
  app.textContent = `Setu could not start: ${e instanceof Error ? e.message : String(e)}`;
});
