/**
 * Date and metadata parsing for byline, source and editor lines.
 * @module
 */
import type { Metadata, PublishedParts } from './types.js';

/** A date found in a line, with where it stands. */
export interface DateMatch {
  parts: Omit<PublishedParts, 'offset'> & { offset?: string };
  index: number;
  length: number;
}

// 2024-07-19 16:22:30 · 2024年7月19日 16:22 · 2024/7/19 · 2024.07.19 · 2019年06月15日08:18 · 2024-07-19T16:22:30+08:00
const FULL_DATE =
  /(?<![\d])((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:(?![\d])|(?=\d{1,2}[:：]\d{2}))\s*(?:日|号)?(?:\s*(?:[Tt]|\s|(?:星期|周|週|禮拜)[一二三四五六日天])*\s*(?:(上午|下午|晚上|早上|中午|凌晨|AM|PM|am|pm)\s*)?(\d{1,2})\s*(?:[:：]|时|時|点|點)\s*(\d{1,2})(?![\d])\s*(?:分)?(?:\s*(?:[:：]\s*)?(\d{1,2})(?![\d])\s*(?:秒)?)?(?:\s*(Z|[+-]\d{2}:?\d{2}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2}|\(?北京时间\)?|（北京时间）))?)?/;
// 07-19 16:22 · 7月19日 16:22 · 7月19日 (no year)
const PARTIAL_DATE =
  /(?<![\d\-/.年])(\d{1,2})\s*(?:-|\/|月)\s*(\d{1,2})(?:(?![\d])|(?=\d{1,2}[:：]\d{2}))\s*(?:日|号)?(?:\s*(\d{1,2})\s*[:：]\s*(\d{2})(?![\d])(?:\s*[:：]\s*(\d{2})(?![\d]))?)?/;
// a time on its own: "16:22", "16:22:30"
const TIME_ONLY = /^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$/;

function valid(p: DateMatch['parts']): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return false;
  if (p.hour !== undefined && (p.hour > 23 || (p.minute ?? 0) > 59 || (p.second ?? 0) > 59)) return false;
  return true;
}

function offsetOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw === 'Z') return '+00:00';
  if (raw.includes('北京时间')) return '+08:00';
  const m = /([+-])(\d{1,2}):?(\d{2})?/.exec(raw);
  if (!m) return undefined;
  return `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}`;
}

/** Finds the first full (with year) date in `line`, else the first year-less one with a time or 月日. */
export function findDate(line: string): DateMatch | undefined {
  const full = FULL_DATE.exec(line);
  if (full) {
    let hour = full[5] === undefined ? undefined : Number(full[5]);
    const half = full[4];
    if (hour !== undefined && half && /下午|晚上|PM|pm/.test(half) && hour < 12) hour += 12;
    if (hour !== undefined && half && /凌晨|AM|am|上午|早上/.test(half) && hour === 12) hour = 0;
    const parts: DateMatch['parts'] = {
      year: Number(full[1]),
      month: Number(full[2]),
      day: Number(full[3]),
    };
    if (hour !== undefined) {
      parts.hour = hour;
      parts.minute = Number(full[6]);
      if (full[7] !== undefined) parts.second = Number(full[7]);
    }
    const off = offsetOf(full[8]);
    if (off) parts.offset = off;
    if (valid(parts)) return { parts, index: full.index, length: full[0].length };
  }
  const partial = PARTIAL_DATE.exec(line);
  if (partial) {
    const hasTime = partial[3] !== undefined;
    const monthWord = /月/.test(partial[0]);
    // "3-5" or "1/2" alone is more likely a score or a fraction than a date
    if (!hasTime && !monthWord) return undefined;
    const parts: DateMatch['parts'] = { month: Number(partial[1]), day: Number(partial[2]) };
    if (hasTime) {
      parts.hour = Number(partial[3]);
      parts.minute = Number(partial[4]);
      if (partial[5] !== undefined) parts.second = Number(partial[5]);
    }
    if (valid(parts)) return { parts, index: partial.index, length: partial[0].length };
  }
  return undefined;
}

/**
 * True when `line` is only a date and/or time (with a weekday or label at most). `found` is
 * `findDate(line)` when the caller has already run it (null: no date), to search only once.
 */
export function isOnlyDate(line: string, found?: DateMatch | null): boolean {
  if (line.length > 40) return false;
  if (TIME_ONLY.test(line)) return true;
  const d = found === undefined ? findDate(line) : (found ?? undefined);
  if (!d) return false;
  const rest = (line.slice(0, d.index) + line.slice(d.index + d.length))
    .replace(
      /(?:发布|發佈|发表|更新|时间|時間|日期|星期|周|週|[一二三四五六日天]|[:：\s|｜()（）[\]【】·,，])/g,
      '',
    )
    .trim();
  return rest.length === 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 for a date with a year: `2024-07-19T16:22:30+08:00` or `2024-07-19`. */
export function toIso(p: PublishedParts): string | undefined {
  if (p.year === undefined) return undefined;
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return date;
  return `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${p.offset}`;
}

const LABEL_RE =
  /(?:发布时间|發佈時間|发布日期|发表时间|发表于|發表於|更新时间|更新時間|时间|時間|日期|发布于|发布|發佈|来源|來源|作者|記者|记者|编辑|編輯|责任编辑|字号|举报|舉報|浏览|瀏覽|阅读|閱讀|点击|點擊|次数|人次)\s*[:：]?/g;

const VIEWS_AFTER_LABEL =
  /(?:浏览|瀏覽|阅读|閱讀|点击|點擊|围观|人气|热度)(?:量|数|次数|數)?\s*[:：]?\s*(\d[\d,.]*\s*[万萬wWkK]?)/;
const VIEWS_BEFORE_LABEL =
  /(?<![\d:：.])(\d[\d,.]*\s*[万萬wWkK]?)\s*(?:次浏览|次阅读|人阅读|人看过|次點擊|次点击|次閱讀|人閱讀)/;

/** Views written as `136`, `阅读 1,234`, `1.2万`, `浏览次数：88`. */
function parseViews(s: string): number | undefined {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*([万萬wWkK])?/.exec(s);
  if (!m) return undefined;
  let n = Number(m[1]!.replace(/,/g, ''));
  if (m[2] && /[万萬wW]/.test(m[2])) n *= 10_000;
  if (m[2] && /[kK]/.test(m[2])) n *= 1000;
  return Number.isFinite(n) ? Math.round(n) : undefined;
}

function clean(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = s
    .replace(/^[\s:：|｜/／丨(（【[]+|[\s|｜/／丨)）】\]]+$/g, '')
    .replace(/\s*(?:举报|舉報|字号.*|分享.*)$/, '')
    .trim();
  return t.length > 0 && t.length <= 60 ? t : undefined;
}

/** Reads a byline such as `琨君说2024-07-19 16:22:30  136` or `2023年04月21日07:52 来源：某某网`. */
export function readByline(line: string, meta: Metadata, timeZone: string): void {
  const d = findDate(line);
  if (d && !meta.published) setDate(meta, d, timeZone);
  const src = /(?:来源|來源|稿源|出处|出處)\s*[:：]?\s*([^\s|｜]{1,30}(?:\s[^\s|｜:：]{1,12})?)/.exec(line);
  if (src && !meta.source) {
    const s = clean(src[1]!.replace(/\s*(?:作者|记者|編輯|编辑|责任编辑|浏览|阅读|点击|字号|举报).*$/, ''));
    if (s) meta.source = s;
  }
  const au = /(?:作者|記者|记者|文|撰文)\s*[:：/／]\s*([^\s|｜]{1,20})/.exec(line);
  if (au && !meta.author) {
    const s = clean(au[1]);
    if (s) meta.author = s;
  }
  const ed = /(?:责任编辑|責任編輯|责编|编辑|編輯)\s*[:：]\s*([^\s|｜)）】]{1,30})/.exec(line);
  if (ed && !meta.editor) {
    const s = clean(ed[1]);
    if (s) meta.editor = s;
  }
  // The label-first form (`阅读 88`) is tried before the count-first one (`88次阅读`), and a count
  // never continues a time: in `10:20:00  阅读 88` the `00` before `阅读` is not a count.
  const views = VIEWS_AFTER_LABEL.exec(line) ?? VIEWS_BEFORE_LABEL.exec(line);
  if (views && meta.views === undefined) {
    const v = parseViews(views[1]!);
    if (v !== undefined) meta.views = v;
  }
  if (d) {
    // author: text right before the date that is not a label ("琨君说2024-07-19")
    const before = line.slice(0, d.index).replace(LABEL_RE, ' ').trim();
    if (!meta.author && !au && !src && before.length >= 1 && before.length <= 20 && !/[\d|｜]/.test(before)) {
      const s = clean(before.split(/\s+/).pop());
      if (s && !/^(?:发布|发表|更新|时间|日期|来源|星期.)$/.test(s)) meta.author = s;
    }
    // views: a bare number after the date and time ("… 16:22:30  136")
    const after = line.slice(d.index + d.length);
    const bare = /^\s*(\d[\d,]*(?:\.\d+)?\s*[万萬wW]?)\s*$/.exec(after);
    if (bare && meta.views === undefined) {
      const v = parseViews(bare[1]!);
      if (v !== undefined) meta.views = v;
    }
  }
}

export function setDate(meta: Metadata, d: DateMatch, timeZone: string): void {
  const parts: PublishedParts = { ...d.parts, offset: d.parts.offset ?? timeZone };
  meta.published = parts;
  const iso = toIso(parts);
  if (iso) meta.publishedAt = iso;
}

/** Reads a credit line (source, editor, reporter, original title) into `meta`. */
export function readCredit(rule: string, line: string, meta: Metadata, timeZone: string): void {
  if (rule === 'title.original') {
    const m = /(?:原标题|原標題|原题|原題|原文标题)(?:为|為|是)?\s*[:：]?\s*(.+?)\s*[)）】\]]?$/.exec(line);
    if (m && !meta.originalTitle) meta.originalTitle = m[1]!;
    return;
  }
  if (rule === 'editor.credit' || rule === 'editor.suffix') {
    const m = /(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：丨|/]\s*([^)）】\]|｜]+?)\s*[)）】\]]?$/.exec(
      line,
    );
    if (m && !meta.editor) {
      const s = clean(m[1]!.split(/\s+(?=\S+\s*[:：])/)[0]);
      if (s) meta.editor = s;
    }
    readByline(line, meta, timeZone);
    return;
  }
  if (rule === 'source.label' || rule === 'source.reprint') {
    const url = /https?:\/\/[^\s)）】\]]+/.exec(line);
    if (url && !meta.sourceUrl) meta.sourceUrl = url[0];
    const m =
      /(?:来源|來源|文章来源|本文来源|新闻来源|消息来源|信息来源|资料来源|稿源|稿件来源|出处|出處|转自|轉自|本文转自|本文来自|本文來自|转载自|Source)\s*[:：]?\s*(.+?)\s*[)）】\]]?$/i.exec(
        line,
      );
    if (m && !meta.source && !/^(?:原文)/.test(line.replace(/^[(（【[]\s*/, ''))) {
      // A date or time after the source name belongs to the byline, not to the source.
      const s = clean(
        m[1]!
          .replace(/\s*(?:责任编辑|编辑|作者|记者)\s*[:：].*$/, '')
          .replace(/\s+(?:\d{1,4}[-/.年]\d{1,2}|\d{1,2}:\d{2}).*$/, ''),
      );
      if (s) meta.source = s;
    }
    readByline(line, meta, timeZone);
    return;
  }
  if (rule === 'byline.reporter') {
    const m =
      /^[(（【[]?\s*(?:本报|本報|本台|本网|本網|新华社|中新社|中新网|[\p{Script=Han}]{2,8}?(?=特约记者|见习记者|实习记者|记者|記者|通讯员|通訊員))?(特约记者|见习记者|特約記者|实习记者|实习生|通讯员|通訊員|记者|記者|作者|撰文|撰稿|采写|文字|文|发布者|发布人)?\S*?\s*(?:[:：丨|/／]\s*|\s+)(.+?)\s*(?:报道|報道|摄|攝|供图|发自\S*)?\s*[)）】\]]?$/u.exec(
        line,
      );
    if (m) {
      const who = clean(m[2]);
      const role = m[1] ?? '';
      if (who && /记者|記者|通讯员|通訊員|实习/.test(role) && !meta.reporter) meta.reporter = who;
      else if (who && /作者|撰文|撰稿|文|发布/.test(role) && !meta.author) meta.author = who;
    }
    return;
  }
  if (rule === 'byline.datetime' || rule === 'noise.date') {
    readByline(line, meta, timeZone);
  }
}
