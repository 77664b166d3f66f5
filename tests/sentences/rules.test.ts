/**
 * The rules of issue 4, one table per rule: input → expected sentence texts. Offsets are checked
 * for every row (each text must equal `input.slice(start, end)`).
 */
import { describe, expect, it } from 'vitest';
import { type SplitSentencesOptions, splitSentences } from '../../src/index.js';

type Row = [input: string, expected: string[]];

function check(input: string, expected: string[], options?: SplitSentencesOptions): void {
  const got = splitSentences(input, options);
  expect(got.map((s) => s.text)).toEqual(expected);
  for (const s of got) expect(input.slice(s.start, s.end)).toBe(s.text);
}

describe('terminal marks 。！？ and half-width ! ? in Chinese text', () => {
  it.each<Row>([
    ['今天下雨。明天晴。', ['今天下雨。', '明天晴。']],
    ['你来吗？我不来。', ['你来吗？', '我不来。']],
    ['太好了！我们赢了。', ['太好了！', '我们赢了。']],
    ['你来吗?我不来.', ['你来吗?', '我不来.']],
    ['太好了!我们赢了!', ['太好了!', '我们赢了!']],
    ['没有句号的一句话', ['没有句号的一句话']],
    ['句子一。句子二', ['句子一。', '句子二']],
    ['。', ['。']],
    ['第一句。 第二句。', ['第一句。', '第二句。']],
    ['第一句。\u3000第二句。', ['第一句。', '第二句。']],
    ['他问：为什么？没人回答。', ['他问：为什么？', '没人回答。']],
    ['价格上涨了5%。销量下降了3%。', ['价格上涨了5%。', '销量下降了3%。']],
    ['共有100人。其中50人是学生。', ['共有100人。', '其中50人是学生。']],
    ['他來了。她走了！', ['他來了。', '她走了！']],
    ['真的吗?是的', ['真的吗?', '是的']],
    ['孙杨败诉!CAS宣判结果', ['孙杨败诉!', 'CAS宣判结果']],
    ['打开Yahoo!Mail看看', ['打开Yahoo!Mail看看']],
    ['记者到达现场｡情况稳定｡', ['记者到达现场｡', '情况稳定｡']],
    ['这是第一句。2024年是第二句。', ['这是第一句。', '2024年是第二句。']],
    ['这是第一句。NBA是第二句。', ['这是第一句。', 'NBA是第二句。']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('semicolon: a boundary only with semicolon: true', () => {
  it.each<Row>([
    ['一是加强管理；二是完善制度。', ['一是加强管理；二是完善制度。']],
    ['甲方负责设计；乙方负责施工；丙方负责监理。', ['甲方负责设计；乙方负责施工；丙方负责监理。']],
    ['a;b 和 c; d。', ['a;b 和 c; d。']],
  ])('default: %s', (input, expected) => check(input, expected));
  it.each<Row>([
    ['一是加强管理；二是完善制度。', ['一是加强管理；', '二是完善制度。']],
    ['甲方负责设计；乙方负责施工；丙方负责监理。', ['甲方负责设计；', '乙方负责施工；', '丙方负责监理。']],
    ['引用“这样；那样”。', ['引用“这样；', '那样”。']],
    ['编码&amp;不拆；这里拆。', ['编码&amp;不拆；', '这里拆。']],
    ['他说了；。然后', ['他说了；。', '然后']],
  ])('semicolon: true: %s', (input, expected) => check(input, expected, { semicolon: true }));
});

describe('runs of marks stay together', () => {
  it.each<Row>([
    ['真的吗！？太好了。', ['真的吗！？', '太好了。']],
    ['真的吗？！太好了。', ['真的吗？！', '太好了。']],
    ['What?! 怎么会这样。', ['What?!', '怎么会这样。']],
    ['加油！！！我们一定赢。', ['加油！！！', '我们一定赢。']],
    ['他不说话……。大家都走了。', ['他不说话……。', '大家都走了。']],
    ['他不说话…？大家都走了。', ['他不说话…？', '大家都走了。']],
    ['什么？？？怎么可能！', ['什么？？？', '怎么可能！']],
    ['好!!!走吧', ['好!!!', '走吧']],
    ['真的?!好吧', ['真的?!', '好吧']],
    ['结束了。。。下一个', ['结束了。。。', '下一个']],
    ['我就服了你。。。说白了，规则如此。。。。', ['我就服了你。。。', '说白了，规则如此。。。。']],
    ['天哪‼这是真的', ['天哪‼', '这是真的']],
    // Emoji after the mark belong to the sentence.
    ['我到了！😊明天见。👍🏻', ['我到了！😊', '明天见。👍🏻']],
    ['太棒了！❤️✨我们赢了。', ['太棒了！❤️✨', '我们赢了。']],
    ['一起加油！👨‍👩‍👧下一句。', ['一起加油！👨‍👩‍👧', '下一句。']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('closing quotes and brackets after the mark belong to the sentence', () => {
  it.each<Row>([
    ['他说：“我们会来。”然后离开了。', ['他说：“我们会来。”', '然后离开了。']],
    ['他说：「我们会来。」然后离开了。', ['他说：「我们会来。」', '然后离开了。']],
    ['书中写道：『一切都会好的。』我信了。', ['书中写道：『一切都会好的。』', '我信了。']],
    ['（此事尚未证实。）记者继续调查。', ['（此事尚未证实。）', '记者继续调查。']],
    ['【本报讯。】今日天晴。', ['【本报讯。】', '今日天晴。']],
    ['他说：“她说‘我会来。’”我们等着。', ['他说：“她说‘我会来。’”', '我们等着。']],
    ['他问：“你去吗？”我说：“去！”', ['他问：“你去吗？”', '我说：“去！”']],
    ['He said: "We will come." 然后离开了。', ['He said: "We will come."', '然后离开了。']],
    ['(This is final.) 下一句。', ['(This is final.)', '下一句。']],
    ['他说：“走吧。”\n好。', ['他说：“走吧。”', '好。']],
    // A mistyped closing quote at the end of a line still closes.
    ['部长称：“我们看到了曙光。“\n下一段。', ['部长称：“我们看到了曙光。“', '下一段。']],
    ['他說：「我們會來。「', ['他說：「我們會來。「']],
    ['他喊道：“快跑！”大家都跑了。', ['他喊道：“快跑！”', '大家都跑了。']],
    ['她说，“我不同意。”会议结束。', ['她说，“我不同意。”', '会议结束。']],
    ['“我们会来。”“好的。”', ['“我们会来。”', '“好的。”']],
    // Footnote references after the mark, as in encyclopaedia text.
    ['北京是中国的首都。[1]人口超过两千万。[2-3]', ['北京是中国的首都。[1]', '人口超过两千万。[2-3]']],
    ['台北是一座城市。［１］它很大。[注 2]', ['台北是一座城市。［１］', '它很大。[注 2]']],
    ['他说：“好。”[4]然后走了。[a]', ['他说：“好。”[4]', '然后走了。', '[a]']],
    [
      '他说：“我们会来。我们一定会来。”然后离开了。',
      ['他说：“我们会来。', '我们一定会来。”', '然后离开了。'],
    ],
  ])('%s', (input, expected) => check(input, expected));
});

describe('a mark inside a quotation that continues the clause does not end it', () => {
  it.each<Row>([
    ['他说“好！”就走了。', ['他说“好！”就走了。']],
    ['他大喊“救命！”然后跑开了。', ['他大喊“救命！”然后跑开了。']],
    ['网友纷纷留言“太感人了！”表示支持。', ['网友纷纷留言“太感人了！”表示支持。']],
    ['他问了一句“为什么？”便沉默了。', ['他问了一句“为什么？”便沉默了。']],
    ['他说「好！」就走了。', ['他说「好！」就走了。']],
    ['“好！”，他说。', ['“好！”，他说。']],
    ['他回答“是的！”、“对的！”两句。', ['他回答“是的！”、“对的！”两句。']],
    // `。` inside an embedded quotation ends the sentence with it.
    [
      '信中写道，关闭它“将是一场灾难。”据悉，此事已有定论。',
      ['信中写道，关闭它“将是一场灾难。”', '据悉，此事已有定论。'],
    ],
    ['报道称这是“历史性的一步。”双方随后签约。', ['报道称这是“历史性的一步。”', '双方随后签约。']],
    ['这句“口号！”2024年还在用。', ['这句“口号！”2024年还在用。']],
    ['他说“好！”。然后走了。', ['他说“好！”。', '然后走了。']],
    ['标语写着“加油！”大家很受鼓舞。', ['标语写着“加油！”大家很受鼓舞。']],
    // The same for a remark in brackets inside the clause.
    ['他（为什么？）没有来。', ['他（为什么？）没有来。']],
    ['据说(真的!)他来了。', ['据说(真的!)他来了。']],
    ['（此事尚未证实！）记者继续调查。', ['（此事尚未证实！）', '记者继续调查。']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('an utterance followed by who said it is one sentence', () => {
  it.each<Row>([
    ['“我们会来。”他说。然后走了。', ['“我们会来。”他说。', '然后走了。']],
    ['「今天先这样。」他说。然后离开。', ['「今天先这样。」他说。', '然后离开。']],
    ['「先这样吧！」她回答。随后离开。', ['「先这样吧！」她回答。', '随后离开。']],
    ['“情况已经稳定。”该院负责人对记者表示。', ['“情况已经稳定。”该院负责人对记者表示。']],
    ['“真的吗？”她笑着问道。', ['“真的吗？”她笑着问道。']],
    ['“好，”他说，“明天见。”', ['“好，”他说，“明天见。”']],
    ['“我们会来。”他说，“一定会。”', ['“我们会来。”', '他说，“一定会。”']],
    ['“这孩子怎么就不见了呢。”她无法回答。', ['“这孩子怎么就不见了呢。”', '她无法回答。']],
    ['「我們會來。」他說。然後走了。', ['「我們會來。」他說。', '然後走了。']],
    // Not an attribution: a new sentence, or a speaker who opens a new quotation.
    ['「今天先这样。」我们说服了他。然后离开。', ['「今天先这样。」', '我们说服了他。', '然后离开。']],
    ['“我们了解了。”她表示：“我对此一无所知。”', ['“我们了解了。”', '她表示：“我对此一无所知。”']],
    ['“会议结束了。”大家陆续离开了会场。', ['“会议结束了。”', '大家陆续离开了会场。']],
    ['“这是误会。”报告强调，双方应保持克制。', ['“这是误会。”', '报告强调，双方应保持克制。']],
    ['“等一等……”他说。', ['“等一等……”他说。']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('titles in 《》 and 〈〉 never split', () => {
  it.each<Row>([
    ['我看了《摔跤吧！爸爸》。很好看。', ['我看了《摔跤吧！爸爸》。', '很好看。']],
    ['《摔跤吧！爸爸》上映了', ['《摔跤吧！爸爸》上映了']],
    ['他读过《你好。再见。》这本书。', ['他读过《你好。再见。》这本书。']],
    ['〈为什么？〉一文发表了。', ['〈为什么？〉一文发表了。']],
    ['《人民日报〈评论！〉版》刊登了。', ['《人民日报〈评论！〉版》刊登了。']],
    ['签署《全面战略伙伴关系条约》。双方同意。', ['签署《全面战略伙伴关系条约》。', '双方同意。']],
    ['《谁动了我的奶酪？》是一本书。《活着》也是。', ['《谁动了我的奶酪？》是一本书。', '《活着》也是。']],
    ['未闭合的《书名。后面的句子。', ['未闭合的《书名。', '后面的句子。']],
    ['标题《跨行！\n的书》。', ['标题《跨行！', '的书》。']],
    ['标题《跨段\u2028的书》。', ['标题《跨段', '的书》。']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('half-width . ends a sentence only as a real full stop', () => {
  it.each<Row>([
    ['圆周率约为3.14。', ['圆周率约为3.14。']],
    ['软件升级到v1.2.3版本.新功能很多.', ['软件升级到v1.2.3版本.', '新功能很多.']],
    ['访问www.example.com获取信息.', ['访问www.example.com获取信息.']],
    ['他来自U.S. 现在住在北京。', ['他来自U.S. 现在住在北京。']],
    ['水果e.g. 苹果和梨。', ['水果e.g. 苹果和梨。']],
    ['请看No. 5号文件。', ['请看No. 5号文件。']],
    ['Mr. Smith来了。', ['Mr. Smith来了。']],
    ['他等了很久...终于来了。', ['他等了很久...终于来了。']],
    ['他来了.然后走了.', ['他来了.', '然后走了.']],
    ['他来了. 然后走了.', ['他来了.', '然后走了.']],
    ['增长了2.5个百分点.', ['增长了2.5个百分点.']],
    ['得分100.然后结束', ['得分100.', '然后结束']],
    ['1. 引言', ['1. 引言']],
    ['2.坚持党的领导', ['2.坚持党的领导']],
    ['A. 选项一', ['A. 选项一']],
    ['步骤如下：1.打开电源；2.按下按钮 3.等待。', ['步骤如下：1.打开电源；2.按下按钮 3.等待。']],
    ['原因有二,1.成本高,2.周期长.', ['原因有二,1.成本高,2.周期长.']],
    ['第一次使用并不是华为2.所谓的性能.', ['第一次使用并不是华为2.', '所谓的性能.']],
    ['作者J. K. Rowling写的。', ['作者J. K. Rowling写的。']],
    ['使用 .NET 框架。', ['使用 .NET 框架。']],
    ['附件：通知.docx', ['附件：通知.docx']],
    ['访问新浪.com.cn了解.', ['访问新浪.com.cn了解.']],
    ['谋划自有品牌.2009年,阿里巴巴.', ['谋划自有品牌.', '2009年,阿里巴巴.']],
    ['标题是“相似之处”.HMX-1 并没有.', ['标题是“相似之处”.', 'HMX-1 并没有.']],
    ['Dr. Li和Prof. Wang出席。', ['Dr. Li和Prof. Wang出席。']],
    ['三．一四不拆，３．１４也不拆。', ['三．', '一四不拆，３．１４也不拆。']],
    ['增长３．５％。', ['增长３．５％。']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('English sentences inside Chinese text split the English way', () => {
  it.each<Row>([
    ['He came. She left.', ['He came.', 'She left.']],
    ['Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
    ['It costs approx. five dollars.', ['It costs approx. five dollars.']],
    ['The U.S. Army arrived. Then it left.', ['The U.S. Army arrived.', 'Then it left.']],
    ['He met Mr. Lee. They talked.', ['He met Mr. Lee.', 'They talked.']],
    ['It was 5 p.m. when he came.', ['It was 5 p.m. when he came.']],
    ['Wait... what happened?', ['Wait... what happened?']],
    ['Wait... Nothing happened.', ['Wait...', 'Nothing happened.']],
    ['拜登说：“We will win.” 然后离开了。', ['拜登说：“We will win.”', '然后离开了。']],
    ['报道称 The war is over. 但实际不是。', ['报道称 The war is over.', '但实际不是。']],
    ['He said "Hi." Then he left.', ['He said "Hi."', 'Then he left.']],
    ['Smith et al. found it.', ['Smith et al. found it.']],
    ['Apple Inc. 发布了新品。', ['Apple Inc. 发布了新品。']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('URLs, e-mails, times, dates, file names and numbers never split', () => {
  it.each<Row>([
    [
      '来源：https://news.example.com/a/b.html?id=1&x=2!完。',
      ['来源：https://news.example.com/a/b.html?id=1&x=2!', '完。'],
    ],
    ['链接http://a.com/x?y=1。下一句。', ['链接http://a.com/x?y=1。', '下一句。']],
    ['详见 https://example.com/page. 谢谢。', ['详见 https://example.com/page.', '谢谢。']],
    ['推特https://x.com/#!/user很火。', ['推特https://x.com/#!/user很火。']],
    ['联系邮箱zhang.san@example.com.cn获取。', ['联系邮箱zhang.san@example.com.cn获取。']],
    ['请发邮件至info@a.org.', ['请发邮件至info@a.org.']],
    ['发布时间16:22:30，请注意。', ['发布时间16:22:30，请注意。']],
    ['日期2024.07.19更新。', ['日期2024.07.19更新。']],
    ['请下载report.final.pdf查看。', ['请下载report.final.pdf查看。']],
    ['金额为1,234.56元。', ['金额为1,234.56元。']],
    ['比例为0.5%左右。', ['比例为0.5%左右。']],
    ['IP地址192.168.1.1被封。', ['IP地址192.168.1.1被封。']],
    ['见第3.2.1节。', ['见第3.2.1节。']],
    ['路径./src/index.ts有误。', ['路径./src/index.ts有误。']],
    ['搜索?q=test参数。', ['搜索?q=test参数。']],
    ['琨君说2024-07-19 16:22:30  136', ['琨君说2024-07-19 16:22:30  136']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('ellipsis …… and ⋯⋯: ends a sentence only when a new one follows', () => {
  it.each<Row>([
    ['他犹豫了……最后还是去了。', ['他犹豫了……最后还是去了。']],
    ['他犹豫了⋯⋯最后还是去了。', ['他犹豫了⋯⋯最后还是去了。']],
    ['他犹豫了……', ['他犹豫了……']],
    ['他犹豫了……\n最后还是去了。', ['他犹豫了……', '最后还是去了。']],
    ['他说：“我不知道……”然后走了。', ['他说：“我不知道……”', '然后走了。']],
    ['他嘟囔着“算了……”就走了。', ['他嘟囔着“算了……”就走了。']],
    ['苹果、香蕉……等等。', ['苹果、香蕉……等等。']],
    ['他犹豫了……。最后还是去了。', ['他犹豫了……。', '最后还是去了。']],
    ['等等……“你是谁？”', ['等等……', '“你是谁？”']],
    ['還有⋯⋯很多。', ['還有⋯⋯很多。']],
    ['他走了…… 然后呢？', ['他走了……', '然后呢？']],
    ['等待……，然后出发。', ['等待……，然后出发。']],
    ['他说了很多……（笑）大家都懂。', ['他说了很多……（笑）大家都懂。']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('line breaks and blank lines', () => {
  it.each<Row>([
    [
      '金正恩会见俄罗斯军事代表团\n日前，金正恩接见了代表团。',
      ['金正恩会见俄罗斯军事代表团', '日前，金正恩接见了代表团。'],
    ],
    ['标题\n\n正文第一句。正文第二句。', ['标题', '正文第一句。', '正文第二句。']],
    ['第一行\r\n第二行', ['第一行', '第二行']],
    ['第一行\r第二行', ['第一行', '第二行']],
    ['第一段\u2029第二段', ['第一段', '第二段']],
    ['  \n \n\t', []],
    ['', []],
    ['\n\n正文。\n\n', ['正文。']],
    ['一句话没有写完\n下一行继续', ['一句话没有写完', '下一行继续']],
  ])('newlineIsBoundary (default): %j', (input, expected) => check(input, expected));
  it.each<Row>([
    ['一句话没有写完\n下一行继续。', ['一句话没有写完\n下一行继续。']],
    ['第一段第一行\n第一段第二行\n\n第二段。', ['第一段第一行\n第一段第二行', '第二段。']],
    ['第一段\n  \n第二段', ['第一段', '第二段']],
    ['第一段\r\n\r\n第二段', ['第一段', '第二段']],
    ['句子一。\n句子二。', ['句子一。', '句子二。']],
    ['他说：“我们\n会来。”然后', ['他说：“我们\n会来。”', '然后']],
  ])('newlineIsBoundary: false: %j', (input, expected) =>
    check(input, expected, { newlineIsBoundary: false }),
  );
});

describe('Traditional Chinese and 「」『』 quotes work the same', () => {
  it.each<Row>([
    ['他說：「我們會來。」然後離開了。', ['他說：「我們會來。」', '然後離開了。']],
    ['他說「好！」就走了。', ['他說「好！」就走了。']],
    ['她問：「你去嗎？」我說：「去！」', ['她問：「你去嗎？」', '我說：「去！」']],
    ['書中寫道：『一切都會好的。』我信了。', ['書中寫道：『一切都會好的。』', '我信了。']],
    ['他猶豫了⋯⋯最後還是去了。', ['他猶豫了⋯⋯最後還是去了。']],
    ['我看了《摔跤吧！爸爸》。很好看。', ['我看了《摔跤吧！爸爸》。', '很好看。']],
    ['據悉，官員已經抵達。外界猜測，雙方可能會談。', ['據悉，官員已經抵達。', '外界猜測，雙方可能會談。']],
    ['他說：「她說『我會來。』」我們等著。', ['他說：「她說『我會來。』」', '我們等著。']],
    ['颱風來了！請注意安全。', ['颱風來了！', '請注意安全。']],
  ])('%s', (input, expected) => check(input, expected));
});

describe('maxLength cuts runaway sentences', () => {
  it.each<[string, number, string[]]>([
    ['一二三四五，六七八九十', 8, ['一二三四五，', '六七八九十']],
    ['一二三、四五六七八九十', 8, ['一二三、', '四五六七八九十']],
    ['abc def ghi', 5, ['abc', 'def', 'ghi']],
    ['一二三四五六七八九十', 4, ['一二三四', '五六七八', '九十']],
    ['一二三；四五六七八', 5, ['一二三；', '四五六七八']],
    ['a,b,c,d,e,f', 4, ['a,b,', 'c,d,', 'e,f']],
    ['😀😀😀', 3, ['😀', '😀', '😀']],
    ['好。短句。', 3, ['好。', '短句。']],
  ])('%s (maxLength %i)', (input, maxLength, expected) => check(input, expected, { maxLength }));
  it('defaults to 512', () => {
    const line = '字'.repeat(2000);
    const got = splitSentences(line);
    expect(got.map((s) => s.end - s.start)).toEqual([512, 512, 512, 464]);
  });
  it('cuts at the last comma before the limit', () => {
    const line = `${'字'.repeat(400)}，${'字'.repeat(400)}`;
    expect(splitSentences(line).map((s) => s.text.length)).toEqual([401, 400]);
  });
  it('Infinity turns cutting off', () => {
    expect(splitSentences('字'.repeat(2000), { maxLength: Number.POSITIVE_INFINITY })).toHaveLength(1);
  });
});

describe('whitespace', () => {
  it.each<Row>([
    ['  前后有空格。  ', ['前后有空格。']],
    ['\t第一句。\t第二句。\t', ['第一句。', '第二句。']],
    ['\u00a0不换行空格。', ['不换行空格。']],
    ['句子 中间 有 空格。', ['句子 中间 有 空格。']],
  ])('%j', (input, expected) => check(input, expected));
});

describe('argument checks', () => {
  it.each([[undefined], [null], [42], [{}], [['a']]])('text %j throws a TypeError naming it', (value) => {
    expect(() => splitSentences(value as unknown as string)).toThrow(TypeError);
    expect(() => splitSentences(value as unknown as string)).toThrow(/splitSentences: expected text/);
  });
  it('options that are not an object throw a TypeError', () => {
    expect(() => splitSentences('a', 5 as unknown as SplitSentencesOptions)).toThrow(TypeError);
  });
  it.each([[0], [-1], [Number.NaN], ['10']])('maxLength %j throws a RangeError', (maxLength) => {
    expect(() => splitSentences('a', { maxLength: maxLength as number })).toThrow(RangeError);
  });
  it('does not mutate the options', () => {
    const options = Object.freeze({ maxLength: 10 });
    expect(() => splitSentences('一句话。', options)).not.toThrow();
  });
});
