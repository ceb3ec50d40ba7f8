// Message catalogues are written per domain with the three languages side by side; the types make
// a key missing in Korean or Japanese a compile error rather than an English word on screen.

/** The same keys as T, with text at every leaf. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export interface Catalogue<T> {
  en: T;
  ko: Shape<T>;
  ja: Shape<T>;
}

export function defineMessages<T>(catalogue: { en: T; ko: Shape<T>; ja: Shape<T> }): Catalogue<T> {
  return catalogue;
}
