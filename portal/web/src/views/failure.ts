// A failed call as the practice and training screens show it: the service's problem detail, else the error's message.
import { ApiError } from '../api';
import { notice, translated } from '../dom';

export function failure(status: HTMLElement): (e: unknown) => void {
  return (e) => status.append(notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));
}
