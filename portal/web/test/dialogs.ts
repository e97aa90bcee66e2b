// Answering the portal's confirmations (native <dialog>s) in unit tests: waits for the dialog a click opened, reads its
// question, presses confirm or cancel, and lets the action that waited on it go on.
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
