// The SMTP connection for outgoing mail, from SMTP_URL (smtp:// or smtps://, with credentials).
import nodemailer from 'nodemailer';
import type { MailTransport } from './mail.service.js';

export function smtpTransport(smtpUrl: string): MailTransport & { close(): void } {
  // Pooled: a few connections kept open and reused, instead of a connection (and TLS handshake)
  // per mail. Settings in SMTP_URL's query string (?maxConnections=10) win over these.
  return nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 5, maxMessages: 1000 });
}
