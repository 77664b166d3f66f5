import { describe, expect, it } from 'vitest';
import { type NormalizeTextOptions, normalizeText, normalizeTextWithMap } from '../../src/index.js';

// [input, expected] per rule; each group also holds the exceptions the rule must respect.
const table: Record<string, [string, string][]> = {
  'full-width letters, digits and ＠＃％＆ to half-width': [
    ['２０２４年', '2024年'],
    ['ＡＰＰ', 'APP'],
    ['下载ａｐｐ', '下载app'],
    ['ｉＰｈｏｎｅ　１５', 'iPhone 15'],
    ['邮箱ｎａｍｅ＠ｅｘａｍｐｌｅ．ｃｏｍ', '邮箱name@example．com'],
    ['＃话题＃', '#话题#'],
    ['增长５０％', '增长50%'],
    ['Ｒ＆Ｄ投入', 'R&D投入'],
    ['全角标点，！？保持', '全角标点，！？保持'],
  ],
  'ideographic space and paragraph indentation': [
    ['　　日前，金正恩接见', '日前，金正恩接见'],
    ['第一段。\n　　第二段。', '第一段。\n第二段。'],
    ['  \t缩进的行', '缩进的行'],
    ['Hello\u3000world', 'Hello world'],
  ],
  'half-width punctuation in Chinese text to full-width': [
    ['日前,朝鲜最高领导人金正恩,接见了', '日前，朝鲜最高领导人金正恩，接见了'],
    ['他说:我们会来', '他说：我们会来'],
    ['真的吗?', '真的吗？'],
    ['太好了!', '太好了！'],
    ['真的吗?!', '真的吗？！'],
    ['第一;第二', '第一；第二'],
    ['(完)', '（完）'],
    ['美联社(AP)报道', '美联社（AP）报道'],
    ['美联社 (AP) 报道', '美联社（AP）报道'],
    ['金正恩接见俄高官, 坚定支持普京决策', '金正恩接见俄高官，坚定支持普京决策'],
    ['下载APP,然后注册', '下载APP，然后注册'],
    ['“好”,他说', '“好”，他说'],
    ['2024年7月19日,晴', '2024年7月19日，晴'],
  ],
  'punctuation that stays half-width': [
    ['共1,000人', '共1,000人'],
    ['圆周率3.14', '圆周率3.14'],
    ['时间16:22:30发布', '时间16:22:30发布'],
    ['比分3:2获胜', '比分3:2获胜'],
    ['镜头70-200', '镜头70-200'],
    ['他说Hello, world然后走了', '他说Hello, world然后走了'],
    ['网址https://a.com/?q=1,2&r=3:4见', '网址https://a.com/?q=1,2&r=3:4见'],
    ['访问www.example.com/a,b了解', '访问www.example.com/a,b了解'],
    ['联系a.b-c@example.com.cn咨询', '联系a.b-c@example.com.cn咨询'],
    ['函数f(x)的值', '函数f(x)的值'],
    ['Hello (world) 你好', 'Hello (world) 你好'],
    ['Note: only English here!', 'Note: only English here!'],
  ],
  'spaces between Chinese characters': [
    ['金正恩 接见', '金正恩接见'],
    ['金正恩\u3000接见', '金正恩接见'],
    ['金正恩 \t 接见', '金正恩接见'],
    ['结束。 “开始', '结束。“开始'],
    ['iPhone 15 发布', 'iPhone 15 发布'],
    ['使用 Python 编程', '使用 Python 编程'],
    ['共 3 人', '共 3 人'],
  ],
  'runs of spaces, trailing spaces and line breaks': [
    ['a  b', 'a b'],
    ['a\t\tb', 'a b'],
    ['a\tb', 'a b'],
    ['a\u00A0b', 'a b'],
    ['行尾空格   \n下一行', '行尾空格\n下一行'],
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\u2028b\u2029c', 'a\nb\nc'],
    ['一\n\n\n\n二', '一\n\n二'],
    ['一\n \n\t\n\u3000\n二', '一\n\n二'],
    ['一\n\n二', '一\n\n二'],
  ],
  'invisible characters': [
    ['金\u200B正恩', '金正恩'],
    ['\uFEFF标题', '标题'],
    ['co\u00ADoperate', 'cooperate'],
    ['零\u200C宽\u200D字符', '零宽字符'],
    ['控制\u0000字符\u0007', '控制字符'],
    ['C1\u0080\u009F控制', 'C1控制'],
    ['tab\tstays', 'tab stays'],
    ['👨\u200D👩\u200D👧 家庭', '👨\u200D👩\u200D👧 家庭'],
    ['❤\uFE0F\u200D🔥', '❤\uFE0F\u200D🔥'],
    ['方向\u200E标记\u200F', '方向标记'],
  ],
  'HTML entities': [
    ['A&amp;B', 'A&B'],
    ['a&nbsp;&nbsp;b', 'a b'],
    ['空格&nbsp;之后', '空格之后'],
    ['他说&quot;好&quot;', '他说"好"'],
    ['&#x4e2d;&#20013;', '中中'],
    ['&lt;p&gt;', '<p>'],
    ['x&amp;nbsp;y', 'x y'],
    ['&amp;amp;lt;', '<'],
    ['A&foo;B', 'A&foo;B'],
    ['see?a=1&copy=2', 'see?a=1&copy=2'],
  ],
  'NFC, never NFKC': [
    ['Cafe\u0301', 'Café'],
    ['\uF900', '\u8C48'],
    ['①②', '①②'],
    ['，', '，'],
    ['ﬁ', 'ﬁ'],
  ],
  'ellipsis in Chinese text': [
    ['他犹豫了...最后还是去了', '他犹豫了……最后还是去了'],
    ['他犹豫了......最后', '他犹豫了……最后'],
    ['他犹豫了。。。最后', '他犹豫了……最后'],
    ['他犹豫了…最后', '他犹豫了……最后'],
    ['他犹豫了………最后', '他犹豫了……最后'],
    ['他犹豫了……最后', '他犹豫了……最后'],
    ['Wait... what', 'Wait... what'],
    ['两个点..不是', '两个点..不是'],
    ['台湾⋯⋯的省略号', '台湾⋯⋯的省略号'],
  ],
};

describe('normalizeText', () => {
  for (const [group, rows] of Object.entries(table)) {
    describe(group, () => {
      it.each(rows)('%j → %j', (input, expected) => {
        expect(normalizeText(input)).toBe(expected);
        expect(normalizeTextWithMap(input).text).toBe(expected);
      });
    });
  }

  // Each rule can be switched off by name; [option, input, output with the rule off].
  const switches: [keyof NormalizeTextOptions, string, string][] = [
    ['fullWidth', '２０２４年', '２０２４年'],
    ['punctuation', '日前,金正恩', '日前,金正恩'],
    ['cjkSpaces', '金正恩 接见', '金正恩 接见'],
    ['whitespace', 'a  b  ', 'a  b  '],
    ['indentation', '　　日前', ' 日前'],
    ['lineBreaks', 'a\r\nb', 'a\r\nb'],
    ['blankLines', '一\n\n\n\n二', '一\n\n\n\n二'],
    ['invisible', '金\u200B正恩', '金\u200B正恩'],
    ['entities', 'A&amp;B', 'A&amp;B'],
    ['nfc', 'Cafe\u0301', 'Cafe\u0301'],
    ['ellipsis', '他犹豫了...最后', '他犹豫了...最后'],
  ];
  it.each(switches)('option %s: false switches the rule off', (name, input, expected) => {
    expect(normalizeText(input, { [name]: false })).toBe(expected);
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [42, 'number'],
    [['a'], 'an array'],
    [{}, 'object'],
  ])('throws a TypeError naming the function and parameter for %j', (value, described) => {
    expect(() => normalizeText(value as unknown as string)).toThrow(
      new TypeError(`normalizeText: expected text to be a string, got ${described}`),
    );
    expect(() => normalizeTextWithMap(value as unknown as string)).toThrow(
      /normalizeTextWithMap: expected text/,
    );
  });

  it('rejects options that are not an object, and option values that are not booleans', () => {
    expect(() => normalizeText('x', 'fast' as unknown as NormalizeTextOptions)).toThrow(TypeError);
    expect(() => normalizeText('x', { nfc: 'no' } as unknown as NormalizeTextOptions)).toThrow(
      /options\.nfc to be a boolean/,
    );
  });
});
