import type { Doc, Token } from '../../doc/doc.ts';
import type { Attribution } from '../../doc/schema/attribution.ts';
import type { Entity } from '../../doc/schema/entity.ts';
import type { ActorRef, EventType, NewsEvent } from '../../doc/schema/event.ts';
import type { Sentence } from '../../doc/schema/sentence.ts';
import { spanContains } from '../../doc/span.ts';
import type { Stage } from '../../stage.ts';
import eventVerbs from '../../lexicons/event-verbs.json' with { type: 'json' };
import { lookupCameo } from './cameo.ts';

interface Trigger {
  readonly cameo: string;
  readonly plover: EventType;
  readonly mode?: string;
  readonly requires?: readonly string[];
}

const TRIGGERS: ReadonlyMap<string, Trigger> = new Map(
  eventVerbs.triggers.flatMap((entry) => entry.forms.map((form) => [form, entry as Trigger] as const)),
);

const NEGATIONS = new Set(['not', 'n\'t', 'n’t', 'never', 'no']);
const FUTURE_MARKERS = new Set(['will', 'shall', 'plans', 'planned', 'prepared', 'preparing', 'going']);

interface EntityMention {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
}

/** Places are where events happen, not who acts: GPE mentions become actors only as subjects. */
function actorMentions(doc: Doc, sentence: Sentence): EntityMention[] {
  return doc.entities
    .filter((entity) => entity.type === 'PERSON' || entity.type === 'ORG' || entity.type === 'GPE')
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, start: mention.start, end: mention.end })))
    .filter((mention) => spanContains(sentence, mention))
    .sort((a, b) => a.start - b.start);
}

function toActorRef(mention: EntityMention): ActorRef {
  const { entity } = mention;
  return {
    entity: entity.id,
    name: entity.name,
    ...(entity.country ? { country: entity.country } : {}),
    ...(entity.sector ? { sector: entity.sector } : {}),
    start: mention.start,
    end: mention.end,
  };
}

function wordsBefore(doc: Doc, tokens: readonly Token[], index: number, count: number): string[] {
  return tokens.slice(Math.max(0, index - count), index).map((token) => doc.analysisText.slice(token.start, token.end).toLowerCase());
}

function attributionAt(doc: Doc, offset: number): { attributedTo: Attribution; quote?: string } {
  const quote = doc.quotes.find((candidate) => candidate.start <= offset && offset < candidate.end);
  if (!quote) return { attributedTo: 'author' };
  return { attributedTo: { entity: quote.speaker?.entity ?? null, name: quote.speaker?.name ?? 'unknown', quote: quote.id }, quote: quote.id };
}

export function findEvents(doc: Doc): NewsEvent[] {
  const events: NewsEvent[] = [];
  doc.tokens.forEach((token, index) => {
    const word = doc.analysisText.slice(token.start, token.end).toLowerCase();
    const trigger = TRIGGERS.get(word);
    if (!trigger) return;
    const sentence = doc.sentences[token.sentence]!;
    const sentenceText = doc.analysisText.slice(token.end, sentence.end).toLowerCase();
    if (trigger.requires && !trigger.requires.some((required) => sentenceText.includes(required))) return;
    const mentions = actorMentions(doc, sentence).filter((mention) => mention.entity.type !== 'GPE' || mention.end <= token.start);
    // "President Ana Sorel of Valdoria spoke with…": the place after "of" only says where the person is from.
    const before = mentions
      .filter((mention) => mention.end <= token.start)
      .filter((mention) => mention.entity.type !== 'GPE' || !/\bof\s*$/.test(doc.analysisText.slice(Math.max(sentence.start, mention.start - 4), mention.start)))
      .slice(-1);
    const after = mentions.filter((mention) => mention.start >= token.end && mention.entity.type !== 'GPE').slice(0, 2);
    const code = lookupCameo(trigger.cameo);
    const previousWords = wordsBefore(doc, doc.tokens, index, 4);
    const sentenceStart = doc.analysisText.slice(sentence.start, token.start).toLowerCase();
    const time = doc.times.find((candidate) => spanContains(sentence, candidate) && candidate.value);
    const { attributedTo, quote } = attributionAt(doc, token.start);
    const id = `v${events.length + 1}`;
    events.push({
      id,
      cluster: id,
      type: trigger.plover,
      ...(trigger.mode ? { mode: trigger.mode } : {}),
      cameo: code.code,
      quadClass: code.quadClass,
      goldstein: code.goldstein,
      actors: before.map(toActorRef),
      recipients: after.map(toActorRef),
      trigger: { start: token.start, end: token.end },
      sentence: { start: sentence.start, end: sentence.end },
      ...(time?.value ? { date: { value: time.value, source: 'text' as const, time: time.id } } : doc.article.published ? { date: { value: doc.article.published.slice(0, 10), source: 'article' as const } } : {}),
      negated: previousWords.some((previous) => NEGATIONS.has(previous)),
      planned: previousWords.some((previous) => FUTURE_MARKERS.has(previous)),
      hypothetical: /\bif\b|\bwould\b|\bconditional\b/.test(sentenceStart),
      reported: attributedTo !== 'author',
      attributedTo,
      ...(quote ? { quote } : {}),
      rule: 'event-lexicon',
    });
  });
  return events;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'entities', 'mentions', 'times', 'quotes'],
  assigns: ['events'],
  run: (doc: Doc): Doc => ({ ...doc, events: findEvents(doc) }),
};
