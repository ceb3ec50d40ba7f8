import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { confirm } from '../composables/use-confirm';
import { mountWithI18n } from '../test/mount';
import ConfirmDialog from './ConfirmDialog.vue';

describe('ConfirmDialog', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('asks with the given words and resolves true only on the confirming button', async () => {
    const wrapper = mountWithI18n(ConfirmDialog, { attachTo: document.body });
    const answer = confirm({
      title: 'Revoke “CRM sync”?',
      text: 'Programs using it stop working at once.',
      confirmLabel: 'Revoke',
      danger: true,
    });
    await flushPromises();
    const dialog = wrapper.get('dialog');
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    expect(dialog.get('h2').text()).toBe('Revoke “CRM sync”?');
    expect(dialog.text()).toContain('Programs using it stop working at once.');
    const confirming = dialog.get('[data-confirm]');
    expect(confirming.classes()).toContain('danger');
    await confirming.trigger('click');
    await expect(answer).resolves.toBe(true);
    await flushPromises();
    expect((dialog.element as HTMLDialogElement).open).toBe(false);
  });

  it('resolves false on Cancel, and when another question replaces it', async () => {
    const wrapper = mountWithI18n(ConfirmDialog, { attachTo: document.body });
    const first = confirm({ title: 'First?', text: 'One', confirmLabel: 'Yes' });
    const second = confirm({ title: 'Second?', text: 'Two', confirmLabel: 'Yes' });
    await expect(first).resolves.toBe(false);
    await flushPromises();
    expect(wrapper.get('h2').text()).toBe('Second?');
    const cancel = wrapper.findAll('button').find((button) => button.text() === 'Cancel');
    await cancel?.trigger('click');
    await expect(second).resolves.toBe(false);
  });
});
