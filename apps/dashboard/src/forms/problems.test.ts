import { campaignTextSchema } from '@chorus/domain';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createDashboardI18n } from '../i18n';
import { problemsFromZod, useFormProblems } from './problems';

const tooLong = { title: 'x'.repeat(201), summary: '', description: '' };

describe('problems from the shared schemas', () => {
  it('are written in the language asked for', () => {
    const error = campaignTextSchema.safeParse(tooLong, { reportInput: true }).error;
    if (!error) throw new Error('expected the texts to be refused');
    expect(problemsFromZod(error, 'ko')).toEqual([
      { path: ['title'], message: '200자 이내로 입력해 주세요' },
      { path: ['summary'], message: '필수 항목입니다' },
    ]);
    expect(problemsFromZod(error, 'ja').map((problem) => problem.message)).toEqual([
      '200文字以内で入力してください',
      '必須項目です',
    ]);
  });

  it("are shown in the dashboard's language when a form checks its values", () => {
    const i18n = createDashboardI18n('ko');
    let form: ReturnType<typeof useFormProblems> | undefined;
    mount(
      defineComponent({
        setup() {
          form = useFormProblems();
          return () => h('p');
        },
      }),
      { global: { plugins: [i18n] } },
    );
    expect(form?.check(campaignTextSchema, tooLong)).toBe(false);
    expect(form?.at('summary')).toBe('필수 항목입니다');
    i18n.global.locale.value = 'en';
    form?.check(campaignTextSchema, tooLong);
    expect(form?.at('title')).toBe('Must be at most 200 characters');
  });
});
