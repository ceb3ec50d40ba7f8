// The demo coalition: Korea Peace Now! Women Mobilizing to End the War, launched in 2019 by
// WILPF, Women Cross DMZ, the Korean Women's Movement for Peace and the Nobel Women's Initiative.
// Texts are written for this demo; dates of the upcoming event are relative to the day of loading.

const DAY = 24 * 60 * 60 * 1000;

export const organisations = [
  {
    slug: 'wilpf',
    name: "Women's International League for Peace and Freedom",
    website: 'https://www.wilpf.org',
    country: 'CH',
    description:
      'A global feminist peace organisation founded in 1915, working to end war and militarism and to build peace grounded in justice.',
    logoUrl: null,
  },
  {
    slug: 'women-cross-dmz',
    name: 'Women Cross DMZ',
    website: 'https://www.womencrossdmz.org',
    country: 'US',
    description:
      'A global movement of women mobilising to end the Korean War, reunite families and ensure women’s leadership in the peace process.',
    logoUrl: null,
  },
  {
    slug: 'korean-womens-movement-for-peace',
    name: "Korean Women's Movement for Peace",
    website: null,
    country: 'KR',
    description: 'Women’s organisations in South Korea working together for peace on the Korean Peninsula.',
    logoUrl: null,
  },
  {
    slug: 'nobel-womens-initiative',
    name: "Nobel Women's Initiative",
    website: 'https://www.nobelwomensinitiative.org',
    country: 'CA',
    description:
      'Women Nobel Peace laureates who use their influence to support women’s groups working for peace, justice and equality.',
    logoUrl: null,
  },
] as const;

export const campaign = {
  slug: 'korea-peace-now',
  status: 'active',
  startsAt: new Date('2019-03-01T00:00:00Z'),
  endsAt: null,
  leadOrganisationSlug: 'wilpf',
  defaultLocale: 'en',
  translations: {
    en: {
      title: 'Korea Peace Now! Women Mobilizing to End the War',
      summary: 'A global women-led campaign for a peace agreement that formally ends the Korean War.',
      description:
        'The armistice of 1953 stopped the fighting, but the Korean War has never ended. Korea Peace Now! educates, organises and advocates for a peace agreement, for demilitarisation and denuclearisation, and for a future of sustainable peace in Northeast Asia, with women at the table.',
    },
    ko: {
      title: '코리아 피스 나우! 전쟁을 끝내기 위한 여성 행동',
      summary: '한국전쟁을 공식적으로 끝내는 평화협정을 위한 여성 주도의 세계 캠페인입니다.',
      description:
        '1953년 정전협정으로 전투는 멈췄지만 한국전쟁은 아직 끝나지 않았습니다. 코리아 피스 나우!는 평화협정, 비무장화와 비핵화, 그리고 여성이 함께하는 동북아시아의 지속 가능한 평화를 위해 교육하고 조직하며 옹호합니다.',
    },
    ja: {
      title: 'コリア・ピース・ナウ！戦争を終わらせるために行動する女性たち',
      summary: '朝鮮戦争を正式に終わらせる平和協定を求める、女性主導の世界的キャンペーンです。',
      description:
        '1953年の休戦協定で戦闘は止まりましたが、朝鮮戦争はいまだ終わっていません。コリア・ピース・ナウ！は、平和協定、非軍事化と非核化、そして女性が参加する北東アジアの持続可能な平和のために、学び、組織し、働きかけています。',
    },
  },
} as const;

export const partners = [
  { organisationSlug: 'women-cross-dmz', role: 'partner' },
  { organisationSlug: 'korean-womens-movement-for-peace', role: 'partner' },
  { organisationSlug: 'nobel-womens-initiative', role: 'partner' },
] as const;

export const appeal = {
  campaignSlug: 'korea-peace-now',
  slug: 'korea-peace-appeal',
  status: 'open',
  goal: 100_000,
  opensAt: new Date('2020-03-01T00:00:00Z'),
  closesAt: null,
  consentVersion: '2026-11-v1',
  defaultLocale: 'en',
  translations: {
    en: {
      title: 'Korea Peace Appeal: end the Korean War',
      body: 'More than seventy years after the armistice, the Korean War is still not over. Millions of families remain divided and the peninsula lives under the threat of nuclear war. We call for a peace agreement that formally ends the war, for steps toward demilitarisation and denuclearisation, and for women to take part in every stage of the peace process.',
      target:
        'The governments of the United States, the Democratic People’s Republic of Korea, the Republic of Korea and China, and the United Nations',
      consentText: 'Keep me informed about Korea Peace Now! and the work of the organisations behind it.',
    },
    ko: {
      title: '한반도 평화 호소: 한국전쟁을 끝냅시다',
      body: '정전 후 70년이 넘었지만 한국전쟁은 아직 끝나지 않았습니다. 수많은 가족이 여전히 헤어져 살고, 한반도는 핵전쟁의 위협 속에 있습니다. 우리는 전쟁을 공식적으로 끝내는 평화협정, 비무장화와 비핵화를 향한 조치, 그리고 평화 과정의 모든 단계에 여성의 참여를 요구합니다.',
      target: '미국, 조선민주주의인민공화국, 대한민국, 중국 정부와 유엔',
      consentText: '코리아 피스 나우!와 이 캠페인을 함께하는 단체들의 소식을 받겠습니다.',
    },
    ja: {
      title: 'コリア平和アピール：朝鮮戦争を終わらせよう',
      body: '休戦から70年以上が過ぎても、朝鮮戦争はまだ終わっていません。多くの家族が離ればなれのままで、朝鮮半島は核戦争の脅威のもとにあります。私たちは、戦争を正式に終わらせる平和協定、非軍事化と非核化への歩み、そして和平プロセスのあらゆる段階への女性の参加を求めます。',
      target: 'アメリカ合衆国、朝鮮民主主義人民共和国、大韓民国、中国の各政府と国際連合',
      consentText: 'コリア・ピース・ナウ！と参加団体からのお知らせを受け取ります。',
    },
  },
} as const;

/** A press conference that took place, and an online briefing about a month after loading. */
export function events(now: Date) {
  const briefingDay = new Date(Math.ceil((now.getTime() + 30 * DAY) / DAY) * DAY);
  // 12:00 UTC is 21:00 in Seoul and Tokyo and 07:00 in New York (winter): a time all three can attend.
  const briefingStart = new Date(briefingDay.getTime() + 12 * 60 * 60 * 1000);
  return [
    {
      campaignSlug: 'korea-peace-now',
      hostOrganisationSlug: 'women-cross-dmz',
      status: 'completed',
      format: 'in_person',
      startsAt: new Date('2025-07-24T14:00:00Z'),
      endsAt: new Date('2025-07-24T15:00:00Z'),
      timeZone: 'America/New_York',
      venue: 'United Nations Headquarters, press briefing room',
      address: '405 East 42nd Street, New York, NY 10017, United States',
      capacity: 60,
      defaultLocale: 'en',
      translations: {
        en: {
          title: 'Press conference at the UN: women leaders on the Korean peace process',
          description:
            'Women leaders from the United States, South Korea and Japan present the global campaign for a peace agreement to end the Korean War.',
        },
        ko: {
          title: '유엔 기자회견: 한반도 평화 프로세스와 여성 지도자들',
          description:
            '미국, 한국, 일본의 여성 지도자들이 한국전쟁 종식을 위한 평화협정 세계 캠페인을 소개합니다.',
        },
        ja: {
          title: '国連での記者会見：朝鮮半島の和平プロセスと女性リーダー',
          description:
            'アメリカ、韓国、日本の女性リーダーが、朝鮮戦争を終わらせる平和協定を求める世界キャンペーンを紹介します。',
        },
      },
    },
    {
      campaignSlug: 'korea-peace-now',
      hostOrganisationSlug: 'wilpf',
      status: 'scheduled',
      format: 'online',
      startsAt: briefingStart,
      endsAt: new Date(briefingStart.getTime() + 90 * 60 * 1000),
      timeZone: 'Asia/Seoul',
      venue: null,
      address: null,
      capacity: 500,
      joinUrl: 'https://meet.example.org/korea-peace-briefing',
      defaultLocale: 'en',
      translations: {
        en: {
          title: 'Online briefing: why a peace agreement now',
          description:
            'Campaigners from Seoul, Tokyo and New York on where the peace process stands and how to help, with time for questions.',
        },
        ko: {
          title: '온라인 브리핑: 왜 지금 평화협정인가',
          description:
            '서울, 도쿄, 뉴욕의 활동가들이 평화 프로세스의 현황과 참여 방법을 이야기하고 질문에 답합니다.',
        },
        ja: {
          title: 'オンライン説明会：なぜ今、平和協定なのか',
          description:
            'ソウル、東京、ニューヨークの活動家が和平プロセスの現状と参加の方法について話し、質問に答えます。',
        },
      },
    },
  ] as const;
}
