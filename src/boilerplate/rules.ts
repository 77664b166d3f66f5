/**
 * Rule tables, one group per family, as data. Each rule names itself (`family.what`), says what
 * kind of boilerplate it finds, and limits itself by line shape (`maxLength`, `noSentenceEnd`)
 * so that words which are boilerplate in a toolbar but ordinary in prose (关注, 下载, 评论, 分享)
 * only fire on toolbar-shaped lines.
 *
 * Every pattern is tested against one trimmed, whitespace-collapsed line. Patterns are anchored
 * or bounded so that their cost stays linear in the line length.
 *
 * `strength`:
 * - `strong` — removed wherever it stands, inside the article body too;
 * - `weak` — only names the kind of a line outside the body run (the header and footer zones);
 *   inside the body the line is kept.
 *
 * `weight` feeds the density pass (see zones.ts): negative weights pull the body run away from
 * the line. `boundary: 'list'` opens a related/ranking list, `'comments'` a comment section;
 * the lines after it count as list items until the article resumes.
 * @module
 */
import type { Kind } from './types.js';

export interface LineRule {
  name: string;
  kind: Kind;
  pattern: RegExp;
  /** Only lines at most this long (in characters, after collapsing whitespace). */
  maxLength?: number;
  /** Only lines with no sentence-final punctuation (。！？!?). */
  noSentenceEnd?: boolean;
  /** Only lines that are not running prose (see `Line.prose`). */
  notProse?: boolean;
  /**
   * Characters of which every line the pattern matches holds at least one: a prefilter. All
   * rules' prefilters are checked in one pass over the line (classify.ts), so that a line
   * runs only the patterns it could match. Pinned by tests/boilerplate/prefilter.test.ts.
   */
  requires?: string;
  strength: 'strong' | 'weak';
  /** Density weight of a matching line; default −6. */
  weight?: number;
  boundary?: 'list' | 'comments';
}

/** Vocabulary rule: a line made only of these words (plus numbers and separators). */
export interface VocabularyRule {
  name: string;
  kind: Kind;
  words: readonly string[];
  /** Fewest words for the rule to fire (a lone `微信` is too weak a signal inside the body). */
  minWords: number;
  /** Share of the line's characters the words must cover (numbers and separators count). */
  minCoverage: number;
  strength: 'strong' | 'weak';
  weight?: number;
}

// ——— navigation: breadcrumbs, login and search, site-tool links, pagination ———
export const NAVIGATION_RULES: LineRule[] = [
  // "当前位置：首页 > 国际 > 正文", "您的位置: 首页 > 新闻"
  {
    name: 'nav.location',
    requires: '位',
    kind: 'navigation',
    pattern:
      /^[【[]?(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|当前的位置|现在位置)\s*(?:是)?\s*[:：]/,
    maxLength: 120,
    strength: 'strong',
  },
  // "设为首页 加入收藏", "返回顶部", "网站地图", "手机版", "繁體"
  {
    name: 'nav.site-tools',
    requires: '设加收返回网无长关手电移触简繁ER订帮T↑',
    kind: 'navigation',
    pattern:
      /^(?:[\s|｜·•/]*(?:设为首页|加入收藏|收藏本站|返回顶部|回到顶部|返回首页|回到首页|网站首页|网站地图|无障碍(?:浏览|阅读)?|长者模式|关怀版|手机版|电脑版|移动版|触屏版|简体版?|繁體版?|繁体版?|English|ENGLISH|RSS订阅|订阅|帮助|Top|TOP|↑)){1,8}[\s|｜·•/]*$/,
    maxLength: 60,
    strength: 'strong',
  },
  // "登录|注册", "登录本站通行证 立即注册", "忘记密码？", "退出"
  {
    name: 'nav.login',
    requires: '登注退个我忘记自找用密验手通',
    kind: 'navigation',
    pattern:
      /^(?:(?:请|立即|免费|快速|马上)?(?:登录|登陆|注册|退出|注销|登出|安全退出|个人中心|我的账号|忘记密码|记住(?:登录状态|我|密码)|自动登录|找回密码|用户名|密码|验证码|手机号|通行证)[\s|｜·•/?？！!:：]*)+$|^(?:[^。，,]{0,12})(?:登录|登陆)[^。，,]{0,12}(?:注册|通行证)[^。，,]{0,8}$/,
    maxLength: 40,
    strength: 'strong',
  },
  // search boxes: "搜索", "请输入关键字", "站内搜索", "热搜："
  {
    name: 'nav.search',
    requires: '搜输',
    kind: 'navigation',
    pattern:
      /^(?:站内搜索|全站搜索|搜索|搜 索|请输入(?:关键字|关键词|搜索内容)?|输入关键字|热搜|热门搜索|搜索热词|大家都在搜)(?:[:：\s].{0,40})?$/,
    maxLength: 60,
    noSentenceEnd: true,
    strength: 'strong',
  },
  // pagination: "【1】【2】【3】", "上一页 1 2 3 下一页", "第1页 共3页"
  {
    name: 'nav.pagination',
    requires: '【[上下首尾末共第<>«»全阅单分|｜',
    kind: 'navigation',
    pattern:
      /^(?=.*[^\d\s])(?:[\s|｜]*(?:[【[]\d{1,3}[】\]]|上一页|下一页|首页|尾页|末页|\d{1,3}(?!\d)|共\s*\d+\s*页|第\s*\d+\s*页|[<>«»]|全文|阅读全文|单页阅读|分页阅读)){2,}[\s|｜]*$/,
    maxLength: 80,
    strength: 'strong',
  },
];

// ——— site footers: copyright, registration numbers, complaint lines, contact rows ———
export const FOOTER_RULES: LineRule[] = [
  // "Copyright © 1998 - 2024 … All Rights Reserved", "版权所有：…", "本 网 版 权 所 有"
  {
    name: 'footer.copyright',
    requires: 'cC©lL版权',
    kind: 'copyright',
    pattern: /copyright|©|\(c\)\s*\d{4}|all rights reserved|版\s?权\s?所\s?有|版權所有|权利保留|版权声明/i,
    maxLength: 200,
    strength: 'strong',
    weight: -15,
  },
  // "京ICP备12345678号", "京公网安备 11010502000001号", licence numbers
  {
    name: 'footer.registration',
    requires: 'I备证',
    kind: 'copyright',
    pattern:
      /ICP\s*(?:备|证|經營|经营)|ICP[:：]?\s*\d|公网安备|公安备案|网安备|网络文化经营许可证|互联网新闻信息服务许可证|信息网络传播视听节目许可证|广播电视节目制作经营许可证|增值电信业务经营许可证|出版物经营许可证|新出网证|药品信息服务资格证|经营性网站备案/,
    maxLength: 300,
    strength: 'strong',
    weight: -15,
  },
  // "违法和不良信息举报电话：12377", "举报邮箱：…", "互联网举报中心"
  {
    name: 'footer.report-line',
    requires: '举未扫',
    kind: 'copyright',
    pattern:
      /违法和不良信息举报|不良信息举报|举报(?:电话|邮箱|中心|专区)|网络举报|举报受理|涉未成年人|未成年人举报|扫黄打非|网上有害信息举报/,
    maxLength: 160,
    notProse: true,
    strength: 'strong',
    weight: -12,
  },
  // "关于我们| 广告服务| 联系我们| 网站地图| 招聘"
  {
    name: 'footer.site-links',
    requires: '关联广商网招诚人加隐用服使法免版意帮投合友ACER',
    kind: 'navigation',
    pattern:
      /^(?:[\s|｜·•/-]*(?:关于我们|关于本站|关于[^\s|｜·•/-]{2,6}|联系我们|联系方式|广告服务|广告合作|商务合作|网站地图|网站导航|招聘|诚聘英才|人才招聘|加入我们|隐私政策|隐私保护|隐私条款|用户协议|服务条款|使用条款|法律声明|免责条款|版权声明|意见反馈|帮助中心|投稿|投诉|合作伙伴|友情链接|网站简介|About\s?Us|Contact\s?Us|English|RSS)){2,}[\s|｜·•/-]*$/,
    maxLength: 120,
    strength: 'strong',
    weight: -10,
  },
  // "如果您有任何意见或建议，请联系我们", "联系电话：…", "本网站由…主办"
  {
    name: 'footer.contact',
    requires: '意:：码网',
    kind: 'copyright',
    pattern:
      /^(?:如(?:果)?您有任何意见(?:或|和)建议|(?:主办|承办|协办|主管|技术支持|运营|运维|网站维护)(?:单位)?\s*[:：]|联系电话\s*[:：]|(?:通讯|联系)?地址\s*[:：].{0,60}(?:邮编|电话)|邮政编码\s*[:：]|服务热线\s*[:：]|客服(?:电话|热线)\s*[:：]|网站标识码|本网站由.{1,30}(?:主办|建设))/,
    maxLength: 160,
    notProse: true,
    strength: 'strong',
    weight: -10,
  },
];

// ——— related, recommended and ranking blocks: the headings (the list after them is zones.ts's job) ———
export const RELATED_RULES: LineRule[] = [
  // "相关阅读", "推荐阅读", "热门点击排行榜", "阅读排行榜 评论排行榜", "随机主题"
  {
    name: 'related.heading',
    kind: 'related',
    pattern:
      /^[【[《<>\-—■□●◆◇▌|｜#\s]*(?:(?:相关|相關|推荐|推薦|热门|熱門|热点|熱點|精彩|最新|今日|本周|本月|24小时|48小时|一周|编辑|延伸|更多|猜你|为您|为你|往期|大家都在|你可能|您可能|图片|视频|独家|专题|特别|热榜|实时|热搜|人气|必读|深度|原创|头条|要闻)\S{0,10}?(?:阅读|閱讀|新闻|新聞|文章|报道|報道|推荐|推薦|喜欢|喜歡|回顾|回顧|精彩|内容|內容|排行榜?|排名|榜单|看|链接|連結|主题|图集|圖集|专题|话题|标签|资讯|點擊|点击|热点|熱點|关注|聚焦|视频|視頻|图片|圖片|文章推荐)|随机主题|隨機主題|排行榜|点击排行|(?:阅读|閱讀|评论|評論|点击|點擊|热度|熱度|分享)(?:排行榜?|榜|排名)|大家都在看|猜你喜欢|看了又看|还看了|延伸阅读|往期回顾|往期精彩|精彩回顾|精彩推荐|热点推荐|相关推荐|为你推荐|为您推荐|你可能感兴趣|您可能感兴趣|推荐文章|热门文章|热门话题|相关标签|标签|Tags?|TAG|相关专题|专题推荐|今日推荐|编辑推荐|小编推荐|精选|精選|最新文章|最新资讯|新闻排行|热门新闻|图片新闻|视频新闻|更多精彩|更多新闻|更多内容|更多文章|查看更多|加载更多|点击加载更多|即时新闻|滚动新闻|热新闻|热话题|热文|热帖|热榜|热词|热议|今日热榜|热门|最热|新闻推荐|新闻热点|专题推荐|相关视频|推荐视频|热门视频|精彩视频|24小时热文|本周热文)(?:[\s|｜/、]*(?:阅读|评论|点击|热门|最新|本周|本月|今日|24小时)?(?:排行榜?|榜|推荐|排名))*[】\]》>\-—\s:：]*(?:更多\s*(?:>>|>|＞|»)?)?$/i,
    maxLength: 30,
    noSentenceEnd: true,
    strength: 'strong',
    weight: -12,
    boundary: 'list',
  },
  // "相关阅读：俄朝签署…", "上一篇：…", "下一篇：…"
  {
    name: 'related.prefixed',
    requires: '相延推上下前后往',
    kind: 'related',
    pattern:
      /^[【[]?(?:相关(?:阅读|新闻|报道|链接|文章|推荐|专题)|相關(?:閱讀|新聞|報導|報道)|延伸阅读|推荐阅读|延伸閱讀|推薦閱讀|上一篇|下一篇|上一篇文章|下一篇文章|上一条|下一条|上篇|下篇|前一篇|后一篇|往期推荐)(?:[】\]]\s*|\s*[:：>》|｜])/,
    maxLength: 100,
    strength: 'strong',
    weight: -6,
  },
];

// ——— share, follow, app and toolbar widgets ———
// Follow and QR-code prompts ("扫码关注", "长按识别二维码", "点击关注"): one pattern for the
// widget line and for its short-sentence form.
const FOLLOW_PROMPT =
  /^.{0,16}(?:扫码关注|扫描二维码|扫一扫|掃一掃|长按(?:识别|二维码|图片)|長按|二维码|二維碼|点击关注|點擊關注|关注(?:我们|我們|公众号|公眾號|该公众号|微信|微博|头条号|百家号|企鹅号|官方)|訂閱|加关注|\+关注|关注$|已关注|取消关注|星标|设为星标|置顶公众号).{0,30}$/;

export const SHARE_RULES: LineRule[] = [
  // "分享到：", "分享给好友和朋友圈", "转发到微博"
  {
    name: 'share.to',
    requires: '分转轉',
    kind: 'share',
    pattern: /^(?:分享到|分享至|分享给|分享|转发到|转发至|轉發到|分享到：?)\s*[:：]?(?:\s*\S{0,12}){0,8}$/,
    maxLength: 40,
    noSentenceEnd: true,
    strength: 'strong',
  },
  // "扫码关注", "长按识别二维码", "微信扫一扫", "关注该公众号", "点击关注", "用微信扫描二维码"
  {
    name: 'share.follow',
    requires: '扫掃长長二点點关訂星置',
    kind: 'share',
    pattern: FOLLOW_PROMPT,
    maxLength: 50,
    noSentenceEnd: true,
    strength: 'strong',
  },
  // the same, as a short sentence: "扫描二维码，关注我们。" (a long sentence with 二维码 is prose)
  {
    name: 'share.follow',
    requires: '扫掃长長二点點关訂星置',
    kind: 'share',
    pattern: FOLLOW_PROMPT,
    maxLength: 24,
    strength: 'strong',
  },
  // "下载APP", "打开APP阅读全文", "客户端下载", "人民日报客户端下载"
  {
    name: 'share.app',
    requires: 'Aa客应文多',
    kind: 'share',
    pattern:
      /^.{0,20}(?:(?:下载|下載|打开|打開|安装|使用).{0,10}(?:APP|App|app|客户端|客戶端|应用)|(?:APP|App|客户端|客戶端)(?:下载|下載|内打开|內打開|内阅读|阅读|查看|专享)|打开.{0,6}阅读全文|阅读全文|閱讀全文|展开全文|展開全文|查看原文|阅读原文|閱讀原文|点击(?:阅读|查看)(?:全文|原文|更多)).{0,20}$/,
    maxLength: 50,
    noSentenceEnd: true,
    strength: 'strong',
  },
  // "举报 缩小字体 放大字体 收藏", "字号：大 中 小", "T + -", "打印 关闭窗口"
  {
    name: 'share.font-size',
    requires: '字TA',
    kind: 'share',
    pattern:
      /^.{0,30}(?:字号|字體|字体|字號)\s*[:：]?\s*.{0,30}$|^(?:[\s|｜]*[TA]\s*[+＋\-－](?:\s*[+＋\-－])*)+\s*$/,
    maxLength: 60,
    noSentenceEnd: true,
    strength: 'strong',
  },
];

// ——— comment sections: counters, headings, notices ———
export const COMMENT_RULES: LineRule[] = [
  // section headings that open the comment area
  {
    name: 'comments.heading',
    requires: '评評留贴',
    kind: 'comments',
    pattern:
      /^[【[■\s]*(?:网友评论|網友評論|读者评论|评论区|評論區|全部评论|最新评论|热门评论|最热评论|精彩评论|精选留言|精選留言|写留言|寫留言|留言板|我的留言|发表评论|發表評論|我要评论|跟贴|热门跟贴|评论列表|用户评论|留言)(?:[\s(（]*\d*[)）]?)[】\]\s]*(?:刷新|更多)?$/,
    maxLength: 20,
    strength: 'strong',
    weight: -12,
    boundary: 'comments',
  },
  // "最新回复(2)", "评论(35)", "0条评论", "我要评论", "最热评论 刷新", "跟贴31", "参与326"
  {
    name: 'comments.counter',
    requires: '回评評跟留讨參参刷换換多发發提取论沙',
    kind: 'comments',
    pattern:
      /^[\s|｜]*(?:(?:(?:最新|最热|热门|全部|精彩|网友|我要|发表|查看|写|添加|已有|共有|共)?(?:回复|回覆|评论|評論|跟贴|跟帖|留言|点评|热评|讨论|參與|参与|回應)(?:区|區|列表|数|數)?(?:\s?[(（[【]?[\d.]+[万萬kKwW]?[)）\]】]?)?(?:条|則|则|人参与|人評論|人评论|次)?|[\d.]+[万萬wW]?\s?(?:条|則|则)?(?:评论|評論|回复|留言|跟贴|人参与|人评论|人參與|次评论)|刷新|换一换|換一換|加载更多|載入更多|展开更多|查看更多(?:评论|回复)?|更多评论|发表|發表|发布|發佈|提交|取消|登录后评论|还没有评论[^|｜]{0,10}|暂无评论|沙发|抢沙发|目前没有(?:热门)?(?:跟贴|评论))[\s|｜]*)+$/,
    maxLength: 40,
    noSentenceEnd: false,
    strength: 'strong',
  },
  // vote buttons of a comment row: "+1顶67", "|+1踩0"
  {
    name: 'comments.vote',
    requires: '顶踩赞讚支反',
    kind: 'comments',
    pattern: /^[|｜\s]*\+?1?\s*(?:顶|踩|赞|讚|支持|反对)\s*[(（]?\d*[)）]?[|｜\s]*$/,
    maxLength: 16,
    strength: 'strong',
  },
  // "网友评论仅供其表达个人看法，并不代表本站立场。", "文明上网，理性发言"
  {
    name: 'comments.notice',
    requires: '评評正您欢歡文理遵看想字',
    kind: 'comments',
    pattern:
      /网友评论仅供|正文已结束|(?:您可以|欢迎|歡迎).{0,12}(?:进行评论|发表评论|參與討論|参与讨论|留言)|評論僅代表|评论仅代表|文明上网|文明上網|理性发言|理性發言|发表评论前|評論須知|评论须知|請遵守|遵守互联网|所有评论仅代表|已同步到看一看|写下你的想法|最多\d+字|当前共\d*字/,
    maxLength: 100,
    strength: 'strong',
    weight: -10,
    boundary: 'comments',
  },
];

// ——— reprint and rights disclaimers ———
export const DISCLAIMER_RULES: LineRule[] = [
  // "转载此文是出于传递更多信息目的…", "本文来源于网络…如有侵权请联系删除", "版权归原作者所有"
  {
    name: 'disclaimer.rights',
    requires: '载載递遞侵删刪归歸经經制编明系繫储代供构構险險络絡',
    kind: 'disclaimer',
    pattern:
      /转载此文|转载本文|轉載此文|出于传递更多信息|出於傳遞更多信息|传递更多信息之目的|如有侵权|如有侵權|若有侵权|侵权请联系|侵權請聯繫|侵犯了您的合法权益|侵犯了您的权益|联系(?:我们|我们?进行|本站|小编)?删除|聯繫刪除|版权归原作者|版權歸原作者|版权归.{1,12}所有|版權歸.{1,12}所有|未经(?:本站|本网|本報|本报|作者|书面)?(?:授权|许可|允许|同意).{0,12}(?:不得|禁止|严禁|请勿)?(?:转载|轉載|使用|复制|摘编)|未經授權|(?:严禁|禁止|谢绝|請勿|请勿|不得)(?:任何)?(?:转载|轉載|复制|摘编)|(?:转载|轉載|引用)(?:请|請|需|須)?(?:注明|註明|联系|聯繫)|本站(?:仅|只)?提供(?:信息)?存储|不代表本(?:站|网|報|报|平台|号|號|台)(?:的)?(?:观点|立场|觀點|立場)|仅代表(?:作者|作者本人|作者个人|本人)(?:观点|立场|看法)|僅代表作者|内容仅供参考|內容僅供參考|不构成(?:任何)?投资建议|不構成投資建議|投资有风险|投資有風險|信息来源于网络|来源于网络|來源於網絡|图片来源于网络|图片源于网络/,
    maxLength: 300,
    strength: 'strong',
    weight: -10,
  },
  // "声明：…", "免责声明", "特别声明：", "原创稿件", "本文系…原创"
  {
    name: 'disclaimer.notice',
    requires: '声聲说說编本原',
    kind: 'disclaimer',
    pattern:
      /^[【[（(]?\s*(?:免责声明|免責聲明|声明|聲明|特别声明|特別聲明|郑重声明|版权说明|版權說明|编者按：?.{0,0}本文|原创声明|原創聲明)\s*[】\]）)]?\s*(?:[:：].*)?$|^本文(?:系|为|為).{0,30}(?:原创|原創|独家|獨家)|^(?:原创|原創)(?:稿件|文章|作品)/,
    maxLength: 300,
    strength: 'strong',
    weight: -10,
  },
];

// ——— editor, source, reporter lines; the end marker; original title ———
export const CREDIT_RULES: LineRule[] = [
  // "（完）", "(完)", "【完】", "-END-"
  {
    name: 'editor.end-marker',
    requires: '完Ee',
    kind: 'editor',
    pattern: /^(?:[(（【[]\s*(?:完|全文完|本文完)\s*[)）】\]]|[-—–=\s]*END[-—–=\s]*|全文完|本文完)$/i,
    maxLength: 12,
    strength: 'strong',
    weight: -20,
  },
  // "责任编辑：李明", "【编辑：王琴】", "（责编：汤诗瑶、丁涛）", "本文来源：… 责任编辑：…"
  {
    name: 'editor.credit',
    requires: '责責编編校审審终初复监監策统統美制製翻签',
    kind: 'editor',
    pattern:
      /^[(（【[]?\s*(?:本文来源|来源|作者)?[^。，]{0,30}?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|审订|值班编辑|主编|編審|编审|终审|初审|复审|二审|三审|监制|監製|策划|策劃|统筹|統籌|美编|美術|制作|製作|翻译|翻譯|编译|編譯|实习编辑|视频编辑|签发)\s*[:：丨|/]\s*[^。！？]{0,60}$/,
    maxLength: 90,
    noSentenceEnd: true,
    strength: 'strong',
    weight: -20,
  },
  // "原标题：…", "（原标题：…）"
  {
    name: 'title.original',
    requires: '原',
    kind: 'title',
    pattern: /^[(（【[]?\s*(?:本文)?(?:原标题|原標題|原题|原題|原文标题)(?:为|為|是)?\s*[:：《]/,
    maxLength: 120,
    strength: 'strong',
    weight: -2,
  },
  // "本文来自微信公众号“…”（ID：…），作者：…，经授权发布。" (a sentence, so its own rule)
  {
    name: 'source.reprint',
    requires: '本此',
    kind: 'source',
    pattern:
      /^[(（【[]?\s*(?:本文|本篇|此文)(?!来源于网络|來源於網絡|来自网络|來自網絡)(?:来自|來自|转载自|轉載自|转自|轉自|来源于|來源於|经授权转载自|首发于|首發於|原载于|原載於|原刊于|原刊於)/,
    maxLength: 160,
    strength: 'strong',
    weight: -8,
  },
  // "来源：新华社", "本文来自微信公众号：…", "文章来源：…", "稿源：…"
  {
    name: 'source.label',
    requires: '源出转轉本原sS',
    kind: 'source',
    pattern:
      /^[(（【[]?\s*(?:来源|來源|文章来源|文章來源|本文来源|本文來源|新闻来源|新聞來源|消息来源|信息来源|资料来源|稿源|稿件来源|出处|出處|转自|轉自|本文转自|本文轉自|本文来自|本文來自|转载自|轉載自|原文链接|原文鏈接|原文地址|原文網址|原文出处|Source)\s*[:：]?\s*.{1,80}$/i,
    maxLength: 100,
    noSentenceEnd: true,
    strength: 'strong',
    weight: -8,
  },
  // "记者 张三", "作者：李四", "文/王五", "通讯员 赵六 摄", "本报记者 张三 李四"
  {
    name: 'byline.reporter',
    requires: '记記实通作撰采採文摄攝视視图圖编口整发發',
    kind: 'byline',
    pattern:
      /^[(（【[]?\s*(?:本报|本報|本台|本网|本網|新华社|中新社|中新网|[\p{Script=Han}]{2,8}?)?(?:特约记者|见习记者|見習記者|特約記者|实习记者|实习生|通讯员|通訊員|记者|記者|作者|撰文|撰稿|采写|採寫|文字|摄影|攝影|摄像|攝像|视频|視頻|图片|圖片|图文|圖文|文|图|圖|编者|口述|整理|发布者|發佈者|发布人|作者信息)\s*(?:[:：丨|/／]\s*|\s+)[\p{Script=Han}A-Za-z·•、,，\s/]{1,40}?(?:\s*(?:报道|報道|发自\S{1,10}|發自\S{1,10}))?\s*(?<![摄攝]|供图|供圖)[)）】\]]?$/u,
    maxLength: 60,
    noSentenceEnd: true,
    strength: 'strong',
    weight: -4,
  },
];

// ——— captions, advertisements, stray lines ———
export const MISC_RULES: LineRule[] = [
  // "图为…", "（图片来源：…）", "资料图", "▲ 图：…", "新华社记者 张三 摄", "图/视觉中国"
  {
    name: 'caption.marker',
    requires: '▲△↑↓▼☝\uD83D\uDC46图圖资資檔档摄攝视視IG（(',
    kind: 'caption',
    pattern:
      /^(?:[▲△↑↓▼☝👆]|[(（【[]?\s*(?:图为|圖為|图片来源|圖片來源|图片|圖片|图源|圖源|图据|配图|配圖|资料图|資料圖|资料图片|資料照片|资料照|檔案照|档案照|图\s*\d*\s*[:：丨|/／]|圖\s*\d*\s*[:：丨|/／]|摄影\s*[:：]|攝影\s*[:：]|视觉中国|視覺中國|图虫|IC\s*photo|Getty)|[（(][^()（）。，]{2,30}[)）]$)/,
    maxLength: 120,
    strength: 'strong',
    weight: -3,
  },
  // a photo credit or screenshot note at the end: "…记者 张三 摄", "（记者李文華攝）", "…小花母亲供图",
  // "…（视频截图）" (end-anchored, no leading wildcard, so the cost stays linear)
  {
    name: 'caption.marker',
    requires: '摄攝图圖拍)）',
    kind: 'caption',
    pattern:
      /(?:(?:\s|[（(])(?:摄|攝|供图|供圖|翻拍|截图|截圖|图|圖)[)）]?|\s[^\s()（）。，]{0,12}(?:供图|供圖)|[（(][^()（）]{0,16}(?:摄|攝|供图|供圖|截图|截圖|截屏|视频截图|資料圖|资料图)[)）])$/,
    maxLength: 100,
    strength: 'strong',
    weight: -3,
  },
  {
    name: 'caption.marker',
    requires: '截',
    kind: 'caption',
    pattern: /(?:截图|截圖|截屏|视频截图|视频截屏)$/,
    maxLength: 44,
    strength: 'strong',
    weight: -3,
  },
  // "广告", "推广", "赞助", "AD"
  {
    name: 'ad.marker',
    requires: '广廣推赞贊商品AS合',
    kind: 'advertisement',
    pattern:
      /^[【[(（]?\s*(?:广告|廣告|推广|推廣|赞助|贊助|赞助商|贊助商|商业推广|品牌推广|广告位|廣告位|AD|Ad|Advertisement|Sponsored|合作推广|广告合作)\s*[】\])）]?(?:\s*[:：|｜]?\s*.{0,30})?$/,
    maxLength: 40,
    noSentenceEnd: true,
    strength: 'strong',
    weight: -6,
  },
  // only a number or counter: "0", "136", "+1", "12.5万", "3/5"
  {
    name: 'noise.number',
    requires: '0123456789',
    kind: 'noise',
    pattern:
      /^[+\-−]?[\d\s.,:：/%％()（）]*\d[\d\s.,:：/%％()（）]*[万萬千kKwW]?(?:次|人|条|阅读|閱讀|浏览|瀏覽|赞|讚)?$/,
    maxLength: 30,
    strength: 'strong',
    weight: -2,
  },
  // only punctuation, symbols, or emoji
  {
    name: 'noise.punctuation',
    kind: 'noise',
    pattern: /^[\p{P}\p{S}\s]+$/u,
    maxLength: 200,
    strength: 'strong',
    weight: -1,
  },
];

/** Words of toolbars, menus and comment rows, for the vocabulary rules. */
export const SHARE_WORDS = [
  '微信',
  '微博',
  'QQ空间',
  'QQ',
  'qq',
  '朋友圈',
  '好友',
  '新浪微博',
  '腾讯微博',
  '人人网',
  '豆瓣',
  '易信',
  'Facebook',
  'Twitter',
  'LINE',
  'Line',
  'WhatsApp',
  'Telegram',
  'Weibo',
  'WeChat',
  'Email',
  'E-mail',
  '复制链接',
  '复制',
  '链接',
  '更多',
  '收藏',
  '打印',
  '关闭',
  '关闭窗口',
  '字号',
  '大',
  '中',
  '小',
  '放大',
  '缩小',
  '放大字体',
  '缩小字体',
  '默认',
  '举报',
  '分享',
  '转发',
  '点赞',
  '赞',
  '在看',
  '喜欢',
  '纠错',
  '我要纠错',
  '打赏',
  '推荐',
  '订阅',
  '邮件',
  '手机看',
  '扫码',
  '小程序',
  '抖音',
  '快手',
  '微信扫码',
  '微信扫一扫',
  '小红书',
  'B站',
  '百家号',
  '头条号',
  '企鹅号',
  '公众号',
  '视频号',
  '臉書',
  '推特',
  '複製連結',
  '列印',
  '分享至',
  '分享到',
  '分享：',
  '分享:',
] as const;

export const COMMENT_WORDS = [
  '举报',
  '赞',
  '踩',
  '顶',
  '回复',
  '回覆',
  '分享',
  '收起',
  '展开',
  '删除',
  '点赞',
  '评论',
  '更多',
  '刷新',
  '刚刚',
  '分钟前',
  '小时前',
  '天前',
  '昨天',
  '前天',
  '楼',
  '楼主',
  '作者',
  '置顶',
  '精选',
  '+1',
  '查看',
  '条回复',
  '网友',
  '匿名',
  '取消',
  '发送',
  '发布',
  '我知道了',
  '允许',
  '知道了',
  '已留言',
  '正在加载',
  '加载中',
  '已发送',
  '发送中',
] as const;

export const CHANNEL_WORDS = [
  '首页',
  '网站首页',
  '新闻',
  '国内',
  '国际',
  '时政',
  '财经',
  '体育',
  '娱乐',
  '科技',
  '军事',
  '社会',
  '汽车',
  '房产',
  '教育',
  '旅游',
  '时尚',
  '健康',
  '文化',
  '视频',
  '图片',
  '评论',
  '股票',
  '基金',
  '游戏',
  '读书',
  '历史',
  '台湾',
  '港澳',
  '观点',
  '理论',
  '法治',
  '产经',
  '科普',
  '公益',
  '女人',
  '亲子',
  '艺术',
  '收藏',
  '情感',
  '星座',
  '美容',
  '家居',
  '美食',
  '彩票',
  '博客',
  '论坛',
  '专题',
  '直播',
  '政务',
  '民生',
  '要闻',
  '本地',
  '地方',
  '环保',
  '农业',
  '能源',
  '经济',
  '金融',
  '理财',
  '保险',
  '银行',
  '数码',
  '手机',
  '电脑',
  '家电',
  '互联网',
  '通信',
  '创投',
  '区块链',
  '人工智能',
  '电影',
  '电视',
  '音乐',
  '明星',
  '综艺',
  '综合',
  '图集',
  '原创',
  '独家',
  '深度',
  '专栏',
  '人物',
  '生活',
  '职场',
  '公司',
  '产业',
  '行业',
  '宏观',
  '市场',
  '证券',
  '期货',
  '外汇',
  '债券',
  '黄金',
  '港股',
  '美股',
  'A股',
  '新股',
  '商业',
  '消费',
  '地产',
  '城市',
  '城事',
  '环球',
  '世界',
  '中国',
  '全球',
  '法制',
  '廉政',
  '党建',
  '人事',
  '领导',
  '领导人',
  '高层',
  '外交',
  '两岸',
  '华人',
  '侨网',
  '海外',
  '留学',
  '移民',
  '考研',
  '高考',
  '公务员',
  '外语',
  '校园',
  '中小学',
  '育儿',
  '母婴',
  '养生',
  '医疗',
  '医药',
  '食品',
  '户外',
  '景点',
  '酒店',
  '航空',
  '铁路',
  '交通',
  '天气',
  '气象',
  '法律',
  '司法',
  '公安',
  '警务',
  '政策',
  '解读',
  '发布',
  '通知',
  '公告',
  '公示',
  '动态',
  '资讯',
  '快讯',
  '滚动',
  '热点',
  '排行',
  '焦点',
  '头条',
  '推荐',
  '关注',
  '订阅',
  '客户端',
  '下载',
  'APP',
  '移动',
  '手机版',
  '电子报',
  '数字报',
  '报纸',
  '期刊',
  '杂志',
  '广播',
  '电台',
  '网视',
  '英文',
  'English',
  'NBA',
  'CBA',
  '中超',
  '英超',
  '西甲',
  '意甲',
  '德甲',
  '法甲',
  '欧冠',
  '足球',
  '篮球',
  '网球',
  '高尔夫',
  '赛车',
  'F1',
  '冬奥',
  '奥运',
  '电竞',
  '动漫',
  '二次元',
  '宠物',
  '星闻',
  '八卦',
  '问政',
  '信访',
  '政府',
  '政协',
  '人大',
  '党委',
  '纪检',
  '办事',
  '服务',
  '互动',
  '信息公开',
  '新闻中心',
  '新闻发布',
  '首页>',
  '更多>>',
  '更多',
  '全部',
  '分类',
  '栏目',
  '频道',
  '导航',
  '应用',
  '邮箱',
  '云课堂',
  '公开课',
  '严选',
  '会员',
  'VIP',
  '商城',
  '购物',
  '团购',
  '招聘',
  '求职',
  '網站首頁',
  '新聞',
  '國際',
  '兩岸',
  '港澳',
  '財經',
  '體育',
  '娛樂',
  '科技',
  '社會',
  '生活',
  '評論',
  '專題',
  '影音',
  '圖片',
  '即時',
  '要聞',
  '頭條',
  '地方',
  '國內',
  '健康',
  '時尚',
  '旅遊',
  '教育',
  '文化',
  '藝術',
  '汽車',
  '房產',
  '軍事',
  '政治',
  '論壇',
  '專欄',
  '影視',
  '電影',
  '遊戲',
  '數位',
  '熱門',
] as const;

export const VOCABULARY_RULES: VocabularyRule[] = [
  // a row of share / toolbar buttons: "微信 微博 QQ空间", "易信微信QQ空间微博更多", "打印 关闭"
  {
    name: 'share.toolbar',
    kind: 'share',
    words: SHARE_WORDS,
    minWords: 2,
    minCoverage: 0.85,
    strength: 'strong',
    weight: -5,
  },
  // a comment row: "3小时前 举报 赞 12 回复", "+1顶67 |+1踩0 |回复"
  {
    name: 'comments.row',
    kind: 'comments',
    words: COMMENT_WORDS,
    minWords: 2,
    minCoverage: 0.85,
    strength: 'strong',
    weight: -4,
  },
  // a channel menu, spaced or glued: "首页 | 新闻 | 国际 | 财经 | 体育", "网站首页时政国际财经…"
  {
    name: 'nav.menu',
    kind: 'navigation',
    words: CHANNEL_WORDS,
    minWords: 3,
    minCoverage: 0.7,
    strength: 'strong',
    weight: -6,
  },
  // one or two menu words on their own line: only a hint, removed outside the body
  {
    name: 'nav.menu-item',
    kind: 'navigation',
    words: CHANNEL_WORDS,
    minWords: 1,
    minCoverage: 0.99,
    strength: 'weak',
    weight: -2,
  },
  {
    name: 'share.button',
    kind: 'share',
    words: SHARE_WORDS,
    minWords: 1,
    minCoverage: 0.99,
    strength: 'weak',
    weight: -2,
  },
];

// ——— bare URLs (tried first: a URL contains / and looks like a breadcrumb) ———
export const URL_RULES: LineRule[] = [
  // a bare URL
  {
    name: 'noise.url',
    requires: 'hHwW',
    kind: 'url',
    pattern: /^(?:[(（<[]?\s*(?:https?:\/\/|www\.)[^\s<>"'，。]+[)）>\]]?\s*)+$/i,
    maxLength: 2000,
    strength: 'strong',
    weight: -6,
  },
];

/** Rule groups in the order they are tried. */
export const LINE_RULE_GROUPS: readonly (readonly LineRule[])[] = [
  URL_RULES,
  DISCLAIMER_RULES,
  CREDIT_RULES,
  FOOTER_RULES,
  NAVIGATION_RULES,
  RELATED_RULES,
  COMMENT_RULES,
  SHARE_RULES,
  MISC_RULES,
];

/** Structural rules implemented in code (classify.ts, zones.ts), listed so they can be disabled. */
export const STRUCTURAL_RULE_NAMES = [
  'byline.datetime', // a short line built around a date: "琨君说2024-07-19 16:22:30  136"
  'noise.date', // a line that is only a date or time
  'nav.breadcrumb', // short items joined by > » / ("首页 > 财经 > 正文", "某某网>>文化")
  'nav.link-row', // a row of short links separated by | or spaces
  'related.glued-headlines', // a long line of headline clauses glued together with almost no 。
  'related.list', // short lines under a related / ranking heading
  'comments.list', // lines under a comment heading
  'caption.isolated', // one short unpunctuated line between two body paragraphs
  'body.salutation', // keeps a salutation line ending in ： right above the body
  'body.signature', // keeps an issuing body + 年月日 date right below the body
  'body.tail', // keeps short text lines between the body and the credits, and a final clause-rich line
  'body.lead-in', // keeps sentence lines between the byline and the body ("好消息！")
  'title.headline', // the headline above the byline / the body
  'zone.header', // anything else above the body run
  'zone.footer', // anything else below the body run
  'editor.suffix', // "（完）", "【编辑：…】" at the end of a body paragraph
] as const;

/**
 * Built-in rules that are off unless `options.rules.enable` names them. `caption.isolated`
 * (one short unpunctuated line between two paragraphs) cannot tell an image caption from a
 * subheading; on real whole-page dumps most such lines are subheadings (ADR 0012).
 */
export const OFF_BY_DEFAULT_RULES: readonly string[] = ['caption.isolated'];

/**
 * Names of every built-in rule, for `options.rules.disable`, each once (several pattern objects
 * share a name, such as the two `share.follow` variants, and are switched together).
 */
export const BUILTIN_RULE_NAMES: readonly string[] = [
  ...new Set([
    ...LINE_RULE_GROUPS.flat().map((r) => r.name),
    ...VOCABULARY_RULES.map((r) => r.name),
    ...STRUCTURAL_RULE_NAMES,
  ]),
];
