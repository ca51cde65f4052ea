import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed, repairXml } from './feed.ts';

describe('looksLikeFeed', () => {
  it('sees a feed behind an XML declaration, comments and a doctype, and not in a page', () => {
    expect(looksLikeFeed('\n  <?xml version="1.0"?>\n<!-- note -->\n<rss version="2.0"></rss>')).toBe(true);
    expect(looksLikeFeed('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>')).toBe(true);
    expect(looksLikeFeed('<!doctype html><html><body>Feed</body></html>')).toBe(false);
  });
});

describe('repairXml', () => {
  it('escapes bare ampersands in links and keeps real entities', () => {
    expect(repairXml('<link>http://link/get?a=1&b=2&amp;c=3&#38;d</link>')).toBe('<link>http://link/get?a=1&amp;b=2&amp;c=3&#38;d</link>');
  });

  it('closes a CDATA section and drops a tag cut off at the end', () => {
    expect(repairXml('<rss><item><title><![CDATA[Quay')).toBe('<rss><item><title><![CDATA[Quay]]>');
    expect(repairXml('<rss><item><title>Quay</title><desc')).toBe('<rss><item><title>Quay</title>');
  });
});

describe('parseFeed', () => {
  it('reads items of a feed with bare ampersands', () => {
    const feed = parseFeed('<rss><channel><item><title>Quay & harbour</title><link>http://x.example/?a=1&b=2</link><description>The quay reopened.</description></item></channel></rss>', 'f.rss');
    expect(feed.items[0]).toMatchObject({ title: 'Quay & harbour', link: 'http://x.example/?a=1&b=2', text: 'The quay reopened.' });
  });

  it('finds an Atom feed wrapped in an XHTML page', () => {
    expect(parseFeed('<html><body><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><summary>Quay reopens.</summary></entry></feed></body></html>', 'f.xml').items).toHaveLength(1);
  });

  it('marks a short summary as summary-only and full content as not', () => {
    const feed = parseFeed('<rss><channel><item><description>Teaser.</description></item><item><description>Teaser.</description><content:encoded>Full text.</content:encoded></item></channel></rss>', 'f.rss');
    expect(feed.items.map((item) => item.summaryOnly)).toEqual([true, false]);
  });

  it('reads an empty feed as a feed with no items', () => {
    expect(parseFeed('<?xml version="1.0"?><rss version="2.0">\n</rss>', 'f.rss').items).toEqual([]);
  });

  it('refuses an empty file and a JSON file that is not a JSON Feed', () => {
    expect(() => parseFeed('  ', 'f.xml')).toThrow(/f\.xml: the feed is empty/);
    expect(() => parseFeed('{"articles": []}', 'f.json')).toThrow(/not a JSON Feed/);
  });
});
