/** The examples of README.md, section Sentences and of the JSDoc, so that the documentation stays true. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/index.js';

describe('documented examples', () => {
  it('README: quotes, titles, half-width marks, URL', () => {
    expect(
      splitSentences(
        '他说：“我们会来。”然后离开了。我们明天去看《摔跤吧！爸爸》好吗?好!\n据悉，版本v2.1已发布，详见 https://example.com/a?id=1 。',
      ),
    ).toEqual([
      { text: '他说：“我们会来。”', start: 0, end: 10 },
      { text: '然后离开了。', start: 10, end: 16 },
      { text: '我们明天去看《摔跤吧！爸爸》好吗?', start: 16, end: 33 },
      { text: '好!', start: 33, end: 35 },
      { text: '据悉，版本v2.1已发布，详见 https://example.com/a?id=1 。', start: 36, end: 80 },
    ]);
  });

  it('README: newlineIsBoundary false and semicolon true', () => {
    const wrapped = splitSentences('一句话没有写完\n下一行继续。\n\n新段落。', { newlineIsBoundary: false });
    expect(wrapped.map((s) => s.text)).toEqual(['一句话没有写完\n下一行继续。', '新段落。']);
    const clauses = splitSentences('一是加强管理；二是完善制度。', { semicolon: true });
    expect(clauses.map((s) => s.text)).toEqual(['一是加强管理；', '二是完善制度。']);
  });

  it('JSDoc example', () => {
    expect(splitSentences('他说：“我们会来。”然后离开了。\n《摔跤吧！爸爸》上映了')).toEqual([
      { text: '他说：“我们会来。”', start: 0, end: 10 },
      { text: '然后离开了。', start: 10, end: 16 },
      { text: '《摔跤吧！爸爸》上映了', start: 17, end: 28 },
    ]);
  });
});
