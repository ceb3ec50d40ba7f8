// What is wrong with an input, as a stable code with parameters, and its message in every language
// Chorus speaks. The API answers each refused field with a code (for programs) and the message in
// the caller's language (for people); the dashboard shows its own form checks in the same words.
//
// Codes are camelCase and stable: a code keeps its meaning once published, and clients may rely on
// it. Messages may be reworded at any time. A template names its parameters in braces, like
// `{max}`; numbers are written the way the language writes them (1,000 in English).
//
// The domain's zod schemas report their issues through this catalog: generic issues (too long,
// missing, not one of the allowed values …) are classified by zod's issue code, and the domain's
// own rules carry their code in the issue's params (`params: { problem: 'nameHasWebAddress' }`).
import type { z } from 'zod';

import type { Locale } from './locales.js';

const en = {
  // Any input
  required: 'This field is required',
  notText: 'Must be text',
  notNumber: 'Must be a number',
  notWholeNumber: 'Must be a whole number',
  notBoolean: 'Must be true or false',
  invalidDate: 'Must be a valid date',
  invalidInput: 'This value is not valid',
  tooLong: 'Must be at most {max} characters',
  tooShort: 'Must be at least {min} characters',
  tooLarge: 'Must be at most {max}',
  tooSmall: 'Must be at least {min}',
  tooMany: 'Give at most {max}',
  tooFew: 'Give at least {min}',
  notOneOf: 'Unknown value "{value}": use one of {allowed}',
  unknownFields: 'Unknown fields: {fields}',
  invalidFormat: 'This is not in the expected format',
  invalidId: 'This is not a valid id',
  invalidEmail: 'Enter a valid email address, like name@example.org',
  invalidUrl: 'Use an absolute http(s) URL, like https://example.org',
  notStorableText: 'Contains a character that is not text (a NUL or an unpaired surrogate)',
  notInFuture: 'Must be in the future',
  // The domain's rules
  unsupportedLocale: 'Unsupported locale "{value}": supported locales are {allowed}',
  unknownCountry: 'Unknown country code "{value}": use an ISO 3166-1 alpha-2 code such as KR or US',
  unknownTimeZone:
    'Unknown time zone "{value}": use an IANA zone name such as Asia/Seoul or America/New_York',
  pageSizeOutOfRange: 'Must be between 1 and {max} (the page size cap is {max}); got {value}',
  slugCharacters: 'A slug uses lowercase letters, digits and single hyphens, like "korea-peace-appeal"',
  slugHyphenAtEdge: 'A slug must not start or end with a hyphen',
  slugDoubleHyphen: 'A slug must not contain two hyphens in a row, like "korea-peace-appeal"',
  nameHasWebAddress: 'A name cannot contain a web address',
  nameStartsWithFormula: 'A name cannot start with = + - or @',
  translationRequired: 'Add a translation in at least one locale: {allowed}',
  defaultTranslationRequired: 'A translation in the default locale ({locale}) is required',
  duplicateLocale: 'The locale {locale} is given twice',
  endBeforeStart: 'Must be after the start',
  addressRequired: 'An in-person or hybrid event needs an address',
  originHasPath:
    '"{value}" is not an origin: leave out the path and any trailing slash, like https://www.example.org or http://localhost:8080',
  originMalformed:
    '"{value}" is not an origin: give the scheme (http or https), the host in lower case and an optional port, like https://www.example.org or http://localhost:8080',
  originInvalidHostOrPort:
    '"{value}" is not an origin: the host or port is not valid, like https://www.example.org or http://localhost:8080',
  originNotAsBrowsersWrite: '"{value}" is written "{origin}" by browsers: use that form',
  // Rules that need the stored data
  slugTaken: 'The slug "{slug}" is already taken',
  unknownOrganisation: 'There is no organisation with the slug "{slug}"',
  leadNotInvitable: 'A campaign has one lead, set when it is created; invite a partner or supporter',
  alreadyInvited: '{organisation} is already invited to this campaign',
  alreadyPartner: '{organisation} is already a partner in this campaign',
  notAskedByAppeal: 'This appeal does not ask for this: leave it out',
  consentChanged:
    'The consent text has changed since this form was loaded (now {version}): reload it and sign again',
  capacityBelowRegistered:
    '{registered} people are registered, so the capacity cannot be less than {registered}. Cancel registrations first, or keep a larger capacity.',
  notRegistered: 'This person is {status}, not registered: only people with a place are checked in',
  currentPasswordWrong: 'The current password is not right',
  existingPasswordWrong: 'The password of your existing account is not right',
  reasonRequired: 'Say why, for the audit log',
  invalidMailDomain: 'Give a mail domain, like spam.example',
  invalidAddressHash: 'Give an address hash: 32 hex characters',
  filterRequired: 'Give at least one of ipHash, emailDomain, signedAfter, signedBefore',
  wholeEmailRequired:
    'Give a whole email address: addresses are stored sealed, so only exact ones can be found',
  offlineCountOutOfRange: 'Give a whole number of signatures, not 0, at most {max} either way',
  offlineSourceRequired: 'Say where they come from, like "paper forms, Seoul rally"',
} as const;

/** The stable code of a problem, such as `tooLong` or `slugTaken`. */
export type ProblemCode = keyof typeof en;

type PlaceholdersOf<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/**
 * The parameters a problem's messages take, by name. `value`, the input quoted back, may be left
 * out: `problemOf` takes it from the issue.
 */
export type ProblemParams<Code extends ProblemCode = ProblemCode> = Record<
  Exclude<PlaceholdersOf<(typeof en)[Code]>, 'value'>,
  string | number
> & { value?: string };

/** What is wrong, without the words: a code and the parameters its messages take. */
export interface Problem<Code extends ProblemCode = ProblemCode> {
  code: Code;
  params: Record<string, string | number>;
}

type Catalog = { readonly [Code in ProblemCode]: string };

const ko: Catalog = {
  required: '필수 항목입니다',
  notText: '텍스트여야 합니다',
  notNumber: '숫자여야 합니다',
  notWholeNumber: '정수여야 합니다',
  notBoolean: '참 또는 거짓이어야 합니다',
  invalidDate: '올바른 날짜가 아닙니다',
  invalidInput: '올바른 값이 아닙니다',
  tooLong: '{max}자 이내로 입력해 주세요',
  tooShort: '{min}자 이상 입력해 주세요',
  tooLarge: '{max} 이하여야 합니다',
  tooSmall: '{min} 이상이어야 합니다',
  tooMany: '최대 {max}개까지 지정할 수 있습니다',
  tooFew: '{min}개 이상 지정해 주세요',
  notOneOf: '알 수 없는 값 "{value}": {allowed} 중 하나를 쓰세요',
  unknownFields: '알 수 없는 항목: {fields}',
  invalidFormat: '형식이 올바르지 않습니다',
  invalidId: '올바른 ID가 아닙니다',
  invalidEmail: 'name@example.org 같은 올바른 이메일 주소를 입력해 주세요',
  invalidUrl: 'https://example.org 같은 http(s) 절대 URL을 입력해 주세요',
  notStorableText: '텍스트가 아닌 문자(NUL 또는 짝이 없는 서로게이트)가 들어 있습니다',
  notInFuture: '미래의 시각이어야 합니다',
  unsupportedLocale: '지원하지 않는 언어 "{value}": 지원 언어는 {allowed}입니다',
  unknownCountry: '알 수 없는 국가 코드 "{value}": KR, US 같은 ISO 3166-1 alpha-2 코드를 쓰세요',
  unknownTimeZone: '알 수 없는 시간대 "{value}": Asia/Seoul, America/New_York 같은 IANA 시간대 이름을 쓰세요',
  pageSizeOutOfRange: '1에서 {max} 사이여야 합니다(한 페이지 최대 {max}개). 받은 값: {value}',
  slugCharacters: '슬러그에는 "korea-peace-appeal"처럼 영문 소문자, 숫자, 하이픈(연속 없이)만 쓸 수 있습니다',
  slugHyphenAtEdge: '슬러그는 하이픈으로 시작하거나 끝날 수 없습니다',
  slugDoubleHyphen: '슬러그에 하이픈을 두 개 연속으로 쓸 수 없습니다. 예: "korea-peace-appeal"',
  nameHasWebAddress: '이름에 웹 주소를 넣을 수 없습니다',
  nameStartsWithFormula: '이름은 = + - @ 로 시작할 수 없습니다',
  translationRequired: '적어도 한 언어({allowed})로 번역을 추가해 주세요',
  defaultTranslationRequired: '기본 언어({locale}) 번역이 필요합니다',
  duplicateLocale: '{locale} 언어가 두 번 들어 있습니다',
  endBeforeStart: '시작보다 뒤여야 합니다',
  addressRequired: '대면 또는 혼합 행사에는 주소가 필요합니다',
  originHasPath:
    '"{value}"은(는) 오리진이 아닙니다. 경로와 끝의 슬래시를 빼 주세요. 예: https://www.example.org, http://localhost:8080',
  originMalformed:
    '"{value}"은(는) 오리진이 아닙니다. 스킴(http 또는 https), 소문자 호스트, 필요하면 포트를 적어 주세요. 예: https://www.example.org, http://localhost:8080',
  originInvalidHostOrPort:
    '"{value}"은(는) 오리진이 아닙니다. 호스트나 포트가 올바르지 않습니다. 예: https://www.example.org, http://localhost:8080',
  originNotAsBrowsersWrite: '브라우저는 "{value}"을(를) "{origin}"(으)로 씁니다. 그 형태로 적어 주세요',
  slugTaken: '슬러그 "{slug}"은(는) 이미 쓰이고 있습니다',
  unknownOrganisation: '슬러그가 "{slug}"인 단체가 없습니다',
  leadNotInvitable: '캠페인의 주관 단체는 만들 때 정한 하나뿐입니다. 파트너나 후원 단체로 초대해 주세요',
  alreadyInvited: '{organisation}은(는) 이미 이 캠페인에 초대되었습니다',
  alreadyPartner: '{organisation}은(는) 이미 이 캠페인의 파트너입니다',
  notAskedByAppeal: '이 호소문은 이 항목을 받지 않습니다. 비워 두세요',
  consentChanged: '이 양식을 연 뒤 동의 문구가 바뀌었습니다(현재 {version}). 다시 불러와 서명해 주세요',
  capacityBelowRegistered:
    '{registered}명이 등록되어 있어 정원을 {registered}명보다 줄일 수 없습니다. 먼저 등록을 취소하거나 정원을 더 크게 두세요.',
  notRegistered: '이 사람은 등록 상태가 아닙니다({status}). 자리가 있는 사람만 체크인할 수 있습니다',
  currentPasswordWrong: '현재 비밀번호가 맞지 않습니다',
  existingPasswordWrong: '기존 계정의 비밀번호가 맞지 않습니다',
  reasonRequired: '감사 기록에 남길 이유를 적어 주세요',
  invalidMailDomain: 'spam.example 같은 메일 도메인을 적어 주세요',
  invalidAddressHash: '주소 해시(16진수 32자)를 적어 주세요',
  filterRequired: 'ipHash, emailDomain, signedAfter, signedBefore 중 하나 이상을 지정해 주세요',
  wholeEmailRequired:
    '이메일 주소 전체를 적어 주세요. 주소는 봉인되어 저장되므로 정확히 일치하는 주소만 찾을 수 있습니다',
  offlineCountOutOfRange: '서명 수는 0이 아닌 정수로, 늘리거나 줄이는 양 모두 최대 {max}까지입니다',
  offlineSourceRequired: '"종이 서명지, 서울 집회"처럼 어디서 모은 서명인지 적어 주세요',
};

const ja: Catalog = {
  required: '必須項目です',
  notText: 'テキストで入力してください',
  notNumber: '数値で入力してください',
  notWholeNumber: '整数で入力してください',
  notBoolean: 'true か false を指定してください',
  invalidDate: '正しい日付ではありません',
  invalidInput: '正しい値ではありません',
  tooLong: '{max}文字以内で入力してください',
  tooShort: '{min}文字以上で入力してください',
  tooLarge: '{max}以下にしてください',
  tooSmall: '{min}以上にしてください',
  tooMany: '{max}個までにしてください',
  tooFew: '{min}個以上指定してください',
  notOneOf: '不明な値「{value}」です。{allowed} のいずれかを使ってください',
  unknownFields: '不明な項目：{fields}',
  invalidFormat: '形式が正しくありません',
  invalidId: '正しいIDではありません',
  invalidEmail: 'name@example.org のような正しいメールアドレスを入力してください',
  invalidUrl: 'https://example.org のような http(s) の絶対URLを入力してください',
  notStorableText: 'テキストではない文字（NUL または対になっていないサロゲート）が含まれています',
  notInFuture: '未来の日時にしてください',
  unsupportedLocale: '対応していない言語「{value}」です。対応言語は {allowed} です',
  unknownCountry:
    '不明な国コード「{value}」です。KR や US のような ISO 3166-1 alpha-2 コードを使ってください',
  unknownTimeZone:
    '不明なタイムゾーン「{value}」です。Asia/Seoul や America/New_York のような IANA タイムゾーン名を使ってください',
  pageSizeOutOfRange: '1から{max}の間にしてください（1ページの上限は{max}件）。指定された値：{value}',
  slugCharacters: 'スラッグには「korea-peace-appeal」のように、英小文字・数字・単独のハイフンだけを使えます',
  slugHyphenAtEdge: 'スラッグをハイフンで始めたり終えたりすることはできません',
  slugDoubleHyphen: 'スラッグにハイフンを2つ続けて使うことはできません。例：「korea-peace-appeal」',
  nameHasWebAddress: 'お名前にウェブアドレスは使えません',
  nameStartsWithFormula: 'お名前を = + - @ で始めることはできません',
  translationRequired: '少なくとも1つの言語（{allowed}）で翻訳を追加してください',
  defaultTranslationRequired: '既定の言語（{locale}）の翻訳が必要です',
  duplicateLocale: '言語 {locale} が2回指定されています',
  endBeforeStart: '開始より後にしてください',
  addressRequired: '対面またはハイブリッドのイベントには住所が必要です',
  originHasPath:
    '「{value}」はオリジンではありません。パスと末尾のスラッシュを除いてください。例：https://www.example.org、http://localhost:8080',
  originMalformed:
    '「{value}」はオリジンではありません。スキーム（http または https）、小文字のホスト、必要ならポートを指定してください。例：https://www.example.org、http://localhost:8080',
  originInvalidHostOrPort:
    '「{value}」はオリジンではありません。ホストまたはポートが正しくありません。例：https://www.example.org、http://localhost:8080',
  originNotAsBrowsersWrite: 'ブラウザは「{value}」を「{origin}」と書きます。その形にしてください',
  slugTaken: 'スラッグ「{slug}」はすでに使われています',
  unknownOrganisation: 'スラッグが「{slug}」の団体はありません',
  leadNotInvitable:
    'キャンペーンの主催団体は作成時に決めた1つだけです。パートナーまたはサポーターとして招待してください',
  alreadyInvited: '{organisation}はすでにこのキャンペーンに招待されています',
  alreadyPartner: '{organisation}はすでにこのキャンペーンのパートナーです',
  notAskedByAppeal: 'このアピールではこの項目を受け付けていません。空のままにしてください',
  consentChanged:
    'このフォームを開いた後に同意文が変わりました（現在 {version}）。読み込み直してから署名してください',
  capacityBelowRegistered:
    '{registered}人が登録しているため、定員を{registered}人より少なくすることはできません。先に登録を取り消すか、定員を大きいままにしてください。',
  notRegistered: 'この人は登録済みではありません（{status}）。席のある人だけがチェックインできます',
  currentPasswordWrong: '現在のパスワードが正しくありません',
  existingPasswordWrong: '既存のアカウントのパスワードが正しくありません',
  reasonRequired: '監査ログに残す理由を書いてください',
  invalidMailDomain: 'spam.example のようなメールドメインを指定してください',
  invalidAddressHash: 'アドレスのハッシュ（16進数32文字）を指定してください',
  filterRequired: 'ipHash、emailDomain、signedAfter、signedBefore のうち少なくとも1つを指定してください',
  wholeEmailRequired:
    'メールアドレス全体を指定してください。アドレスは封印して保存されるため、完全に一致するものしか見つかりません',
  offlineCountOutOfRange: '署名数は0以外の整数で、増減どちらも最大{max}までです',
  offlineSourceRequired: '「紙の署名用紙、ソウル集会」のように、どこで集めた署名かを書いてください',
};

/** Every problem's message template, by locale and code. */
export const PROBLEM_MESSAGES: { readonly [L in Locale]: Catalog } = { en, ko, ja };

export const PROBLEM_CODES = Object.keys(en) as ProblemCode[];

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(en, value);
}

/** A problem with its parameters, checked against the English template's placeholders. */
export function problem<Code extends ProblemCode>(
  code: Code,
  ...[params]: [Exclude<PlaceholdersOf<(typeof en)[Code]>, 'value'>] extends [never]
    ? [params?: { value?: string }]
    : [params: ProblemParams<Code>]
): Problem<Code> {
  return { code, params: params ?? {} };
}

/** The problem's message in a locale; a parameter that was not given is left as its placeholder. */
export function problemMessage(problem: Problem, locale: Locale): string {
  const numbers = new Intl.NumberFormat(locale);
  return PROBLEM_MESSAGES[locale][problem.code].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = problem.params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

// What zod reports, raw (inside an error map, always with the input) or final (with the input
// only when parsed with `reportInput: true`).
type Issue = z.core.$ZodIssue | z.core.$ZodRawIssue;

/** The parameters of the domain's own codes, from `params: { problem, … }` on a custom issue. */
function customProblem(params: Record<string, unknown> | undefined): Problem | null {
  const { problem: code, ...rest } = params ?? {};
  if (!isProblemCode(code)) return null;
  const given: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(rest)) {
    if (typeof value === 'number' || typeof value === 'string') given[name] = value;
  }
  return { code, params: given };
}

function sizeProblem(
  origin: string | undefined,
  bound: number | bigint,
  param: 'max' | 'min',
  [text, number, list]: [ProblemCode, ProblemCode, ProblemCode],
): Problem {
  const params = { [param]: Number(bound) };
  switch (origin) {
    case 'string':
      return { code: text, params };
    case 'number':
    case 'int':
    case 'bigint':
      return { code: number, params };
    case 'array':
    case 'set':
      return { code: list, params };
    default:
      return { code: 'invalidInput', params: {} };
  }
}

function typeProblem(expected: string): ProblemCode {
  switch (expected) {
    case 'string':
      return 'notText';
    case 'number':
    case 'bigint':
      return 'notNumber';
    case 'int':
      return 'notWholeNumber';
    case 'boolean':
      return 'notBoolean';
    case 'date':
      return 'invalidDate';
    default:
      return 'invalidInput';
  }
}

function formatProblem(format: string): ProblemCode {
  switch (format) {
    case 'email':
      return 'invalidEmail';
    case 'url':
      return 'invalidUrl';
    case 'uuid':
    case 'guid':
      return 'invalidId';
    case 'datetime':
    case 'date':
      return 'invalidDate';
    default:
      return 'invalidFormat';
  }
}

function classify(issue: Issue): Problem {
  // A value that is not there at all is missing, whatever it was meant to be. Without the input
  // (an issue parsed without `reportInput`) this cannot be told, and the issue is classified by kind.
  const missing = 'input' in issue && (issue.input === undefined || issue.input === null);
  switch (issue.code) {
    case 'custom': {
      if (missing) return { code: 'required', params: {} };
      return customProblem(issue.params) ?? { code: 'invalidInput', params: {} };
    }
    case 'invalid_type':
      return { code: missing ? 'required' : typeProblem(issue.expected), params: {} };
    case 'invalid_value':
      if (missing) return { code: 'required', params: {} };
      return { code: 'notOneOf', params: { allowed: issue.values.map(String).join(', ') } };
    case 'too_big':
      return sizeProblem(issue.origin, issue.maximum, 'max', ['tooLong', 'tooLarge', 'tooMany']);
    case 'too_small':
      // An empty text where one is needed is a missing one, as a person filling a form sees it.
      if (issue.origin === 'string' && Number(issue.minimum) === 1 && issue.inclusive !== false)
        return { code: 'required', params: {} };
      return sizeProblem(issue.origin, issue.minimum, 'min', ['tooShort', 'tooSmall', 'tooFew']);
    case 'invalid_format':
      return { code: formatProblem(issue.format), params: {} };
    case 'unrecognized_keys':
      return { code: 'unknownFields', params: { fields: issue.keys.join(', ') } };
    case 'invalid_key':
    case 'invalid_element': {
      const inner = issue.issues[0];
      return inner
        ? classify({ ...inner, input: issue.input } as Issue)
        : { code: 'invalidInput', params: {} };
    }
    default:
      return { code: 'invalidInput', params: {} };
  }
}

/**
 * The problem a zod issue stands for. Parse with `{ reportInput: true }` so that a missing value
 * is told from a wrong one and messages can quote what was given.
 */
export function problemOf(issue: Issue): Problem {
  const found = classify(issue);
  // Messages that quote the value get it here, so rules need not repeat it in their params.
  if (
    PROBLEM_MESSAGES.en[found.code].includes('{value}') &&
    found.params.value === undefined &&
    'input' in issue
  ) {
    const input = issue.input;
    if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean')
      return { code: found.code, params: { ...found.params, value: String(input) } };
  }
  return found;
}

/**
 * A zod error map writing the English message from the catalog: the domain's schemas use it, so
 * an issue's `message` is always the English text of its problem.
 */
export function inEnglish(issue: z.core.$ZodRawIssue): string {
  return problemMessage(problemOf(issue), 'en');
}

/**
 * Options for `.refine()` and `z.custom()` that report a problem of the catalog: by code in the
 * issue's params, and in English in its message.
 */
export function failsWith(found: Problem): {
  error: typeof inEnglish;
  params: Record<string, string | number>;
} {
  return { error: inEnglish, params: { ...found.params, problem: found.code } };
}

/** An issue for `ctx.addIssue()` reporting a problem of the catalog. */
export function issueFor(
  found: Problem,
  path?: PropertyKey[],
): { code: 'custom'; message: string; params: Record<string, string | number>; path?: PropertyKey[] } {
  return {
    code: 'custom',
    message: problemMessage(found, 'en'),
    params: { ...found.params, problem: found.code },
    ...(path ? { path } : {}),
  };
}
