// The tag a site owner copies to embed an appeal, from the choices made in the generator.
export interface EmbedChoice {
  origin: string;
  appeal: string;
  partner: string;
  lang: '' | 'en' | 'ko' | 'ja';
  theme: 'light' | 'dark';
  compact: boolean;
}

/** The element's attributes in the order the widget guide lists them; empty choices are left out. */
export function embedAttributes(choice: EmbedChoice): [string, string][] {
  return [
    ['appeal', choice.appeal],
    ['partner', choice.partner],
    ['lang', choice.lang],
    ['theme', choice.theme === 'dark' ? 'dark' : ''],
    ['compact', choice.compact ? '' : null],
  ].filter((pair): pair is [string, string] => pair[1] !== null && (pair[1] !== '' || pair[0] === 'compact'));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedCode(choice: EmbedChoice): string {
  const attributes = embedAttributes(choice)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<script src="${escapeAttribute(choice.origin)}/widget.js" async></script>\n<chorus-appeal${attributes}></chorus-appeal>`;
}

/** One origin per line, as typed; blank lines dropped. The API checks each one. */
export function originsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
