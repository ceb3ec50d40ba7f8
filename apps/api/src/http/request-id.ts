// Every answer names its request: the caller's (or a proxy's) id when it is sane, so logs can be
// followed across hops, else a new one.
import { randomUUID } from 'node:crypto';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

export function requestIdFrom(given: string | string[] | undefined): string {
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}
