// The words of the mails Chorus sends to supporters, in each supported language.
import type { Locale } from '@chorus/domain';

export interface Mail {
  subject: string;
  text: string;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (it loads the locale's
// data): one per locale, made on first use, serves every mail.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function formatDate(date: Date, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

export function confirmSignatureMail(
  locale: Locale,
  details: { name: string; appealTitle: string; link: string; expiresAt: Date; reminder?: boolean },
): Mail {
  const until = formatDate(details.expiresAt, locale);
  const mail = confirmationWords(locale, details, until);
  if (!details.reminder) return mail;
  const prefix = { en: 'Reminder: ', ko: '다시 알려 드립니다: ', ja: '再送：' }[locale];
  return { ...mail, subject: `${prefix}${mail.subject}` };
}

function confirmationWords(
  locale: Locale,
  details: { name: string; appealTitle: string; link: string },
  until: string,
): Mail {
  switch (locale) {
    case 'ko':
      return {
        subject: `서명을 확인해 주세요: ${details.appealTitle}`,
        text: `${details.name}님, 안녕하세요.\n\n「${details.appealTitle}」에 서명해 주셔서 감사합니다. 아래 링크를 열고 확인 버튼을 눌러 서명을 완료해 주세요 (${until}까지 유효합니다).\n\n${details.link}\n\n직접 서명하지 않으셨다면 이 메일을 무시하셔도 됩니다.\n`,
      };
    case 'ja':
      return {
        subject: `署名の確認をお願いします：${details.appealTitle}`,
        text: `${details.name} 様\n\n「${details.appealTitle}」へのご署名ありがとうございます。下のリンクを開き、確認ボタンを押して署名を完了してください（${until}まで有効です）。\n\n${details.link}\n\nお心当たりのない場合は、このメールを無視してください。\n`,
      };
    case 'en':
      return {
        subject: `Please confirm your signature: ${details.appealTitle}`,
        text: `Dear ${details.name},\n\nThank you for signing "${details.appealTitle}". Open the link below and press the button to confirm your signature (the link works until ${until}).\n\n${details.link}\n\nIf you did not sign, you can ignore this message.\n`,
      };
  }
}

export function alreadySignedMail(locale: Locale, details: { appealTitle: string }): Mail {
  switch (locale) {
    case 'ko':
      return {
        subject: `이미 서명하셨습니다: ${details.appealTitle}`,
        text: `「${details.appealTitle}」에 이 이메일 주소로 이미 서명하셨습니다. 서명은 한 번만 집계됩니다. 함께해 주셔서 감사합니다.\n`,
      };
    case 'ja':
      return {
        subject: `すでに署名済みです：${details.appealTitle}`,
        text: `このメールアドレスで「${details.appealTitle}」にすでに署名されています。署名は一度だけ数えられます。ご協力ありがとうございます。\n`,
      };
    case 'en':
      return {
        subject: `You have already signed: ${details.appealTitle}`,
        text: `You have already signed "${details.appealTitle}" with this email address. Each person counts once. Thank you for your support.\n`,
      };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The HTML part of a mail: its text in paragraphs, with links made clickable. */
export function htmlFromText(text: string): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) =>
      escapeHtml(paragraph)
        .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')
        .replaceAll('\n', '<br>'),
    );
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${paragraphs
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}</body></html>`;
}

export type RsvpMailKind =
  'registered' | 'waitlisted' | 'already' | 'promoted' | 'cancelled' | 'reminder' | 'changed' | 'called-off';

const RSVP_WORDS: Record<
  Locale,
  Record<RsvpMailKind, { subject: string; lead: string }> & {
    when: string;
    yourTime: string;
    where: string;
    join: string;
    manage: string;
  }
> = {
  en: {
    registered: { subject: 'You are registered', lead: 'Your place is booked.' },
    waitlisted: {
      subject: 'You are on the waitlist',
      lead: 'The event is full, so you are on the waitlist. If a place frees up, it is yours and we will tell you.',
    },
    already: {
      subject: 'You were already registered',
      lead: 'You had already registered with this email address.',
    },
    promoted: { subject: 'A place is yours', lead: 'A place has freed up and it is now yours.' },
    cancelled: {
      subject: 'Your registration is cancelled',
      lead: 'Your registration is cancelled. Thank you for letting us know.',
    },
    reminder: { subject: 'Coming up', lead: 'A reminder: you are registered for this event.' },
    changed: {
      subject: 'Changed',
      lead: 'The event you registered for has changed. Here is what it is now; your registration stands.',
    },
    'called-off': {
      subject: 'Cancelled',
      lead: 'We are sorry: the event you registered for is cancelled and will not take place.',
    },
    when: 'When',
    yourTime: 'Your time',
    where: 'Where',
    join: 'Join online',
    manage: 'See or cancel your registration',
  },
  ko: {
    registered: { subject: '참가 신청이 완료되었습니다', lead: '자리가 예약되었습니다.' },
    waitlisted: {
      subject: '대기자 명단에 등록되었습니다',
      lead: '정원이 차서 대기자 명단에 올려 드렸습니다. 자리가 나면 바로 알려 드리겠습니다.',
    },
    already: { subject: '이미 신청하셨습니다', lead: '이 이메일 주소로 이미 신청하셨습니다.' },
    promoted: { subject: '자리가 확정되었습니다', lead: '자리가 생겨 참가가 확정되었습니다.' },
    cancelled: { subject: '신청이 취소되었습니다', lead: '신청이 취소되었습니다. 알려 주셔서 감사합니다.' },
    reminder: { subject: '곧 시작합니다', lead: '신청하신 행사를 다시 알려 드립니다.' },
    changed: {
      subject: '변경 안내',
      lead: '신청하신 행사의 내용이 변경되었습니다. 변경된 내용은 아래와 같으며, 신청은 그대로 유지됩니다.',
    },
    'called-off': { subject: '행사 취소', lead: '죄송합니다. 신청하신 행사가 취소되어 열리지 않습니다.' },
    when: '일시',
    yourTime: '현지 시간',
    where: '장소',
    join: '온라인 참여 링크',
    manage: '신청 확인 및 취소',
  },
  ja: {
    registered: { subject: '参加登録が完了しました', lead: 'お席を確保しました。' },
    waitlisted: {
      subject: 'キャンセル待ちに登録しました',
      lead: '満席のため、キャンセル待ちに登録しました。空きが出ましたらお知らせします。',
    },
    already: { subject: 'すでに登録済みです', lead: 'このメールアドレスですでに登録されています。' },
    promoted: { subject: 'お席が確定しました', lead: '空きが出たため、お席が確定しました。' },
    cancelled: {
      subject: '登録を取り消しました',
      lead: '登録を取り消しました。ご連絡ありがとうございます。',
    },
    reminder: { subject: 'まもなく開催', lead: 'ご登録のイベントのお知らせです。' },
    changed: {
      subject: '変更のお知らせ',
      lead: 'ご登録のイベントの内容が変更されました。変更後の内容は以下のとおりです。ご登録はそのまま有効です。',
    },
    'called-off': {
      subject: '中止のお知らせ',
      lead: '申し訳ありません。ご登録のイベントは中止となりました。',
    },
    when: '日時',
    yourTime: 'お住まいの地域の時刻',
    where: '場所',
    join: 'オンライン参加リンク',
    manage: '登録の確認・取り消し',
  },
};

export function rsvpMail(
  kind: RsvpMailKind,
  locale: Locale,
  details: {
    name: string;
    eventTitle: string;
    eventTime: string;
    readerTime: string | null;
    place: string | null;
    /** Only for people with a seat. */
    joinUrl: string | null;
    link: string;
  },
): Mail {
  const words = RSVP_WORDS[locale];
  const lines = [
    `${details.name},`,
    '',
    words[kind].lead,
    '',
    details.eventTitle,
    `${words.when}: ${details.eventTime}`,
    ...(details.readerTime ? [`${words.yourTime}: ${details.readerTime}`] : []),
    ...(details.place ? [`${words.where}: ${details.place}`] : []),
    ...(details.joinUrl ? [`${words.join}: ${details.joinUrl}`] : []),
    '',
    `${words.manage}:`,
    details.link,
  ];
  return { subject: `${words[kind].subject}: ${details.eventTitle}`, text: `${lines.join('\n')}\n` };
}
