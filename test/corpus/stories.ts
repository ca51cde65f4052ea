/**
 * Invented wire stories for the corpus tests (people and places made up by the team). The copy
 * variants imitate how outlets republish wire copy: a new dateline, a trimmed paragraph.
 */
export const MARROW_BAY_WIRE = [
  'Harbour officials in Marrow Bay said on Tuesday that the northern quay would reopen next week after repairs to the cranes damaged in last month\'s storm.',
  '"We expect the first grain ships to berth on Monday," port director Anselm Vey told reporters at the harbour office, adding that at least 300 dock workers would return to their shifts.',
  'The quay handles most of the bay\'s grain exports, and its closure had left more than 40 vessels waiting at anchor outside the breakwater, according to the harbour authority.',
  'A spokeswoman for the dock workers\' union, Petra Lind, said members would go back once safety inspectors had signed off on the repairs. Talks on overtime pay for the weeks of the closure were continuing, she said.',
  'The provincial government has promised 2 million crowns to cover the repairs, but the harbour authority estimates the full cost at about 3.5 million crowns.',
].join('\n\n');

/** The same story as a partner outlet printed it: its own dateline, the overtime sentence cut. */
export const MARROW_BAY_REPRINT = `MARROW BAY (Coast Wire) - ${MARROW_BAY_WIRE.replace(' Talks on overtime pay for the weeks of the closure were continuing, she said.', '')}`;

/** A different story about the same harbour: shares names and subject, not text. */
export const MARROW_BAY_FOLLOW_UP = [
  'Dock workers in Marrow Bay voted on Friday to extend their strike over overtime pay, the union said, two days before the northern quay was due to reopen.',
  'Union spokeswoman Petra Lind said 212 of the 260 members present had backed the walkout, and that the vote showed "how little trust is left" after weeks of talks.',
  'Port director Anselm Vey called the decision regrettable and said grain ships would be diverted to the southern terminal at Kell Point until the dispute was settled.',
].join('\n\n');
