/**
 * The hedge lexicon (模糊限制语): one entry per cue, with its category and the contexts that cancel
 * it. Data only; `matcher.ts` compiles it. A literal that a frame already matches in full is not
 * listed (the frame wins at the same position, so the literal would only look removable by name).
 *
 * Simplified and Traditional forms are separate entries, written as Mainland, Taiwan and Hong Kong
 * writers write them (Taiwan `據了解` and `報導`, Hong Kong `據報`, `有機會`, `仍在調查中`), not derived
 * with OpenCC (see docs/adr/0031-hedge-traditional-lexicon-by-hand.md).
 * @module
 */
import type { LexiconEntry } from './types.js';

/**
 * Slot patterns used by frame entries, as regular-expression source. `{source}` is the only capturing
 * slot: its text is returned as the hedge's `source`.
 */
export const SLOTS: Readonly<Record<string, string>> = {
  // A vague source: a kind of person, a whole country's or region's media, the public. Named outlets
  // and named officials are deliberately absent, so `据新华社报道` and `外交部发言人表示` never match.
  source: [
    // "一名不愿透露姓名的官员": anonymous by the writer's own words.
    '(?:一名|一位|多名|多位)?(?:不[愿願]|未)(?:透露姓名|公开姓名|公開姓名|具名)的[\\u4e00-\\u9fff]{0,4}?(?:人士|官员|官員|人员|人員|员工|員工|高层|高層|专家|專家)',
    // A counted person described but not named: "一位消费金融平台的市场部人士", "有助贷平台高管",
    // "一家排名靠前的数据公司产品负责人".
    // (Not "教育部有关负责人表示": an office's spokesman is a named source, like 外交部发言人.)
    '(?<![部局署處处院會会委廳厅府司行所社團团黨党軍军隊队館馆校組组廠厂])(?:一位|一名|多位|多名|数位|數位|几位|幾位|一家|有(?![关關]))[^，。！？；,.!?;\\s]{0,12}?(?:人士|高管|负责人|負責人|高层|高層|工作人员|工作人員)',
    // Counted or indefinite ordinary people, unnamed: "据部分项目的业主介绍", "有用户反映", "一位村民说".
    // (Not the 有 of 所有/拥有/没有: "所有用户表示" speaks for everyone, not for someone unnamed.)
    '(?<![部局署處处院會会委廳厅府司行所社團团黨党軍军隊队館馆校組组廠厂])(?:一位|一名|多位|多名|数名|數名|几名|幾名|多家|众多|眾多|部分|部份|一些|不少|许多|許多|(?<![所拥擁没沒具])有)[^，。！？；,.!?;\\s]{0,8}?(?:{people})',
    // An office nobody names: "相关部门负责人称" (not "教育部有关负责人": there the office is named).
    '(?<![\\u4e00-\\u9fff])(?:相关|相關|有关|有關)(?:部门|部門)(?:的)?(?:负责人|負責人|人士|工作人员|工作人員)',
    // "接近白宫的人士", "熟悉谈判的消息人士".
    // …and Hong Kong "接近校委會消息稱" (word from people close to the council).
    '(?:{quant})?(?:接近|熟悉|了解|瞭解)[^，。！？；,.!?;\\s]{1,10}?(?:的[^，。！？；,.!?;\\s]{0,4}?(?:人士|受访者|受訪者|律师|律師|专家|專家|学者|學者|官员|官員)|的?消息(?:人士)?)',
    // The same unnamed people referred back to: "這些人士表示", "该人士透露" (a named person is called
    // by name, not "该人士").
    '(?:这些|這些|该名|該名|该位|該位|这位|這位|这名|這名|该|該)(?:消息|知情|匿名)?人士',
    // "相关人士", "有关人士" with nothing before them (not "塞力斯相关人士", a named company's).
    '(?<![\\u4e00-\\u9fff])(?:有关|有關|相关|相關)人士',
    // Citizens tipping off or complaining, bare: "民眾爆料疑為過勞死", "读者反映".
    '(?:民众|民眾|读者|讀者|乡亲|鄉親)(?=爆料|投诉|投訴|反映|提供线索|提供線索)',
    // Optionally counted: kinds of insiders and observers; the media of a country or region, or of
    // nowhere in particular; two-character media abbreviations (俄媒 韩媒 外媒 港媒 台媒 …).
    '(?:{quant})?(?:(?:{place})?(?:高级|高級|资深|資深)?(?:{insider})|(?:{place})?(?:官方|主流|网络|網絡|網路)?(?:{media})|[外俄韩韓日美港台陆陸英法德印以伊乌烏朝官欧歐菲越澳加星马馬泰土央党黨]媒(?:体|體)?)',
    // Counted experts and commentators: "有专家", "多位分析师", with a short field between: "有經濟學者",
    // "多位资深分析师" (a bare "专家表示" is too often named nearby).
    // Not a member of a named organisation: "中国银联的一名风险专家" (ADR 0071), "國土交通部一名官員"
    // (an office, a bureau, a company or a party just before the counting word names it).
    '(?<![的部局署處处院會会委廳厅府司行所社團团黨党軍军隊队館馆校組组廠厂])(?:{quant})[^，。！？；,.!?;\\s]{0,4}?(?:{commentator})',
    // The public at large.
    '(?:{public})',
    // A bare kind of expert opening a clause, with nothing before it to name them: "专家指出，…",
    // "此前，科学家认为…", "业内专家认为" (ADR 0072). Not after a name or organisation ("日本问题专家杨伯江认为" has
    // the name after the noun; "中国社科院专家认为" has a character before it).
    '(?<![\\u4e00-\\u9fff])(?:相关|相關|有关|有關|业内|業內|业界|業界|留学|留學|理财|理財|投资|投資|医学|醫學|法律|教育|经济|經濟|金融|房产|房產|地产|地產|财经|財經|营养|營養|心理|健康|环保|環保|气象|氣象|能源|军事|軍事)?(?:资深|資深)?(?:专家|專家|学者|學者|科学家|科學家|分析师|分析師|分析家|顾问|顧問)(?:们|們)?',
    // Netizens, bare or of a place: nobody can look up "网友" ("網友認為", "日本網友紛紛留言"); a named
    // one ("网友@小王") has the name after the noun, where the slot does not reach (ADR 0074).
    '(?:{place})?(?:网友|網友|网民|網民|乡民|鄉民|民众|民眾)(?:们|們)?',
    // Analysis from nowhere in particular, opening a clause: "市场分析认为", "分析指，…" (Hong Kong).
    '(?<![\\u4e00-\\u9fff》」”])(?:市场|市場|外界|业界|業界)?分析(?=认为|認為|指出|指|称|稱)',
    // Ordinary people right after 据, bare: "据目击者称", "据村民说" (the unnamed witness is the source).
    '(?<=[据據])(?:{people})(?=(?:{report}))',
    // …and any kind of 人士 right after 据 ("据维权人士称"): a named person would be named there.
    // …and a field's experts or consultants right after 据: "据留学专家介绍".
    '(?<=[据據])(?:留学|留學|理财|理財|投资|投資|医学|醫學|法律|教育|经济|經濟|金融|房产|房產|地产|地產|财经|財經)?(?:资深|資深)?(?:专家|專家|学者|學者|顾问|顧問|分析师|分析師)(?=(?:{report}))',
    '(?<=[据據])[\\u4e00-\\u9fff]{1,4}?人士(?=(?:{report}))',
    // A country's officials, unnamed: "美國官員稱", "英国和法国官员曾表示" (wire style).
    '(?:{place}|[俄美日韩韓英法德])(?:官员|官員|高官|高层官员|高層官員|专家|專家|学者|學者)',
    // Anonymous by the writer's own word: "引述不具名消息說", "匿名人士透露".
    '(?:不具名|匿名)(?:的)?[^，。！？；,.!?;\\s]{0,6}?(?:消息(?:人士|來源|来源)?|人士|官员|官員|业者|業者|建商|同业|同業|{people})',
    // Someone described but not named: "有送車的人說".
    '(?<![所拥擁没沒具])有[^，。！？；,.!?;\\s]{1,8}?的人',
    // Lay witnesses opening a clause, with nothing before them to name them: "鄰居表示，…",
    // "村民指出，…" (a named one is named before the noun: "林姓鄰居"). Not 家屬: a victim's family speaks
    // as a party to the story, identified by whose family it is.
    '(?<![\\u4e00-\\u9fff])(?:邻居|鄰居|村民|居民|目击者|目擊者|友人|摊商|攤商|住户|住戶|街坊|路人|旁人|亲友|親友)(?:们|們)?',
    // A side's unnamed staff: "美方人員指", "日方調查人員認為" (a country's officials, as 美国官员称).
    '(?:中|美|日|韩|韓|俄|英|法|德|台|港|陆|陸|校|院|資|资|劳|勞)方(?:调查|調查)?(?:人员|人員)',
    // A trade's people at a clause start, unnamed: "房市業者分析", "餐飲業者表示" (a named firm comes
    // before them: "信義房屋業者" is not at a clause start), local or of the same trade ("在地房仲指出",
    // "同業業者說", "不動產業者表示"). (Before ADR 0092 these prefixes cost speed; they no longer do.)
    '(?<![\\u4e00-\\u9fff])(?:在地|当地|當地|同業|同业|不動產|不动产|建築|建筑)?(?:房市|房仲|代销|代銷|餐饮|餐飲)?(?:业者|業者)',
    '(?<![\\u4e00-\\u9fff])(?:在地)?房仲',
    // Local people as such: "接到當地居民投訴".
    '(?:当地|當地|本地|附近)(?:{people})',
    // Ordinary people in the plural, unnamed: "觀眾們紛紛批評", "居民们表示".
    '(?:{people})(?:们|們)',
    // Someone deliberately left unnamed with 某: "北京某汽车品牌4S店工作人员", "某部门官员".
    '某[^，。！？；,.!?;\\s]{0,10}?(?:人士|工作人员|工作人員|负责人|負責人|员工|員工|官员|官員|高管|职员|職員)',
    // Circles as a whole: "法界人士指出", "學界人士認為".
    '(?:法|学|學|医|醫|政|商|金融|财经|財經|科技|教育|宗教|艺文|藝文|演艺|演藝|体育|體育)界人士',
    // Any circle's experts: "省内茶界专家称" (not 世界专家, the world's).
    '(?!世)[\\u4e00-\\u9fff]界(?:专家|專家|学者|學者)',
  ].join('|'),
  // Kinds of insiders and observers.
  insider:
    '动保团体|動保團體|环保团体|環保團體|人权团体|人權團體|反对派人士|反對派人士|动保人士|動保人士|环保人士|環保人士|维权人士|維權人士|社运人士|社運人士|文化人士|民运人士|民運人士|宗教人士|基金业人士|基金業人士|银行业人士|銀行業人士|保险业人士|保險業人士|证券业人士|證券業人士|券商人士|基金人士|保险人士|保險人士|证券人士|證券人士|行业人士|行業人士|专业人士|專業人士|消息人士|知情人士|分析人士|业内人士|業內人士|业界人士|業界人士|观察人士|觀察人士|内部人士|內部人士|消息来源|消息來源|消息源|知情者|消息灵通人士|消息靈通人士|地方人士|市场人士|市場人士|金融人士|银行人士|銀行人士|行内人士|行內人士|圈内人士|圈內人士|资深人士|資深人士|权威人士|權威人士|政界人士|军方人士|軍方人士',
  // Ordinary people who speak to reporters: anonymous only when counted or indefinite.
  people:
    '议员|議員|民众|民眾|团体|團體|考生|学生|學生|老师|老師|教师|教師|医生|醫生|护士|護士|律师|律師|义工|義工|志愿者|志願者|业主|業主|居民|村民|市民|员工|員工|用户|用戶|消费者|消費者|投资者|投資者|股民|背包客|目击者|目擊者|乘客|家长|家長|司机|司機|商户|商戶|店主|街坊|住户|住戶|作者|邻居|鄰居|摊商|攤商|被害人|受害人|受害者|名嘴|社工|妈妈|媽媽|爸爸|孕妇|孕婦|长者|長者|嘉宾|嘉賓|与会者|與會者|读者|讀者|顾客|顧客|游客|遊客|旅客|患者|病人|家属|家屬|粉丝|粉絲|球迷|观众|觀眾|车主|車主|租客|买家|買家|卖家|賣家|商家|从业者|從業者|工人|农民|農民|职工|職工|助理|学员|學員|开发商|開發商|基金经理|基金經理|教友|实习生|實習生|中介|顾问|顧問|房仲',
  // The media as a whole.
  media: '媒体|媒體|传媒|傳媒|报章|報章|外电|外電',
  // People who comment, anonymous only when counted.
  commentator:
    '专家|專家|学者|學者|分析师|分析師|观察家|觀察家|网友|網友|网民|網民|评论人士|評論人士|官员|官員|运营商|運營商|业者|業者|留言|人士|网红|網紅|博主',
  // The public at large.
  // The public at large, a trade as a whole, and opinions held by no one in particular
  // ("业内普遍认为", "有分析认为", "有观点指出").
  public:
    '有调查|有調查|有谣言|有謠言|有传言|有傳言|绿营|綠營|蓝营|藍營|绿军|綠軍|蓝军|藍軍|有意见|有意見|众人|眾人|多方|有爆料|网上消息|網上消息|网络消息|網絡消息|網路消息|外界|舆论|輿論|坊间|坊間|市场消息|市場消息|业内消息|業內消息|多方消息|内部消息|內部消息|业内|業內|业界|業界|圈内|圈內|有分析|有观点|有觀點|有评论|有評論|有声音|有聲音|有人士|有些人|有的人|一些人|有人|人们|人們|许多人|許多人|很多人|不少人|多数人|多數人|部分人|部份人',
  // Counting words that keep a source anonymous.
  quant:
    '两位|兩位|两名|兩名|三位|三名|诸多|諸多|一家|多家|多名|多位|数名|數名|几名|幾名|一名|一位|一些|有些|部分|部份|不少|许多|許多|很多|多个|多個|个别|個別|某些|有的|有',
  // Countries and regions whose media, taken as a whole, are not a named source.
  place: [
    '俄罗斯|俄羅斯|美国|美國|日本|韩国|韓國|朝鲜|朝鮮|英国|英國|法国|法國|德国|德國|印度|以色列|伊朗',
    '乌克兰|烏克蘭|台湾|台灣|臺灣|香港|澳门|澳門|大陆|大陸|内地|內地|中国|中國|欧洲|歐洲|西方|外国|外國',
    '国外|國外|境外|海外|国际|國際|当地|當地|本地|澳洲|加拿大|新加坡|马来西亚|馬來西亞|泰国|泰國|越南',
    '此间|此間|菲律宾|菲律賓|土耳其|巴基斯坦|阿拉伯|埃及|巴西|意大利|義大利|西班牙|波兰|波蘭|印尼|中东|中東|欧美|歐美',
  ].join('|'),
  // Reporting verbs after a vague source.
  report:
    '谈到|談到|如是说|如是說|发文表示|發文表示|发文称|發文稱|发文指|發文指|痛斥|打趣说|打趣說|开玩笑说|開玩笑說|打趣|解读|解讀|分析指出|分析认为|分析認為|提供线索|提供線索|呛声|嗆聲|批评说|批評說|痛批说|痛批說|批评|批評|痛批|抨击|抨擊|炮轰|炮轟|斥责|斥責|留言表示|留言說|留言说|留言稱|留言称|留言指|建议|建議|提示|妙回|投诉|投訴|检举|檢舉|揭露|提出|指称|指稱|直言|直呼|直指|坦言|解释|解釋|证实|證實|质疑|質疑|讽刺|諷刺|嘲讽|嘲諷|嘲笑|嘲|议论|議論|非议|非議|呼应|呼應|调侃说|調侃說|调侃|調侃|抱怨|提醒|提到|表达了|表達了|告诉|告訴|写道|寫道|渲染道|声称|聲稱|宣称|宣稱|报道|報道|报导|報導|报载|報載|表示|指出|透露|披露|爆料|评论说|評論說|评论称|評論稱|认为|認為|分析|介绍|介紹|反映|称|稱|说|說|指',
  // Whom the source spoke to: "一位接近监管的人士对《棱镜》表示", "知情人士向本报透露".
  addressee: '[对向對在](?:《[^》\\n]{1,12}》|[^，。！？；,.!?;:：\\s]{1,8}?)(?:记者|記者)?',
  // Adverbs that may sit between a source and its verb: "舆论普遍认为", "外媒纷纷报道".
  adverb:
    '悲观|悲觀|具体|具體|昨上午|昨下午|昨晚|今晨|昨晨|上午|下午|直言不讳地|直言不諱地|在|疯狂|瘋狂|一致|就此|特别|特別|今天|今日|昨天|昨日|昨|稍早|日内|日內|上周|上週|本周|本週|多次|一再|再次|私下|公开|公開|甚至|普遍|纷纷|紛紛|此前|早前|日前|近日|一度|也|亦|均|都|则|則|更|还|還|曾',
  // Verbs of guessing after a vague source: "外界猜测"; and of fearing a prospect, which rests on the
  // same unnamed guess: "外界担心NBA将会在明年夏天陷入停摆".
  guess: '相信|研判|预计|預計|猜测|猜測|推测|推測|揣测|揣測|怀疑|懷疑|预测|預測|预料|預料|估计|估計',
  // A date between a source and its verb: "美國官員6月8日稱".
  date: ' ?(?:[0-9]{1,2}月)?[0-9]{1,2} ?[日号號]',
  // A short gap inside one clause (no sentence or clause punctuation).
  gap: '[^，。！？；：,.!?;:…\\n]{0,20}?',
  // "not (yet) received": the start of an unconfirmed-status frame.
  notYet:
    '(?:还|還|尚|仍|至今|迄今|目前)?(?:没有|沒有|并未|並未|尚未|仍未|还未|還未|未能|未)(?:得到|获得|獲得|取得|获|獲|收到)',
  // "not yet" / "still to be" before a verb of verification: 尚未釐清, 有待警方證實.
  notYetVerified: '尚未|仍未|还未|還未|并未|並未|迄未|暂未|暫未|尚待|有待|仍待|还需|還需|仍需|尚需',
  // A gap of a few characters (the agent: 警方, 官方).
  shortGap: '[^，。！？；：,.!?;:…\\n]{0,6}?',
  // Verbs of verification.
  verified: '清查|认定|認定|证实|證實|釐清|厘清|查明|确认|確認|核实|核實|查证|查證|回应|回應',
  // What one learns from a source: "从接近监管部门的人士处了解到".
  learn: '了解到|瞭解到|了解|瞭解|获悉|獲悉|得知|获知|獲知',
  // What was not received.
  confirmation:
    '证实|證實|确认|確認|核实|核實|正面回应|正面回應|官方回应|官方回應|官方证实|官方證實|回应|回應',
};

/**
 * A sentence that opens a numbered statute article ("第十九条 对可能发生职务违法的监察对象…"). A legal
 * provision states the conditions a rule applies to; its `可能`, `预计` or `不排除` describe a class
 * of cases, not a claim about the world, so speculation cues inside it are not hedges (ADR 0070).
 * Sticky: tested at the sentence's start.
 */
export const STATUTE_ARTICLE =
  /[\s\u3000]*第[零〇一二三四五六七八九十百千两兩\d]+[条條](?:之[一二三四五六七八九十]+)?[\s\u3000]/y;

// Negators that turn a possibility into a certainty: "不可能", "没有可能", "绝无可能".
const NEGATORS = [
  '不',
  '没有',
  '沒有',
  '没',
  '沒',
  '无',
  '無',
  '毫无',
  '毫無',
  '绝无',
  '絕無',
  '并无',
  '並無',
  // Cantonese: "冇可能睇到前面", "唔可能".
  '冇',
  '唔',
];

// Characters that make `据`/`據` the tail of a longer word: 根据 依据 证据 数据 占据 收据 …
// (`根据报道` is still hearsay, so 根 is listed only where the longer word is not: see 据说, 据悉.)
const JU_WORDS = [
  '证',
  '證',
  '数',
  '數',
  '占',
  '佔',
  '收',
  '单',
  '單',
  '票',
  '论',
  '論',
  '凭',
  '憑',
  '盘',
  '盤',
  '割',
  '字',
];

// Quantities before 八成 that make it "80 %" rather than "probably".
const PERCENT_BEFORE = [
  '近',
  '约',
  '約',
  '超',
  '逾',
  '达',
  '達',
  '有',
  '占',
  '佔',
  '的',
  '了',
  '过',
  '過',
  '至',
  '到',
  '和',
  '或',
  '成',
  '将近',
  '將近',
];

// Hong Kong "未有回覆", "未有披露", "未獲正面回覆": no reply received, nothing disclosed (like 尚未回应).
// With a manner adverb between: "未有直接回應會否引用相關條例". (Frames take the rest: 未獲/未获 + 回應 is
// "还没有得到…确认", an adverb of immediacy "未立即回应", 未有正面回應 "未有明確否認".)
const NO_REPLY = [
  ...['未有', '未獲', '未获'].flatMap((head) =>
    ['', '直接', '正面'].flatMap((adverb) =>
      ['回覆', '回复', '披露', '透露', '公布', '公佈', '提供'].map((verb) => head + adverb + verb),
    ),
  ),
  ...['未有回應', '未有回应', '未有直接回應', '未有直接回应'],
];

// Nobody knows (a specific fact): 没人知道, 沒有人知道, 無人清楚 (Simplified, then Traditional).
const NOBODY_KNOWS = [
  ...['没人', '没有人', '无人'].flatMap((who) => ['知道', '晓得', '清楚'].map((verb) => who + verb)),
  ...['沒人', '沒有人', '無人'].flatMap((who) => ['知道', '曉得', '清楚'].map((verb) => who + verb)),
];
// A specific fact nobody can pin down yet: "現時無法肯定是因為…", "未能定論是否…", "個資外洩人數則無法估計"
// (Simplified, Traditional, then Cantonese; 不能判定 is written the same in both scripts).
const CANNOT_SETTLE = [
  ...[
    '至今成谜',
    '仍是个谜',
    '无法肯定',
    '未能定论',
    '无法定论',
    '难以定论',
    '无法估计',
    '无法估算',
    '不能判定',
  ],
  ...['无法判定', '难以判定', '无法分辨', '无法得知', '难以证明', '无法断言'],
  ...['至今成謎', '仍是個謎', '無法肯定', '未能定論', '無法定論', '難以定論', '無法估計', '無法估算'],
  ...['無法判定', '難以判定', '無法分辨', '無法得知', '難以證明', '無法斷言'],
  '唔係好肯定',
];
// Never disclosed: "從未對外披露金額".
const NEVER_DISCLOSED = ['从未', '從未'].flatMap((head) =>
  ['', '对外', '對外'].flatMap((to) => ['披露', '公布', '公佈', '透露'].map((verb) => head + to + verb)),
);
// Declining to say, in so many words: refusing an interview ("教育部長杜正勝則拒受訪"), not saying more
// ("不再多言"), not giving a view ("不願表示意見"). (Not "聯繫不上": more often someone in the story who
// could not be reached than the party the reporter asked.)
const DECLINED_TO_SAY = [
  ...['拒受访', '拒受訪', '拒绝受访', '拒絕受訪', '不能答覆', '不能答复', '不方便多說', '不方便多说'],
  ...['不再多言', '不愿多言', '不願多言'],
  ...['表示', '发表', '表达'].flatMap((verb) => ['', '任何'].map((any) => `不愿${verb}${any}意见`)),
  ...['表示', '發表', '表達'].flatMap((verb) => ['', '任何'].map((any) => `不願${verb}${any}意見`)),
];
// Clause punctuation right after a cue: "未來復健之路有多長沒有人知道，" ends on the unknown (a future, not
// a fact left open).
const CLAUSE_END = ['，', '。', '！', '？', '；', ',', '.', '!', '?', ';'];

// Investigations still running, with an adverb: (仍在|正在|尚在|仍|正) + adverb + 调查中.
const IN_PROGRESS = ['仍在', '正在', '尚在', '仍', '正'].flatMap((head) =>
  ['积极', '積極', '全力', '深入', '进一步', '進一步'].flatMap((adverb) =>
    ['调查中', '調查中'].map((tail) => head + adverb + tail),
  ),
);
// Pending a named kind of investigator: (有待|尚待|仍待) + agency + (进一步)? + 调查.
const PENDING = ['有待', '尚待', '仍待'].flatMap((head) =>
  [
    // (No agent: 尚待 and 仍待 only; 有待调查 is listed on its own.)
    ...(head === '有待' ? [] : ['']),
    '警方',
    '當局',
    '当局',
    '有关部门',
    '有關部門',
    '相关部门',
    '相關部門',
    '调查人员',
    '調查人員',
  ].flatMap((agent) =>
    ['', '进一步', '進一步'].flatMap((more) => ['调查', '調查'].map((tail) => head + agent + more + tail)),
  ),
);
// Investigating whether: "警方正在调查是否受伤人员中就有枪手".
const WHETHER = ['正在', '仍在', '正', '仍'].flatMap((head) =>
  ['调查', '調查'].flatMap((verb) => ['是否', '有否', '会否', '會否'].map((tail) => head + verb + tail)),
);
const IN_PROGRESS_OR_PENDING = [...IN_PROGRESS, ...PENDING, ...WHETHER];

// What a vague source "表示" when it voices an attitude, not a claim ("不少网友对此表示同情").
const ATTITUDES = [
  '同情',
  '支持',
  '欢迎',
  '歡迎',
  '感谢',
  '感謝',
  '关注',
  '關注',
  '遗憾',
  '遺憾',
  '不满',
  '不滿',
  '愤慨',
  '憤慨',
  '理解',
  '祝贺',
  '祝賀',
  '哀悼',
  '赞赏',
  '讚賞',
];

// What follows 大概 when it approximates a number ("大概有8分", "大概三十人"), not a guess ("大概是1996年以來
// 風險最大的時期" guesses, so 是 is not listed).
const APPROXIMATED = ['', '有'].flatMap((verb) =>
  [...'0123456789０１２３４５６７８９一二三四五六七八九十百千两兩几幾半'].map((digit) => verb + digit),
);

// Simile frames for 好像 / 仿佛: "好像…一样" compares, it does not hedge.
const SIMILE = ['…一样', '…一樣', '…一般', '…似的', '…般'];

/**
 * The built-in hedge lexicon, exported as `HEDGE_LEXICON`: one entry per cue, grouped by category and
 * script, each group with a comment on what it covers and what cancels it.
 * @example
 * ```ts
 * HEDGE_LEXICON.find((e) => e.cue === '可能')?.cancelBefore; // ['不', '没有', …, '尽', …]
 * ```
 */
// biome-ignore format: a data table reads best with one entry per line
export const LEXICON: readonly LexiconEntry[] = [
  // ── Attribution: 据-frames of hearsay (Simplified) ────────────────────────────────────────────
  { cue: '据悉', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['尼', '心'] },
  { cue: '据了解', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '据报道', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '据报导', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '据报载', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '据称', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['号'] },
  { cue: '据传', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['统', '承', '播', '输', '真'] },
  { cue: '据传闻', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '据说', category: 'attribution', cancelBefore: JU_WORDS, cancelContexts: ['根据说明', '依据说明', '据说明书'] },
  { cue: '据信', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['息', '号', '用', '件', '函', '托', '贷', '访', '誉', '念'] },
  { cue: '据分析', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '据闻', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '据透露', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '据消息', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '据指', category: 'attribution', cancelBefore: [...JU_WORDS, '根', '依'], cancelAfter: ['标', '南', '示', '导', '令', '引', '定', '纹'] },
  { cue: '据知', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['识', '名'] },
  { cue: '据报', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['告', '表', '纸', '社', '刊'] },
  { cue: '据爆料', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據爆料', category: 'attribution', cancelBefore: JU_WORDS },
  // "据初步了解", "據多方了解": learned, with an adverb of how far, from no one named.
  { cue: '据此前透露', frame: '[据據](?:此前|早前|日前|先前|稍早)(?:透露|报道|報道|報導|报导|消息)', category: 'attribution' },
  { cue: '据初步了解', frame: '[据據](?:初步|进一步|進一步|多方|侧面|側面)(?:了解|瞭解|获悉|獲悉)', category: 'attribution' },
  // ── Attribution: 據-frames (Traditional; Taiwan 據了解/報導, Hong Kong 據報/據知) ───────────────────
  { cue: '據悉', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['尼', '心'] },
  { cue: '據了解', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據瞭解', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據報導', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據報道', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據報載', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據報', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['告', '表', '紙', '社', '刊'] },
  { cue: '據稱', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['號'] },
  { cue: '據傳', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['統', '承', '播', '輸', '真'] },
  { cue: '據傳聞', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據說', category: 'attribution', cancelBefore: JU_WORDS, cancelContexts: ['根據說明', '依據說明', '據說明書'] },
  { cue: '據信', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['息', '號', '用', '件', '函', '託', '貸', '訪', '譽', '念'] },
  { cue: '據分析', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據聞', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據透露', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據消息', category: 'attribution', cancelBefore: JU_WORDS },
  { cue: '據指', category: 'attribution', cancelBefore: [...JU_WORDS, '根', '依'], cancelAfter: ['標', '南', '示', '導', '令', '引', '定', '紋'] },
  { cue: '據知', category: 'attribution', cancelBefore: JU_WORDS, cancelAfter: ['識', '名'] },

  // ── Attribution: a vague source and its reporting verb, whole ──────────────────────────────────
  // "据俄罗斯媒体报道" → source 俄罗斯媒体; named outlets are not in {source}, so 据新华社报道 never matches.
  // Without a verb, not when a longer source follows ("据业内资深人士杨梅介绍": the person is named).
  { cue: '据{source}报道', frame: '[据據](?:此前|先前|早前|日前|稍早)?{source}(?:的)?(?:(?:{report})|(?!(?:资深|資深)?(?:人士|专家|專家|学者|學者|官员|官員)|《))', category: 'attribution' },
  // …also a bare kind of expert ("官媒曾經引述專家稱").
  { cue: '援引{source}', frame: '(?:援引|引述)(?:{source}|(?:专家|專家|学者|學者|分析师|分析師)(?:们|們)?)', category: 'attribution' },
  // "从接近监管部门的人士处了解到" (learned from a vague source).
  { cue: '从{source}处了解到', frame: '[从從]{source}(?:处|處)?(?:{learn})', category: 'attribution' },
  // …from local firms or offices nobody names: "记者从当地企业了解到", "从有关部门获悉".
  {
    cue: '从当地企业了解到',
    frame: '[从從](?:当地|當地|多家|一些|部分|有关|有關|相关|相關)(?:企业|企業|商家|商户|商戶|部门|部門|单位|單位|渠道)(?:处|處)?(?:{learn})',
    category: 'attribution',
  },
  // Studies nobody names: "许多研究表明", "國際研究也顯示", "由于有研究显示" (a frame of its own: 显示 and
  // 表明 are too common as verbs to check every source before them).
  {
    cue: '许多研究表明',
    frame: '(?<![所拥擁没沒具])(?:许多|許多|不少|多项|多項|一些|有|国际|國際|国外|國外)研究(?:{adverb}){0,2}(?:表明|显示|顯示|發現|发现|指出)',
    category: 'attribution',
  },
  // "多家俄媒表示", "消息人士指出", "舆论普遍认为", "外界评论说".
  // Not "没有媒体报道" (nobody reported) nor the 有 of 所有/拥有/具有; not 指责/指控/说明 after the source.
  {
    cue: '{source}表示',
    frame: '{source}(?:{date})?(?:{adverb}){0,3}(?:{addressee})?(?<!的)(?:{report})',
    category: 'attribution',
    // …nor a compound ending in 媒体 (新媒体, 自媒体, 多媒体) or a list of named outlets (新华社等媒体).
    // …nor a wire dateline ("（中央社曼谷23日綜合外電報導）": the outlet is named, the wires compiled).
    cancelBefore: ['从', '從', '%', '％', '%的', '％的', '盼', '请', '請', '呼吁', '呼籲', '希望', '鼓励', '鼓勵', '引发', '引發', '没', '沒', '所', '拥', '擁', '具', '享', '持', '占', '佔', '保', '含', '富', '稀', '罕', '未', '新', '自', '融', '全', '多', '等', '该', '該', '日綜合', '日综合', '如果', '若', '假如', '倘若', '对', '對', '向', '批', '評', '评', '社交', '社群', '经', '經'],
    // A bare "媒体报道" ending its line or followed by a separator is a menu label, not a report.
    // …nor "说不出话" (could not speak) after a counted crowd.
    cancelAfter: ['使', '责', '責', '控', '挥', '揮', '导', '導', '定', '派', '摘', '明', '服', '不出', '不清', '\n', '\r', ' ', '|', '_', '》', '的', '为', '為', '后', '後', ...ATTITUDES],
  },

  // ── Attribution: unnamed messages and reports (Simplified / Traditional) ───────────────────────
  // The common view, held by nobody named: "但一般認為應該課重稅的高價豪宅…".
  { cue: '一般认为', category: 'attribution' },
  { cue: '一般認為', category: 'attribution' },
  { cue: '有消息称', category: 'attribution' },
  { cue: '有消息稱', category: 'attribution' },
  { cue: '有消息指', category: 'attribution' },
  { cue: '有消息说', category: 'attribution' },
  { cue: '有消息說', category: 'attribution' },
  { cue: '有消息透露', category: 'attribution' },
  // "已经陆续有消息放出", "有消息傳出": word got out, from no one named.
  { cue: '有消息放出', category: 'attribution' },
  { cue: '有消息传出', category: 'attribution' },
  { cue: '有消息傳出', category: 'attribution' },
  { cue: '有报道称', category: 'attribution' },
  { cue: '有报道指', category: 'attribution' },
  { cue: '有報導稱', category: 'attribution' },
  { cue: '有報導指', category: 'attribution' },
  { cue: '有報道稱', category: 'attribution' },
  { cue: '有報道指', category: 'attribution' },
  { cue: '有说法称', category: 'attribution' },
  { cue: '有說法稱', category: 'attribution' },
  { cue: '有说法指', category: 'attribution' },
  { cue: '有說法指', category: 'attribution' },
  // Hong Kong "消息指" / "有指": sentence-initial hearsay. An outlet before 消息 names the source.
  // Taiwan "消息指出" likewise; not "该消息指出" (a notice or article just named); a market's or trade's
  // 消息 is a vague source of its own, matched whole by the source frame. Hong Kong "消息稱，…" only
  // opening a clause ("据官方消息称", "官微发布消息称" name who sent it).
  { cue: '消息称', frame: '(?<![\\u4e00-\\u9fff])消息(?:称|稱)', category: 'attribution' },
  { cue: '消息指', category: 'attribution', cancelBefore: ['市场', '市場', '业内', '業內', '多方', '内部', '內部', '社', '网', '網', '台', '报', '報', '电', '電', '站', '发布', '發布', '发出', '發出', '的', '该', '該', '这', '這', '此', '则', '則', '条', '條', '篇', '一'] },
  {
    cue: '有指',
    category: 'attribution',
    cancelBefore: ['没', '沒', '所', '只', '具', '拥', '擁', '都', '并', '並'],
    cancelAfter: ['导', '導', '示', '定', '标', '標', '引', '令', '望', '责', '責', '挥', '揮', '点', '點', '南', '纹', '紋', '甲', '数', '數', '向', '出', '控', '明', '名', '针', '針', '尖', '头', '頭', '摘', '派', '认', '認', '日可待'],
  },
  // Hong Kong "有說" (some say), like 有指: "有指任命被推翻，也有說袁官本人無意出任"; not 有说有笑.
  { cue: '有說', category: 'attribution', cancelBefore: ['没', '沒', '所', '只', '具', '都', '並', '并'], cancelAfter: ['有笑', '明', '服', '不', '話'] },
  { cue: '有说', category: 'attribution', cancelBefore: ['没', '沒', '所', '只', '具', '都', '並', '并'], cancelAfter: ['有笑', '明', '服', '不', '话'] },
  // Online rumour: "網傳該網紅已離開台灣"; not 网传播 (网络传播).
  { cue: '网传', category: 'attribution', cancelBefore: ['回应', '否认', '澄清', '辟谣', '针对', '对于', '关于'], cancelAfter: ['播', '输', '送'], cancelContexts: ['网传…不实', '辟谣…网传', '网传…纯属'] },
  { cue: '網傳', category: 'attribution', cancelBefore: ['回應', '否認', '澄清', '闢謠', '針對', '對於', '關於'], cancelAfter: ['播', '輸', '送'], cancelContexts: ['網傳…不實', '闢謠…網傳', '網傳…純屬'] },

  // ── Attribution: rumour that introduces a claim ────────────────────────────────────────────────
  // Word arriving from nowhere in particular: "市场却传来消息：…", "坊間傳出風聲". A named sender
  // ("从外交部传来消息") is news arriving, like 传出…噩耗, and is not listed.
  {
    cue: '市场传来消息',
    frame: '(?:市场|市場|坊间|坊間|业内|業內|圈内|圈內|网上|網上|外界)(?:却|卻|又|再|也|亦|近日|日前)?(?:传来|傳來|传出|傳出)(?:了)?(?:消息|风声|風聲)',
    category: 'attribution',
  },
  // A rumour denied or discussed as a noun (辟谣…传言, 传言不实) is not hedging: see ADR 0033.
  {
    cue: '传闻',
    category: 'attribution',
    cancelBefore: ['辟谣', '否认', '澄清', '针对', '回应', '所谓', '网络', '网上', '不实', '关于', '这些', '这一', '这个', '这则', '该', '此', '那个', '此类', '相关'],
    cancelAfter: ['不实', '纯属', '是假', '并不属实', '有误', '为假', '一事'],
    cancelContexts: ['辟谣…传闻', '否认…传闻', '澄清…传闻', '针对…传闻', '回应…传闻', '驳斥…传闻', '传闻…不实', '传闻…属实', '就…传闻', '传闻…澄清', '传闻…辟谣'],
  },
  {
    cue: '传言',
    category: 'attribution',
    cancelBefore: ['宣', '辟谣', '否认', '澄清', '针对', '回应', '所谓', '网络', '网上', '不实', '关于', '这些', '这一', '这个', '这则', '该', '此', '那个', '此类', '相关'],
    cancelAfter: ['不实', '纯属', '是假', '并不属实', '有误', '为假', '一事'],
    cancelContexts: ['辟谣…传言', '否认…传言', '澄清…传言', '针对…传言', '回应…传言', '驳斥…传言', '传言…不实', '传言…属实', '就…传言', '传言…澄清', '传言…辟谣'],
  },
  {
    cue: '傳聞',
    category: 'attribution',
    cancelBefore: ['闢謠', '否認', '澄清', '針對', '回應', '所謂', '網絡', '網路', '網上', '不實', '關於', '這些', '這一', '這個', '這則', '該', '此', '那個', '此類', '相關'],
    cancelAfter: ['不實', '純屬', '是假', '並不屬實', '有誤', '為假', '一事'],
    cancelContexts: ['闢謠…傳聞', '否認…傳聞', '澄清…傳聞', '針對…傳聞', '回應…傳聞', '駁斥…傳聞', '傳聞…不實', '傳聞…屬實', '就…傳聞', '傳聞…澄清', '傳聞…闢謠'],
  },
  {
    cue: '傳言',
    category: 'attribution',
    cancelBefore: ['宣', '闢謠', '否認', '澄清', '針對', '回應', '所謂', '網絡', '網路', '網上', '不實', '關於', '這些', '這一', '這個', '這則', '該', '此', '那個', '此類', '相關'],
    cancelAfter: ['不實', '純屬', '是假', '並不屬實', '有誤', '為假', '一事'],
    cancelContexts: ['闢謠…傳言', '否認…傳言', '澄清…傳言', '針對…傳言', '回應…傳言', '駁斥…傳言', '傳言…不實', '傳言…屬實', '就…傳言', '傳言…澄清', '傳言…闢謠'],
  },
  { cue: '有传', category: 'attribution', cancelAfter: ['统', '承', '播', '染', '输', '真', '递', '奇', '说', '感', '闻不实', '媒'] },
  { cue: '有傳', category: 'attribution', cancelAfter: ['統', '承', '播', '染', '輸', '真', '遞', '奇', '說', '感', '聞不實', '媒'] },
  // 传出 + a future or intention ("立委傳出將角逐縣長") is rumour; 传出…噩耗/消息 (news emerged) is not.
  // …and Hong Kong "傳出…須暫停錄製的消息" (word got out, from no one named).
  {
    cue: '傳出…的消息',
    // Not generic news ("就传出了不好的消息", "传出好消息": news emerged), nor news sent from a place
    // ("从会场传出获胜的消息").
    frame:
      '(?<!(?:从|從)[^，。！？；,.!?;\\n]{0,8})(?:传出|傳出)(?!了)(?=[^，。！？；,.!?;\\n]{4,25}?(?<!不好|好|坏|壞|重要|最新|相关|相關|惊人|驚人|一些|这个|這個|这一|這一|一个|一個|的)的?消息)',
    category: 'attribution',
    cancelBefore: ['流', '外', '从', '從'],
  },
  // …also with its subject between ("傳出警方會改控副主席").
  {
    cue: '传出',
    frame: '(?:传出|傳出)(?=[^，。！？；,.!?;\\n]{0,8}?(?:将|將|要|会|會|有意|恐|可能|已经|已經|即将|即將|计划|計劃|計畫))',
    category: 'attribution',
    cancelBefore: ['流', '外', '从', '從'],
    cancelAfter: ['声', '聲', '消息', '噩耗', '喜讯', '喜訊'],
  },
  { cue: '被传出', category: 'attribution' },
  { cue: '被傳出', category: 'attribution' },
  // Circulating online: "網上流傳一段片段" (a claim whose origin is unknown); not when denied.
  // …with an adverb ("網上又流傳對話截圖"); not what the police noticed ("留意到網上流傳影片": the clip
  // exists, no claim rests on it).
  { cue: '网上流传', category: 'attribution', cancelBefore: ['留意到', '注意到', '发现', '关注'], cancelContexts: ['网上流传…不实', '辟谣…网上流传'] },
  { cue: '網上流傳', category: 'attribution', cancelBefore: ['留意到', '注意到', '發現', '關注'], cancelContexts: ['網上流傳…不實', '闢謠…網上流傳'] },
  { cue: '网上又流传', category: 'attribution' },
  // Word getting out online: "網上傳出Clubhouse被封鎖的消息".
  { cue: '网上传出', category: 'attribution' },
  { cue: '網上傳出', category: 'attribution' },
  { cue: '坊间流传', frame: '(?:坊间|坊間|网络上|網絡上|網路上|社交媒体上|社交媒體上|社群媒體上)(?:又|也|亦|更)?(?:流传|流傳)', category: 'attribution' },
  { cue: '網上又流傳', category: 'attribution' },
  { cue: '网上也流传', category: 'attribution' },
  { cue: '網上也流傳', category: 'attribution' },
  // "對於被質疑退出計劃後會加價牟利": the allegation, from nobody named (like 被怀疑).
  { cue: '被质疑', category: 'attribution' },
  { cue: '被批评', category: 'attribution' },
  // Exposed or read into by someone unnamed: "顏寬恒再遭爆料", "一度被解讀認為是在表態".
  { cue: '遭爆料', category: 'attribution' },
  { cue: '遭人检举', category: 'attribution' },
  { cue: '遭人檢舉', category: 'attribution' },
  { cue: '遭爆出', category: 'attribution' },
  { cue: '被解读', category: 'attribution', cancelAfter: ['成功'] },
  { cue: '被解讀', category: 'attribution', cancelAfter: ['成功'] },
  // Someone spreading word: "有人在傳陳時中要選".
  { cue: '有人在传', category: 'attribution' },
  { cue: '有人在傳', category: 'attribution' },
  { cue: '被批評', category: 'attribution' },
  // Exposed by someone unnamed: "馬斯克被曝一個重大消息".
  // (Not a headline's bare "停车场被曝!": nothing is claimed.)
  { cue: '被曝', category: 'attribution', cancelAfter: ['光', '晒', '曬', '!', '！', '?', '？', '，', '。', ' ', '\n'] },
  { cue: '被爆', category: 'attribution', requireAfter: ['出', '料'] },
  { cue: '被質疑', category: 'attribution' },
  { cue: '网络流传', category: 'attribution', cancelContexts: ['网络流传…不实', '辟谣…网络流传'] },
  { cue: '網絡流傳', category: 'attribution', cancelContexts: ['網絡流傳…不實', '闢謠…網絡流傳'] },
  { cue: '網路流傳', category: 'attribution', cancelContexts: ['網路流傳…不實', '闢謠…網路流傳'] },
  { cue: '盛传', category: 'attribution' },
  { cue: '盛傳', category: 'attribution' },
  // Taiwan "外傳" (it is rumoured outside that …); not 对外传播, not a novel's 外传.
  // (Mainland 外传 is almost always a title, 武林外传, so only the Taiwan form is a cue.)
  { cue: '外傳', category: 'attribution', cancelBefore: ['對', '向', '往', '对', '境', '海', '國', '国'], cancelAfter: ['播', '遞', '染', '》', '國語', '全集', '小說', '下載', '漫畫'] },
  // Word in a circle: "政界傳建制協調名單一再押後".
  { cue: '政界傳', frame: '(?:政界|政壇|政坛|商界|業界|业界)(?:盛)?(?:传|傳)(?![播统統承言聞闻出])', category: 'attribution' },
  // "坊间传他将…"; with 传言/传闻 following, the noun itself is the cue.
  { cue: '坊间传', category: 'attribution', cancelAfter: ['言', '闻', '出'] },
  { cue: '坊間傳', category: 'attribution', cancelAfter: ['言', '聞', '出'] },
  // Hearsay verbs: "听说" + clause, not "听说过" (have heard of).
  { cue: '听说', category: 'attribution', cancelBefore: ['没', '没有', '未', '从未'], cancelAfter: ['过', '了这', '此事'] },
  { cue: '聽說', category: 'attribution', cancelBefore: ['沒', '沒有', '未', '從未'], cancelAfter: ['過', '了這', '此事'] },
  // Not negated: "未聽聞支持者因此爭吵" (heard of no such thing).
  { cue: '听闻', category: 'attribution', cancelBefore: ['未', '没有', '没', '不曾', '从未'], cancelAfter: ['此', '后', '後', '者'] },
  { cue: '聽聞', category: 'attribution', cancelBefore: ['未', '沒有', '沒', '不曾', '從未'], cancelAfter: ['此', '後', '者'] },
  // "被指" = alleged; not 被指定/被指派/被指控/被指责 (designated, charged, criticised).
  { cue: '被指', category: 'attribution', cancelAfter: ['纹', '紋', '定', '派', '控', '责', '責', '挥', '揮', '出', '认', '認', '名', '示', '导', '導', '令', '引', '点', '點', '向', '使人', '使他', '使她', '使其', '使者', '使下', '使去', '使做', '使干', '使幹'] },
  // Agentless passives that rest a claim on people nobody names: "张慧珍被认为是一名大器晚成的选手",
  // "他被怀疑曾经收受贿赂" (ADR 0073). Not 被视为/被称为 (what a thing is called or counted as), not a
  // negated or conditional "不被认为", "就被认为" (nobody holds the view yet); not 被告知 ("温先生后被
  // 告知…" is usually what rescuers or officials told someone, named nearby).
  { cue: '被认为', category: 'attribution', cancelBefore: ['不', '没有', '没', '未', '就', '会', '將', '将', '可能', '容易'] },
  { cue: '被認為', category: 'attribution', cancelBefore: ['不', '沒有', '沒', '未', '就', '會', '將', '可能', '容易'] },
  { cue: '被怀疑', category: 'attribution', cancelBefore: ['不', '没有', '没', '未'] },
  { cue: '被懷疑', category: 'attribution', cancelBefore: ['不', '沒有', '沒', '未'] },
  // Taiwan "驚傳" (word came, shockingly), marked by the annotators of rounds 12–22 (not "號稱": mostly a
  // claim of one's own, "號稱純天然的減肥藥", or 口號稱/編號稱).
  { cue: '惊传', category: 'attribution' },
  { cue: '驚傳', category: 'attribution' },
  // "被公认为": held by everyone, but said by no one named.
  { cue: '被公认为', category: 'attribution' },
  { cue: '被公認為', category: 'attribution' },
  // A tip from someone unnamed, and what it claims: "高雄地檢署接獲檢舉，指陳員涉嫌包庇".
  // (Written from the noun, with the receiving verb checked behind it, so the frame is tried only at
  // 檢/舉/投 and not at every 接 or 收.)
  {
    cue: '檢舉，指',
    // (Not without the claim: "警方接獲檢舉前往臨檢", "縣府已接獲通報" state that a report came in.)
    frame: '(?:检举|檢舉|举报|舉報|投诉|投訴|通报|通報)(?<=(?:接获|接獲|接到|收到)(?:民众|民眾|匿名|不具名|网友|網友)?(?:检举|檢舉|举报|舉報|投诉|投訴|通报|通報))[，,]?(?:指称|指稱|指|称|稱)',
    category: 'attribution',
  },
  { cue: '被指称', category: 'attribution' },
  { cue: '被指稱', category: 'attribution' },
  // "记者获悉" (the reporter learned, from someone unnamed); "从X获悉" names the source.
  // …nor learned at an event ("从…发布会上获悉") or not learnable ("难以获悉").
  // …nor learned from an office or firm written just before ("从…管理处五道梁保护站获悉", too far back for
  // the 从…获悉 context).
  { cue: '获悉', category: 'attribution', cancelBefore: ['在', '上', '处', '难以', '无法', '无从', '站', '局', '部', '厅', '委', '院', '所', '会', '中心', '公司', '方面', '集团', '银行'], cancelAfter: ['后', '此', '这', '该', '消息后'], cancelContexts: ['从…获悉', '向…获悉', '自…获悉', '由…获悉'] },
  { cue: '獲悉', category: 'attribution', cancelBefore: ['在', '上', '處', '難以', '無法', '無從', '站', '局', '部', '廳', '委', '院', '所', '會', '中心', '公司', '方面', '集團', '銀行'], cancelAfter: ['後', '此', '這', '該', '消息後'], cancelContexts: ['從…獲悉', '向…獲悉', '自…獲悉', '由…獲悉'] },
  { cue: '记者了解到', category: 'attribution' },
  // …at a meeting or on the scene, still from no one named: "记者在会上了解到".
  { cue: '记者在会上了解到', frame: '(?:记者|記者)在[^，。！？；,.!?;\\n]{1,6}?[上中](?:了解到|瞭解到|获悉|獲悉)', category: 'attribution' },
  { cue: '記者了解到', category: 'attribution' },
  { cue: '記者瞭解到', category: 'attribution' },
  { cue: '据记者了解', category: 'attribution' },
  { cue: '據記者了解', category: 'attribution' },
  // …from the reporter's own inquiries, with no one named: "据记者调查得知", "根据记者采访".
  { cue: '据记者调查得知', frame: '[据據](?:记者|記者)(?:的)?(?:调查|調查|采访|採訪)(?:了解到?|得知|获悉|獲悉)?', category: 'attribution' },
  // …from an outlet's own reporter, or the outlet itself: "据《环球时报》记者了解", "據眾新聞了解".
  { cue: '據眾新聞了解', frame: '[据據][\\u4e00-\\u9fff]{1,3}?(?:新闻|新聞)(?:记者|記者)?(?:了解|瞭解|获悉|獲悉)', category: 'attribution' },
  { cue: '据《环球时报》记者了解', frame: '[据據]《[^》\\n]{1,12}》(?:记者|記者)(?:了解|瞭解|获悉|獲悉)', category: 'attribution' },
  // …by a reporter in interviews or from agents nobody names: "记者昨日采访中了解到", "记者从地块附近的中介处
  // 了解到" (the verb first, what comes before checked behind it). Not "from the market" ("笔者从市场上了解到
  // 售价": the writer's own price check, on which annotators split).
  {
    cue: '记者采访中了解到',
    frame: '(?:了解到|瞭解到|获悉|獲悉)(?<=(?:记者|記者|笔者|筆者)(?:[^，。！？；,.!?;\\n]{0,4}?(?:采访|採訪)中|[^，。！？；,.!?;\\n]{0,6}?[从從][^，。！？；,.!?;\\n]{0,8}?(?:中介|经销商|經銷商|销售人员|銷售人員|售楼处|售樓處)(?:处|處)?)(?:了解到|瞭解到|获悉|獲悉))',
    category: 'attribution',
  },
  // Hong Kong "眾新聞得悉，…", "本報獨家得悉，…": the outlet itself learned it, from no one named (like
  // 记者获悉, whose cue is also the verb alone). Followed by a comma, the clause that follows is what
  // was learned; "從傳媒得悉開會決定" and "得悉陳同佳投案" name where or what. The outlet is checked
  // behind the verb, so the frame starts at a literal and the matcher tries it only at 得 (ADR 0076).
  {
    cue: '本報得悉',
    frame: '(?:得悉|得知)(?<=(?:新闻|新聞|日报|日報|时报|時報|本报|本報|本台|本网|本網|本刊|记者|記者)(?:独家|獨家)?(?:得悉|得知))(?=[，,：:])',
    category: 'attribution',
  },
  { cue: '据称是', category: 'attribution', cancelBefore: JU_WORDS },

  // ── Speculation: possibility (可能) with negation and feasibility cancelled (ADR 0032) ───────────
  {
    cue: '可能',
    category: 'speculation',
    cancelBefore: [...NEGATORS, '尽', '盡', '尽最大', '盡最大', '尽其', '盡其', '“', '有无', '有無', '一切', '无限', '無限', '如果', '如有', '若有', '在', '怎么', '怎麼', '怎', '哪有', '豈', '岂', '是否有', '是否'],
    // "你可能会喜欢", "可能感兴趣的文章": recommendation widgets, not claims.
    cancelAfter: ['的话', '的話', '的情况下', '的情況下', '范围', '範圍', '感兴趣', '感興趣', '会喜欢', '會喜歡'],
    cancelContexts: ['成为可能', '成為可能', '变为可能', '變為可能', '变成可能', '變成可能', '提供了可能', '提供…的可能', '创造…可能', '創造…可能', '研究…可能性', '探讨…可能性', '探討…可能性', '探索…可能性', '探索…可能', '评估…可能性', '評估…可能性', '讨论…可能性', '討論…可能性', '考虑…可能性', '考慮…可能性', '可能性研究', '排除…的可能', '排除了…可能', '放弃…可能性', '放棄…可能性', '种种可能', '種種可能', '一种可能', '一種可能', '某种可能', '某種可能', '可能…的猜测', '可能…的猜測', '可能…的说法', '可能…的說法', '可能…的传言', '可能…的傳言', '可能…的传闻', '可能…的傳聞', '才有可能', '才可能', '的可能，', '的可能。', '的可能；', '的可能、', '的可能性。', '的可能性，', '的可能性；', '可能性…考虑', '可能性…考慮', '可能性…讨论', '可能性…討論', '可能性…研究', '可能性…评估', '可能性…評估', '失去…可能', '丧失…可能', '喪失…可能', '各种可能', '各種可能', '多种可能', '多種可能', '无限可能', '無限可能', '没有…的可能', '沒有…的可能', '不存在…的可能', '毫无…的可能', '毫無…的可能'],
  },
  // Possibility through a double negation: "不无可能", "并非不可能" (the 可能 that NEGATORS cancels).
  { cue: '不无可能', frame: '可能(?<=(?:不无|不無|并非不|並非不|不是不|未必不|非不|并非无|並非無|非无|非無|并非没有|並非沒有|不是没有|不是沒有)可能)', category: 'speculation' },
  { cue: '大概率', category: 'speculation' },
  // Not 或 + 将来 ("现在或将来": or the future).
  { cue: '或将', category: 'speculation', cancelAfter: ['领', '军', '士', '来'] },
  { cue: '或將', category: 'speculation', cancelAfter: ['領', '軍', '士', '來'] },
  { cue: '或许', category: 'speculation' },
  { cue: '或許', category: 'speculation' },
  { cue: '或为', category: 'speculation', cancelAfter: ['了', '人'] },
  { cue: '或為', category: 'speculation', cancelAfter: ['了', '人'] },
  { cue: '或已', category: 'speculation', cancelAfter: ['婚', '被'] },
  // Mainland financial news "或成为" (may become); not 或成立/或成本/或成果 (or + a noun or verb).
  { cue: '或成', category: 'speculation', cancelAfter: ['立', '员', '員', '本', '果', '绩', '績', '就', '交', '长', '長', '熟', '品', '分', '年', '人', '都', '型', '全', '套', '批', '群'] },
  // Hong Kong "或於年底前…" (may, by the end of the year); not 于/於 after another 或 (either…or).
  { cue: '或於', category: 'speculation', cancelAfter: ['是'], cancelContexts: ['於…或於'] },
  { cue: '或于', category: 'speculation', cancelAfter: ['是'], cancelContexts: ['于…或于'] },
  { cue: '或致', category: 'speculation', cancelAfter: ['力', '电', '電', '函', '辞', '辭'] },
  { cue: '也许', category: 'speculation' },
  { cue: '也許', category: 'speculation' },
  { cue: '兴许', category: 'speculation' },
  { cue: '興許', category: 'speculation' },
  { cue: '似乎', category: 'speculation' },
  { cue: '貌似', category: 'speculation' },
  // An inference from signs: "有迹象表明，A股正迎来回购潮".
  { cue: '有迹象表明', category: 'speculation' },
  { cue: '有迹象显示', category: 'speculation' },
  { cue: '有跡象表明', category: 'speculation' },
  { cue: '有跡象顯示', category: 'speculation' },
  // Hong Kong 似是/似為 ("男子似是失足墮下"); not 似是而非 (specious) nor 似有若無 (faint).
  { cue: '似是', category: 'speculation', cancelAfter: ['而非'] },
  { cue: '似已', category: 'speculation' },
  { cue: '似為', category: 'speculation' },
  { cue: '似为', category: 'speculation' },
  { cue: '似有', category: 'speculation', cancelAfter: ['若无', '若無', '似无', '似無'] },
  // "好像"/"仿佛" meaning "seems"; in a simile (好像…一样) they compare, see ADR 0035.
  { cue: '好像', category: 'speculation', cancelBefore: ['就'], cancelContexts: SIMILE.map((s) => `好像${s}`) },
  { cue: '仿佛', category: 'speculation', cancelBefore: ['就'], cancelContexts: SIMILE.map((s) => `仿佛${s}`) },
  { cue: '彷彿', category: 'speculation', cancelBefore: ['就'], cancelContexts: SIMILE.map((s) => `彷彿${s}`) },
  { cue: '彷佛', category: 'speculation', cancelBefore: ['就'], cancelContexts: SIMILE.map((s) => `彷佛${s}`) },
  // Hong Kong (Cantonese) 好似 = "seems", before a predicate ("佢好似唔太開心", "見我好似好嚴重咁").
  // Before a noun it compares ("吵吵嚷嚷好似菜市场", "唔係好似兩三個月前咁值錢"), as in a simile.
  {
    cue: '好似',
    category: 'speculation',
    cancelBefore: ['就', '唔係', '不是'],
    requireAfter: ['好', '很', '幾', '几', '真', '係', '是', '有', '冇', '無', '没', '沒', '唔', '不', '未', '已', '會', '会', '要', '都', '又', '仲', '越', '聽', '听', '見', '见', '睇', '話', '话', '想'],
    cancelContexts: SIMILE.map((s) => `好似${s}`),
  },
  { cue: '看样子', category: 'speculation' },
  { cue: '看樣子', category: 'speculation' },
  // "看来" seems; "在X看来" is an opinion frame, not a hedge (ADR 0035).
  { cue: '看来', category: 'speculation', cancelAfter: ['看去'], cancelContexts: ['在…看来', '从…看来', '以…经验看来', '就目前看来'] },
  // "看起来像是多名枪手交火" (it looks as if): epistemic only before 像/是/似乎; "看起来很漂亮" is perception.
  { cue: '看起来', category: 'speculation', requireAfter: ['像', '是', '似乎', '好像'] },
  { cue: '看起來', category: 'speculation', requireAfter: ['像', '是', '似乎', '好像'] },
  { cue: '看來', category: 'speculation', cancelAfter: ['看去'], cancelContexts: ['在…看來', '從…看來', '以…經驗看來', '就目前看來'] },
  // Not a count of "suspected cases", a medical category stated as fact ("本地疑似病例0例").
  { cue: '疑似', category: 'speculation', cancelAfter: ['病例'] },
  // Headline "疑" + verb (suspected): 疑因 疑遭 疑涉 疑为; not 无疑/质疑/怀疑.
  { cue: '疑因', category: 'speculation', cancelBefore: ['无', '無', '质', '質', '怀', '懷', '可'] },
  { cue: '疑遭', category: 'speculation', cancelBefore: ['无', '無', '质', '質', '怀', '懷', '可'] },
  { cue: '疑涉', category: 'speculation', cancelBefore: ['无', '無', '质', '質', '怀', '懷', '可'] },
  // 疑 alone before a verb (headline "男子疑醉駕撞欄"); not 怀疑/质疑/无疑/嫌疑 or 疑问/疑惑/疑点/疑犯.
  {
    cue: '疑',
    category: 'speculation',
    cancelBefore: ['怀', '懷', '质', '質', '无', '無', '可', '迟', '遲', '存', '猜', '狐', '起', '嫌', '置', '释', '釋', '答', '生', '多', '见', '見', '解', '犹', '猶', '设', '設', '析', '致', '涉', '半信半', '不容', '不', '神'],
    cancelAfter: ['问', '問', '惑', '虑', '慮', '难', '難', '点', '點', '案', '云', '雲', '心', '神', '窦', '竇', '团', '團', '犯', '凶', '兇', '人', '义', '義', '虑', '心病', '鬼', '，', '。', '、', '？'],
  },
  { cue: '疑为', category: 'speculation', cancelBefore: ['无', '质', '怀', '可', '罪'] },
  { cue: '疑為', category: 'speculation', cancelBefore: ['無', '質', '懷', '可', '罪'] },
  { cue: '不排除', category: 'speculation', cancelAfter: ['在外'] },
  { cue: '不能排除', category: 'speculation' },
  // Cantonese: "唔可以排除會唔會帶位員有事".
  { cue: '唔可以排除', category: 'speculation' },
  { cue: '唔能夠排除', category: 'speculation' },
  { cue: '唔排除', category: 'speculation' },
  { cue: '不应排除', category: 'speculation' },
  { cue: '不应该排除', category: 'speculation' },
  { cue: '不應排除', category: 'speculation' },
  { cue: '不應該排除', category: 'speculation' },
  { cue: '不可排除', category: 'speculation' },
  { cue: '无法排除', category: 'speculation' },
  { cue: '無法排除', category: 'speculation' },
  { cue: '恐怕', category: 'speculation' },
  // Taiwan headline 恐 + verb (may well): 恐將 恐有 恐成 …; not 惊恐/唯恐/恐怖.
  { cue: '恐将', category: 'speculation', cancelBefore: ['惊', '唯', '惟', '生', '惶', '深'] },
  { cue: '恐將', category: 'speculation', cancelBefore: ['驚', '唯', '惟', '生', '惶', '深'] },
  { cue: '恐有', category: 'speculation', cancelBefore: ['驚', '惊', '唯', '惟', '生', '惶', '深'] },
  { cue: '恐成', category: 'speculation', cancelBefore: ['驚', '惊', '唯', '惟', '生', '惶', '深'] },
  { cue: '恐再', category: 'speculation', cancelBefore: ['驚', '惊', '唯', '惟', '生', '惶', '深'] },
  { cue: '恐釀', category: 'speculation', cancelBefore: ['驚', '唯', '惟', '生', '惶', '深'] },
  { cue: '恐酿', category: 'speculation', cancelBefore: ['惊', '唯', '惟', '生', '惶', '深'] },
  { cue: '恐掀', category: 'speculation', cancelBefore: ['驚', '惊', '唯', '惟', '生'] },
  { cue: '恐難', category: 'speculation', cancelBefore: ['驚', '唯', '惟', '生', '惶', '深'] },
  { cue: '恐难', category: 'speculation', cancelBefore: ['惊', '唯', '惟', '生', '惶', '深'] },
  // 恐 alone before a predicate (Taiwan "航班恐大亂", "獲利恐大減"); not in 恐怖/恐慌/恐龍 or 惊恐/唯恐,
  // nor Hong Kong 恐襲 (恐怖襲擊, a terror attack).
  {
    cue: '恐',
    category: 'speculation',
    cancelBefore: ['惊', '驚', '唯', '惟', '生', '惶', '深', '诚', '誠', '密', '最', '越', '战', '戰', '心', '可', '无', '無', '何', '反', '防', '惊恐', '仍', '忧', '憂', '担', '擔', '惧', '懼', '畏', '尤'],
    cancelAfter: ['怖', '慌', '惧', '懼', '龙', '龍', '吓', '嚇', '高', '婚', '症', '同', '水', '攻', '襲', '袭', '韩', '韓', '日', '美', '中', '共', '惶', '极', '極', '其', '有', '后', '後', '，', '。', '、'],
  },
  { cue: '恐面临', category: 'speculation', cancelBefore: ['惊', '唯', '惟'] },
  { cue: '恐面臨', category: 'speculation', cancelBefore: ['驚', '唯', '惟'] },
  { cue: '恐影响', category: 'speculation', cancelBefore: ['惊', '唯', '惟'] },
  { cue: '恐影響', category: 'speculation', cancelBefore: ['驚', '唯', '惟'] },

  // ── Speculation: estimates and forecasts (ADR 0034) ────────────────────────────────────────────
  // 估计 estimating a fact or number; not the assessment noun (过高估计, 估计不足, 作出估计).
  {
    cue: '估计',
    category: 'speculation',
    // …nor an earlier estimate as a noun ("比原先估计高出3倍").
    cancelBefore: ['原先', '原本', '原来', '过高', '过低', '高', '低', '难以', '难', '无法', '不可', '不能', '作出', '做出', '作了', '做了', '的', '重新', '充分', '正确'],
    cancelAfter: ['不足', '过高', '过低', '值', '数', '方法', '模型'],
    cancelContexts: ['作出…估计', '做出…估计'],
  },
  {
    cue: '估計',
    category: 'speculation',
    cancelBefore: ['原先', '原本', '原來', '過高', '過低', '高', '低', '難以', '難', '無法', '不可', '不能', '作出', '做出', '作了', '做了', '的', '重新', '充分', '正確'],
    cancelAfter: ['不足', '過高', '過低', '值', '數', '方法', '模型'],
    cancelContexts: ['作出…估計', '做出…估計'],
  },
  { cue: '据估计', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '據估計', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '据估算', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '據估算', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '据预测', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '據預測', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '据预报', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '據預報', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '据推测', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '據推測', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '据预计', category: 'speculation', cancelBefore: JU_WORDS },
  { cue: '據預計', category: 'speculation', cancelBefore: JU_WORDS },
  // 预计 always marks a projection, even in an official schedule.
  // …but not the noun compared with ("涉及的金額比預計多": more than expected).
  { cue: '预计', category: 'speculation', cancelBefore: ['比', '超出', '超过', '低于', '高于'] },
  { cue: '預計', category: 'speculation', cancelBefore: ['比', '超出', '超過', '低於', '高於'] },
  // Taiwan 預估 (estimate, forecast).
  // …and rough or first estimates of a figure: "粗估市價近千萬台幣", "初估損失上億" (round 15); not the
  // 初 of 最初/當初/起初 before 估计 or 估算, where the 估计 entry takes the cue.
  { cue: '粗估', category: 'speculation', cancelAfter: ['计', '計', '算', '测', '測'] },
  { cue: '初估', category: 'speculation', cancelAfter: ['计', '計', '算', '测', '測'] },
  // A prophecy about a future state: "預言7年後將成為世界第一" (not a 预言家 or a 预言书).
  { cue: '预言', category: 'speculation', cancelBefore: ['的'], cancelAfter: ['家', '书', '性', '中', '的'] },
  { cue: '預言', category: 'speculation', cancelBefore: ['的'], cancelAfter: ['家', '書', '性', '中', '的'] },
  // Reckoned from a premise: "按林鄭所言推算，她在22歲到訪重慶".
  { cue: '推算', category: 'speculation', cancelBefore: ['的'], cancelAfter: ['公式', '方法'] },
  // 估测 a number ("估测库容水量约55万立方米").
  { cue: '估测', category: 'speculation', cancelBefore: ['的', '难以', '无法', '未能'] },
  { cue: '估測', category: 'speculation', cancelBefore: ['的', '難以', '無法', '未能'] },
  // Taiwan 推估 ("消防部門推估，機上大部分人員已經遇難").
  { cue: '推估', category: 'speculation', cancelBefore: ['的'], cancelAfter: ['值'] },
  { cue: '预估', category: 'speculation', cancelBefore: ['的'], cancelAfter: ['值'] },
  { cue: '預估', category: 'speculation', cancelBefore: ['的'], cancelAfter: ['值'] },
  // Epistemic 应该 ("probably"), before a prediction: "应该会在今天下午成为中颱". Deontic 应该 ("should")
  // takes a plain verb ("应该加强监管") and is not a hedge; nor is 应该是, as often normative ("关系应该是
  // 相互陪伴", "應該係要做呢樣嘢") as epistemic (ADR 0074).
  { cue: '应该', category: 'speculation', cancelBefore: ['不', '本', '理', '我想', '我覺得', '我觉得', '我認為', '我认为', '我相信'], requireAfter: ['会', '不', '已经', '已', '还会', '也会', '都会', '没有'], cancelAfter: ['不要', '不能', '不得', '不该', '不应', '不必', '不用'] },
  { cue: '應該', category: 'speculation', cancelBefore: ['不', '本', '理', '我想', '我覺得', '我觉得', '我認為', '我认为', '我相信'], requireAfter: ['會', '不', '已經', '已', '還會', '也會', '都會', '冇', '沒有'], cancelAfter: ['不要', '不能', '不得', '不該', '不應', '不必', '不用'] },
  // 應為 …所致: a probable cause ("此病況應為膠鞋束帶摩擦所致"), not "should be" (應為民眾著想).
  {
    cue: '應為',
    frame: '(?:应为|應為)(?=[^，。！？；,.!?;\\n]{0,15}?(?:所致|造成|引起|导致|導致|之故))',
    category: 'speculation',
  },
  // 應已 ("probably already"): "對比官方資料杜應已卸任".
  { cue: '應已', category: 'speculation', cancelBefore: ['理', '本', '不'] },
  { cue: '应已', category: 'speculation', cancelBefore: ['理', '本', '不'] },
  // 应会 ("probably will"): "游戏玩家们到时应会掀起一波怀旧情怀"; not 应会同 (together with).
  { cue: '应会', category: 'speculation', cancelBefore: ['理', '本', '不', '相'], cancelAfter: ['同'] },
  { cue: '應會', category: 'speculation', cancelBefore: ['理', '本', '不', '相'], cancelAfter: ['同'] },
  // Hong Kong 應可 ("should be able to", a forecast): "應可重登榜首".
  // Not after a person ("他應可自行決定": he could have decided, an ability).
  { cue: '應可', category: 'speculation', cancelBefore: ['理', '本', '不', '他', '她', '我', '你', '佢', '們', '人'] },
  { cue: '应可', category: 'speculation', cancelBefore: ['理', '本', '不', '他', '她', '我', '你', '们', '人'] },
  // A probability stated as high or low: "有很大的機率登陸", "高概率", "机率不大"; not a probability
  // named as a quantity ("降雨機率70%").
  {
    cue: '機率',
    frame:
      '(?:机率|機率|概率|几率|幾率)(?:(?<=(?:很大|极大|極大|较大|較大|相当大|相當大|很高|较高|較高|极高|極高|一定)的(?:机率|機率|概率|几率|幾率))|(?<=(?:[高大]|不小)(?:机率|機率|概率|几率|幾率))|(?=(?:也|亦|都|仍)?(?:很高|较高|較高|偏高|极高|極高|颇高|頗高|不大|不高|很大|较大|較大|甚高|不低|很低|较低|較低|极低|極低|偏低|甚低|低|高)))',
    category: 'speculation',
  },
  // 预测/预料 introducing a forecast; not the activity or its tools (做好预测, 预测模型, 难以预测).
  {
    cue: '预测',
    category: 'speculation',
    cancelBefore: ['做好', '加强', '监测', '的', '可', '难以', '难', '无法', '不可', '气象', '天气', '进行', '开展', '作出', '做出', '准确', '科学', '最新', '各国', '多国', '经济', '全年'],
    // …nor a noun ending a label or title ("股价预测 板块行情", "大盘预测_股市分析").
    cancelAfter: ['模型', '路径', '报告', '工作', '能力', '系统', '方法', '技术', '预警', '结果', '数据', '性', '值', '准确', '机制', '分析', '指标', '因子', '因素', ' ', '_', '-', '|', '视频', '》', '\n'],
  },
  {
    cue: '預測',
    category: 'speculation',
    cancelBefore: ['做好', '加強', '監測', '的', '可', '難以', '難', '無法', '不可', '氣象', '天氣', '進行', '開展', '作出', '做出', '準確', '科學', '最新', '各國', '多國', '經濟', '全年'],
    cancelAfter: ['模型', '路徑', '報告', '工作', '能力', '系統', '方法', '技術', '預警', '結果', '數據', '性', '值', '準確', '機制', '分析', '指標', '因子', '因素', ' ', '_', '-', '|', '視頻', '》', '\n'],
  },
  {
    cue: '预料',
    category: 'speculation',
    cancelBefore: ['出乎', '出人', '不出', '难以', '难', '无法', '不可', '始料', '意料', '的', '不可能', '不能', '未能', '没能', '没有'],
    cancelAfter: ['之中', '之外', '之内', '中', '外', '的', '到'],
    cancelContexts: ['出乎…预料', '不出…预料'],
  },
  {
    cue: '預料',
    category: 'speculation',
    cancelBefore: ['出乎', '出人', '不出', '難以', '難', '無法', '不可', '始料', '意料', '的', '不可能', '不能', '未能', '沒能', '沒有'],
    cancelAfter: ['之中', '之外', '之內', '中', '外', '的', '到'],
    cancelContexts: ['出乎…預料', '不出…預料'],
  },
  // 预期 as a verb with a projected event; the noun (达到预期, 超预期, 预期目标, 向上预期) is not a hedge.
  {
    cue: '预期',
    category: 'speculation',
    // …nor a forecast figure named as a noun and listed with others ("上调原油产量预期和原油库存").
    // …nor an expectation held about a policy or a currency ("货币政策收紧预期推升欧元", "市场对人民币预期更趋平稳").
    cancelBefore: ['是否', '的', '比', '较', '较之前', '比之前', '于', '通胀', '超', '达到', '达', '符合', '低于', '高于', '不及', '好于', '稳定', '超出', '改善', '管理', '有', '上', '向', '未', '产量', '销量', '盈利', '业绩', '收紧', '宽松', '紧缩', '加息', '降息', '贬值', '升值', '人民币', '汇率', '美元'],
    cancelAfter: ['有所', '和', '与', '及', '、', '目标', '效果', '寿命', '收益', '收益率', '管理', '的', '值', '之', '中', '外', '内', '，', '。', '！', '心理', '差', '性', '升温', '转弱', '改善', '不足', '落空', '成效', '结果', '年限', '”', '」', '』'],
  },
  {
    cue: '預期',
    category: 'speculation',
    cancelBefore: ['是否', '的', '比', '較', '較之前', '比之前', '於', '通脹', '超', '達到', '達', '符合', '低於', '高於', '不及', '好於', '穩定', '超出', '改善', '管理', '有', '上', '向', '未', '產量', '銷量', '盈利', '業績', '收緊', '寬鬆', '緊縮', '加息', '減息', '貶值', '升值', '人民幣', '匯率', '美元'],
    cancelAfter: ['有所', '和', '與', '及', '、', '目標', '效果', '壽命', '收益', '收益率', '管理', '的', '值', '之', '中', '外', '內', '，', '。', '！', '心理', '差', '性', '升溫', '轉弱', '改善', '不足', '落空', '成效', '結果', '年限', '”', '」', '』'],
  },
  { cue: '有望', category: 'speculation', cancelBefore: ['无', '無'] },
  { cue: '可望', category: 'speculation', cancelAfter: ['而不可', '不可'] },
  {
    cue: '料将',
    category: 'speculation',
    cancelBefore: ['材', '资', '原', '饮', '燃', '塑', '肥', '香', '布', '木', '史', '照', '调', '饲', '涂', '废', '配', '意', '预', '不', '草', '用', '面', '染'],
  },
  {
    cue: '料將',
    category: 'speculation',
    cancelBefore: ['材', '資', '原', '飲', '燃', '塑', '肥', '香', '布', '木', '史', '照', '調', '飼', '塗', '廢', '配', '意', '預', '不', '草', '用', '面', '染'],
  },
  {
    cue: '料会',
    category: 'speculation',
    cancelBefore: ['材', '资', '原', '饮', '燃', '塑', '肥', '香', '布', '木', '史', '照', '调', '饲', '涂', '废', '配', '意', '预', '不', '草', '用', '面', '染'],
  },
  {
    cue: '料會',
    category: 'speculation',
    cancelBefore: ['材', '資', '原', '飲', '燃', '塑', '肥', '香', '布', '木', '史', '照', '調', '飼', '塗', '廢', '配', '意', '預', '不', '草', '用', '面', '染'],
  },
  // Hong Kong "天文台料明日天氣酷熱" (expects): 料 before a time or a modal; not 材料/资料/预料/不料.
  {
    cue: '料',
    category: 'speculation',
    cancelBefore: ['填', '材', '资', '資', '原', '饮', '飲', '燃', '塑', '肥', '香', '布', '木', '史', '照', '调', '調', '饲', '飼', '涂', '塗', '废', '廢', '配', '意', '预', '預', '不', '草', '用', '面', '染', '颜', '顏', '物', '笑', '爆', '猛', '好', '没', '沒', '未', '难', '難', '始', '逆', '饵', '餌', '辅', '輔', '备', '備', '衣', '食', '佐', '作', '主', '石', '油', '建', '粉', '膠', '胶', '漿', '浆', '糖', '鋼', '钢', '酒', '肉', '骨', '毛', '絲', '丝'],
    // …or before what the thing is presumably for or due to: "會議室內備有輪椅，料用於送走不適的議員".
    requireAfter: ['用於', '用于', '為', '为', '因', '明日', '明天', '今日', '今天', '今年', '明年', '下週', '下周', '下月', '短期', '年內', '年内', '後市', '后市', '於', '于', '可', '未來', '未来', '週內', '周内'],
  },
  // Not "大概多少钱" (roughly how much: an approximator in a question).
  // Not an approximator before a number ("送了大概有8分", like 约 and 左右).
  // …nor a rough figure ("审批时间大概在一周左右").
  { cue: '大概', category: 'speculation', cancelContexts: ['大概…左右'], cancelAfter: ['念', '率', '多少', '可以分', '可分', '分成', '分为', '分為', ...APPROXIMATED] },
  { cue: '大致上', category: 'speculation', requireAfter: ['是', '會', '会'] },
  // Not "need not": "未必要冷處理", "結婚不一定要去戶政事務所登記" (obligation, like deontic 应该).
  { cue: '未必', category: 'speculation', cancelAfter: ['要'] },
  { cue: '不一定', category: 'speculation', cancelAfter: ['要'] },
  // Not 不见得光 / 不見得光 ("cannot bear the light": shady), a variant of 见不得光.
  { cue: '不见得', category: 'speculation', cancelAfter: ['光'] },
  { cue: '不見得', category: 'speculation', cancelAfter: ['光'] },
  { cue: '说不定', category: 'speculation' },
  { cue: '說不定', category: 'speculation' },
  { cue: '也未可知', category: 'speculation' },
  { cue: '搞不好', category: 'speculation' },
  // Open to doubt: "能否真正认可…，还值得怀疑".
  { cue: '值得怀疑', category: 'speculation' },
  // Too early to say: "周爸爸認為評論仍言之過早".
  { cue: '言之过早', category: 'unconfirmed' },
  { cue: '言之過早', category: 'unconfirmed' },
  { cue: '值得懷疑', category: 'speculation' },
  // Slim chances: "二片在港取得公映的機會渺茫".
  { cue: '機會渺茫', category: 'speculation' },
  { cue: '机会渺茫', category: 'speculation' },
  // Likely to: "陳時中非常有希望" (not 没有希望, 寄予希望).
  { cue: '有希望', category: 'speculation', cancelBefore: ['没', '沒', '不', '无', '無', '才'], cancelContexts: ['不上…有希望'] },
  // Not ruled out: "未嘗不可" (it is not impossible).
  { cue: '未尝不可', category: 'speculation' },
  { cue: '未嘗不可', category: 'speculation' },
  { cue: '想必', category: 'speculation' },
  // Inference and forecasting verbs: "专家推断", "机构预判", "专家估算" (估算 is the same in both scripts).
  { cue: '推断', category: 'speculation', cancelBefore: ['的', '合理', '逻辑'], cancelAfter: ['出来的', '能力', '方法'] },
  { cue: '推斷', category: 'speculation', cancelBefore: ['的', '合理', '邏輯'], cancelAfter: ['出來的', '能力', '方法'] },
  { cue: '预判', category: 'speculation', cancelBefore: ['的', '提前', '准确', '做好', '作出', '做出'], cancelAfter: ['能力', '机制', '工作'] },
  { cue: '預判', category: 'speculation', cancelBefore: ['的', '提前', '準確', '做好', '作出', '做出'], cancelAfter: ['能力', '機制', '工作'] },
  { cue: '估算', category: 'speculation', cancelBefore: ['的', '难以', '難以', '无法', '無法', '未能', '不能', '不敢', '很难', '很難', '重新', '据', '據'], cancelAfter: ['方法', '模型', '值'] },
  // "不出意外的话", Hong Kong "如無意外" (barring surprises, X will…).
  { cue: '不出意外', category: 'speculation' },
  { cue: '如无意外', category: 'speculation' },
  { cue: '如無意外', category: 'speculation' },
  { cue: '多半', category: 'speculation', cancelBefore: PERCENT_BEFORE, requireAfter: ['是', '会', '會', '要', '已', '就'] },
  // 八成 = probably only before a verb; "近八成" and "八成以上" are 80 %.
  { cue: '八成', category: 'speculation', cancelBefore: PERCENT_BEFORE, requireAfter: ['是', '会', '會', '要', '已', '就', '又', '没', '沒', '不'] },
  // Hong Kong 有機會 = may; Mainland 有机会 (a chance to) only before a predicate of chance (ADR 0036).
  // Hong Kong "很大機會延遲" (very likely to): a high chance, not an opportunity.
  { cue: '很大機會', category: 'speculation', cancelAfter: ['和', '與', '及', '、'] },
  { cue: '好大機會', category: 'speculation' },
  { cue: '很大机会', category: 'speculation', cancelAfter: ['和', '与', '及', '、'] },
  // Not a chance one is glad of or seizes ("慶幸有機會離開"): that 有機會 is "had the opportunity".
  // Not a conditional chance ("如果有機會，他會…": if the chance comes).
  // Not a chance given or conditional ("讓印度有機會探索", "才有機會勝選": an opportunity, not a forecast).
  { cue: '有機會', category: 'speculation', cancelBefore: ['如果', '若', '沒', '冇', '無', '都', '慶幸', '珍惜', '把握', '爭取', '難得', '讓', '让', '使', '給', '才', '就'], cancelAfter: ['參加', '參與', '去', '見', '看', '體驗', '接觸', '學', '的話', '再次合作', '合作', '與', '的'], cancelContexts: ['讓…有機會', '让…有機會', '使…有機會', '給…有機會', '令…有機會', '才有機會'] },
  { cue: '有机会', category: 'speculation', cancelBefore: ['没', '无', '都'], requireAfter: ['出现', '再', '进一步', '在', '于', '成为', '突破', '升', '跌', '下调', '上调', '加息', '减息', '降息'] },
  // Suspicion and guessing + clause; not the nouns (引发怀疑, 各种猜测, 纯属猜测).
  {
    cue: '怀疑',
    category: 'speculation',
    // …nor a noun in a list or ending a clause ("揣测与怀疑。").
    // …nor negated ('并没有怀疑他'): no suspicion is a certainty.
    cancelBefore: ['没有', '没', '不', '引发', '引起', '毫无', '无可', '不容', '令人', '受到', '遭到', '产生', '消除', '打消', '表示', '持', '抱有', '存有', '心存', '无端', '与', '和', '及', '的'],
    cancelAfter: ['态度', '论', '主义', '精神', '眼光', '对象', '人生', '。', '，', '、', '！', '：'],
  },
  {
    cue: '懷疑',
    category: 'speculation',
    cancelBefore: ['沒有', '沒', '不', '引發', '引起', '毫無', '無可', '不容', '令人', '受到', '遭到', '產生', '消除', '打消', '表示', '持', '抱有', '存有', '心存', '無端', '與', '和', '及', '的'],
    cancelAfter: ['態度', '論', '主義', '精神', '眼光', '對象', '人生', '。', '，', '、', '！', '：'],
  },
  // Nor 猜测 coordinated with another verb or noun ("计算或猜测对象的长度"): an activity, not a guess.
  { cue: '臆测', category: 'speculation', cancelBefore: ['不', '无端', '無端', '引发', '引起', '纯属', '只是', '的'], cancelAfter: ['之词', '性'] },
  { cue: '臆測', category: 'speculation', cancelBefore: ['不', '無端', '引發', '引起', '純屬', '只是', '的'], cancelAfter: ['之詞', '性'] },
  { cue: '猜测', category: 'speculation', cancelBefore: ['并非', '不是', '为免', '以免', '避免', '免得', '不', '无端', '胡乱', '切勿', '勿', '各种', '引发', '引起', '纯属', '只是', '仅是', '胡乱', '的', '或', '和', '与', '及'], cancelAfter: ['纷纷', '四起'], cancelContexts: ['为免…猜测', '以免…猜测', '避免…猜测', '免得…猜测'] },
  { cue: '猜測', category: 'speculation', cancelBefore: ['並非', '不是', '為免', '以免', '避免', '免得', '不', '無端', '胡亂', '切勿', '勿', '各種', '引發', '引起', '純屬', '只是', '僅是', '胡亂', '的', '或', '和', '與', '及'], cancelAfter: ['紛紛', '四起'], cancelContexts: ['為免…猜測', '以免…猜測', '避免…猜測', '免得…猜測'] },
  // An investigator's inference before a clause: "警方研判歹徒至少四人", "研判是強震造成地層下陷"
  // (round 15, all three annotators). Not the activity: "会商研判", "经研判，决定…", "分析研判、发布预警".
  {
    cue: '研判',
    category: 'speculation',
    cancelBefore: ['会商', '會商', '经', '經', '综合', '綜合', '对标', '對標', '依标', '依標', '分析', '加强', '加強', '、', '和', '原因', '的'],
    cancelAfter: ['，', ',', '、', '和', '及', '与', '與', '完善', '决定', '決定', '工作', '机制', '機制', '能力', '结果', '結果', '。'],
  },
  // …and before a comma when an investigator is the subject: "檢警研判，被害人是遭勒斃".
  {
    cue: '警方研判，',
    frame: '研判(?<=(?:警方|檢警|检警|檢方|检方|警方初步|專案小組|专案小组|醫師|医师|醫生|医生|專家|专家|消防局|消防人員|消防人员)研判)(?=[，,])',
    category: 'speculation',
  },
  { cue: '推测', category: 'speculation', cancelBefore: ['纯属', '只是', '的', '靠'], cancelAfter: ['的相近', '的一致', '的相符', '的相同', '的那样', '的一样'] },
  { cue: '推測', category: 'speculation', cancelBefore: ['純屬', '只是', '的', '靠'], cancelAfter: ['的相近', '的一致', '的相符', '的相同', '的那樣', '的一樣'] },
  // Hong Kong reporting of what authorities believe or expect, not yet established: "警方相信疑犯已逃離",
  // "天文台料颱風明早最接近本港". The cue is 相信/料 alone; only an institutional subject licenses it
  // ("我相信" is conviction, 材料/资料 are words).
  {
    cue: '相信',
    // …and the writer's own subjectless belief opening a sentence or a 但-clause ("但相信與…有關",
    // "經調查後相信…"), unless the clause before is someone's speech ("他表示，相信…"). After a bare
    // comma it is far more often the named speaker of the sentence going on ("鄭家朗表示，一旦…，相信…").
    frame:
      '相信(?<=(?:警方|當局|当局|調查人員|调查人员|消防處|消防处|初步|經調查後|经调查后|[。；！？\\n]|^|(?:[，。；！？\\n]|^)[但並并亦故而])相信)(?<!(?:表示|指|說|说|稱|称|認為|认为|強調|强调|坦言|透露|指出|回應|回应)[，,]相信)(?![你您我他她])',
    category: 'speculation',
    // A conviction, not a guess: "但相信国家一定会啃下这个骨头".
    cancelAfter: ['一定', '必定', '必然', '肯定', '必将', '必將'],
  },
  {
    cue: '天文台料',
    frame: '料(?<=(?:天文台|氣象台|气象台|氣象局|气象局|市場|市场|業界|业界|分析|當局|当局|外界|法人|券商|大行)料)(?![理想事到及])',
    category: 'speculation',
  },
  // A vague source's guess, whole: "外界猜测" → source 外界.
  // (Not what one acts to prevent: "為免公眾猜測".)
  { cue: '{source}猜测', frame: '{source}(?:{adverb}){0,2}(?:{guess})', category: 'speculation', cancelBefore: ['为免', '為免', '以免', '避免', '免得'] },
  // The public at large fearing a prospect rests on the same unnamed guess ("外界担心NBA将会在明年夏天
  // 陷入停摆"); a crowd fearing ("有人担心余震不敢回家") describes how people behave.
  {
    cue: '外界担心',
    frame: '(?:外界|舆论|輿論|市场|市場|业界|業界|业内|業內|坊间|坊間|医学界|醫學界|医界|醫界|学界|學界|商界|法律界)(?:{adverb}){0,2}(?:担心|擔心|担忧|擔憂)',
    category: 'speculation',
  },
  // …and any vague source fearing what will happen: "国际上有些人担心中国会走“国强必霸”的路子".
  {
    cue: '有些人担心',
    frame: '{source}(?:{adverb}){0,2}(?:(?:担心|擔心|担忧|擔憂)(?=[^，。！？；,.!?;\\n]{0,12}?(?:会|會|将|將|可能|恐|或)))',
    category: 'speculation',
  },

  // ── Unconfirmed: status explicitly unverified or unknown (Simplified) ──────────────────────────
  // Not yet made public by whoever would know: "警方尚未对上述调查进行公开通报", "死者身份尚未公布".
  {
    cue: '尚未…公布',
    // …nor answered or commented on: "中國外交部尚未對此置評", "競選辦公室對此尚未回應".
    frame: '(?:尚未|仍未|还未|還未|迄未|暂未|暫未|有待|尚待|仍待)(?:{gap})(?:公布|公佈|通报|通報|说明|說明|置评|置評|回应|回應|回覆|回复|表态|表態|曝光)',
    category: 'unconfirmed',
    // …nor a description ("灰色是尚未置评的国家", "尚未公布的数据").
    cancelAfter: ['的'],
  },
  // Cannot be verified: "對此說法無法查證", "实在难以证实", "无法独立核实" (ADR 0074).
  {
    cue: '无法查证',
    // (Not a condition: "若陪審團無法判斷…".)
    frame: '(?<!(?:若|如果|假如|倘若)[^，。！？；,.!?;\\n]{0,8})(?:无法|無法|难以|難以|很难|很難|未能|不能|不敢)(?:独立|獨立)?(?:证实|證實|核实|核實|查证|查證|确认|確認|求证|求證|确定|確定|断定|斷定|判断|判斷)|(?:无法|無法)(?:预测|預測)',
    category: 'unconfirmed',
  },
  // Not yet learned, not yet seen: "目前尚未得知產品檢測結果", "登陸的時間、地點仍待觀察".
  {
    cue: '尚未得知',
    frame: '(?:尚未|仍未|还未|還未|暂未|暫未)(?:得知|获知|獲知|知悉)|(?:有待|仍待|尚待|还待|還待)(?:观察|觀察)',
    category: 'unconfirmed',
  },
  // Not disclosed: "未透露太多細節", "確切位置並沒有公開"; not an anonymous source ("未透露姓名的官员"),
  // nor 公开 as an adjective or adverb ("未公开的文件", "尚未公开合法化比特币"): only at a clause's end.
  {
    cue: '未透露',
    frame:
      '(?:并未|並未|并没有|並沒有|没有|沒有|未|無|无|不愿|不願)(?:透露|披露|发布|發布)(?!的|会|會|姓名|其姓名|身份|身分|名字|名称|名稱)|(?:并未|並未|并没有|並沒有|没有|沒有|尚未|未)(?:公开|公開)(?=[，。；！？,.;]|[^，。！？；,.!?;\\n]{0,6}?(?:情况|情況|细节|細節|原因|名单|名單|数字|數字|金额|金額|内容|內容))',
    category: 'unconfirmed',
  },
  // Unclear, not yet settled: "仍有許多細節不明朗", "前景尚不明朗".
  // Still undecided: "对新战略投资者仍无定论".
  { cue: '仍无定论', frame: '(?:仍|还|還|目前|至今)(?:无|無|没有|沒有)(?:定论|定論)', category: 'unconfirmed' },
  { cue: '不明原因', category: 'unconfirmed' },
  { cue: '仍然不明', frame: '(?:仍然|仍|尚|还|還|至今|目前)不明(?![白朗確确显顯])', category: 'unconfirmed' },
  // A cause still being investigated: "詳細肇事原因調查中".
  { cue: '原因調查中', frame: '(?:调查|調查)中(?<=(?:原因|肇因|起因|詳情|详情|案情|死因|細節|细节)(?:仍|尚|正|还|還)?(?:在)?(?:调查|調查)中)', category: 'unconfirmed' },
  { cue: '不明朗', category: 'unconfirmed', cancelAfter: ['因素', '的'] },
  // Hong Kong "但未清楚取走什麼物品", "不知是否與…有關"; "有效性存疑" (in doubt); a rumour not clearly
  // denied ("未有明確否認"). Not a person's own "我未清楚".
  { cue: '未清楚', category: 'unconfirmed', cancelBefore: ['我', '你', '佢', '他', '她', '尚', '还', '還', '仍', '暂', '暫'] },
  { cue: '不知是否', category: 'unconfirmed', cancelBefore: ['我', '你', '佢', '他', '她'] },
  // Not an inquest verdict's name ("死因存疑", "存疑裁決").
  { cue: '有疑義', category: 'unconfirmed' },
  { cue: '有疑义', category: 'unconfirmed' },
  { cue: '存疑', category: 'unconfirmed', cancelBefore: ['死因'], cancelAfter: ['裁決', '裁决'] },
  // Questionable: "他公然恐嚇的意圖成疑".
  { cue: '成疑', category: 'unconfirmed' },
  // …nor a clear answer to the question ("博爾頓未正面回答"), nor an explanation ("没有说明这些言论的针对性").
  {
    cue: '未有明確否認',
    frame: '(?:未有|沒有|没有|并未|並未|無|无|未)(?:明確|明确|正面)(?:否認|否认|回答|答覆|答复|回應|回应)',
    category: 'unconfirmed',
  },
  {
    cue: '没有说明',
    frame:
      '(?:没有|沒有|并未|並未|未能|未)(?:明确|明確)?(?:说明|說明|解释|解釋|交代|交待)(?:原因|为何|為何)?(?![书書会會文了清])|(?:没有|沒有|并未|並未|未)(?:提及|提到)(?=[^，。！？；,.!?;\\n]{0,15}?(?:原因|为何|為何|是否|身份|身分))',
    category: 'unconfirmed',
  },
  { cue: '未明朗', category: 'unconfirmed' },
  // Not (yet) clear or known, with an adverb of time: "目前暂不清楚事故原因", "暫時未知起火原因".
  {
    cue: '暂不清楚',
    frame:
      '(?:尚|还|還|仍|暂|暫|暂时|暫時)(?:不|未)(?:清楚|知道|知晓|知曉|明确|明確|确定|確定|确知|確知)|(?:暂时|暫時|暂|暫|目前)未知',
    category: 'unconfirmed',
    // "你还不知道？" asks the reader; "选民都还不知道" is someone not knowing yet.
    cancelBefore: ['你', '您', '都', '也', '却', '卻'],
  },
  // Still under investigation, ending the clause: "具体原因仍在调查。"
  // …also "正在接受流行病學調查" (a case still being traced).
  {
    cue: '仍在调查',
    frame: '(?:仍在|正在|尚在|仍然在)(?:{adverb}|进一步|進一步|积极|積極|全力|深入)?(?:接受[^，。！？；,.!?;\\n]{0,6}?)?(?:调查|調查|侦办|偵辦|侦查|偵查)(?:中|当中|當中)?(?=[。，；！？,.;]|$)',
    category: 'unconfirmed',
  },
  // The cause or identity not yet found: "目前还未发现导致大火的原因", "警方仍未查明死者身分".
  {
    cue: '还未发现…原因',
    frame:
      '(?:尚未|还未|還未|仍未|暂未|暫未|未能|并未|並未)(?:发现|發現|查明|找到|确定|確定)(?=[^，。！？；,.!?;\\n]{0,12}?(?:原因|起因|死因|动机|動機|身份|身分))',
    category: 'unconfirmed',
  },
  // Still following up a suspected offence (Hong Kong police): "仍在跟進民陣涉嫌違反…的罪行".
  { cue: '仍在跟進', category: 'unconfirmed' },
  // Hard to say whether: "難言是否已受控制".
  { cue: '難言', category: 'unconfirmed', requireAfter: ['是否', '會否', '有否', '能否'] },
  { cue: '难言', category: 'unconfirmed', requireAfter: ['是否', '会否', '有否', '能否'] },
  // Not yet clear: "傳播途徑未明" (not 未明確, 未明白, 未明朗, which have their own readings).
  { cue: '未明', category: 'unconfirmed', cancelAfter: ['確', '确', '白', '朗', '言', '說', '说', '示'] },
  // No result yet: "約300人未有檢測結果".
  { cue: '未有…結果', frame: '(?:未有|仍未有|暫未有|暂未有|尚未有)[^，。！？；,.!?;\\n]{0,4}?(?:結果|结果)', category: 'unconfirmed' },
  // No answer given: "四人也未作回應", "公司未予回复"; or declined in so many words: "府方不做任何回應",
  // "總統府不再一一回應" (round 15).
  {
    cue: '未作回應',
    frame: '(?:未|未有|沒有|没有|并未|並未|不)(?:再)?(?:(?:作|作出|做|予|予以)(?:任何)?|一一)(?:回應|回应|回覆|回复)',
    category: 'unconfirmed',
  },
  // An investigation still going on: "调查仍在进行中", "溯源工作仍在進行".
  {
    cue: '调查仍在进行中',
    frame: '(?:调查|調查|溯源|搜救|侦查|偵查)(?:工作)?(?:仍|尚|还|還|仍然)(?:在)?(?:进行|進行)(?:中)?',
    category: 'unconfirmed',
  },
  // A check still running: "仍在進行詳細檢查", "正在进行化验".
  {
    cue: '仍在進行…檢查',
    frame: '(?:仍在|正在|尚在)(?:进行|進行)[^，。！？；,.!?;\\n]{0,6}?(?:调查|調查|检查|檢查|化验|化驗|检测|檢測|鉴定|鑑定)',
    category: 'unconfirmed',
  },
  { cue: '仍在跟进', category: 'unconfirmed' },
  // Refusing to comment on the claim: "對於處理器的來源，華為拒絕置評".
  // Declining to comment, Hong Kong style: "警方表示不評論個別安排", "現時不宜評論",
  // "不適宜就案件作出任何評論".
  {
    cue: '不評論',
    frame:
      '(?:不予|不宜|不便|不適宜|不适宜|不愿|不願|不肯|不能|不會|不会|不|拒絕|拒绝|无法|無法|沒有|没有|沒有進一步|没有进一步|未有進一步|未有进一步)(?:[就对對][^，。！？；,.!?;\\n]{1,10}?)?(?:作出|作)?(?:进一步|進一步)?(?:任何)?(?:評論|评论|置評|置评)(?![家员員區区])',
    category: 'unconfirmed',
  },
  // Declining to answer or confirm: "王母婉拒回應", "家屬也不願回應", "台大不願證實", "英軍拒絕透露派出幾架",
  // "她不願回答" (round 15).
  {
    cue: '婉拒回應',
    frame: '(?:婉拒|拒绝|拒絕|不愿|不願|不肯|均不|皆不|概不|都不|不便|不方便|未正面|未有正面)(?:具体|具體|正面|直接)?(?:回应|回應|回答|答覆|答复|发言|發言|交代|谈论|談論|证实|證實|置评|置評|评论|評論|透露|披露|说明|說明)(?!的|书|書|姓名|其姓名|身份|身分|名字)',
    category: 'unconfirmed',
  },
  // No answer given: "特首辦截稿前無回覆查詢", "但他沒有回應" (not "沒有回應的必要").
  // The party could not be reached: "榮工公司截稿前仍無法聯繫上".
  // …or was not reached: "《蘋果》昨未聯絡上龔照勝" (round 15).
  { cue: '無法聯繫上', frame: '(?:无法|無法|未能|未)(?:联系|聯繫|联络|聯絡)上', category: 'unconfirmed' },
  { cue: '無回覆', frame: '(?:无|無|没有|沒有|并未|並未)(?:回覆|回复|回應|回应)(?![的必])', category: 'unconfirmed' },
  // "还没有得到俄朝双方确认", "还没有得到…正面回应": the whole frame is the cue.
  { cue: '还没有得到…确认', frame: '{notYet}{gap}(?:{confirmation})', category: 'unconfirmed' },
  // "尚未收到中国公民伤亡的报告" (no report of it yet; not "未取得…檢驗報告", a document lacking).
  {
    cue: '尚未收到…报告',
    frame: '(?:还|還|尚|仍|暂|暫|目前)?(?:没有|沒有|尚未|仍未|还未|還未|暂未|暫未|未)收到{gap}(?:报告|報告)',
    category: 'unconfirmed',
  },
  // Investigating whether, with the matter between: "警方正调查意外是否涉及超速".
  // (Written from 调查, with the adverb checked behind it: a frame that starts at 正 or 仍 is tried at
  // every 正 and 仍 of the text.)
  {
    cue: '调查…是否',
    frame: '(?:调查|調查)(?<=(?:正在|仍在|正|仍)(?:调查|調查))[^，。！？；：,.!?;:…\\n]{1,8}?(?:是否|有否|会否|會否)',
    category: 'unconfirmed',
  },
  // Nobody knows a specific fact: "沒人知道房裡發生什麼" (not a future ending its clause: "復健之路有多長沒有人知道，").
  ...NOBODY_KNOWS.map((cue) => ({ cue, category: 'unconfirmed' as const, cancelAfter: CLAUSE_END })),
  // (Not a loss that will be beyond counting: "損失將無法估計".)
  ...CANNOT_SETTLE.map((cue) => ({ cue, category: 'unconfirmed' as const, cancelBefore: ['将', '將', '会', '會'] })),
  ...NEVER_DISCLOSED.map((cue) => ({ cue, category: 'unconfirmed' as const })),
  ...DECLINED_TO_SAY.map((cue) => ({ cue, category: 'unconfirmed' as const })),
  // "尚未釐清", "有待警方證實", "仍未查明": not yet verified, with an optional short agent.
  { cue: '尚未…证实', frame: '(?:{notYetVerified}){shortGap}(?:{verified})', category: 'unconfirmed' },
  // The issue's own example cues, listed by name (the frame above matches them too; a literal that a
  // frame covers adds nothing else, so no other such literal is kept).
  { cue: '尚未证实', category: 'unconfirmed' },
  { cue: '尚未證實', category: 'unconfirmed' },
  // Passive: "尽管还没有被证实", "未被證實".
  { cue: '没有被证实', category: 'unconfirmed' },
  { cue: '沒有被證實', category: 'unconfirmed' },
  { cue: '未被证实', category: 'unconfirmed' },
  { cue: '未被證實', category: 'unconfirmed' },
  // Any other "not (yet) confirmed": 仍未证实, 并未证实, 目前未证实.
  { cue: '未证实', category: 'unconfirmed' },
  // Not on record about a specific matter: "坎貝爾未就會談內容透露更多訊息".
  {
    cue: '未就…透露',
    frame: '(?:未|并未|並未|没有|沒有)就[^，。！？；,.!?;\\n]{1,10}?(?:透露|回应|回應|表态|表態|置评|置評|评论|評論|说明|說明)',
    category: 'unconfirmed',
  },
  // Not clear whether: "但不清楚國務卿是否已向北京觸及此問題", "不確定是否有脫下口罩" (not a person's own "我不清楚").
  {
    cue: '不清楚是否',
    frame: '(?<![我你他她])不(?:清楚|确定|確定)(?=[^，。！？；,.!?;\\n]{0,15}?(?:是否|有否|会否|會否|能否|为何|為何|何时|何時))',
    category: 'unconfirmed',
  },
  { cue: '未经证实', category: 'unconfirmed' },
  { cue: '未经核实', category: 'unconfirmed' },
  { cue: '未经官方证实', category: 'unconfirmed' },
  { cue: '拒绝确认', category: 'unconfirmed' },
  { cue: '还无法确定', category: 'unconfirmed' },
  { cue: '尚无法确定', category: 'unconfirmed' },
  { cue: '目前无法确定', category: 'unconfirmed' },
  { cue: '目前不清楚', category: 'unconfirmed' },
  { cue: '尚无定论', category: 'unconfirmed' },
  { cue: '不得而知', category: 'unconfirmed' },
  // "尚无从得知" (no way to know yet); "但是没有给出原因" (the reason was not given).
  { cue: '无从得知', category: 'unconfirmed' },
  { cue: '無從得知', category: 'unconfirmed' },
  { cue: '没有给出原因', category: 'unconfirmed' },
  { cue: '沒有給出原因', category: 'unconfirmed' },
  { cue: '未给出原因', category: 'unconfirmed' },
  { cue: '未給出原因', category: 'unconfirmed' },
  // Hong Kong "未知會否以同樣理由禁止" (it is not known whether).
  { cue: '未知會否', category: 'unconfirmed' },
  { cue: '未知会否', category: 'unconfirmed' },
  { cue: '未知是否', category: 'unconfirmed' },
  // Cantonese "唔知點解…" (nobody knows why).
  { cue: '唔知點解', category: 'unconfirmed' },
  // The wire idiom "did not immediately respond": "未立即对这一消息予以回应", "未对来电立刻进行回复".
  {
    cue: '未立即回应',
    frame: '(?:未|没有|沒有|并未|並未)(?:{shortGap})(?:立即|立刻|马上|馬上|即时|即時)(?:{shortGap})(?:予以|作出|做出|进行|進行)?(?:回应|回應|回复|回覆|置评|置評|答复|答覆)',
    category: 'unconfirmed',
  },
  { cue: '仍然没有答案', category: 'unconfirmed' },
  { cue: '仍有许多疑问', category: 'unconfirmed' },
  // "…还是个未知数" (still unknown); not the x of algebra.
  // Not a future full of unknowns ("縱使前路充滿未知數").
  { cue: '未知数', category: 'unconfirmed', cancelBefore: ['充满', '很多', '诸多'], cancelAfter: ['x', 'X', '的', '和', '与'] },
  { cue: '仍有不少疑问', category: 'unconfirmed' },
  { cue: '疑点重重', category: 'unconfirmed' },
  { cue: '仍没有答案', category: 'unconfirmed' },
  { cue: '尚无答案', category: 'unconfirmed' },
  { cue: '不详', category: 'unconfirmed', cancelAfter: ['细', '尽'] },
  { cue: '原因不明', category: 'unconfirmed' },
  { cue: '身份不明', category: 'unconfirmed' },
  { cue: '下落不明', category: 'unconfirmed' },
  { cue: '死因不明', category: 'unconfirmed' },
  { cue: '仍在调查中', category: 'unconfirmed' },
  { cue: '正在调查中', category: 'unconfirmed' },
  { cue: '尚在调查中', category: 'unconfirmed' },
  { cue: '有待进一步调查', category: 'unconfirmed' },
  { cue: '有待调查', category: 'unconfirmed' },
  { cue: '正调查中', category: 'unconfirmed' },
  // ── Unconfirmed (Traditional; Hong Kong 仍在調查中, Taiwan 尚待釐清) ──────────────────────────────
  { cue: '未證實', category: 'unconfirmed' },
  { cue: '未經證實', category: 'unconfirmed' },
  { cue: '未經核實', category: 'unconfirmed' },
  { cue: '拒絕確認', category: 'unconfirmed' },
  { cue: '還無法確定', category: 'unconfirmed' },
  { cue: '尚無法確定', category: 'unconfirmed' },
  { cue: '尚無定論', category: 'unconfirmed' },
  { cue: '仍然沒有答案', category: 'unconfirmed' },
  { cue: '仍有許多疑問', category: 'unconfirmed' },
  { cue: '未知數', category: 'unconfirmed', cancelBefore: ['充滿', '很多', '諸多'], cancelAfter: ['x', 'X', '的', '和', '與'] },
  // "現在則是未知之數", "是否…，尚未知道" (written the same in both scripts: 尚未知道, 仍未知道).
  { cue: '未知之數', category: 'unconfirmed' },
  // The origin cannot be traced: "此說出處未可考".
  { cue: '未可考', category: 'unconfirmed' },
  { cue: '不可考', category: 'unconfirmed' },
  { cue: '无从考证', category: 'unconfirmed' },
  { cue: '無從考證', category: 'unconfirmed' },
  { cue: '未知之数', category: 'unconfirmed' },
  { cue: '仍有不少疑問', category: 'unconfirmed' },
  { cue: '疑點重重', category: 'unconfirmed' },
  { cue: '仍沒有答案', category: 'unconfirmed' },
  { cue: '尚無答案', category: 'unconfirmed' },
  { cue: '不詳', category: 'unconfirmed', cancelAfter: ['細', '盡'] },
  { cue: '身分不明', category: 'unconfirmed' },
  { cue: '仍在調查中', category: 'unconfirmed' },
  { cue: '正在調查中', category: 'unconfirmed' },
  { cue: '尚在調查中', category: 'unconfirmed' },
  { cue: '有待進一步調查', category: 'unconfirmed' },
  { cue: '有待調查', category: 'unconfirmed' },
  { cue: '正調查中', category: 'unconfirmed' },
  // With an adverb inside ("案件仍在積極調查中", "正全力调查中") and pending an agency's investigation
  // ("暫准保釋外出，有待警方調查"): generated below as literal cues, which cost nothing in the matcher's
  // trie, where a frame would be tried at every position (ADR 0030).
  ...IN_PROGRESS_OR_PENDING.map((cue): LexiconEntry => ({ cue, category: 'unconfirmed' })),
  ...NO_REPLY.map((cue): LexiconEntry => ({ cue, category: 'unconfirmed' })),
  // "申作軍未回覆查詢".
  { cue: '未回覆', category: 'unconfirmed' },
  { cue: '未回复', category: 'unconfirmed' },
];
