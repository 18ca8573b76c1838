// Email: render a react-email template, then deliver it through Resend (when RESEND_API_KEY is set)
// or keep it in the outbox table (embedded mode: nothing leaves the machine, admins read it there).
// Request paths call queueEmail, so a failing email never blocks or undoes the change it follows.
import { render } from "@react-email/render";
import { createElement, type ComponentType } from "react";
import { Resend } from "resend";
import { emailTemplates, type EmailTemplate, type EmailTemplateName } from "@/emails";
import { db, type EmailStatus } from "../db";
import { getEnv, type EmailConfig } from "../env";
import { AppError, fieldErrorsFromZod, notFound } from "../errors";
import { enqueue, NonRetriableError } from "../jobs";
import { logger } from "../log";
import type { z } from "zod";
import { ZSendEmailInput, type TSendEmailInput } from "./send-email.schema";

export { ZSendEmailInput, type TSendEmailInput } from "./send-email.schema";
export type { EmailTemplateName, EmailTemplateProps } from "@/emails";

const log = logger("email");

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

function parseInput(input: unknown) {
  const parsed = ZSendEmailInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "This email cannot be sent", { fields: fieldErrorsFromZod(parsed.error) });
  // The envelope schema checked the props; parse them again for the template's own output (trimmed etc.).
  // Past validation the template's own types no longer help: handle every template alike.
  const template = emailTemplates[parsed.data.template] as unknown as EmailTemplate<z.ZodType<object>>;
  const props = template.props.parse(parsed.data.props);
  return { to: parsed.data.to, templateName: parsed.data.template, template, props };
}

/** Renders a template to HTML and plain text. Throws VALIDATION_FAILED for an unknown template or bad props. */
export async function renderEmail<T extends EmailTemplateName>(template: T, props: TSendEmailInput<T>["props"]): Promise<RenderedEmail> {
  // Any valid address will do: only the template and its props matter here.
  const parsed = parseInput({ to: "render@bazaar.invalid", template, props });
  return renderParsed(parsed);
}

async function renderParsed({ template, props }: ReturnType<typeof parseInput>): Promise<RenderedEmail> {
  const element = createElement(template.component as ComponentType<object>, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  // Subjects are one line whatever the props hold.
  const subject = template.subject(props).replace(/\s+/g, " ").trim();
  return { subject, html, text };
}

/**
 * Renders and records an email: CAPTURED in outbox mode (that is the whole delivery), QUEUED in
 * resend mode until deliverEmail sends it. Returns the outbox row's id.
 */
export async function prepareEmail(input: TSendEmailInput): Promise<{ id: string; status: EmailStatus }> {
  const parsed = parseInput(input);
  const rendered = await renderParsed(parsed);
  const config = getEnv().email;
  const row = await db.emailOutbox.create({
    data: {
      to: parsed.to,
      from: config.from,
      template: parsed.templateName,
      ...rendered,
      status: config.mode === "outbox" ? "CAPTURED" : "QUEUED",
      provider: config.mode,
    },
    select: { id: true, status: true },
  });
  if (config.mode === "outbox") log.info("email captured in the outbox (not delivered)", { emailId: row.id, template: parsed.templateName });
  return row;
}

let resendClient: { config: EmailConfig; client: Resend } | undefined;
function resend(config: Extract<EmailConfig, { mode: "resend" }>): Resend {
  if (resendClient?.config !== config) resendClient = { config, client: new Resend(config.apiKey) };
  return resendClient.client;
}

/**
 * Delivers a prepared email through Resend and records SENT with Resend's id, or FAILED with the
 * error, and then throws so that the job retries (NonRetriableError when Resend refused the email
 * itself: retrying would not help). Already SENT or CAPTURED emails are left alone.
 */
export async function deliverEmail(id: string): Promise<{ id: string; status: EmailStatus }> {
  const row = await db.emailOutbox.findUnique({ where: { id } });
  if (!row) throw notFound("Email");
  if (row.status === "SENT" || row.status === "CAPTURED") return { id, status: row.status };
  const config = getEnv().email;
  if (config.mode === "outbox") {
    // Resend was configured when it was queued but is not any more: keep it readable here.
    await db.emailOutbox.update({ where: { id }, data: { status: "CAPTURED", provider: "outbox" } });
    return { id, status: "CAPTURED" };
  }

  let failure: { message: string; permanent: boolean };
  try {
    const { data, error } = await resend(config).emails.send(
      { from: row.from, to: row.to, subject: row.subject, html: row.html, text: row.text },
      // A retry after a lost response must not send the email twice.
      { idempotencyKey: `bazaar-email-${row.id}` },
    );
    if (data && !error) {
      await db.emailOutbox.update({
        where: { id },
        data: { status: "SENT", provider: "resend", providerMessageId: data.id, sentAt: new Date(), error: null },
      });
      log.info("email sent", { emailId: id, template: row.template, providerMessageId: data.id });
      return { id, status: "SENT" };
    }
    const status = error?.statusCode ?? null;
    failure = {
      message: `${error?.name ?? "unknown_error"}${status ? ` (${status})` : ""}: ${error?.message ?? "Resend returned no email id"}`,
      // 4xx other than rate limiting: the request itself is wrong (sender domain, address...).
      permanent: status !== null && status >= 400 && status < 500 && status !== 429,
    };
  } catch (error) {
    failure = { message: error instanceof Error ? error.message : String(error), permanent: false };
  }

  await db.emailOutbox.update({ where: { id }, data: { status: "FAILED", provider: "resend", error: failure.message.slice(0, 2000) } });
  log.warn("email delivery failed", { emailId: id, template: row.template, error: failure.message });
  const message = `Email ${id} could not be delivered: ${failure.message}`;
  throw failure.permanent ? new NonRetriableError(message) : new Error(message);
}

/** Renders and delivers now, in the caller. Prefer queueEmail on request paths. */
export async function sendEmail(input: TSendEmailInput): Promise<{ id: string; status: EmailStatus }> {
  const prepared = await prepareEmail(input);
  return deliverEmail(prepared.id);
}

/**
 * Queues an email (the email/send job renders and delivers it, with retries). Call it after the
 * change it reports is committed. A bad template or props throw VALIDATION_FAILED here; if the job
 * service cannot be reached, the failure is logged and the caller goes on.
 */
export async function queueEmail(input: TSendEmailInput): Promise<void> {
  try {
    await enqueue("email/send", input);
  } catch (error) {
    if (error instanceof AppError && error.code === "SERVICE_UNAVAILABLE") {
      log.error("email not queued: jobs are unavailable", { template: input.template, error });
      return;
    }
    throw error;
  }
}
