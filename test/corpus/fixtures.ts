import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MARROW_BAY_FOLLOW_UP, MARROW_BAY_REPRINT, MARROW_BAY_WIRE } from './stories.ts';

/** Input files of every kind, written by the team about invented places, for the ingest tests. */

export const PAGE_HTML = `<!doctype html><html lang="en"><head>
<title>Kell Point grain terminal reopens | Coast Herald</title>
<meta property="og:site_name" content="Coast Herald">
<link rel="canonical" href="https://coast-herald.example/kell-point-terminal">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kell Point grain terminal reopens","datePublished":"2024-05-22T09:30:00+02:00","author":{"@type":"Person","name":"Ines Marlow"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies and our privacy policy.</p></div>
<article><h1>Kell Point grain terminal reopens</h1>
<p class="byline">By Ines Marlow</p>
<p>The grain terminal at Kell Point reopened on Wednesday after a three-week closure, the port authority said, and the first two ships were loaded within hours.</p>
<p>"We have cleared the backlog faster than we feared," terminal manager Oskar Brandt told reporters, adding that at least 12 vessels were still waiting outside the harbour.</p>
<p>The closure followed a strike by dock workers over overtime pay, which ended last week after the union accepted a new offer from the port authority.</p>
<p>Related: <a href="/other">Union accepts pay offer</a></p>
</article>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Storm damages quay</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></aside>
<footer><p>© 2024 Coast Herald. All rights reserved.</p></footer>
</body></html>`;

export const RSS_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Coast Herald</title><link>https://coast-herald.example/</link>
<item><title>Harbour repairs finished</title><link>https://coast-herald.example/repairs</link><guid>coast-herald-1001</guid>
<pubDate>Tue, 21 May 2024 08:00:00 +0200</pubDate><dc:creator>Ines Marlow</dc:creator>
<description>Short teaser about the harbour.</description>
<content:encoded><![CDATA[<p>Repairs to the northern quay of Marrow Bay were finished on Monday, the harbour authority said.</p><p>"The cranes are back in service," port director Anselm Vey said, adding that about 300 dock workers would return.</p>]]></content:encoded></item>
<item><title>Ferry timetable changes</title><link>https://coast-herald.example/ferry</link><guid>coast-herald-1002</guid>
<pubDate>Wed, 22 May 2024 10:15:00 +0200</pubDate><description>The summer ferry timetable starts on June 1 &amp; adds two crossings a day.</description></item>
<item><title>Headline only</title><link>https://coast-herald.example/headline</link><guid>coast-herald-1003</guid></item>
</channel></rss>`;

export const ATOM_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valdoria Wire</title>
<entry><title>Ceasefire talks resume</title><id>urn:valdoria-wire:2001</id><link rel="alternate" href="https://valdoria-wire.example/talks"/>
<published>2024-03-06T07:00:00Z</published><author><name>Tomas Brill</name></author>
<content type="html">&lt;p&gt;Delegations from Valdoria and Ostrava met in Geneva on Tuesday for a second round of ceasefire talks.&lt;/p&gt;</content></entry>
</feed>`;

export const RDF_FEED = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://orchard-news.example/"><title>Orchard News</title></channel>
<item rdf:about="https://orchard-news.example/drought"><title>Drought appeal</title><link>https://orchard-news.example/drought</link>
<description>Aid agencies appealed for 12 million dollars for Orchard Province on Wednesday.</description><dc:date>2024-08-14</dc:date></item>
</rdf:RDF>`;

export const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Kell Point Bulletin',
  items: [{ id: 'kp-1', url: 'https://kell-point.example/1', title: 'Council meets', content_text: 'The Kell Point council met on Thursday to discuss the harbour budget.', date_published: '2024-05-23T18:00:00+02:00' }],
});

/** A Russian-language feed item in windows-1251, declared in the XML declaration. */
export const CYRILLIC_TEXT = 'Совет порта Марроу-Бей собрался в среду, чтобы обсудить ремонт причала.';
export function cyrillicFeedBytes(): Buffer {
  const xml = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Порт</title><item><title>Совет порта</title><guid>port-1</guid><description>${CYRILLIC_TEXT}</description></item></channel></rss>`;
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1251');
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...xml].map((character) => table.get(character) ?? 0x3f));
}

export function batchLines(): string {
  return [
    JSON.stringify({ id: 'batch-1', text: MARROW_BAY_FOLLOW_UP, published: '2024-05-24', source: 'Coast Wire' }),
    '{broken json',
    JSON.stringify({ id: 'batch-3', html: `<html><body><p>${MARROW_BAY_WIRE.split('\n\n')[0]}</p></body></html>`, source: 'Coast Wire' }),
  ].join('\n');
}

/** Writes one file of each kind (and the bad ones) into `folder`; returns the paths by name. */
export function writeInputFiles(folder: string): Record<string, string> {
  mkdirSync(join(folder, 'nested', 'deeper'), { recursive: true });
  const files: Record<string, string> = {
    text: join(folder, 'wire.txt'),
    reprint: join(folder, 'nested', 'reprint.txt'),
    page: join(folder, 'nested', 'page.html'),
    rss: join(folder, 'feed.rss'),
    atom: join(folder, 'nested', 'deeper', 'atom.xml'),
    rdf: join(folder, 'orchard.rdf'),
    jsonFeed: join(folder, 'bulletin.json'),
    cyrillic: join(folder, 'port-1251.xml'),
    gzipFeed: join(folder, 'compressed.xml'),
    batch: join(folder, 'batch.jsonl'),
    image: join(folder, 'photo.png'),
  };
  writeFileSync(files.text!, `Marrow Bay quay to reopen\n\n${MARROW_BAY_WIRE}`);
  writeFileSync(files.reprint!, MARROW_BAY_REPRINT);
  writeFileSync(files.page!, PAGE_HTML);
  writeFileSync(files.rss!, RSS_FEED);
  writeFileSync(files.atom!, ATOM_FEED);
  writeFileSync(files.rdf!, RDF_FEED);
  writeFileSync(files.jsonFeed!, JSON_FEED);
  writeFileSync(files.cyrillic!, cyrillicFeedBytes());
  writeFileSync(files.gzipFeed!, gzipSync(ATOM_FEED.replace('2001', '2002').replace('second round', 'third round')));
  writeFileSync(files.batch!, batchLines());
  writeFileSync(files.image!, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  return files;
}
