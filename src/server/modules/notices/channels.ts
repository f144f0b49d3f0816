// The channels a notice goes out on besides the inbox. E-mail: SMTP through one pooled
// nodemailer transport per server (SMTP_URL). Text messages: an interface with one
// implementation, a JSON POST to a configurable HTTP gateway (SMS_GATEWAY_URL), which
// is what SMS brand-name and Zalo notification providers take; the delivery's id is
// sent as the idempotency key, so a gateway that honours it never sends one twice.
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type { Env } from '../../env.ts';

export interface OutgoingMail {
  /** the delivery's id: the message's id and the key a second send is recognised by */
  id: string;
  to: string;
  subject: string;
  text: string;
}

export interface OutgoingText {
  id: string;
  to: string;
  text: string;
}

export interface MailChannel {
  send(mail: OutgoingMail): Promise<{ providerId: string | null }>;
  close(): void;
}

export interface TextGateway {
  send(message: OutgoingText): Promise<{ providerId: string | null }>;
}

export function smtpChannel(env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM' | 'SMTP_POOL_SIZE'>): MailChannel | null {
  if (!env.SMTP_URL) return null;
  const options: SMTPPool.Options = {
    url: env.SMTP_URL,
    pool: true,
    maxConnections: env.SMTP_POOL_SIZE,
    maxMessages: 1000,
  };
  const transport: Transporter = nodemailer.createTransport(options);
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: env.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.id}@notices.ocop>`,
        headers: { 'X-OCOP-Delivery': mail.id },
      });
      return { providerId: typeof info.messageId === 'string' ? info.messageId : null };
    },
    close: () => transport.close(),
  };
}

/** A text gateway over HTTP: POST {to, text, reference} as JSON; any 2xx is sent, anything else is retried. */
export function httpTextGateway(
  env: Pick<Env, 'SMS_GATEWAY_URL' | 'SMS_GATEWAY_TOKEN'>,
  timeoutMs = 10_000,
): TextGateway | null {
  const url = env.SMS_GATEWAY_URL;
  if (!url) return null;
  return {
    async send(message) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.id,
          ...(env.SMS_GATEWAY_TOKEN ? { authorization: `Bearer ${env.SMS_GATEWAY_TOKEN}` } : {}),
        },
        body: JSON.stringify({ to: message.to, text: message.text, reference: message.id }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const reply = await res.text();
      if (!res.ok) throw new Error(`gateway answered ${res.status}: ${reply.slice(0, 200)}`);
      let providerId: string | null = null;
      try {
        const body = JSON.parse(reply) as { id?: unknown; messageId?: unknown };
        const id = body.id ?? body.messageId;
        providerId = id == null ? null : String(id);
      } catch {
        // a gateway may answer with plain text; the 2xx is what counts
      }
      return { providerId };
    },
  };
}

export interface Channels {
  mail: MailChannel | null;
  text: TextGateway | null;
}

const open = new WeakMap<object, Channels>();

/** The server's channels, opened once per environment (the pool is kept between jobs). */
export function channelsOf(env: Env): Channels {
  let c = open.get(env);
  if (!c) {
    c = { mail: smtpChannel(env), text: httpTextGateway(env) };
    open.set(env, c);
  }
  return c;
}

/** Closes the pooled connections (the server's shutdown, a test's end). */
export function closeChannels(env: Env): void {
  open.get(env)?.mail?.close();
  open.delete(env);
}
