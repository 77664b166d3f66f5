// Type-level smoke test: the `./words` declarations resolve under node16 resolution.
import { type Segmenter, type Token, tokenize } from 'zh-news-normalize/words';

const segmenter: Segmenter = (run: string) => [...run];
const tokens: Token[] = tokenize('在 19 16 年', { segmenter });
const first: number = tokens[0]?.start ?? -1;

export { first };
