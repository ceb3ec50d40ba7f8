import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mountWithI18n } from '../test/mount';
import FormField from './FormField.vue';

function mountField(props: { problem?: string | null; hint?: string; optional?: boolean }) {
  return mountWithI18n(FormField, {
    props: { id: 'goal', label: 'Goal', ...props },
    slots: {
      default: (field: { id: string; describedBy?: string; invalid?: boolean }) =>
        h('input', { id: field.id, 'aria-describedby': field.describedBy, 'aria-invalid': field.invalid }),
    },
  });
}

describe('FormField', () => {
  it('labels its input and ties the hint and the problem to it for screen readers', () => {
    const wrapper = mountField({ hint: 'How many signatures', problem: 'Goal must be a whole number' });
    const input = wrapper.get('input');
    expect(wrapper.get('label').attributes('for')).toBe('goal');
    expect(input.attributes('aria-invalid')).toBe('true');
    const described = input.attributes('aria-describedby')?.split(' ') ?? [];
    expect(described.map((id) => wrapper.get(`#${id}`).text())).toEqual([
      'How many signatures',
      'Goal must be a whole number',
    ]);
  });

  it('marks nothing invalid without a problem, and says when the field is optional', () => {
    const wrapper = mountField({ optional: true });
    expect(wrapper.get('input').attributes('aria-invalid')).toBeUndefined();
    expect(wrapper.get('input').attributes('aria-describedby')).toBeUndefined();
    expect(wrapper.get('label').text()).toContain('(optional)');
  });
});
