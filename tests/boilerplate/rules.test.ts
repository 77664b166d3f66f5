/**
 * One data-driven table per rule family: each line, on its own, is classified by the named rule
 * (or, for `null`, by no strong rule: prose that merely contains a toolbar word).
 */
import { describe, expect, it } from 'vitest';
import { classify, measure, normalise } from '../../src/boilerplate/classify.js';
import { BUILTIN_RULE_NAMES } from '../../src/index.js';

function ruleOf(line: string): string | null {
  const norm = normalise(line);
  const m = classify(measure(0, line.length, norm), new Set(), []);
  return m && m.strength === 'strong' ? m.name : m ? `weak:${m.name}` : null;
}

const tables: Record<string, [string, string | null][]> = {
  navigation: [
    ['首页 | 新闻 | 国际 | 财经 | 体育', 'nav.menu'],
    ['当前位置：首页 > 国际 > 正文', 'nav.location'],
    ['首页 > 财经 > 正文', 'nav.breadcrumb'],
    ['本站首页 > 财经频道 > 正文', 'nav.breadcrumb'],
    ['某某网>>文化', 'nav.breadcrumb'],
    ['设为首页 加入收藏', 'nav.site-tools'],
    ['登录|注册', 'nav.login'],
    ['登录本站通行证 立即注册', 'nav.login'],
    ['忘记密码？', 'nav.login'],
    ['返回顶部', 'nav.site-tools'],
    ['请输入关键字', 'nav.search'],
    ['【1】【2】【3】', 'nav.pagination'],
    ['上一页 1 2 3 下一页', 'nav.pagination'],
    ['网站首页要闻时政国际财经社会理论法治教育科普体育文化旅游', 'nav.menu'],
    ['首页 新闻 体育 财经 娱乐', 'nav.menu'],
    ['本站首页 朗读全文 相关报道 返回顶部', 'nav.link-row'],
    ['国家部委|省政府门户|政务服务网', 'nav.link-row'],
    ['财经', 'weak:nav.menu-item'],
    ['首页是一个网站给人的第一印象，设计时要兼顾美观和实用。', null],
  ],
  footer: [
    ['Copyright © 2003 - 2024 Example Inc. All Rights Reserved', 'footer.copyright'],
    ['版权所有：某某日报社', 'footer.copyright'],
    ['本 网 版 权 所 有 ，未 经 书 面 授 权 不 得 使 用', 'footer.copyright'],
    ['京ICP备12345678号', 'footer.registration'],
    ['京公网安备 11010502000001号', 'footer.registration'],
    ['违法和不良信息举报电话：12377', 'footer.report-line'],
    ['关于我们| 广告服务| 联系我们| 网站地图| 招聘', 'footer.site-links'],
    ['如果您有任何意见或建议，请联系我们', 'footer.contact'],
    ['主办单位：某市人民政府办公室', 'footer.contact'],
    // Prose that mentions reporting or minors is not a footer (`notProse`).
    ['检察机关表示，将继续加大对涉未成年人案件的办理力度，依法从严惩处侵害未成年人的犯罪行为。', null],
    ['（三）违法窃取、泄露调查工作信息，或者泄露举报事项、举报受理情况以及举报人信息的；', null],
  ],
  related: [
    ['相关阅读', 'related.heading'],
    ['推荐阅读', 'related.heading'],
    ['热门推荐', 'related.heading'],
    ['猜你喜欢', 'related.heading'],
    ['往期回顾', 'related.heading'],
    ['延伸阅读', 'related.heading'],
    ['更多精彩', 'related.heading'],
    ['随机主题', 'related.heading'],
    ['热门点击排行榜', 'related.heading'],
    ['阅读排行榜 评论排行榜', 'related.heading'],
    ['【相关新闻】', 'related.heading'],
    ['相關新聞', 'related.heading'],
    ['相关阅读：俄朝签署全面战略伙伴关系条约', 'related.prefixed'],
    ['上一篇：全省防汛工作会议召开', 'related.prefixed'],
    [
      '后续600元买的70-200翻车了!还变成了200-70?峥嵘二十载, 一图细数文博会的“高光时刻”英超蛋糕冠绝欧洲足坛, 瓜迪奥拉获誉三亿欧元玩家, 利物浦切尔西换帅相煎何急?美国14岁少年挑战最辣薯片后续如何?詹姆斯创4个神迹, 浓眉是唯一能和他掰手腕的人吗?一图看懂今年暑期档电影票房走势国产动画电影再创新高',
      'weak:related.glued-headlines',
    ],
    ['相关部门表示，将尽快公布调查结果。', null],
  ],
  share: [
    ['分享到：', 'share.to'],
    ['微信 微博 QQ空间', 'share.toolbar'],
    ['易信微信QQ空间微博更多', 'share.toolbar'],
    ['扫码关注', 'share.follow'],
    ['长按识别二维码', 'share.follow'],
    ['微信二维码', 'share.follow'],
    ['点击关注', 'share.follow'],
    ['下载APP', 'share.app'],
    ['打开APP阅读全文', 'share.app'],
    ['举报 缩小字体 放大字体 收藏', 'share.font-size'],
    ['【字体：大 中 小】 打印', 'share.font-size'],
    ['T + -', 'share.font-size'],
    ['关注', 'share.follow'],
    ['这一现象引起了社会各界的广泛关注，专家呼吁尽快完善相关法规。', null],
    ['警方提示，不要随意扫描来历不明的二维码，不要下载非官方渠道的应用。', null],
    ['网友在评论中分享了类似经历，有人表示父母曾被要求分享链接。', null],
  ],
  comments: [
    ['最新回复(2)', 'comments.counter'],
    ['评论(35)', 'comments.counter'],
    ['0条评论', 'comments.counter'],
    ['我要评论', 'comments.heading'],
    ['最热评论 刷新', 'comments.heading'],
    ['跟贴31', 'comments.heading'],
    ['3小时前 举报 赞 12 回复', 'comments.row'],
    ['+1顶67', 'comments.vote'],
    ['网友评论仅供其表达个人看法，并不代表本站立场。', 'disclaimer.rights'],
    ['文明上网，理性发言', 'comments.notice'],
    ['网友评论', 'comments.heading'],
    ['这条新闻的评论区里，不少网友回忆起了自己的童年。', null],
  ],
  disclaimer: [
    [
      '转载此文是出于传递更多信息目的。若来源标注错误或侵犯了您的合法权益，请与本站联系。',
      'disclaimer.rights',
    ],
    ['本文来源于网络，如有侵权请联系删除', 'disclaimer.rights'],
    ['版权归原作者所有', 'disclaimer.rights'],
    ['未经授权不得转载', 'disclaimer.rights'],
    ['声明：本文仅代表作者观点', 'disclaimer.rights'],
    ['免责声明', 'disclaimer.notice'],
    ['特别声明：以上内容仅代表作者本人观点', 'disclaimer.rights'],
  ],
  credits: [
    ['责任编辑：李明', 'editor.credit'],
    ['【编辑：王琴】', 'editor.credit'],
    ['（责编：汤诗瑶、丁涛）', 'editor.credit'],
    ['本文来源：经济观察周刊 责任编辑：王晓_NE1024', 'editor.credit'],
    ['来源：新华社', 'source.label'],
    ['本文来自微信公众号“某某”（ID：abc），作者：张三，经授权发布。', 'source.reprint'],
    ['原标题：城市更新让老街焕发新活力', 'title.original'],
    ['（原题为《老街新生》）', 'title.original'],
    ['本文原标题：《定了！新航线下月开通》', 'title.original'],
    ['（完）', 'editor.end-marker'],
    ['(完)', 'editor.end-marker'],
    ['记者 张三', 'byline.reporter'],
    ['作者：李四', 'byline.reporter'],
    ['文/王五', 'byline.reporter'],
    ['琨君说2024-07-19 16:22:30  136', 'byline.datetime'],
    ['2023年04月21日07:52 来源：某某网-文化频道', 'byline.datetime'],
    ['2023-11-02 09:15:27 来源: 经济观察周刊 举报', 'byline.datetime'],
    ['记者了解到，涉事项目的名称为长沙某楼盘，合同约定去年交付。', null],
    ['来源地的气候条件，决定了这种茶叶的独特风味。', null],
  ],
  misc: [
    ['图为会场外景。', 'caption.marker'],
    ['（图片来源：视觉中国）', 'caption.marker'],
    ['资料图', 'caption.marker'],
    ['新华社记者 张三 摄', 'caption.marker'],
    ['外国游客镜头下的城市公园（视频截图）', 'caption.marker'],
    ['外媒报道截图', 'caption.marker'],
    ['（某电商平台的部分价目表）', 'caption.marker'],
    ['（应受访者要求，文中李强为化名。）', null],
    ['广告', 'ad.marker'],
    ['推广', 'ad.marker'],
    ['赞助', 'ad.marker'],
    ['https://www.414w.com/read/921782.html', 'noise.url'],
    ['0', 'noise.number'],
    ['136', 'noise.number'],
    ['2024-07-19', 'noise.date'],
    ['07-19 16:22', 'noise.date'],
    ['……', 'noise.punctuation'],
    ['★★★', 'noise.punctuation'],
    ['广告行业近年来经历了深刻变化，数字广告的份额持续上升。', null],
  ],
};

describe.each(Object.entries(tables))('rule family: %s', (_family, rows) => {
  it.each(rows)('%s → %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });
});

describe('rule names', () => {
  it('every rule in the tables is a built-in rule name', () => {
    for (const rows of Object.values(tables)) {
      for (const [, rule] of rows) if (rule) expect(BUILTIN_RULE_NAMES).toContain(rule.replace(/^weak:/, ''));
    }
  });
  it('names are unique per rule, except deliberate variants', () => {
    expect(new Set(BUILTIN_RULE_NAMES).size).toBeGreaterThan(40);
  });
});
