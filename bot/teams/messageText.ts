import type { Activity, Attachment } from 'botbuilder';
import { convert } from 'html-to-text';

/**
 * The plain text of a Teams message. Teams sends what people write as HTML (in `text`, and in full
 * in a text/html attachment): paragraphs, line breaks, lists (a typed "1." becomes a numbered list),
 * links and @mentions. Lists keep their numbers so numbered answers stay numbered, links keep their
 * text (and the address when it differs), mentions are left out.
 */
export function messageText(activity: Pick<Activity, 'text' | 'attachments'>): string {
  const html = (activity.attachments ?? []).find(
    (attachment: Attachment) =>
      attachment.contentType === 'text/html' && typeof attachment.content === 'string',
  )?.content as string | undefined;
  return htmlToText(html ?? activity.text ?? '');
}

export function htmlToText(html: string): string {
  // Most answers are typed plain text; the converter is only needed when there is markup.
  if (!/[<&]/.test(html)) return html.replace(/\u00a0/g, ' ').trim();
  return (
    convert(html, {
      wordwrap: false,
      preserveNewlines: true,
      selectors: [
        { selector: 'at', format: 'skip' },
        { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['(', ')'] } },
        { selector: 'ul', options: { itemPrefix: '- ' } },
        { selector: 'img', format: 'skip' },
        { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
        { selector: 'h1', options: { uppercase: false } },
        { selector: 'h2', options: { uppercase: false } },
        { selector: 'h3', options: { uppercase: false } },
        { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
      ],
    })
      .replace(/\u00a0/g, ' ')
      // The converter pads list numbers to one width (" 2." under "10."); answers need no indentation.
      .replace(/^[ \t]+/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
