/**
 * The language of a Markdown document, guessed from its prose: the script most of its letters are in, and
 * for Chinese, whether its characters are traditional or simplified. Undefined when nothing is clear;
 * `--language` says it for sure.
 */

/** Characters common in one form of Chinese and absent from the other (traditional, simplified). */
const TRADITIONAL = new Set('們個這說為國學習與體語時會來對發經資數網種應點題課問開過後關當還從實現機無樣電書記讀寫際樂頁車門長見視話認識層處類點');
const SIMPLIFIED = new Set('们个这说为国学习与体语时会来对发经资数网种应点题课问开过后关当还从实现机无样电书记读写际乐页车门长见视话认识层处类点');

/** English words frequent enough that a few hundred words of English prose hold many. */
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'for', 'with', 'on', 'this', 'that', 'how', 'are', 'you', 'your', 'from', 'an']);

export function guessLanguage(text: string): string | undefined {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let cyrillic = 0;
  let traditional = 0;
  let simplified = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x0400) continue;
    if (/\p{Script=Han}/u.test(character)) {
      han++;
      if (TRADITIONAL.has(character) && !SIMPLIFIED.has(character)) traditional++;
      else if (SIMPLIFIED.has(character) && !TRADITIONAL.has(character)) simplified++;
    } else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(character)) kana++;
    else if (/\p{Script=Hangul}/u.test(character)) hangul++;
    else if (/\p{Script=Cyrillic}/u.test(character)) cyrillic++;
  }
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const english = words.filter((word) => ENGLISH.has(word)).length;
  const latin = words.length;
  // A CJK character carries about as much as a Latin word.
  const counts: Array<[string | undefined, number]> = [
    [kana > 0 && kana * 5 >= han ? 'ja' : traditional >= simplified ? 'zh-TW' : 'zh-CN', kana > 0 && kana * 5 >= han ? han + kana : han],
    ['ko', hangul / 2],
    ['ru', cyrillic / 5],
    [english * 8 >= latin && latin > 0 ? 'en' : undefined, latin],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  const [best, count] = counts[0]!;
  return count > 0 ? best : undefined;
}
