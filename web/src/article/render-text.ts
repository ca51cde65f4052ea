import { h } from '../dom.ts';
import { segmentText, type Mark, type Segment } from './segments.ts';

/** Nested quotes each carry a speaker colour; the innermost (latest-starting) one shows. */
function segmentClasses(segment: Segment): string[] {
  const classes = new Set<string>(['seg']);
  let speaker: string | undefined;
  let speakerStart = -1;
  for (const mark of segment.marks) {
    for (const name of mark.classes) {
      if (name.startsWith('speaker-')) {
        if (mark.start >= speakerStart) {
          speaker = name;
          speakerStart = mark.start;
        }
      } else {
        classes.add(name);
      }
    }
  }
  if (speaker) classes.add(speaker);
  return [...classes];
}

/**
 * The article text as text nodes, with highlighted runs wrapped in spans that name their items in
 * data-marks. The text is never parsed as HTML: a hostile page's markup shows as the characters it is.
 */
export function renderArticleText(text: string, marks: readonly Mark[]): HTMLElement {
  const container = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  for (const segment of segmentText(text.length, marks)) {
    const content = text.slice(segment.start, segment.end);
    if (segment.marks.length === 0) {
      container.appendChild(document.createTextNode(content));
      continue;
    }
    container.appendChild(
      h('span', { class: segmentClasses(segment).join(' '), 'data-marks': segment.marks.map((mark) => mark.key).join(' '), 'data-start': segment.start }, content),
    );
  }
  return container;
}

let focused: readonly Element[] = [];

/** Scrolls to an item's span, outlines every run of it, and moves keyboard focus there. */
export function focusMark(container: HTMLElement, key: string): HTMLElement | undefined {
  for (const element of focused) element.classList.remove('focused');
  focused = [...container.querySelectorAll(`[data-marks~="${CSS.escape(key)}"]`)];
  for (const element of focused) element.classList.add('focused');
  const first = focused[0];
  if (!(first instanceof HTMLElement)) return undefined;
  first.setAttribute('tabindex', '-1');
  first.scrollIntoView({ block: 'center', behavior: 'auto' });
  first.focus({ preventScroll: true });
  return first;
}
