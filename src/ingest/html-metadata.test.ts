import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from './html-metadata.ts';

function metadataOf(head: string, body = '', url?: string): ReturnType<typeof readPageMetadata> {
  const { document } = parseHTML(`<html lang="de"><head>${head}</head><body>${body}</body></html>`);
  return readPageMetadata(document as unknown as Document, url ? { url } : {});
}

describe('readPageMetadata', () => {
  it('reads headline, authors, date and publisher from JSON-LD inside an @graph', () => {
    const jsonLd = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Page' }, { '@type': 'NewsArticle', headline: 'Quay reopens', datePublished: '2024-05-21T08:00:00+02:00', author: [{ '@type': 'Person', name: 'Ines Marlow' }, { '@type': 'Person', name: 'Oskar Brandt' }], publisher: { '@type': 'Organization', name: 'Coast Herald' } }] };
    expect(metadataOf(`<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`)).toMatchObject({ title: 'Quay reopens', published: '2024-05-21T08:00:00+02:00', byline: 'Ines Marlow; Oskar Brandt', siteName: 'Coast Herald', language: 'de' });
  });

  it('survives JSON-LD with raw line breaks and a trailing comma', () => {
    expect(metadataOf('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay\nreopens","datePublished":"2024-05-21",}</script>').published).toBe('2024-05-21');
  });

  it('falls back to OpenGraph and article meta tags', () => {
    expect(metadataOf('<meta property="og:title" content="Ferry changes"><meta property="article:published_time" content="2024-05-22T10:15:00Z"><meta property="og:site_name" content="Coast Herald"><link rel="canonical" href="https://coast-herald.example/ferry">')).toMatchObject({ title: 'Ferry changes', published: '2024-05-22T10:15:00Z', siteName: 'Coast Herald', url: 'https://coast-herald.example/ferry' });
  });

  it('takes the publication date from the first <time datetime> when the head has none', () => {
    expect(metadataOf('<title>T</title>', '<article><time datetime="2024-05-23">23. Mai 2024</time><p>Text</p></article>').published).toBe('2024-05-23');
  });

  it('prefers the date in the article URL to a meta date converted to UTC', () => {
    expect(metadataOf('<meta property="article:published_time" content="2024-02-25T02:25:54Z">', '', 'https://news.example/2024/02/24/late-story/').published).toBe('2024-02-24');
  });

  it('reads a date printed in an element named for it', () => {
    expect(metadataOf('<title>T</title>', '<div class="entry-meta">Veröffentlicht am 18. Mai 2014</div><p>Text</p>').published).toBe('2014-05-18');
  });

  it('falls back to the first date printed on the page', () => {
    expect(metadataOf('<title>T</title>', '<p>Pressemitteilung vom 20.01.2022</p><p>Text</p>').published).toBe('2022-01-20');
  });
});
