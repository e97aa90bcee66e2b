// What the views' unit tests share: a page drawn into a fresh <main>, and the portal's confirmations (native <dialog>s)
// answered: waits for the dialog a click opened, reads its question, presses confirm or cancel, and lets the action
// that waited on it go on.
import { expect, vi } from 'vitest';

export async function answer(choice: 'confirm' | 'cancel'): Promise<string> {
  const dialog = await vi.waitFor(() => {
    const d = document.querySelector('dialog');
    expect(d).not.toBeNull();
    return d!;
  });
  const question = dialog.querySelector('#confirm-text')!.textContent!;
  dialog.querySelector<HTMLButtonElement>(`[data-action="${choice}"]`)!.click();
  await new Promise((r) => setTimeout(r, 0));
  return question;
}

/** Lets the promises a click started settle (several awaits deep). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((r) => setTimeout(r, 0));
}

/** A page view drawn into a fresh <main> on an empty body, once its first lists are drawn. */
export async function drawnPage(page: (main: HTMLElement) => { ready: Promise<void> }): Promise<HTMLElement> {
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  await page(main).ready;
  return main;
}

type CasePart<V> = (view: V, status: HTMLElement, fail: (e: unknown) => void) => { el: HTMLElement; ready: Promise<void> };

/** A part of the case page drawn for a case, with the status area its messages go to; a failure fails the test. */
export async function drawnPart<V>(part: CasePart<V>, view: V): Promise<{ el: HTMLElement; status: HTMLElement }> {
  const status = document.createElement('div');
  const { el, ready } = part(view, status, (e) => { throw e; });
  document.body.replaceChildren(el, status);
  await ready;
  return { el, status };
}
