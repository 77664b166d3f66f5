// The examples of the README's Boilerplate section, with their documented output.
import { describe, expect, it } from 'vitest';
import { extractMetadata, stripBoilerplate } from '../../src/index.js';

describe('README: stripBoilerplate', () => {
  const page = [
    '首页 | 新闻 | 国际 | 财经 | 体育',
    '当前位置：首页 > 国际 > 正文',
    '外交部回应记者提问',
    '新华社记者2024-03-05 10:20:00  阅读 88',
    '据悉,双方将于下周举行新一轮会谈。外交部发言人表示,中方欢迎各方继续保持沟通。',
    '图为会谈现场',
    '分享到：微信 微博 QQ空间',
    '责任编辑：李明',
    'Copyright © 1998 - 2024 Example. All Rights Reserved',
    '京ICP备12345678号',
  ].join('\n');

  it('keeps the body and names every removal', () => {
    const r = stripBoilerplate(page);
    expect(r.text).toBe('据悉,双方将于下周举行新一轮会谈。外交部发言人表示,中方欢迎各方继续保持沟通。');
    expect(r.paragraphs).toEqual([{ text: r.text, start: 83, end: 122 }]);
    expect(r.removed.map((x) => `${x.kind} ${x.rule}`)).toEqual([
      'navigation nav.menu',
      'navigation nav.location',
      'title title.headline',
      'byline byline.datetime',
      'caption caption.marker',
      'share share.to',
      'editor editor.credit',
      'copyright footer.copyright',
      'copyright footer.registration',
    ]);
    expect(r.metadata).toMatchObject({
      title: '外交部回应记者提问',
      publishedAt: '2024-03-05T10:20:00+08:00',
      views: 88,
      author: '新华社',
      editor: '李明',
    });
  });

  it('extractMetadata reads the byline of the real page', () => {
    expect(extractMetadata('琨君说2024-07-19 16:22:30  136\n日前，……。')).toEqual({
      author: '琨君说',
      publishedAt: '2024-07-19T16:22:30+08:00',
      views: 136,
      published: { year: 2024, month: 7, day: 19, hour: 16, minute: 22, second: 30, offset: '+08:00' },
    });
  });
});
