/** Letters that Unicode decomposition does not reduce to ASCII. */
const FOLDED_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ə: 'e',
};
const FOLDED_PATTERN = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'g');
// Apostrophes and ʿayn marks join a word ("Qal‘ah", "L'Aquila") rather than split it.
const JOINERS = /['’‘ʻʼ`´]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
// Most names are plain ASCII words; lower-casing them is all the work there is.
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Search form of a place name: accents removed, lower case, letters folded to ASCII where
 * Unicode allows, punctuation turned into single spaces.
 *
 * @example
 * normalizeName('São Paulo'); // 'sao paulo'
 * normalizeName('  Zürich '); // 'zurich'
 * normalizeName('St. Louis'); // 'st louis'
 * normalizeName('Łódź'); // 'lodz'
 */
export function normalizeName(text: string): string {
  if (PLAIN_WORDS.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(FOLDED_PATTERN, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(JOINERS, '')
    .replace(SEPARATORS, ' ')
    .trim();
}
