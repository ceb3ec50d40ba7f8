// Every text exists in English, Korean and Japanese with the same placeholders, and compiles.
import { describe, expect, it } from 'vitest';
import { createDashboardI18n, messages } from '.';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('dashboard messages', () => {
  const english = leaves(messages.en as unknown as Tree);

  it.each(['ko', 'ja'] as const)(
    '%s has every English key, non-empty, with the same placeholders',
    (locale) => {
      const translated = leaves(messages[locale] as unknown as Tree);
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        const other = translated.get(key) ?? '';
        expect(other.trim(), `${locale}: ${key}`).not.toBe('');
        expect(placeholders(other), `${locale}: ${key}`).toEqual(placeholders(text));
      }
    },
  );

  it.each(['en', 'ko', 'ja'] as const)(
    '%s compiles every message without vue-i18n syntax errors',
    (locale) => {
      const i18n = createDashboardI18n(locale);
      const errors: string[] = [];
      for (const [key, text] of leaves(messages[locale] as unknown as Tree)) {
        // "@" and "|" mean links and plurals to vue-i18n; a stray one garbles the text.
        if (/[@|$%]/.test(text) && !text.includes('{')) errors.push(`${key}: ${text}`);
        const rendered = i18n.global.t(key, { count: 2, name: 'N' });
        if (rendered === key) errors.push(`${key}: did not render`);
      }
      expect(errors).toEqual([]);
    },
  );
});
