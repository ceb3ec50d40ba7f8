// The widget's own words in every language Chorus speaks. Appeal texts come from the API in the
// chosen language; these are the labels, messages and buttons around them.
import type { Locale } from '@chorus/domain';

const en = {
  signatures: (count: string, n: number) => `${count} ${n === 1 ? 'signature' : 'signatures'}`,
  goal: (goal: string) => `Goal: ${goal}`,
  progress: 'Signatures toward the goal',
  to: 'To:',
  readAppeal: 'Read the appeal',
  name: 'Name',
  email: 'Email',
  country: 'Country',
  chooseCountry: 'Choose your country',
  postcode: 'Postcode (optional)',
  comment: 'Comment (optional)',
  partnerConsent: (partner: string) => `I would also like to hear from ${partner}.`,
  honeypot: 'Leave this field empty',
  sign: 'Sign the appeal',
  sending: 'Sending your signature…',
  required: 'Please fill in this field.',
  chooseOne: 'Please choose your country.',
  invalidEmail: 'Enter a valid email address, like name@example.org.',
  tooLong: (max: number) => `Please use at most ${max} characters.`,
  webAddress: 'A name cannot contain a web address.',
  formula: 'A name cannot start with = + - or @.',
  fix: 'Please correct the marked fields.',
  offline: 'Your signature could not be sent because the connection failed. What you typed is kept.',
  retry: 'Try again',
  loadFailed: 'The appeal could not be loaded.',
  notFound: 'This appeal was not found.',
  closed: 'This appeal is closed and no longer takes signatures.',
  notOpen: 'This appeal does not take signatures yet.',
  notAllowed: 'This appeal cannot be signed on this site. Please sign it on the campaign’s own website.',
  failed: 'Something went wrong. Please try again.',
  thanks: 'Thank you for signing!',
  checkMail: (email: string) =>
    `We have sent an email to ${email}. Please open it and confirm your signature: it counts once you have confirmed it.`,
  counted: 'Your signature has been counted.',
  share: 'Ask your friends to sign too:',
  mail: 'Email',
  copy: 'Copy link',
  copied: 'Link copied.',
};

export type Messages = typeof en;

const ko: Messages = {
  signatures: (count) => `${count}명 서명`,
  goal: (goal) => `목표: ${goal}명`,
  progress: '목표 대비 서명 수',
  to: '받는 곳:',
  readAppeal: '호소문 읽기',
  name: '이름',
  email: '이메일',
  country: '국가',
  chooseCountry: '국가를 선택하세요',
  postcode: '우편번호 (선택)',
  comment: '남기실 말씀 (선택)',
  partnerConsent: (partner) => `${partner}의 소식도 받겠습니다.`,
  honeypot: '이 칸은 비워 두세요',
  sign: '서명하기',
  sending: '서명을 보내는 중입니다…',
  required: '이 칸을 입력해 주세요.',
  chooseOne: '국가를 선택해 주세요.',
  invalidEmail: 'name@example.org 같은 올바른 이메일 주소를 입력해 주세요.',
  tooLong: (max) => `${max}자 이내로 입력해 주세요.`,
  webAddress: '이름에 웹 주소를 넣을 수 없습니다.',
  formula: '이름은 = + - @ 로 시작할 수 없습니다.',
  fix: '표시된 칸을 고쳐 주세요.',
  offline: '연결에 실패해 서명을 보내지 못했습니다. 입력하신 내용은 그대로 남아 있습니다.',
  retry: '다시 시도',
  loadFailed: '호소문을 불러오지 못했습니다.',
  notFound: '호소문을 찾을 수 없습니다.',
  closed: '서명이 마감된 호소문입니다.',
  notOpen: '아직 서명을 받지 않는 호소문입니다.',
  notAllowed: '이 사이트에서는 이 호소문에 서명할 수 없습니다. 캠페인 공식 웹사이트에서 서명해 주세요.',
  failed: '문제가 생겼습니다. 다시 시도해 주세요.',
  thanks: '서명해 주셔서 감사합니다!',
  checkMail: (email) =>
    `${email}(으)로 이메일을 보냈습니다. 메일을 열어 서명을 확인해 주세요. 확인하신 뒤에 서명이 집계됩니다.`,
  counted: '서명이 집계되었습니다.',
  share: '친구들에게도 서명을 권해 주세요:',
  mail: '이메일',
  copy: '링크 복사',
  copied: '링크를 복사했습니다.',
};

const ja: Messages = {
  signatures: (count) => `${count}人が署名`,
  goal: (goal) => `目標：${goal}人`,
  progress: '目標に対する署名数',
  to: '宛先：',
  readAppeal: 'アピールを読む',
  name: 'お名前',
  email: 'メールアドレス',
  country: '国',
  chooseCountry: '国を選んでください',
  postcode: '郵便番号（任意）',
  comment: 'コメント（任意）',
  partnerConsent: (partner) => `${partner}からのお知らせも受け取ります。`,
  honeypot: 'この欄は空のままにしてください',
  sign: '署名する',
  sending: '署名を送信しています…',
  required: 'この欄を入力してください。',
  chooseOne: '国を選んでください。',
  invalidEmail: 'name@example.org のような正しいメールアドレスを入力してください。',
  tooLong: (max) => `${max}文字以内で入力してください。`,
  webAddress: 'お名前にウェブアドレスは使えません。',
  formula: 'お名前を = + - @ で始めることはできません。',
  fix: '印の付いた欄を直してください。',
  offline: '接続に失敗したため、署名を送信できませんでした。入力内容はそのまま残っています。',
  retry: 'もう一度試す',
  loadFailed: 'アピールを読み込めませんでした。',
  notFound: 'このアピールは見つかりません。',
  closed: 'このアピールの署名は締め切られました。',
  notOpen: 'このアピールはまだ署名を受け付けていません。',
  notAllowed: 'このサイトではこのアピールに署名できません。キャンペーンの公式サイトで署名してください。',
  failed: '問題が発生しました。もう一度お試しください。',
  thanks: 'ご署名ありがとうございます！',
  checkMail: (email) =>
    `${email} にメールをお送りしました。メールを開いて署名を確認してください。確認後に署名が数えられます。`,
  counted: '署名が数えられました。',
  share: '友だちにも署名を呼びかけてください：',
  mail: 'メール',
  copy: 'リンクをコピー',
  copied: 'リンクをコピーしました。',
};

export const MESSAGES: Record<Locale, Messages> = { en, ko, ja };

/**
 * The first supported language among the candidates, most wanted first: the element's lang
 * attribute, then the page's <html lang>, then the browser's languages. "ko-KR" counts as "ko".
 */
export function chooseLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const language = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (language && Object.hasOwn(MESSAGES, language)) return language as Locale;
  }
  return 'en';
}
