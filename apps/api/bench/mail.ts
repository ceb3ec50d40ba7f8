// Mail delivery benchmark: how many mails a second the outbox sends to a local SMTP server, with
// the pooled transport and several messages at a time (as the server runs it) beside one plain
// connection per mail, one at a time.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/chorus_dev npm run bench:mail -w @chorus/api
//
// Options (environment): BENCH_MAILS (default 1000).
import nodemailer from 'nodemailer';
import { smtpTransport } from '../src/modules/mail/mail-sender.js';
import { deliverDueMail, queueMail, type MailTransport } from '../src/modules/mail/mail.service.js';
import { startSmtpCatcher } from '../test/smtp-catcher.js';
import { cloneTemplate, createTemplate, dropTemplate } from '../test/databases.js';

const total = Number(process.env.BENCH_MAILS ?? 1000);
const template = await createTemplate(process.env.DATABASE_URL || undefined);
const smtp = await startSmtpCatcher();

async function run(name: string, transport: MailTransport & { close(): void }, concurrency: number) {
  const database = await cloneTemplate(template);
  try {
    for (let i = 0; i < total; i += 1) {
      await queueMail(database.db, {
        kind: 'bench',
        to: `signer${i}@bench.example`,
        subject: 'Please confirm your signature',
        text: 'Confirm: https://chorus.example.org/confirm?token=0123456789abcdef',
      });
    }
    const started = performance.now();
    let sent = 0;
    while (sent < total) {
      const result = await deliverDueMail(database.db, transport, { from: 'bench@example.org', concurrency });
      if (result.failed > 0) throw new Error(`${result.failed} mails failed`);
      sent += result.sent;
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      name,
      mails: total,
      seconds: Number(seconds.toFixed(2)),
      perSecond: Math.round(total / seconds),
    };
  } finally {
    transport.close();
    await database.dispose();
  }
}

try {
  const results = [
    await run('one connection per mail, one at a time', nodemailer.createTransport(smtp.url), 1),
    await run('pooled transport, 5 at a time (as the server sends)', smtpTransport(smtp.url), 5),
  ];
  console.table(results);
  console.log(JSON.stringify(results));
} finally {
  await smtp.close();
  await dropTemplate(template);
}
