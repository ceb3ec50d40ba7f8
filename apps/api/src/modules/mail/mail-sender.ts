// The SMTP connection for outgoing mail, from SMTP_URL (smtp:// or smtps://, with credentials).
import nodemailer from 'nodemailer';
import type { MailTransport } from './mail.service.js';

export function smtpTransport(smtpUrl: string): MailTransport & { close(): void } {
  return nodemailer.createTransport(smtpUrl);
}
