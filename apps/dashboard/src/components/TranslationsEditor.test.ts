import { describe, expect, it } from 'vitest';
import { emptyTexts } from '../forms/translations';
import { mountWithI18n } from '../test/mount';
import TranslationsEditor from './TranslationsEditor.vue';

function mountEditor(problems: Record<string, string> = {}) {
  const texts = emptyTexts(['title', 'summary'] as const);
  const wrapper = mountWithI18n(TranslationsEditor, {
    props: {
      id: 'campaign',
      fields: [
        { key: 'title', label: 'Title' },
        { key: 'summary', label: 'Summary', multiline: true },
      ],
      defaultLocale: 'ko' as const,
      problemAt: (path: string) => problems[path] ?? null,
      modelValue: texts,
      'onUpdate:modelValue': (next: typeof texts) => wrapper.setProps({ modelValue: next }),
    },
  });
  return wrapper;
}

describe('TranslationsEditor', () => {
  it('puts the three languages side by side, each field labelled, the default marked', () => {
    const wrapper = mountEditor();
    const legends = wrapper.findAll('legend').map((legend) => legend.text());
    expect(legends).toEqual(['English', 'Korean Default language', 'Japanese']);
    const korean = wrapper.findAll('fieldset')[1];
    expect(korean?.attributes('lang')).toBe('ko');
    expect(korean?.get('label[for="campaign-ko-title"]').text()).toBe('Title');
    expect(korean?.find('textarea#campaign-ko-summary').exists()).toBe(true);
  });

  it('changes only the language and field typed in', async () => {
    const wrapper = mountEditor();
    await wrapper.get('#campaign-ja-title').setValue('コリア・ピース・ナウ');
    expect(wrapper.props('modelValue')).toEqual({
      en: { title: '', summary: '' },
      ko: { title: '', summary: '' },
      ja: { title: 'コリア・ピース・ナウ', summary: '' },
    });
  });

  it('shows each problem at its field and marks the field invalid', () => {
    const wrapper = mountEditor({ 'translations.en.title': 'Title is required' });
    const input = wrapper.get('#campaign-en-title');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${input.attributes('aria-describedby')}`).text()).toBe('Title is required');
    expect(wrapper.get('#campaign-ko-title').attributes('aria-invalid')).toBeUndefined();
  });
});
