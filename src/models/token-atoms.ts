import type { Doc, Token } from '../doc/doc.ts';
import { wordAtomsAt, type WordAtoms } from './word-features.ts';

/**
 * The word atoms of every token of a document, computed once and shared by the taggers that run
 * one after the other over the same tokens (part of speech, then names). Keyed by the tokens
 * array, so a later stage that replaces the tokens recomputes them.
 */
const ATOMS = new WeakMap<readonly Token[], readonly WordAtoms[]>();

export function tokenAtoms(doc: Doc): readonly WordAtoms[] {
  let atoms = ATOMS.get(doc.tokens);
  if (!atoms) {
    const text = doc.analysisText;
    atoms = doc.tokens.map((token) => wordAtomsAt(text, token.start, token.end));
    ATOMS.set(doc.tokens, atoms);
  }
  return atoms;
}

/** Records that a new tokens array (the same tokens, with tags) has the same atoms. */
export function shareTokenAtoms(from: readonly Token[], to: readonly Token[]): void {
  const atoms = ATOMS.get(from);
  if (atoms) ATOMS.set(to, atoms);
}
