// A modal confirmation that says what will happen (native <dialog>: focus is trapped and Escape cancels).
import { h, tx } from './dom';

export function confirmAction(message: Node): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = h('button', { type: 'button', class: 'danger', 'data-action': 'confirm' }, tx('common.confirm'));
    const no = h('button', { type: 'button', class: 'secondary', 'data-action': 'cancel' }, tx('common.cancel'));
    const dialog = h('dialog', { 'aria-labelledby': 'confirm-text' }, h('p', { id: 'confirm-text' }, message), h('div', { class: 'actions' }, no, yes));
    const done = (answer: boolean) => { dialog.close(); dialog.remove(); resolve(answer); };
    yes.addEventListener('click', () => done(true));
    no.addEventListener('click', () => done(false));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); done(false); });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}
