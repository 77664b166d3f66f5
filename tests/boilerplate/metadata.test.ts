import { describe, expect, it } from 'vitest';
import { extractMetadata, type Metadata, stripBoilerplate } from '../../src/index.js';

const BODY =
  '日前，当地举行了一场座谈会，与会代表就城市更新工作提出了意见和建议。会议认为，应当坚持以人民为中心。';

/** A byline line above a body paragraph. */
function meta(line: string, options?: { timeZone?: string }): Metadata {
  return extractMetadata(`${line}\n${BODY}`, options);
}

describe('dates', () => {
  it.each([
    ['琨君说2024-07-19 16:22:30  136', '2024-07-19T16:22:30+08:00'],
    ['2024-07-19 16:22', '2024-07-19T16:22:00+08:00'],
    ['2024年7月19日 16:22', '2024-07-19T16:22:00+08:00'],
    ['2024/7/19', '2024-07-19'],
    ['2024.07.19 08:05:09 来源：某某日报', '2024-07-19T08:05:09+08:00'],
    ['2023年04月21日07:52 来源：某某网-文化频道', '2023-04-21T07:52:00+08:00'],
    ['发布时间：2024-09-10 来源：市医疗保障局 浏览次数：3562', '2024-09-10'],
    ['2024-07-19T16:22:30+09:00', '2024-07-19T16:22:30+09:00'],
    ['2024年7月19日 下午3:05', '2024-07-19T15:05:00+08:00'],
    ['2022-05-3108:05', '2022-05-31T08:05:00+08:00'],
  ])('%s → %s', (line, iso) => {
    expect(meta(line).publishedAt).toBe(iso);
  });

  it('leaves the year out rather than guess it: 07-19 16:22', () => {
    const m = meta('07-19 16:22');
    expect(m.publishedAt).toBeUndefined();
    expect(m.published).toEqual({ month: 7, day: 19, hour: 16, minute: 22, offset: '+08:00' });
  });

  it('uses the timeZone option for dates without an offset', () => {
    expect(meta('2024-07-19 16:22', { timeZone: '-05:00' }).publishedAt).toBe('2024-07-19T16:22:00-05:00');
    expect(meta('2024-07-19 16:22', { timeZone: 'Z' }).publishedAt).toBe('2024-07-19T16:22:00+00:00');
  });
});

describe('credits', () => {
  it.each<[string, Partial<Metadata>]>([
    ['琨君说2024-07-19 16:22:30  136', { author: '琨君说', views: 136 }],
    ['来源：新华社', { source: '新华社' }],
    ['作者：张三', { author: '张三' }],
    ['记者 张三', { reporter: '张三' }],
    ['责任编辑：李四', { editor: '李四' }],
    ['编辑：王五', { editor: '王五' }],
    ['【编辑：王琴】', { editor: '王琴' }],
    ['原标题：城市更新让老街焕发新活力', { originalTitle: '城市更新让老街焕发新活力' }],
    ['2023-11-02 09:15:27 来源: 经济观察周刊 举报', { source: '经济观察周刊' }],
    ['发布时间：2024-09-10 来源：市医疗保障局 浏览次数：3562', { source: '市医疗保障局', views: 3562 }],
    ['2024-05-12 08:30 来源：澎湃新闻 阅读 1.2万', { source: '澎湃新闻', views: 12000 }],
    // A count after a time: the time's last digits are not the count.
    ['新华社记者2024-03-05 10:20:00  阅读 88', { views: 88 }],
    ['2024-03-05 10:20 阅读：1.2万', { views: 12000 }],
    ['2024-03-05 10:20 3562次阅读', { views: 3562 }],
    // A date after the source name is the byline's, and the source is not the author.
    [
      '来源：新华社 07-19 16:22',
      { source: '新华社', published: { month: 7, day: 19, hour: 16, minute: 22, offset: '+08:00' } },
    ],
  ])('%s', (line, expected) => {
    expect(meta(line)).toMatchObject(expected);
  });

  it('does not take a source credit for the author', () => {
    expect(meta('来源：新华社 07-19 16:22').author).toBeUndefined();
  });

  it('reads credits below the body and the end marker', () => {
    const r = stripBoilerplate(
      `标题在这里\n${BODY}（完）\n【编辑：王琴】\n本文来源：证券时报 责任编辑：杨倩`,
    );
    expect(r.removed.map((x) => x.rule)).toEqual([
      'title.headline',
      'editor.suffix',
      'editor.credit',
      'editor.credit',
    ]);
    expect(r.metadata).toMatchObject({ title: '标题在这里', editor: '王琴' });
  });

  it('reads a reporter from a dateline in the first paragraph', () => {
    const m = extractMetadata(`新华社北京3月12日电（记者 王晨 李佳）${BODY}`);
    expect(m.reporter).toBe('王晨 李佳');
  });

  it('returns an empty object when there is nothing to read', () => {
    expect(extractMetadata(BODY)).toEqual({});
  });
});
