import { describe, expect, it } from 'vitest';
import { pageAddress, utmFrom } from './attribution.js';

describe('utmFrom', () => {
  it('takes the five utm_* parameters and ignores the rest', () => {
    expect(
      utmFrom(
        '?utm_source=newsletter&utm_medium=email&utm_campaign=armistice-day&utm_content=button&utm_term=peace&ref=x',
      ),
    ).toEqual({
      source: 'newsletter',
      medium: 'email',
      campaign: 'armistice-day',
      content: 'button',
      term: 'peace',
    });
  });

  it('decodes values, drops empty ones and answers null when there are none', () => {
    expect(utmFrom('?utm_source=%ED%8F%89%ED%99%94&utm_medium=')).toEqual({ source: '평화' });
    expect(utmFrom('?utm_medium=%20%20')).toBeNull();
    expect(utmFrom('')).toBeNull();
    expect(utmFrom('?lang=ko')).toBeNull();
  });

  it('cuts values to the length the API keeps', () => {
    expect(utmFrom(`?utm_campaign=${'a'.repeat(500)}`)?.campaign).toHaveLength(200);
  });
});

describe('pageAddress', () => {
  it('keeps an http(s) address without its fragment', () => {
    expect(pageAddress('https://www.wilpf.org/korea?utm_source=x#sign')).toBe(
      'https://www.wilpf.org/korea?utm_source=x',
    );
    expect(pageAddress('http://localhost:8080/')).toBe('http://localhost:8080/');
  });

  it('gives null for addresses the API would refuse', () => {
    expect(pageAddress('file:///home/min-ji/page.html')).toBeNull();
    expect(pageAddress('about:blank')).toBeNull();
    expect(pageAddress(`https://example.org/?q=${'a'.repeat(3000)}`)).toBeNull();
    expect(pageAddress('not a url')).toBeNull();
  });
});
