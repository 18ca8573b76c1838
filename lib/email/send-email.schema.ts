// What sendEmail and the email/send job accept: a recipient, a known template and that template's props.
import { z } from "zod";
import { emailTemplates, emailTemplateNames, type EmailTemplateName, type EmailTemplateProps } from "@/emails";

export const ZSendEmailInput = z
  .object({
    to: z.email().max(320),
    template: z.enum(emailTemplateNames),
    props: z.record(z.string(), z.unknown()),
  })
  .superRefine((input, ctx) => {
    const result = emailTemplates[input.template].props.safeParse(input.props);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", path: ["props", ...issue.path], message: issue.message });
    }
  });

/** Typed per template: `{ to, template: "welcome", props: { name } }`. */
export type TSendEmailInput<T extends EmailTemplateName = EmailTemplateName> = {
  [K in T]: { to: string; template: K; props: EmailTemplateProps<K> };
}[T];
