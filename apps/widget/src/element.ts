// <chorus-appeal>: an appeal with its live count and sign form, inside a shadow root so that the
// host page's styles and scripts and the widget's cannot disturb each other. Nothing here throws
// into the host page: failures are shown inside the element and reported as chorus:error events.
import type { Locale } from '@chorus/domain';
import { COUNTRY_CODES } from '@chorus/domain/rules';
import {
  ConnectionError,
  loadAppeal,
  loadCount,
  nextPollDelay,
  signAppeal,
  type AppealData,
  type FieldMode,
  type SignResult,
} from './api.js';
import { pageAddress, utmFrom } from './attribution.js';
import { chooseLocale, MESSAGES, type Messages } from './i18n.js';
import { STYLES } from './styles.js';
import { checkSignature, FIELDS, type Field, type FormValues, type Problem } from './validation.js';

/** How often the count is refreshed while the page is visible. */
const POLL_MS = 20_000;

let apiOrigin = '';

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes, never markup. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children.filter((child): child is Node | string => !!child));
  return element;
}

function paragraphs(text: string): HTMLParagraphElement[] {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => h('p', {}, paragraph.trim()));
}

function problemText(t: Messages, problem: Problem): string {
  return problem.kind === 'tooLong' ? t.tooLong(problem.max) : t[problem.kind];
}

class ChorusAppeal extends HTMLElement {
  static observedAttributes = ['appeal', 'partner', 'lang', 'compact'];

  readonly #root = this.attachShadow({ mode: 'open' });
  #appeal: AppealData | null = null;
  #locale: Locale = 'en';
  #t: Messages = MESSAGES.en;
  #count = 0;
  #failures = 0;
  #timer = 0;
  #generation = 0;
  #loadQueued = false;
  #shownAt = 0;
  #sending = false;
  #loadedSlug = '';
  /** Set once the signature is sent: the thank-you replaces the form, whatever else re-renders. */
  #signed: { email: string; confirmationRequired: boolean } | null = null;
  #form: HTMLFormElement | null = null;
  #countText: HTMLElement | null = null;
  #bar: HTMLElement | null = null;

  constructor() {
    super();
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      this.#root.adoptedStyleSheets = [sheet];
    } catch {
      // Browsers without constructable style sheets get a <style> element instead.
      this.#root.append(h('style', {}, STYLES));
    }
  }

  connectedCallback(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#queueLoad();
  }

  disconnectedCallback(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after || !this.isConnected) return;
    if (name === 'compact') this.#guard(() => this.#render());
    else this.#queueLoad();
  }

  /** Several attributes change at once when the element is parsed: load once for all of them. */
  #queueLoad(): void {
    if (this.#loadQueued) return;
    this.#loadQueued = true;
    queueMicrotask(() => {
      this.#loadQueued = false;
      this.#run(() => this.#load());
    });
  }

  #guard(task: () => void): void {
    try {
      task();
    } catch (error) {
      this.#fail(this.#t.failed, 'render', error);
    }
  }

  /** Runs async work whose failures are shown in the element, never left to the host page. */
  #run(task: () => Promise<void>): void {
    task().catch((error: unknown) => this.#fail(this.#t.failed, 'render', error));
  }

  get #slug(): string {
    return this.getAttribute('appeal')?.trim() ?? '';
  }

  #emit(type: 'chorus:signed' | 'chorus:error', detail: object): void {
    this.dispatchEvent(
      new CustomEvent(type, {
        bubbles: true,
        composed: true,
        detail: { appeal: this.#slug, partner: this.getAttribute('partner'), ...detail },
      }),
    );
  }

  /** Shows a failure inside the element, with a button to try again when that may help. */
  #fail(message: string, stage: string, error: unknown, retry?: () => void): void {
    this.#box(
      h('p', { class: 'err', role: 'alert', part: 'error' }, message),
      retry && this.#button(this.#t.retry, retry),
    );
    this.#emit('chorus:error', { stage, message: String(error) });
  }

  #button(text: string, action: () => void, className = 'link'): HTMLButtonElement {
    const button = h('button', { type: 'button', class: className }, text);
    button.addEventListener('click', () => this.#guard(action));
    return button;
  }

  /** Replaces the element's content. */
  #box(...children: Child[]): HTMLDivElement {
    const container = h('div', { class: 'w', part: 'container', lang: this.#locale }, ...children);
    this.#root.querySelector('.w')?.remove();
    this.#root.append(container);
    return container;
  }

  async #load(): Promise<void> {
    const generation = ++this.#generation;
    clearTimeout(this.#timer);
    this.#locale = chooseLocale([
      this.getAttribute('lang'),
      document.documentElement.lang,
      ...(navigator.languages ?? [navigator.language]),
    ]);
    this.#t = MESSAGES[this.#locale];
    if (this.#slug !== this.#loadedSlug) {
      this.#signed = null;
      this.#form = null;
      this.#shownAt = 0;
    }
    this.#box().setAttribute('aria-busy', 'true');
    if (!this.#slug) return this.#fail(this.#t.notFound, 'load', 'The element has no appeal attribute');
    try {
      const appeal = await loadAppeal(apiOrigin, this.#slug, this.#locale);
      if (generation !== this.#generation) return;
      if (!appeal) return this.#fail(this.#t.notFound, 'load', `There is no appeal "${this.#slug}"`);
      this.#appeal = appeal;
      this.#loadedSlug = this.#slug;
      this.#count = appeal.signatureCount;
      this.#render();
      this.#schedulePoll();
    } catch (error) {
      if (generation === this.#generation)
        this.#fail(this.#t.loadFailed, 'load', error, () => this.#run(() => this.#load()));
    }
  }

  #render(): void {
    const appeal = this.#appeal;
    if (!appeal) return;
    const t = this.#t;
    const kept = this.#form ? this.#values() : null;
    const compact = this.hasAttribute('compact');
    const body = paragraphs(appeal.body);
    this.#countText = h('p', { class: 'count', part: 'count', 'aria-live': 'polite' }, this.#countLine());
    this.#bar = appeal.goal ? h('span') : null;
    const container = this.#box(
      h('h2', { part: 'title' }, appeal.title),
      h('p', { class: 'to' }, `${t.to} ${appeal.target}`),
      compact
        ? h('details', {}, h('summary', {}, t.readAppeal), ...body)
        : h('div', { part: 'body' }, ...body),
      h(
        'div',
        { part: 'progress' },
        this.#countText,
        this.#bar &&
          h(
            'div',
            { class: 'bar', role: 'progressbar', 'aria-label': t.progress, 'aria-valuemin': '0' },
            this.#bar,
          ),
        appeal.goal ? h('p', { class: 'goal' }, t.goal(this.#format(appeal.goal))) : null,
      ),
    );
    this.#showCount();
    const now = Date.now();
    if (this.#signed) {
      this.#form = null;
      container.append(this.#thanks(this.#signed));
    } else if (appeal.status === 'closed' || (appeal.closesAt && Date.parse(appeal.closesAt) <= now)) {
      this.#form = null;
      container.append(h('p', { part: 'error', class: 'note' }, t.closed));
    } else if (appeal.opensAt && Date.parse(appeal.opensAt) > now) {
      this.#form = null;
      container.append(h('p', { part: 'error', class: 'note' }, t.notOpen));
    } else {
      this.#form = this.#buildForm(appeal, compact);
      container.append(this.#form);
      if (kept) for (const field of FIELDS) this.#setValue(field, kept[field]);
      this.#shownAt ||= performance.now();
    }
  }

  #format(value: number): string {
    return new Intl.NumberFormat(this.#locale).format(value);
  }

  #countLine(): string {
    return this.#t.signatures(this.#format(this.#count), this.#count);
  }

  /** Updates the count in place; the live region speaks only when the number changed. */
  #showCount(): void {
    const goal = this.#appeal?.goal;
    const line = this.#countLine();
    if (this.#countText && this.#countText.textContent !== line) this.#countText.textContent = line;
    const bar = this.#bar;
    const track = bar?.parentElement;
    if (bar && track && goal) {
      bar.style.width = `${Math.min(100, (this.#count / goal) * 100)}%`;
      track.setAttribute('aria-valuemax', String(goal));
      track.setAttribute('aria-valuenow', String(Math.min(this.#count, goal)));
      track.setAttribute('aria-valuetext', `${this.#format(this.#count)} / ${this.#format(goal)}`);
    }
  }

  #field(name: Field, label: string, control: HTMLElement): HTMLDivElement {
    control.id = name;
    control.setAttribute('name', name);
    control.setAttribute('aria-describedby', `${name}-error`);
    return h(
      'div',
      { part: 'field' },
      h('label', { for: name }, label),
      control,
      h('p', { id: `${name}-error`, class: 'err', part: 'error' }),
    );
  }

  #countrySelect(): HTMLSelectElement {
    let names: (code: string) => string = (code) => code;
    try {
      const display = new Intl.DisplayNames([this.#locale], { type: 'region' });
      names = (code) => display.of(code) ?? code;
    } catch {
      // Without Intl.DisplayNames the codes themselves are listed.
    }
    const guess = /[-_]([A-Za-z]{2})\b/.exec(navigator.language)?.[1]?.toUpperCase();
    const options = COUNTRY_CODES.map((code) => [code, names(code)] as const).sort((a, b) =>
      a[1].localeCompare(b[1], this.#locale),
    );
    return h(
      'select',
      { required: true, autocomplete: 'country' },
      h('option', { value: '' }, this.#t.chooseCountry),
      ...options.map(([code, name]) => h('option', { value: code, selected: code === guess }, name)),
    );
  }

  #buildForm(appeal: AppealData, compact: boolean): HTMLFormElement {
    const t = this.#t;
    const partner = this.#partner(appeal);
    const form = h(
      'form',
      { part: 'form', novalidate: true },
      this.#field('name', t.name, h('input', { type: 'text', required: true, autocomplete: 'name' })),
      this.#field('email', t.email, h('input', { type: 'email', required: true, autocomplete: 'email' })),
      this.#field('country', t.country, this.#countrySelect()),
      this.#asks(appeal.postcodeField, compact) &&
        this.#field(
          'postcode',
          this.#label(t.postcode, appeal.postcodeField),
          h('input', {
            type: 'text',
            autocomplete: 'postal-code',
            required: appeal.postcodeField === 'REQUIRED',
          }),
        ),
      this.#asks(appeal.commentField, compact) &&
        this.#field(
          'comment',
          this.#label(t.comment, appeal.commentField),
          h('textarea', { rows: '3', required: appeal.commentField === 'REQUIRED' }),
        ),
      // People never see this field; a bot filling every input fills it too (see the API's signing guard).
      h(
        'div',
        { class: 'trap', 'aria-hidden': 'true' },
        h('label', { for: 'website' }, t.honeypot),
        h('input', { id: 'website', name: 'website', type: 'text', tabindex: '-1', autocomplete: 'off' }),
      ),
      h(
        'label',
        { class: 'check', part: 'consent' },
        h('input', { type: 'checkbox', name: 'lead' }),
        h('span', {}, appeal.consentText),
      ),
      partner &&
        partner.slug !== appeal.campaign.leadOrganisation.slug &&
        h(
          'label',
          { class: 'check', part: 'consent' },
          h('input', { type: 'checkbox', name: 'partner' }),
          h('span', {}, t.partnerConsent(partner.name)),
        ),
      h('div', { class: 'err', role: 'alert', part: 'error', id: 'result' }),
      h('button', { type: 'submit', part: 'button' }, t.sign),
      h('p', { class: 'note', role: 'status', id: 'sending' }),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#run(() => this.#submit());
    });
    return form;
  }

  /** Whether the form shows a field the appeal may ask for: a compact form only the required ones. */
  #asks(mode: FieldMode, compact: boolean): boolean {
    return mode === 'REQUIRED' || (mode === 'OPTIONAL' && !compact);
  }

  /** "Postcode (optional)" loses its "(optional)" when the appeal requires it. */
  #label(label: string, mode: FieldMode): string {
    return mode === 'REQUIRED' ? label.replace(/\s*[(（].*$/, '') : label;
  }

  /** The partner named by the partner attribute, when it takes part in the campaign. */
  #partner(appeal: AppealData): { slug: string; name: string } | undefined {
    const slug = this.getAttribute('partner');
    return appeal.campaign.partners.edges.find((edge) => edge.node.organisation.slug === slug)?.node
      .organisation;
  }

  #control(field: Field): HTMLInputElement | null {
    return this.#form?.querySelector<HTMLInputElement>(`[name=${field}]`) ?? null;
  }

  #setValue(field: Field, value: string): void {
    const control = this.#control(field);
    if (control) control.value = value;
  }

  #checked(name: string): boolean {
    return this.#form?.querySelector<HTMLInputElement>(`[name=${name}]`)?.checked ?? false;
  }

  #values(): FormValues {
    const values = {} as FormValues;
    for (const field of FIELDS) values[field] = this.#control(field)?.value ?? '';
    return values;
  }

  /** Shows each field's problem beside it and focuses the first field with one. */
  #showProblems(problems: Partial<Record<Field, string>>): boolean {
    let first: HTMLElement | null = null;
    for (const field of FIELDS) {
      const control = this.#control(field);
      const message = problems[field];
      if (!control) continue;
      const error = this.#root.getElementById(`${field}-error`);
      if (error) error.textContent = message ?? '';
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      if (message && !first) first = control;
    }
    first?.focus();
    return first !== null;
  }

  #result(message: string, retry?: () => void): void {
    const result = this.#root.getElementById('result');
    if (result) result.replaceChildren(message, ...(retry ? [' ', this.#button(this.#t.retry, retry)] : []));
  }

  async #submit(): Promise<void> {
    const appeal = this.#appeal;
    const form = this.#form;
    // A second click while the first is on its way sends nothing.
    if (this.#sending || !appeal || !form) return;
    const t = this.#t;
    const values = this.#values();
    const checked = checkSignature(
      values,
      FIELDS.filter((field) => this.#control(field)?.hasAttribute('required')),
    );
    this.#result('');
    if (
      this.#showProblems(
        Object.fromEntries(
          Object.entries(checked).map(([field, problem]) => [field, problemText(t, problem)]),
        ),
      )
    ) {
      return this.#result(t.fix);
    }
    const partnerSlug = this.getAttribute('partner')?.trim() || null;
    const consentToLead = this.#checked('lead');
    const input = {
      appealSlug: this.#slug,
      name: values.name.trim(),
      email: values.email.trim(),
      country: values.country,
      postcode: values.postcode.trim() || null,
      comment: values.comment.trim() || null,
      locale: this.#locale,
      consentToLead,
      // When the partner is the lead organisation, the one box speaks for both.
      consentToPartner:
        partnerSlug === appeal.campaign.leadOrganisation.slug ? consentToLead : this.#checked('partner'),
      consentVersion: appeal.consentVersion,
      partnerSlug,
      utm: utmFrom(location.search),
      referrer: pageAddress(location.href),
      honeypot: form.querySelector<HTMLInputElement>('[name=website]')?.value || null,
      fillMs: Math.round(performance.now() - this.#shownAt),
    };
    const button = form.querySelector('button[type=submit]');
    const sending = this.#root.getElementById('sending');
    this.#sending = true;
    button?.setAttribute('aria-disabled', 'true');
    if (sending) sending.textContent = t.sending;
    try {
      this.#handle(await signAppeal(apiOrigin, input), input.email);
    } catch (error) {
      this.#result(error instanceof ConnectionError ? t.offline : t.failed, () =>
        this.#run(() => this.#submit()),
      );
      this.#emit('chorus:error', { stage: 'sign', message: String(error) });
    } finally {
      this.#sending = false;
      button?.removeAttribute('aria-disabled');
      if (sending) sending.textContent = '';
    }
  }

  #handle(result: SignResult, email: string): void {
    const t = this.#t;
    if ('confirmationRequired' in result) {
      this.#signed = { email, confirmationRequired: result.confirmationRequired };
      this.#render();
      this.#root.querySelector<HTMLElement>('h3')?.focus();
      this.#emit('chorus:signed', { confirmationRequired: result.confirmationRequired });
      return;
    }
    const reasons: Record<string, string> = {
      AppealClosedError: t.closed,
      AppealNotOpenError: t.notOpen,
      AppealNotFoundError: t.notFound,
      EmbedOriginNotAllowedError: t.notAllowed,
    };
    const problems: Partial<Record<Field, string>> = {};
    let general = reasons[result.type] ?? result.error;
    if (result.problems?.length) {
      general = t.fix;
      for (const problem of result.problems) {
        const field = problem.path[0] as Field;
        if (FIELDS.includes(field)) problems[field] = problem.message;
        else general = problem.message;
      }
    }
    this.#showProblems(problems);
    this.#result(general);
    this.#emit('chorus:error', { stage: 'sign', reason: result.type, message: result.error });
  }

  #thanks(signed: { email: string; confirmationRequired: boolean }): HTMLElement {
    const t = this.#t;
    const address = new URL(pageAddress(location.href) ?? location.href);
    for (const key of [...address.searchParams.keys()])
      if (key.startsWith('utm_')) address.searchParams.delete(key);
    const url = address.href;
    const title = this.#appeal?.title ?? '';
    const e = encodeURIComponent;
    const links: [string, string][] = [
      [t.mail, `mailto:?subject=${e(title)}&body=${e(`${title}\n${url}`)}`],
      ['WhatsApp', `https://wa.me/?text=${e(`${title} ${url}`)}`],
      ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${e(url)}`],
      ['X', `https://x.com/intent/post?text=${e(title)}&url=${e(url)}`],
      ['LINE', `https://social-plugins.line.me/lineit/share?url=${e(url)}`],
    ];
    const copied = h('p', { class: 'note', role: 'status' });
    return h(
      'div',
      { part: 'thanks' },
      h('h3', { tabindex: '-1' }, t.thanks),
      h('p', {}, signed.confirmationRequired ? t.checkMail(signed.email) : t.counted),
      h('p', {}, t.share),
      h(
        'ul',
        { class: 'share', part: 'share' },
        ...links.map(([name, href]) =>
          h('li', {}, h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, name)),
        ),
        navigator.clipboard &&
          h(
            'li',
            {},
            this.#button(
              t.copy,
              () =>
                void navigator.clipboard.writeText(url).then(
                  () => (copied.textContent = t.copied),
                  () => undefined,
                ),
              '',
            ),
          ),
      ),
      copied,
    );
  }

  readonly #onVisibility = (): void => {
    if (document.hidden) clearTimeout(this.#timer);
    else this.#schedulePoll(this.#failures ? undefined : 0);
  };

  #schedulePoll(delay = nextPollDelay(POLL_MS, this.#failures)): void {
    clearTimeout(this.#timer);
    if (document.hidden || !this.isConnected || !this.#appeal) return;
    this.#timer = window.setTimeout(() => void this.#poll(), delay);
  }

  async #poll(): Promise<void> {
    try {
      this.#count = await loadCount(apiOrigin, this.#slug);
      this.#failures = 0;
      this.#showCount();
    } catch {
      this.#failures++;
    }
    this.#schedulePoll();
  }
}

/** Registers <chorus-appeal>, talking to the Chorus API at `origin`; a second call does nothing. */
export function defineChorusAppeal(origin: string): void {
  apiOrigin = origin;
  if (!customElements.get('chorus-appeal')) customElements.define('chorus-appeal', ChorusAppeal);
}
