// The entry of widget.js. The API is wherever this script came from: a partner's page includes
// <script src="https://chorus.example.org/widget.js">, and the widget talks to that origin.
import { defineChorusAppeal } from './element.js';

function scriptOrigin(): string {
  const current = document.currentScript;
  const src =
    current instanceof HTMLScriptElement && current.src
      ? current.src
      : document.querySelector<HTMLScriptElement>('script[src*="/widget."]')?.src;
  return new URL(src || location.href).origin;
}

try {
  defineChorusAppeal(scriptOrigin());
} catch (error) {
  // Never break the host page: without custom elements the tag simply stays empty.
  console.warn('The Chorus widget could not start:', error);
}
