// Modal questions that say what will happen (native <dialog>: focus is trapped and Escape cancels).
import { h, translated } from './dom';

interface Choice<T> { value: T; label: string; action: string; danger?: boolean }

/** Asks until one choice is pressed; Escape gives the first choice, which also gets the focus (the safe one). */
function choose<T>(message: Node, choices: Choice<T>[], className?: string): Promise<T> {
  return new Promise((resolve) => {
    const buttons = choices.map((c) => h('button', { type: 'button', class: c.danger ? 'danger' : 'secondary', 'data-action': c.action }, translated(c.label)));
    const dialog = h('dialog', { 'aria-labelledby': 'confirm-text', ...(className ? { class: className } : {}) },
      h('p', { id: 'confirm-text' }, message), h('div', { class: 'actions' }, ...buttons));
    const done = (answer: T) => { dialog.close(); dialog.remove(); resolve(answer); };
    buttons.forEach((b, i) => b.addEventListener('click', () => done(choices[i].value)));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); done(choices[0].value); });
    document.body.append(dialog);
    dialog.showModal();
    buttons[0].focus();
  });
}

export function confirmAction(message: Node): Promise<boolean> {
  return choose(message, [
    { value: false, label: 'common.cancel', action: 'cancel' },
    { value: true, label: 'common.confirm', action: 'confirm', danger: true },
  ]);
}

export type WaitingChoice = 'stay' | 'keep' | 'discard';

/** At logout: the user's screenings still wait on this device; they decide whether to keep them for their next login. */
export function askAboutWaiting(count: number): Promise<WaitingChoice> {
  return choose<WaitingChoice>(translated('app.waitingAtLogout', { count }), [
    { value: 'stay', label: 'common.cancel', action: 'stay' },
    { value: 'keep', label: 'app.keepWaiting', action: 'keep-waiting' },
    { value: 'discard', label: 'app.discardWaiting', action: 'discard-waiting', danger: true },
  ], 'waiting-at-logout');
}
