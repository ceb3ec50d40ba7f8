// Asks before anything destructive: `await confirm({...})` resolves true only when the person
// presses the confirming button. One dialog serves the whole app (ConfirmDialog in App.vue).
import { shallowRef } from 'vue';

export interface ConfirmRequest {
  title: string;
  text: string;
  confirmLabel: string;
  /** Shown red: the action removes or ends something. */
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve: (confirmed: boolean) => void;
}

export const pendingConfirmation = shallowRef<Pending | null>(null);

export function confirm(request: ConfirmRequest): Promise<boolean> {
  pendingConfirmation.value?.resolve(false);
  return new Promise((resolve) => {
    pendingConfirmation.value = { ...request, resolve };
  });
}

export function answerConfirmation(confirmed: boolean): void {
  const pending = pendingConfirmation.value;
  pendingConfirmation.value = null;
  pending?.resolve(confirmed);
}

export function useConfirm() {
  return confirm;
}
