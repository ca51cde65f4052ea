import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { removeBoilerplateElements, trimBoilerplateLines } from './html-clean.ts';

const PROSE = 'The harbour authority said on Tuesday that the northern quay would reopen next week after repairs to the cranes damaged in the storm.';

function cleaned(body: string): string {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  removeBoilerplateElements(document as unknown as Document);
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('removeBoilerplateElements', () => {
  it('removes navigation, cookie notices, share bars and comment threads', () => {
    const text = cleaned(`<nav>Home News</nav><div class="cookie-notice">We use cookies</div><div class="share-buttons">Share</div><p>${PROSE}</p><p>${PROSE}</p><section id="comments"><p>First!</p></section>`);
    expect(text).toBe(`${PROSE}${PROSE}`);
  });

  it('keeps the element holding the article even when a page builder calls it a widget', () => {
    expect(cleaned(`<div class="elementor-widget-wrap"><div class="elementor-widget-container"><p>${PROSE}</p><p>${PROSE}</p></div></div><div class="widget"><a href="/">Archive</a></div>`)).toBe(`${PROSE}${PROSE}`);
  });

  it('ignores the category classes a CMS puts on the post wrapper', () => {
    expect(cleaned(`<div class="post category-comments tag-share"><p>${PROSE}</p></div>`)).toBe(PROSE);
  });

  it('removes hidden elements', () => {
    expect(cleaned(`<p>${PROSE}</p><div style="display:none">Subscribe now</div><div hidden>Login</div>`)).toBe(PROSE);
  });
});

describe('trimBoilerplateLines', () => {
  it('drops a date line and a byline before the first paragraph', () => {
    expect(trimBoilerplateLines(['23.10.2018', 'By Ines Marlow', PROSE])).toEqual([PROSE]);
  });

  it('cuts a related-links block that follows a heading in the second half', () => {
    expect(trimBoilerplateLines([PROSE, PROSE, 'Mehr zum Thema', 'Storm damages quay', 'Ferry timetable changes'])).toEqual([PROSE, PROSE]);
  });

  it('keeps the article going on after an inline "Read also" box', () => {
    expect(trimBoilerplateLines([PROSE, 'Read also:', 'Storm damages quay', PROSE, PROSE])).toEqual([PROSE, PROSE, PROSE]);
  });

  it('drops captions, photo credits and inline related-article labels', () => {
    expect(trimBoilerplateLines([PROSE, 'Foto: Ines Marlow', 'Le puede interesar: Ferry timetable changes', PROSE])).toEqual([PROSE, PROSE]);
  });

  it('trims closing promotions and an author bio from the end', () => {
    expect(trimBoilerplateLines([PROSE, 'Ines Marlow is a reporter covering the ports of the coast for the Herald since 2019.', 'Sign up for our newsletter to get the latest stories.'])).toEqual([PROSE]);
  });

  it('keeps a one-word subject sentence that only looks like a bio', () => {
    const line = 'Valdoria ist ein Land, in dem Fernsehserien jahrzehntelang laufen, ohne abgesetzt zu werden.';
    expect(trimBoilerplateLines([PROSE, line])).toEqual([PROSE, line]);
  });
});
