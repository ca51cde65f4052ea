import { readFileSync } from 'node:fs';

/** One expected CAMEO triple. */
export interface ExpectedCoding {
  readonly source: string;
  readonly target: string;
  readonly event: string;
}

/** One validation record: a sentence, its date and the triples a coder should produce (none for `noevents`). */
export interface PetrarchRecord {
  readonly id: string;
  readonly category: string;
  readonly date?: string;
  readonly text: string;
  readonly codings: readonly ExpectedCoding[];
  readonly noEvents: boolean;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
}

/** "19950101" -> "1995-01-01"; other shapes (the files hold a few) are left out. */
function isoDate(value: string | undefined): string | undefined {
  return value && /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : undefined;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Reads PETRARCH validation records leniently (the GSR file is not well-formed XML: a comment banner
 * outside comments, self-closed <Sentence/> tags followed by </Sentence>): each record runs from one
 * <Sentence to the next.
 */
export function readPetrarchRecords(file: string): PetrarchRecord[] {
  const xml = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const starts = [...xml.matchAll(/<Sentence\b[^>]*>/g)];
  return starts.flatMap((match, index) => {
    const tag = match[0];
    const body = xml.slice(match.index! + tag.length, starts[index + 1]?.index ?? xml.length);
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1];
    if (text === undefined) return [];
    const codingTags = [...body.matchAll(/<EventCoding\b[^>]*>/g)].map((coding) => coding[0]);
    const noEvents = codingTags.some((coding) => /noevents\s*=\s*"True"/i.test(coding));
    const codings = codingTags
      .filter((coding) => !/noevents/i.test(coding))
      .map((coding) => ({ source: attribute(coding, 'sourcecode') ?? '', target: attribute(coding, 'targetcode') ?? '', event: attribute(coding, 'eventcode') ?? '' }));
    const date = isoDate(attribute(tag, 'date'));
    return [{
      id: attribute(tag, 'id') ?? `record-${index}`,
      category: attribute(tag, 'category') ?? '',
      ...(date ? { date } : {}),
      text: unescapeXml(text.replace(/\s+/g, ' ').trim()),
      codings,
      noEvents,
    }];
  });
}
