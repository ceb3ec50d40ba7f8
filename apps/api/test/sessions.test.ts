// Signing in and out of the dashboard: cookies, expiry, throttling, and what a foreign page may not do.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({
    admin: true,
    signInThrottle: { perAccount: 3, perAddress: 1000, windowSeconds: 60 },
  });
});
afterAll(() => api.close());

const VIEWER = `{ viewer { kind isAdmin user { email name } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on SignInSuccess { user { email isAdmin } expiresAt }
    ... on Error { message }
    ... on TooManyAttemptsError { retryAfterSeconds }
  }
}`;

async function viewerKind(client: Client): Promise<unknown> {
  const { body } = await client.graphql<{ viewer: { kind: string } }>(VIEWER);
  return body.data?.viewer.kind;
}

describe('signing in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and knows who you are', async () => {
    const result = await api.graphql(SIGN_IN, {
      input: { email: 'ADMIN@example.org ', password: ADMIN.password },
    });
    expect(result.body.data?.signIn).toMatchObject({
      __typename: 'SignInSuccess',
      user: { email: ADMIN.email, isAdmin: true },
    });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^chorus_session=[0-9a-f]{64};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Expires=/);
    expect(cookie).not.toMatch(/Secure/i);
    const session = api.client({ cookie: cookie.split(';')[0] ?? '' });
    const { body } = await session.graphql(VIEWER);
    expect(body.data?.viewer).toEqual({
      kind: 'USER',
      isAdmin: true,
      user: { email: ADMIN.email, name: 'Administrator' },
    });
  });

  it('answers a wrong password and an unknown email with the same words, and sets no cookie', async () => {
    const wrong = await api.graphql(SIGN_IN, { input: { email: ADMIN.email, password: 'not the password' } });
    const unknown = await api.graphql(SIGN_IN, {
      input: { email: 'nobody@example.org', password: 'whatever it is' },
    });
    expect(wrong.body.data?.signIn).toEqual({
      __typename: 'InvalidCredentialsError',
      message: 'The email or password is not right',
    });
    expect(unknown.body.data?.signIn).toEqual(wrong.body.data?.signIn);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });

  it('slows guessing: after too many failures even the right password waits', async () => {
    const email = 'throttled@example.org';
    await sql`insert into users (email, email_canonical, name, password_hash) values (${email}, ${email}, 'T', 'x')`.execute(
      api.database.db,
    );
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { body } = await api.graphql(SIGN_IN, { input: { email, password: `guess ${attempt} guess` } });
      expect((body.data?.signIn as { __typename: string }).__typename).toBe('InvalidCredentialsError');
    }
    const { body } = await api.graphql(SIGN_IN, { input: { email, password: 'guess 4 guess' } });
    expect(body.data?.signIn).toMatchObject({ __typename: 'TooManyAttemptsError' });
    expect((body.data?.signIn as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // Another account is not affected.
    expect(await viewerKind(await api.signIn(ADMIN.email, ADMIN.password))).toBe('USER');
  });
});

describe('sessions end', () => {
  it('on sign out, for that session only', async () => {
    const first = await api.signIn(ADMIN.email, ADMIN.password);
    const second = await api.signIn(ADMIN.email, ADMIN.password);
    const { body, headers } = await first.graphql('mutation { signOut }');
    expect(body.data).toEqual({ signOut: true });
    expect(headers.get('set-cookie')).toMatch(/^chorus_session=;/);
    expect(await viewerKind(first)).toBe('ANONYMOUS');
    expect(await viewerKind(second)).toBe('USER');
  });

  it('everywhere at once', async () => {
    const laptop = await api.signIn(ADMIN.email, ADMIN.password);
    const phone = await api.signIn(ADMIN.email, ADMIN.password);
    const { body } = await phone.graphql('mutation { signOutEverywhere }');
    expect((body.data as { signOutEverywhere: number }).signOutEverywhere).toBeGreaterThanOrEqual(2);
    expect(await viewerKind(laptop)).toBe('ANONYMOUS');
    expect(await viewerKind(phone)).toBe('ANONYMOUS');
  });

  it('when they expire', async () => {
    const session = await api.signIn(ADMIN.email, ADMIN.password);
    expect(await viewerKind(session)).toBe('USER');
    await sql`update sessions set expires_at = now() - interval '1 second' where revoked_at is null`.execute(
      api.database.db,
    );
    expect(await viewerKind(session)).toBe('ANONYMOUS');
  });

  it('when the password changes, except the session that changed it', async () => {
    const other = await api.signIn(ADMIN.email, ADMIN.password);
    const current = await api.signIn(ADMIN.email, ADMIN.password);
    const CHANGE = `mutation ($input: ChangePasswordInput!) {
      changePassword(input: $input) { __typename ... on ValidationError { problems { path message } } }
    }`;
    const wrong = await current.graphql(CHANGE, {
      input: { currentPassword: 'nope nope nope', newPassword: 'another long secret' },
    });
    expect(wrong.body.data?.changePassword).toEqual({
      __typename: 'ValidationError',
      problems: [{ path: ['currentPassword'], message: 'The current password is not right' }],
    });
    const short = await current.graphql(CHANGE, {
      input: { currentPassword: ADMIN.password, newPassword: 'short' },
    });
    expect(short.body.data?.changePassword).toEqual({
      __typename: 'ValidationError',
      problems: [{ path: ['newPassword'], message: 'Must be at least 12 characters' }],
    });
    const changed = await current.graphql(CHANGE, {
      input: { currentPassword: ADMIN.password, newPassword: 'another long secret' },
    });
    expect(changed.body.data?.changePassword).toEqual({ __typename: 'ChangePasswordSuccess' });
    expect(await viewerKind(current)).toBe('USER');
    expect(await viewerKind(other)).toBe('ANONYMOUS');
    await expect(api.signIn(ADMIN.email, ADMIN.password)).rejects.toThrow(/failed/);
    const again = await api.signIn(ADMIN.email, 'another long secret');
    await again.graphql(CHANGE, {
      input: { currentPassword: 'another long secret', newPassword: ADMIN.password },
    });
  });
});

describe('cross-site requests', () => {
  it('refuses a session cookie sent from a foreign page', async () => {
    const session = await api.signIn(ADMIN.email, ADMIN.password);
    const { status, body } = await api.graphql(VIEWER, undefined, {
      ...session.headers,
      origin: 'https://evil.example',
    });
    expect(status).toBe(403);
    expect(body.errors?.[0]?.message).toBe('Requests from https://evil.example may not use a Chorus session');
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sameSite = await api.graphql(VIEWER, undefined, { ...session.headers, origin: api.url });
    expect((sameSite.body.data?.viewer as { kind: string }).kind).toBe('USER');
  });

  it('refuses a text/plain POST, which a foreign form could send without a preflight', async () => {
    const session = await api.signIn(ADMIN.email, ADMIN.password);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: session.headers.cookie ?? '' },
      body: JSON.stringify({ query: 'mutation { signOutEverywhere }' }),
    });
    expect(response.status).toBe(400);
    expect(await viewerKind(session)).toBe('USER');
  });
});
