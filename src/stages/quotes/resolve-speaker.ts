import type { Doc } from '../../doc/doc.ts';
import type { Entity, EntityType } from '../../doc/schema/entity.ts';
import type { Speaker } from '../../doc/schema/quote.ts';
import { overlapLength, trimSpan, type Span } from '../../doc/span.ts';
import { NOUN_CUES, ORGANISATION_NOUNS, ROLE_NOUNS } from './lexicon.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { firstTokenFrom, isCapitalised, lastTokenBefore, tokenSpan, type TokenIndex } from './token-index.ts';

interface IndexedMention extends Span {
  readonly entity: Entity;
}

const NOUN_FORMS = [...NOUN_CUES.values()].flat();
const SINGLE_WORD_NOUNS: ReadonlySet<string> = new Set(NOUN_FORMS.filter((noun) => noun.words.length === 1).map((noun) => noun.words[0]!));
const TWO_WORD_NOUNS: ReadonlySet<string> = new Set(NOUN_FORMS.filter((noun) => noun.words.length === 2).map((noun) => noun.words.join(' ')));
const NOUN_CUE_WORDS: ReadonlySet<string> = new Set(NOUN_FORMS.flatMap((noun) => noun.words));
const TYPE_PREFERENCE: Readonly<Record<EntityType, number>> = { PERSON: 4, ORG: 3, GPE: 2, NORP: 1, LOC: 0, OTHER: 0 };
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i']);
/** How far back a pronoun or a title may look for the person it stands for. */
const LOOKBACK_CHARACTERS = 1500;

/**
 * Resolves speaker phrases to entities: by the entity mention that covers the phrase (names, and the
 * pronouns and titles coreference links), else by the speaker of the turn before (pronouns), by a
 * surname, or by a title seen beside a name earlier ("spokeswoman Maria Zakharova" … "the spokeswoman").
 * A phrase that resolves to nothing keeps its own words as the name, with entity null.
 */
export class SpeakerResolver {
  private readonly mentions: IndexedMention[] = [];
  /** Per token: the mention covering it (index into `mentions`), or -1. */
  private readonly mentionAtToken: Int32Array;
  private readonly bySurname = new Map<string, Entity | null>();
  /** Speakers resolved so far; `institutional` when the phrase names an institution ("Danek's office", "the ministry"). */
  private readonly recentSpeakers: { speaker: Speaker; entity: Entity | undefined; at: number; institutional: boolean }[] = [];
  private readonly entityById: ReadonlyMap<string, Entity>;

  constructor(private readonly doc: Doc, private readonly index: TokenIndex) {
    this.mentionAtToken = new Int32Array(index.tokens.length).fill(-1);
    for (const entity of doc.entities) {
      for (const mention of entity.mentions) {
        const first = firstTokenFrom(index, mention.start);
        const last = lastTokenBefore(index, mention.end);
        if (last < first) continue;
        this.mentions.push({ start: mention.start, end: mention.end, entity });
        this.mentionAtToken.fill(this.mentions.length - 1, first, last + 1);
      }
    }
    this.entityById = new Map(doc.entities.map((entity) => [entity.id, entity]));
    for (const entity of doc.entities) {
      if (entity.type !== 'PERSON') continue;
      const surname = entity.name.slice(entity.name.lastIndexOf(' ') + 1).toLowerCase();
      this.bySurname.set(surname, this.bySurname.has(surname) && this.bySurname.get(surname) !== entity ? null : entity);
    }
  }

  /** The mentions before a token, nearest first, as far back as `maxCharacters`: each mention once. */
  private *mentionsBefore(at: number, maxCharacters: number): Generator<IndexedMention> {
    let previous = -1;
    for (let position = lastTokenBefore(this.index, at); position >= 0; position -= 1) {
      if (at - this.index.tokenEnds[position]! > maxCharacters) return;
      const mention = this.mentionAtToken[position]!;
      if (mention < 0 || mention === previous) continue;
      previous = mention;
      yield this.mentions[mention]!;
    }
  }

  resolve(phrase: SpeakerPhrase): Speaker {
    const speaker = this.resolvePhrase(phrase);
    const entity = speaker.entity === null ? undefined : this.entityById.get(speaker.entity);
    const head = this.index.lower[phrase.last]!;
    this.recentSpeakers.push({ speaker, entity, at: speaker.start ?? 0, institutional: ORGANISATION_NOUNS.has(head) || NOUN_CUE_WORDS.has(head) });
    return speaker;
  }

  private resolvePhrase(phrase: SpeakerPhrase): Speaker {
    const span = trimSpan(this.index.text, tokenSpan(this.index, phrase.first, phrase.last));
    if (phrase.antecedent) {
      const antecedent = this.resolvePhrase(phrase.antecedent);
      return { entity: antecedent.entity, name: antecedent.name, start: span.start, end: span.end };
    }
    const lookup = this.ownerSpan(phrase);
    const mention = this.bestMention(lookup);
    if (mention) return { entity: mention.entity.id, name: mention.entity.name, start: lookup.start, end: lookup.end };
    const words = this.index.lower.slice(phrase.first, phrase.last + 1);
    if (phrase.pronoun) {
      const antecedent = this.pronounAntecedent(words[0]!, span.start);
      if (antecedent) return { ...antecedent, start: span.start, end: span.end };
    }
    if (phrase.first === phrase.last && isCapitalised(this.index, phrase.first)) {
      const entity = this.bySurname.get(words[0]!);
      if (entity) return { entity: entity.id, name: entity.name, start: span.start, end: span.end };
    }
    const head = words.at(-1)!;
    if (ROLE_NOUNS.has(head) && (words[0] === 'the' || words.length === 1)) {
      const titled = this.titledPerson(head, span.start);
      if (titled) return { entity: titled.id, name: titled.name, start: span.start, end: span.end };
    }
    if (ORGANISATION_NOUNS.has(head) && words.length <= 2) {
      const organisation = this.namedOrganisation(head, span.start);
      if (organisation) return { entity: organisation.id, name: organisation.name, start: span.start, end: span.end };
    }
    return { entity: null, name: this.index.text.slice(lookup.start, lookup.end), start: lookup.start, end: lookup.end };
  }

  /** "the committee" → the organisation last named with that word ("International Committee for Detained Persons"). */
  private namedOrganisation(noun: string, at: number): Entity | undefined {
    for (const mention of this.mentionsBefore(at, LOOKBACK_CHARACTERS * 2)) {
      if (mention.entity.type === 'ORG' && mention.entity.name.toLowerCase().split(/\s+/).includes(noun)) return mention.entity;
    }
    return undefined;
  }

  /**
   * "Bogdanov’s communiqué" speaks for Bogdanov and "the Foreign Ministry statement" for the
   * ministry: a document noun at the end of a longer phrase gives way to its owner.
   */
  private ownerSpan(phrase: SpeakerPhrase): Span {
    const { index } = this;
    let last = phrase.last;
    const lastWord = index.lower[phrase.last]!;
    const nounWords = SINGLE_WORD_NOUNS.has(lastWord) ? 1 : TWO_WORD_NOUNS.has(`${index.lower[phrase.last - 1]} ${lastWord}`) ? 2 : 0;
    if (nounWords > 0 && phrase.last - nounWords >= phrase.first) {
      last = phrase.last - nounWords;
      if (index.lower[last] === "'s" || index.lower[last] === '’s') last -= 1;
      if (last >= phrase.first && (isCapitalised(index, last) || ROLE_NOUNS.has(index.lower[last]!) || ORGANISATION_NOUNS.has(index.lower[last]!))) return trimSpan(index.text, tokenSpan(index, phrase.first, last));
    }
    return trimSpan(index.text, tokenSpan(index, phrase.first, phrase.last));
  }

  private bestMention(span: Span): IndexedMention | undefined {
    let best: IndexedMention | undefined;
    let bestScore = 0;
    let previous = -1;
    for (let position = firstTokenFrom(this.index, span.start); position < this.index.tokens.length && this.index.tokenStarts[position]! < span.end; position += 1) {
      const mentionIndex = this.mentionAtToken[position]!;
      if (mentionIndex < 0 || mentionIndex === previous) continue;
      previous = mentionIndex;
      const mention = this.mentions[mentionIndex]!;
      const overlap = overlapLength(mention, span);
      if (overlap === 0 || !this.headedBy(mention, span)) continue;
      const score = overlap * 10 + TYPE_PREFERENCE[mention.entity.type] + (mention.end === span.end ? 5 : 0);
      if (score > bestScore) {
        best = mention;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * A name inside a longer phrase speaks for the phrase only when it is its head or its owner:
   * "the Ostravan interior ministry" is not the Ostravans, "the Kremlin spokesman" is not the
   * Kremlin, but "Danek's office" speaks for Danek.
   */
  private headedBy(mention: IndexedMention, span: Span): boolean {
    if (mention.end >= span.end) return true;
    const { index } = this;
    const last = lastTokenBefore(index, span.end);
    if (isCapitalised(index, last)) return true;
    const after = firstTokenFrom(index, mention.end);
    return index.lower[after] === "'s" || index.lower[after] === '’s';
  }

  /** he/she: the person who spoke last, else the person named last; they/it/we: the speaker before. */
  private pronounAntecedent(pronoun: string, at: number): { entity: string | null; name: string } | undefined {
    let recent: (typeof this.recentSpeakers)[number] | undefined;
    for (let position = this.recentSpeakers.length - 1; position >= 0; position -= 1) {
      const previous = this.recentSpeakers[position]!;
      if (previous.at < at && at - previous.at < LOOKBACK_CHARACTERS) {
        recent = previous;
        break;
      }
    }
    if (PERSON_PRONOUNS.has(pronoun)) {
      const lastPerson = this.lastPersonMentionBefore(at);
      const recentIsPerson = recent !== undefined && (recent.entity?.type === 'PERSON' || recent.entity === undefined && this.looksLikePersonName(recent.speaker));
      if (recent && recentIsPerson && (!lastPerson || lastPerson.start <= recent.at || lastPerson.entity === recent.entity)) return { entity: recent.speaker.entity, name: recent.speaker.name };
      if (lastPerson && at - lastPerson.end < LOOKBACK_CHARACTERS) return { entity: lastPerson.entity.id, name: lastPerson.entity.name };
      return undefined;
    }
    if (recent && (recent.entity !== undefined && recent.entity.type !== 'PERSON' || recent.institutional)) return { entity: recent.speaker.entity, name: recent.speaker.name };
    return undefined;
  }

  /** A speaker with no entity whose words are a personal name ("Zakharova", "Maria Zakharova"), not a role or an institution. */
  private looksLikePersonName(speaker: Speaker): boolean {
    const words = speaker.name.split(/\s+/);
    return words.length <= 4 && words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !ROLE_NOUNS.has(word.toLowerCase()));
  }

  private lastPersonMentionBefore(at: number): IndexedMention | undefined {
    for (const mention of this.mentionsBefore(at, LOOKBACK_CHARACTERS)) if (mention.entity.type === 'PERSON') return mention;
    return undefined;
  }

  /** "the spokeswoman" → the person last introduced with that title ("spokeswoman Maria Zakharova"). */
  private titledPerson(title: string, at: number): Entity | undefined {
    const { index } = this;
    for (const mention of this.mentionsBefore(at, LOOKBACK_CHARACTERS * 2)) {
      if (mention.entity.type !== 'PERSON') continue;
      // The title sits just before the name or right after it: "spokeswoman Maria Tessaro", "Tessaro, the spokeswoman".
      const first = firstTokenFrom(index, mention.start);
      for (let near = Math.max(0, first - 6); near < Math.min(index.lower.length, first + 8); near += 1) {
        if (index.lower[near] === title) return mention.entity;
      }
    }
    return undefined;
  }
}
