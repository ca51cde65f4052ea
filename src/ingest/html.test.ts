import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chooseMainText, extractHtmlArticle } from './html.ts';
import { densityLines } from './html-density.ts';

const LEAD = 'The harbour authority of Marrow Bay said on Tuesday that the northern quay would reopen next week after the repairs.';
const BODY = ['"We expect the first grain ships on Monday," port director Anselm Vey told reporters at the harbour office on Tuesday.', 'The quay handles most of the grain exports of the bay, and its closure had left more than 40 vessels waiting at anchor.'];

describe('chooseMainText', () => {
  it('takes the prose blocks when Readability kept only part of them', () => {
    const density = [LEAD, ...BODY, 'A third paragraph of the same article continues the story of the quay and the dock workers at length.', 'And a fourth one, about the overtime pay the union is still negotiating with the harbour authority this week.'];
    expect(chooseMainText([BODY[0]!], density)).toEqual(density);
  });

  it('keeps Readability when the prose blocks are elsewhere on the page', () => {
    const readability = [...BODY];
    const density = ['A cookie notice that explains at great length how this website uses cookies and similar technologies for you.'.repeat(3)];
    expect(chooseMainText(readability, density)).toEqual(readability);
  });

  it('puts back a lead paragraph set apart from the body', () => {
    const body = [...BODY, `${BODY[1]} The union said talks on overtime pay for the weeks of the closure were continuing.`];
    expect(chooseMainText(body, ['Navigation', LEAD, ...body])).toEqual([LEAD, ...body]);
  });
});

describe('densityLines', () => {
  it('keeps prose and drops link lists and menus', () => {
    const paragraphs = [`${LEAD} ${BODY[0]}`, `${BODY[1]} The union said that talks on the overtime pay for the weeks of the closure were continuing.`];
    const { document } = parseHTML(`<html><body><ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li></ul><div><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p></div><div><a href="/x">Storm damages quay</a> <a href="/y">Ferry timetable changes</a></div></body></html>`);
    expect(densityLines(document.body as unknown as Element)).toEqual(paragraphs);
  });
});

describe('extractHtmlArticle', () => {
  it('reads the publication date from the page URL when the page carries none', () => {
    const html = `<html><body><article><p>${LEAD}</p><p>${BODY[0]}</p><p>${BODY[1]}</p></article></body></html>`;
    expect(extractHtmlArticle(html, { url: 'https://coast-herald.example/2024/05/21/quay-reopens/' }).published).toBe('2024-05-21');
  });
});
