/**
 * A ticket message's body. Ticket text is untrusted: markdown is rendered the way WHMCS does
 * (GitHub-flavoured), but raw HTML never reaches the DOM — an HTML fragment in a message is
 * shown as the text it is. Links leave the app only through the vetted `app:open-external`
 * path, and images are never fetched (a remote image would tell the sender when the message
 * was read): they are shown as links instead.
 */
import { createContext, useContext, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { errorMessage } from '../../lib/call';
import { useOpenExternal } from './tickets-queries';

/** The body of one message: markdown rendered safely, or plain text with its line breaks. */
export function MessageBody({
  body,
  format
}: {
  readonly body: string;
  readonly format: 'markdown' | 'text';
}) {
  const [linkError, setLinkError] = useState<string | null>(null);
  const open = useOpenExternal();
  const { t } = useTranslation('tickets');
  const openLink = (url: string): void => {
    setLinkError(null);
    open.mutate(url, { onError: (error) => setLinkError(errorMessage(error)) });
  };

  return (
    <>
      {format === 'markdown' ? (
        <div className="ticket-message__body ticket-markdown" data-testid="ticket-message-body">
          <SafeMarkdown text={body} onOpenLink={openLink} />
        </div>
      ) : (
        <div
          className="ticket-message__body ticket-message__body--text"
          data-testid="ticket-message-body"
        >
          {body}
        </div>
      )}
      {linkError ? (
        <p role="alert" className="ticket-message__link-error">
          {t('thread.linkFailed', { reason: linkError })}
        </p>
      ) : null}
    </>
  );
}

/** Where a link click goes; the components below are module-level, so they read it here. */
const LinkOpener = createContext<(url: string) => void>(() => undefined);

/**
 * Markdown with GFM, HTML turned into text, links through `onOpenLink` and no image loads.
 * Also used by the composer's preview, so what is previewed is what the thread will show.
 */
export function SafeMarkdown({
  text,
  onOpenLink
}: {
  readonly text: string;
  readonly onOpenLink: (url: string) => void;
}) {
  return (
    <LinkOpener.Provider value={onOpenLink}>
      <Markdown
        remarkPlugins={REMARK_PLUGINS}
        // Belt and braces: nothing of type "html" survives remarkHtmlAsText anyway.
        skipHtml
        urlTransform={keepSafeUrl}
        components={COMPONENTS}
      >
        {text}
      </Markdown>
    </LinkOpener.Provider>
  );
}

/** Only these schemes become links; everything else (javascript:, file:, data:…) is dropped. */
const LINK_SCHEMES = /^(https|http|mailto):/i;

/** react-markdown's URL hook: keeps https/http/mailto URLs, drops every other one. */
export function keepSafeUrl(url: string): string {
  return LINK_SCHEMES.test(url.trim()) ? url.trim() : '';
}

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}

/** mdast parents whose children are blocks: an HTML block there becomes a paragraph of text. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * A remark plugin that turns raw HTML (`<script>`, `<img onerror=…>`) into plain text, so the
 * reader sees what was written instead of it being run, rendered or silently dropped.
 */
export function remarkHtmlAsText() {
  return (tree: MdastNode): void => {
    const visit = (parent: MdastNode): void => {
      if (!parent.children) return;
      parent.children = parent.children.map((child) => {
        if (child.type !== 'html') {
          visit(child);
          return child;
        }
        const text: MdastNode = { type: 'text', value: child.value ?? '' };
        return FLOW_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text;
      });
    };
    visit(tree);
  };
}

/**
 * A remark plugin that keeps single line breaks as breaks, the way WHMCS shows ticket
 * messages (customers rarely leave blank lines between the lines of an address or a log).
 * Code keeps its text as is: only `text` nodes are split.
 */
export function remarkLineBreaks() {
  return (tree: MdastNode): void => {
    const visit = (parent: MdastNode): void => {
      if (!parent.children) return;
      parent.children = parent.children.flatMap((child) => {
        if (child.type !== 'text') {
          visit(child);
          return [child];
        }
        const lines = (child.value ?? '').split('\n');
        return lines.flatMap((line, index) =>
          index === 0
            ? [{ type: 'text', value: line }]
            : [{ type: 'break' }, { type: 'text', value: line }]
        );
      });
    };
    visit(tree);
  };
}

const REMARK_PLUGINS = [remarkGfm, remarkHtmlAsText, remarkLineBreaks];

const COMPONENTS: Components = {
  a: ({ href, children }) => <ExternalLink href={href}>{children}</ExternalLink>,
  img: ({ src, alt }) => <ImageLink src={src} alt={alt} />
};

/** An image as a link to it (never fetched): "Image: <alt>". */
function ImageLink({ src, alt }: { readonly src: unknown; readonly alt: string | undefined }) {
  const { t } = useTranslation('tickets');
  const url = typeof src === 'string' ? src : '';
  const label = alt ? t('thread.imageAlt', { alt }) : t('thread.image');
  return url ? (
    <ExternalLink href={url}>{label}</ExternalLink>
  ) : (
    <span className="ticket-markdown__image">{label}</span>
  );
}

/** A link that opens through the vetted path on every kind of click; its URL is in the title. */
function ExternalLink({
  href,
  children
}: {
  readonly href: string | undefined;
  readonly children: ReactNode;
}) {
  const onOpen = useContext(LinkOpener);
  // An unsafe URL was blanked by keepSafeUrl: keep the words, drop the link.
  if (!href) return <span className="ticket-markdown__dead-link">{children}</span>;
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    onOpen(href);
  };
  return (
    <a
      href={href}
      title={href}
      rel="noopener noreferrer"
      className="ticket-markdown__link"
      onClick={open}
      onAuxClick={open}
    >
      {children}
    </a>
  );
}
