import { defineMessages } from '../define';

export const events = defineMessages({
  en: {
    status: {
      SCHEDULED: 'Scheduled',
      CANCELLED: 'Cancelled',
      COMPLETED: 'Completed',
    },
  },
  ko: {
    status: {
      SCHEDULED: '예정',
      CANCELLED: '취소됨',
      COMPLETED: '종료',
    },
  },
  ja: {
    status: {
      SCHEDULED: '予定',
      CANCELLED: '中止',
      COMPLETED: '終了',
    },
  },
});
