"""Composed e-paper PDF pages with their gold: articles written by `_composed.Writer`, set in columns with reportlab as
a typesetter sets a page (justified lines, headlines across columns, kickers, boxes, pictures, furniture).

Nothing comes from a real page. `compose_pdf(style, seed)` gives (PDF bytes, gold); the same style and seed give the
same page. The gold of an article is its headline, the first 32 and last 12 characters of its body (whitespace
removed) and its reporters, as in `_composed`.
"""
from __future__ import annotations

import functools
import io
import math
import random
from pathlib import Path

from _composed import CITIES, DISTRICTS, OUTLETS, THINGS, Art, Writer, brief_item, sign, sign_new

FONT = "CJK"
W, H = 700.0, 1000.0
MARGIN = 30.0
TOP = 950.0  # below the masthead strip
GUTTER = 12.0
CLOSING = "，。、；：！？”）》"

#: The layout styles, each a kind of page real e-papers print (see `compose_pdf`).
STYLES = ("banner", "grid", "jigsaw", "side_head", "kicker_subtitle", "briefs", "sidebar", "photo", "bylines",
          "furniture_jumps", "mixed_sizes", "table",
          "wrap_photo", "two_deck", "l_shape", "narrow_head", "commentary", "vertical_heads", "brief_strip", "loose_rules")
#: The third round's styles (composed before any rule written for them; their seeds 0-9 were scored first).
THIRD = STYLES[12:]


@functools.cache
def _font() -> str:
    """Register the CJK TrueType font mplfonts ships (reportlab embeds TrueType outlines only)."""
    import mplfonts
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(Path(mplfonts.__file__).parent / "fonts" / "SimHei.ttf")))
    return FONT


class Page:
    """A page being set: text, rules, boxes and pictures at places in points (origin bottom left)."""

    def __init__(self):
        from reportlab.pdfgen import canvas

        _font()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(W, H), invariant=1)
        self.c.setPageCompression(0)

    @staticmethod
    def width(s: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(s, FONT, size)

    def text(self, x: float, y: float, s: str, size: float, spacing: float = 0.0) -> None:
        """`s` with its baseline at y; `spacing` points after each character."""
        t = self.c.beginText(x, y)
        t.setFont(FONT, size)
        t.setCharSpace(spacing)
        t.textOut(s)
        self.c.drawText(t)

    def centred(self, x0: float, x1: float, y: float, s: str, size: float) -> None:
        self.text((x0 + x1 - self.width(s, size)) / 2, y, s, size)

    def vertical(self, x: float, top: float, s: str, size: float) -> float:
        """Display type set top to bottom; the y of its foot."""
        for i, ch in enumerate(s):  # each character centred on the column's axis
            self.text(x + (size - self.width(ch, size)) / 2, top - (i + 1) * size * 1.1, ch, size)
        return top - len(s) * size * 1.1

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.c.setLineWidth(0.6)
        self.c.line(x0, y0, x1, y1)

    def box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.c.setLineWidth(0.8)
        self.c.rect(x0, y0, x1 - x0, y1 - y0)

    def picture(self, x0: float, y0: float, x1: float, y1: float, drawn: bool = False) -> None:
        """A photo: an image, or a filled rectangle (some e-papers flatten pictures to paths)."""
        if drawn:
            self.c.setFillGray(0.7)
            self.c.rect(x0, y0, x1 - x0, y1 - y0, fill=1, stroke=0)
            self.c.setFillGray(0)
            return
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        img = Image.new("L", (40, 30), 150)
        self.c.drawImage(ImageReader(img), x0, y0, x1 - x0, y1 - y0)

    def save(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()

    # --- text in columns ---------------------------------------------------------------------------------------

    def lines(self, paragraphs: list[str], width: float, size: float) -> list[tuple[str, float, bool]]:
        """Paragraphs broken at the column width: (text, indent, justified); first lines indented two characters;
        closing punctuation never opens a line."""
        out = []
        for para in paragraphs:
            indent, cur = 2 * size, ""
            for ch in para:
                if cur and self.width(cur + ch, size) > width - indent and ch not in CLOSING:
                    out.append((cur, indent, True))
                    indent, cur = 0.0, ""
                cur += ch
            if cur:
                out.append((cur, indent, False))
        return out

    def set_line(self, x: float, y: float, width: float, line: tuple[str, float, bool], size: float) -> None:
        text, indent, justified = line
        spacing = 0.0
        if justified and len(text) > 1:
            spacing = max(0.0, (width - indent - self.width(text, size)) / (len(text) - 1))
        self.text(x + indent, y, text, size, spacing)

    def flow(self, paragraphs: list[str], x0: float, x1: float, top: float, cols: int, size: float,
             trailer: str = "", leading: float = 1.35, gutter: float = GUTTER) -> tuple[float, list[tuple[float, float, float]]]:
        """Paragraphs in `cols` balanced columns between x0 and x1 from `top` down (a trailer flush right after the
        last line); the lowest baseline, and each column's (x, width, bottom)."""
        width = (x1 - x0 - (cols - 1) * gutter) / cols
        lines = self.lines(paragraphs, width, size)
        if trailer:
            lines.append((trailer, width - self.width(trailer, size), False))
        per = max(1, math.ceil(len(lines) / cols))
        low, spans = top, []
        for k in range(cols):
            x = x0 + k * (width + gutter)
            chunk = lines[k * per:(k + 1) * per]
            y = top
            for ln in chunk:
                y -= size * leading
                self.set_line(x, y, width, ln, size)
            spans.append((x, width, y))
            low = min(low, y)
        return low, spans


def place(p: Page, art: Art, x0: float, x1: float, top: float, cols: int, body: float, head: float,
          centred: bool = True, byline_size: float | None = None, body_top_gap: float = 0.6,
          gutter: float = GUTTER) -> float:
    """Kicker, headline, subtitle, byline line and text of `art` set between x0 and x1 from `top`; the bottom."""
    y = heading(p, art, x0, x1, top, body, head, centred, byline_size) - body_top_gap * body
    low, _ = p.flow(art.paragraphs, x0, x1, y, cols, body, art.trailer, gutter=gutter)
    return low - body


def heading(p: Page, art: Art, x0: float, x1: float, top: float, body: float, head: float, centred: bool = True,
            byline_size: float | None = None) -> float:
    """Kicker, headline, subtitle and byline line of `art` set between x0 and x1 from `top`; where its text starts."""
    y = top
    if art.kicker:
        k = round(head * 0.5, 1)
        y -= k
        (p.centred(x0, x1, y, art.kicker, k) if centred else p.text(x0, y, art.kicker, k))
        y -= 0.4 * k
    size = min(head, (x1 - x0) / (len(art.headline) + 1))
    rows = [art.headline]
    if size < 1.6 * body:  # too long for the width: two lines rather than small type
        half = math.ceil(len(art.headline) / 2)
        rows = [art.headline[:half], art.headline[half:]]
        size = min(head, (x1 - x0) / (half + 1))
    for row in rows:
        y -= size * 1.1
        (p.centred(x0, x1, y, row, size) if centred else p.text(x0, y, row, size))
    y -= 0.35 * size
    if art.subtitle:
        s = round(max(body * 1.3, head * 0.5), 1)
        y -= s
        (p.centred(x0, x1, y, art.subtitle, s) if centred else p.text(x0 + 2 * s, y, art.subtitle, s))
        y -= 0.4 * s
    if art.byline_line:
        b = byline_size or body
        y -= b * 1.5
        p.text(x0, y, art.byline_line, b)
        y -= 0.3 * b
    return y


def furniture_top(p: Page, r: random.Random) -> None:
    """The masthead strip: page number, section name, date, editors' line, and a rule under it."""
    m, d = r.randint(1, 12), r.randint(1, 28)
    wd = "一二三四五六日"[r.randint(0, 6)]
    section = r.choice(("城市新闻", "经济观察", "民生", "综合新闻", "区县"))
    num = r.choice((str(r.randint(2, 16)), f"A{r.randint(2, 16):02d}", f"第{r.randint(2, 16)}版"))
    p.text(MARGIN, 968, num, r.choice((16, 22)))
    p.text(MARGIN + 60, 970, section, 14)
    p.text(W / 2 - 40, 970, f"2024年{m}月{d}日 星期{wd}", 8)
    if r.random() < 0.6:
        p.text(W - MARGIN - 110, 970, r.choice(("责编 林一 美编 陈二", "责任编辑 孙三 校对 吴五")), 7)
    p.rule(MARGIN, 958, W - MARGIN, 958)


def furniture_bottom(p: Page, r: random.Random) -> None:
    p.rule(MARGIN, 26, W - MARGIN, 26)
    p.text(MARGIN, 14, r.choice(("一审 李六 二审 王七 政审 张八", "新闻热线：12345678", "投稿邮箱：news@example.com")), 7)


def articles(w: Writer, n: int, forms: tuple[str, ...] = ("lead", "mark_line", "staff_line", "trailer")) -> list[Art]:
    """`n` signed articles of different kinds, each from a different city."""
    r = w.r
    kinds = [w.stats, w.policy, w.feature]
    out = []
    for k in range(n):
        a = kinds[k % 3] if k >= 3 else r.sample(kinds, 3)[k]
        art = a(r.choice(CITIES))
        sign_new(w, art, r.choice(forms), r.choice(OUTLETS), r.choice(CITIES))
        out.append(grow(art, w, r.choice((0, 1, 2))))
    heads = [a.headline for a in out]
    return out if len(set(heads)) == len(heads) else articles(w, n, forms)


def grow(art: Art, w: Writer, k: int) -> Art:
    """`art` with k more paragraphs (a longer article fills a wider space)."""
    extra = [f"据介绍，{art.topic or '相关'}工作已列入{w.r.choice(CITIES)}市年度重点任务清单，各部门将按季度通报进展，"
             f"对推进缓慢的项目挂牌督办，确保年内取得实效。",
             f"业内人士分析认为，随着一系列举措落地见效，{art.topic or '这项工作'}将进入提质增效的新阶段，"
             f"市场主体和群众的获得感将进一步增强。"]
    art.paragraphs[1:1] = extra[:k]
    return art


def compose_pdf(style: str, seed: int) -> tuple[bytes, list[dict]]:
    """One page of `style`: its PDF bytes and its gold articles."""
    w = Writer(seed * 7919 + STYLES.index(style) * 104729 + 17)
    r = w.r
    p = Page()
    furniture_top(p, r)
    body = r.choice((8.5, 9.0, 9.5, 10.0))
    x0, x1 = MARGIN, W - MARGIN
    gold = globals()[f"_{style}"](p, w, body, x0, x1)
    if style != "furniture_jumps" and r.random() < 0.5:
        furniture_bottom(p, r)
    return p.save(), [a.gold() for a in gold]


# --- the styles --------------------------------------------------------------------------------------------------

def _banner(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A headline spanning three or four columns over its multi-column article, then articles below it."""
    r = w.r
    a, b, c = articles(w, 3)
    grow(a, w, 2)
    y = place(p, a, x0, x1, TOP, r.choice((3, 4)), body, r.choice((28, 32, 36)), centred=r.random() < 0.6)
    p.rule(x0, y, x1, y)
    mid = (x0 + x1) / 2 if r.random() < 0.5 else x0 + (x1 - x0) * 0.6
    place(p, b, x0, mid - GUTTER / 2, y - 10, 2, body, 20, centred=False)
    p.rule(mid, y - 5, mid, 40)
    place(p, c, mid + GUTTER / 2, x1, y - 10, r.choice((1, 2)), body, 18, centred=False)
    return [a, b, c]


def _grid(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A lead article across the page, then two to four smaller ones side by side in a grid, ruled apart."""
    r = w.r
    n = r.choice((2, 3, 4))
    arts = articles(w, n + 1)
    lead = grow(arts[0], w, 1)
    y = place(p, lead, x0, x1, TOP, 3, body, 30)
    p.rule(x0, y, x1, y)
    width = (x1 - x0 - (n - 1) * GUTTER) / n
    for k, a in enumerate(arts[1:]):
        left = x0 + k * (width + GUTTER)
        place(p, a, left, left + width, y - 8, 1, body, r.choice((15, 16, 18)), centred=r.random() < 0.5)
        if k:
            p.rule(left - GUTTER / 2, y - 4, left - GUTTER / 2, 60)
    return arts


def _jigsaw(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """An L-shaped article: its headline over two columns, its text down them and on in the third column under its
    neighbour, which sits at the top of the third column (ruled off from the continuation)."""
    a, b = articles(w, 2)
    grow(a, w, 2)
    width = (x1 - x0 - 2 * GUTTER) / 3
    cols = [(x0 + k * (width + GUTTER)) for k in range(3)]
    # the neighbour in the third column, at the top
    yb = place(p, b, cols[2], cols[2] + width, TOP, 1, body, 16, centred=False)
    p.rule(cols[2], yb + 2, cols[2] + width, yb + 2)
    size = min(28.0, (2 * width + GUTTER) / (len(a.headline) + 1))
    p.text(cols[0], TOP - size, a.headline, size)
    y = TOP - 1.5 * size - 0.6 * body
    if a.byline_line:  # its byline line under the headline, as `place` sets it
        p.text(cols[0], y - body, a.byline_line, body)
        y -= 1.8 * body
    lead = body * 1.35
    while True:  # the article is a rectangle with its neighbour cut out of its top right corner
        lines = p.lines(a.paragraphs, width, body)
        if a.trailer:
            lines.append((a.trailer, width - p.width(a.trailer, body), False))
        end = (2 * y + yb - 6 - len(lines) * lead) / 3
        if end < yb - 6 - 3 * lead:
            break
        grow(a, w, 1)
    n = math.ceil((y - end) / lead)
    chunks = [lines[:n], lines[n:2 * n], lines[2 * n:]]
    tops = [y, y, yb - 6]
    for x, chunk, t in zip(cols, chunks, tops):
        yy = t
        for ln in chunk:
            yy -= lead
            p.set_line(x, yy, width, ln, body)
    return [a, b]


def _side_head(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A headline set to the left of its text: wrapped in a narrow column of display type, or vertical; another
    article above or below it."""
    r = w.r
    a, b = articles(w, 2)
    grow(a, w, 1)
    top = TOP
    if r.random() < 0.5:  # the other article first
        top = place(p, b, x0, x1, TOP, 3, body, 24, centred=False) - 6
        p.rule(x0, top + 4, x1, top + 4)
    head_w = r.choice((80.0, 100.0, 120.0))
    if r.random() < 0.5:  # wrapped in lines of a few characters
        size = r.choice((22.0, 26.0))
        per = max(2, int(head_w // size))
        y = top
        for i in range(0, len(a.headline), per):
            y -= size * 1.15
            p.text(x0, y, a.headline[i:i + per], size)
        head_bottom = y
    else:  # vertical
        size = min(30.0, 320.0 / (1.1 * len(a.headline)))
        head_bottom = p.vertical(x0 + (head_w - size) / 2, top, a.headline, size)
    by = a.byline_line
    y = top
    if by:
        y -= body * 1.5
        p.text(x0 + head_w + GUTTER, y, by, body)
        y -= 0.3 * body
    low, _ = p.flow(a.paragraphs, x0 + head_w + GUTTER, x1, y - 0.4 * body, 2, body, a.trailer)
    if top == TOP:
        y = min(low, head_bottom) - 16
        p.rule(x0, y + 8, x1, y + 8)
        place(p, b, x0, x1, y, 3, body, 24, centred=False)
    return [a, b]


def _kicker_subtitle(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """Articles with a kicker above and a subtitle below the headline, in smaller display type."""
    r = w.r
    arts = articles(w, r.choice((2, 3)))
    from _composed import KICKERS, SUBTITLES

    for a in arts:
        if r.random() < 0.7:
            a.kicker = r.choice(KICKERS)
        if r.random() < 0.7 or not a.kicker:
            a.subtitle = r.choice(SUBTITLES).format(r.choice(CITIES))
    y = TOP
    for a in arts:
        y = place(p, a, x0, x1, y, r.choice((2, 3)), body, r.choice((24, 28)), centred=r.random() < 0.7) - 8
        p.rule(x0, y + 4, x1, y + 4)
    return arts


def _briefs(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A main article beside a column of briefs under a section label, each brief's headline bold body size or only a
    little larger than the text."""
    r = w.r
    (main,) = articles(w, 1)
    grow(main, w, 2)
    city = r.choice(CITIES)
    briefs = []
    while len(briefs) < r.choice((3, 4, 5)):
        b = brief_item(w, city)
        if b.headline not in {x.headline for x in briefs}:
            briefs.append(b)
    col_w = (x1 - x0 - 3 * GUTTER) / 4
    left_briefs = r.random() < 0.5
    bx = x0 if left_briefs else x1 - col_w
    mx0, mx1 = (x0 + col_w + GUTTER, x1) if left_briefs else (x0, x1 - col_w - GUTTER)
    place(p, main, mx0, mx1, TOP, 2, body, 26, centred=False)
    p.rule(bx + col_w + GUTTER / 2 if left_briefs else bx - GUTTER / 2, TOP, bx + col_w + GUTTER / 2 if left_briefs
           else bx - GUTTER / 2, 60)
    y = TOP - 20
    p.text(bx, y, r.choice(("简讯", "城事速览", "资讯")), 18)
    y -= 10
    hs = round(body * r.choice((1.0, 1.1, 1.15, 1.2)), 1)
    for b in briefs:
        y -= hs * 1.6
        p.text(bx, y, b.headline, min(hs, col_w / len(b.headline)))  # same face: the bold is only its size or its place
        y -= 0.2 * body
        low, _ = p.flow(b.paragraphs, bx, bx + col_w, y, 1, body)
        y = low - 0.5 * body
    return [main] + briefs


def _sidebar(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """An article with a boxed sidebar (its own headline and text, a rectangle drawn around them) in its last
    column, and another article below."""
    r = w.r
    a, c = articles(w, 2)
    grow(a, w, 2)
    side = w.policy(r.choice(CITIES))
    side.headline = r.choice(("相关链接", "延伸阅读", "数说")) + "：" + side.headline
    side.paragraphs = side.paragraphs[:2]
    width = (x1 - x0 - 2 * GUTTER) / 3
    size = 26.0
    p.text(x0, TOP - size, a.headline, size)
    y = TOP - 1.6 * size
    if a.byline_line:
        y -= body * 1.5
        p.text(x0, y, a.byline_line, body)
    low, _ = p.flow(a.paragraphs, x0, x0 + 2 * width + GUTTER, y - 0.6 * body, 2, body, a.trailer)
    bx0, bx1 = x0 + 2 * (width + GUTTER), x1
    hs = round(body * 1.5, 1)
    p.text(bx0 + 6, y - hs - 4, side.headline[:int((width - 12) // hs)], hs) if len(side.headline) * hs < width - 12 else None
    hy = y - hs - 4
    if len(side.headline) * hs >= width - 12:  # wrapped over two lines
        per = int((width - 12) // hs)
        p.text(bx0 + 6, hy, side.headline[:per], hs)
        hy -= hs * 1.2
        p.text(bx0 + 6, hy, side.headline[per:], hs)
    slow, _ = p.flow(side.paragraphs, bx0 + 6, bx1 - 6, hy - 0.5 * body, 1, body)
    p.box(bx0, slow - 8, bx1, y)
    bottom = min(low, slow - 8) - 14
    p.rule(x0, bottom + 6, x1, bottom + 6)
    place(p, c, x0, x1, bottom, 3, body, 22, centred=False)
    return [a, side, c]


def _photo(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A photo with its caption and credit under it, between two articles or under a headline."""
    r = w.r
    a, b, c = articles(w, 3)
    y = place(p, a, x0, x1, TOP, 3, body, 26, centred=r.random() < 0.5) - 6
    ph_w = r.choice((0.5, 0.66, 1.0)) * (x1 - x0)
    px0 = x0 if r.random() < 0.5 else x1 - ph_w
    p.picture(px0, y - 160, px0 + ph_w, y, drawn=r.random() < 0.3)
    y -= 160 + body * 1.4
    t, dist, city = r.choice(THINGS), r.choice(DISTRICTS), r.choice(CITIES)
    caption = r.choice((f"市民在{city}市{dist}新建的{t}内选购商品。", f"{city}市{dist}的{t}内，志愿者为居民提供服务。"))
    who = w.name()
    credit = r.choice((f"本报记者 {who} 摄", f"{who}/摄", f"通讯员 {who} 摄"))
    cs = round(body * r.choice((0.8, 0.9, 1.0)), 1)
    if r.random() < 0.5:
        p.text(px0, y, caption + " " + credit, cs)
    else:
        p.text(px0, y, caption, cs)
        y -= cs * 1.4
        p.text(px0 + ph_w - p.width(credit, cs), y, credit, cs)
    y -= 14
    p.rule(x0, y + 6, x1, y + 6)
    mid = (x0 + x1) / 2
    place(p, b, x0, mid - GUTTER / 2, y, 2, body, 20, centred=False)
    place(p, c, mid + GUTTER / 2, x1, y, 2, body, 20, centred=False)
    return [a, b, c]


def _bylines(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """Three articles signed three ways: a byline line under the headline, a lead `本报讯（记者 X）`, a trailing
    `（记者 X）`."""
    r = w.r
    forms = [r.choice(("mark_line", "staff_line", "staff_corr_line", "report_line", "wen_tu", "mark_staff")),
             r.choice(("lead", "bracket_lead", "chief_lead")), r.choice(("trailer", "staff_trailer"))]
    r.shuffle(forms)
    arts = [w.stats(r.choice(CITIES)), w.policy(r.choice(CITIES)), w.feature(r.choice(CITIES))]
    for a, f in zip(arts, forms):
        sign_new(w, a, f, r.choice(OUTLETS), r.choice(CITIES))
    y = TOP
    for a in arts:
        y = place(p, a, x0, x1, y, r.choice((2, 3)), body, 24, centred=r.random() < 0.5,
                  byline_size=round(body * r.choice((0.9, 1.0, 1.1)), 1)) - 10
        p.rule(x0, y + 5, x1, y + 5)
    return arts


def _furniture_jumps(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """Furniture at the head and foot, an article continued on another page (`下转第3版`) and one continued from
    another (`上接第1版`)."""
    r = w.r
    a, b = articles(w, 2)
    grow(a, w, 1)
    y = place(p, a, x0, x1, TOP, 3, body, 28, centred=False)
    jump = f"（下转第{r.randint(2, 8)}版）" if r.random() < 0.5 else f"下转第{r.randint(2, 8)}版"
    p.text(x1 - p.width(jump, body), y, jump, body)
    y -= 2 * body
    p.rule(x0, y, x1, y)
    y = place(p, b, x0, x1, y - 8, 3, body, 22, centred=False)
    furniture_bottom(p, r)
    p.text(W - MARGIN - 20, 14, str(r.randint(2, 16)), 12)
    return [a, b]


def _mixed_sizes(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """Narrow and wide columns on one page, and body text of different sizes (8pt against 10pt)."""
    r = w.r
    a, b, c = articles(w, 3)
    grow(a, w, 2)
    small, large = 8.0, 10.0
    if r.random() < 0.5:
        small, large = large, small
    y = place(p, a, x0, x1, TOP, 4, small, 28, centred=False) - 6  # many narrow columns
    p.rule(x0, y + 3, x1, y + 3)
    split = x0 + (x1 - x0) * r.choice((0.35, 0.65))
    place(p, b, x0, split - GUTTER / 2, y, 1 if split - x0 < 300 else 2, large, 20, centred=False)
    p.rule(split, y, split, 60)
    place(p, c, split + GUTTER / 2, x1, y, 1 if x1 - split < 300 else 2, small, 20, centred=False)
    return [a, b, c]


def _table(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A statistics article with a ruled table of figures between its paragraphs, and another article."""
    r = w.r
    a = w.stats(r.choice(CITIES))
    while len(a.paragraphs) < 3:
        a.paragraphs.append("市统计局有关负责人表示，全市经济运行总体平稳，主要指标好于预期。")
    sign(w, a, r.choice(("lead", "mark_line")), r.choice(OUTLETS), r.choice(CITIES))
    (b,) = articles(w, 1)
    y = TOP
    size = 26.0
    p.text(x0, y - size, a.headline, size)
    y -= 1.6 * size
    if a.byline_line:
        y -= body * 1.5
        p.text(x0, y, a.byline_line, body)
    low, _ = p.flow(a.paragraphs[:2], x0, x1, y - 0.6 * body, 3, body)
    # the table: a title, a header row and five rows of figures, ruled
    ty = low - 1.6 * body
    ts = round(body * 0.9, 1)
    p.centred(x0, x1, ty, f"{r.choice(CITIES)}市主要经济指标", round(body * 1.1, 1))
    ty -= 6
    cols = [x0, x0 + 220, x0 + 380, x1]
    rows = [("指标", "绝对值（亿元）", "同比增长（%）")]
    from _composed import INDICATORS

    for ind, _ in r.sample(INDICATORS, 5):
        rows.append((ind, w.num(50, 900), w.num(-3, 12)))
    p.rule(x0, ty, x1, ty)
    for row in rows:
        ty -= ts * 1.8
        for k, cell in enumerate(row):
            p.text(cols[k] + 4, ty + 0.4 * ts, cell, ts)
        p.rule(x0, ty - 0.2 * ts, x1, ty - 0.2 * ts)
    for cx in cols:
        p.rule(cx, ty - 0.2 * ts, cx, low - 1.6 * body - 6)
    low, _ = p.flow(a.paragraphs[2:], x0, x1, ty - body, 3, body, a.trailer)
    y = low - 14
    p.rule(x0, y + 6, x1, y + 6)
    place(p, b, x0, x1, y, 3, body, 22, centred=False)
    return [a, b]


# --- the third round: forms the first twelve styles do not print -------------------------------------------------

def set_segments(p: Page, paragraphs: list[str], segments: list[tuple[float, float, float | None]], width: float,
                 size: float, trailer: str = "", leading: float = 1.35) -> float:
    """Paragraphs set into column segments in reading order, each (x, top, stop): a segment with a stop holds the
    lines that fit above it (text over a picture), the others run down to one bottom, as low as the text needs (a
    column starting lower holds fewer lines). The lowest baseline."""
    lines = p.lines(paragraphs, width, size)
    if trailer:
        lines.append((trailer, width - p.width(trailer, size), False))
    lead = size * leading

    def room(bottom: float) -> list[int]:
        return [max(0, int((t - (stop if stop is not None else bottom)) // lead) if stop is None or t > stop else 0)
                for _, t, stop in segments]

    bottom = max(t for _, t, _ in segments)
    while sum(room(bottom)) < len(lines):
        bottom -= lead / 4
    k, low = 0, bottom + lead
    for (x, t, _), n in zip(segments, room(bottom)):
        y = t
        for ln in lines[k:k + n]:
            y -= lead
            p.set_line(x, y, width, ln, size)
        k += n
        low = min(low, y)
    return low


def _columns_of(x0: float, x1: float, cols: int, gutter: float) -> tuple[list[float], float]:
    width = (x1 - x0 - (cols - 1) * gutter) / cols
    return [x0 + k * (width + gutter) for k in range(cols)], width


def _frame(r: random.Random, x0: float, x1: float) -> tuple[float, float, float]:
    """A margin and gutter drawn for the page: (x0, x1, gutter)."""
    m = r.choice((0.0, 6.0, 14.0))
    return x0 + m, x1 - m, r.choice((8.0, 10.0, 12.0, 15.0))


def pad(art: Art, w: Writer) -> None:
    """One more paragraph in `art` before its last, from another article of its city's kinds (a longer story)."""
    more = w.r.choice((w.stats, w.policy, w.feature))(w.r.choice(CITIES)).paragraphs
    art.paragraphs.insert(len(art.paragraphs) - 1, more[-1] if len(more) > 1 else more[0])


def _credit(w: Writer) -> str:
    return w.r.choice((f"本报记者 {w.name()} 摄", f"{w.name()}/摄", f"通讯员 {w.name()} 摄"))


def _wrap_photo(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A lead story whose columns wrap around a big photo set into them: the columns beside the photo run on, those
    it covers stop above it (or start under it) and go on under its caption; another article below."""
    r = w.r
    x0, x1, gutter = _frame(r, x0, x1)
    a, b = articles(w, 2)
    grow(a, w, 2)
    cols = r.choice((3, 4))
    y = heading(p, a, x0, x1, TOP, body, r.choice((26, 30, 34)), centred=r.random() < 0.5) - 0.6 * body
    xs, width = _columns_of(x0, x1, cols, gutter)
    span = r.choice((2, cols - 1)) if cols > 2 else 1
    first = r.choice((0, cols - span)) if r.random() < 0.8 else r.randint(0, cols - span)
    covered = range(first, first + span)
    lead = body * 1.35
    ph_top = y - lead * r.choice((0, 0, 4, 7))  # at the text's top, or a few lines down into the columns
    ph_h = r.choice((130.0, 160.0, 190.0))
    px0, px1 = xs[first], xs[first + span - 1] + width
    p.picture(px0, ph_top - ph_h, px1, ph_top, drawn=r.random() < 0.3)
    cs = round(body * r.choice((0.8, 0.9, 1.0)), 1)
    cy = ph_top - ph_h - cs * 1.3
    t, dist, city = r.choice(THINGS), r.choice(DISTRICTS), r.choice(CITIES)
    p.text(px0, cy, f"{city}市{dist}的{t}内，居民正在挑选商品。 {_credit(w)}", cs)
    under = cy - 0.8 * body
    segments = []
    for k, x in enumerate(xs):
        if k in covered:
            if ph_top < y - lead:  # text above the photo first
                segments.append((x, y, ph_top + 0.3 * lead))
            segments.append((x, under, None))
        else:
            segments.append((x, y, None))
    while True:  # enough text to run past the photo's foot
        low = set_segments(Page(), a.paragraphs, segments, width, body, a.trailer)
        if low < under - 3 * lead:
            break
        pad(a, w)
    low = set_segments(p, a.paragraphs, segments, width, body, a.trailer)
    y = low - body - 10
    p.rule(x0, y + 5, x1, y + 5)
    place(p, b, x0, x1, y, r.choice((2, 3)), body, 22, centred=False, gutter=gutter)
    return [a, b]


def _two_deck(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """Headlines set in two decks across their columns, with a kicker and a subtitle of different sizes (the kicker
    smaller or larger than the subtitle, each centred or flush left); the decks flush left, centred, or stepped (the
    second indented a few ems)."""
    r = w.r
    x0, x1, gutter = _frame(r, x0, x1)
    from _composed import KICKERS, SUBTITLES

    arts = articles(w, 2)
    for a in arts:
        a.kicker = r.choice(KICKERS) if r.random() < 0.8 else ""
        a.subtitle = r.choice(SUBTITLES).format(r.choice(CITIES)) if r.random() < 0.8 or not a.kicker else ""
    y = TOP
    for n, a in enumerate(arts):
        head = r.choice((24.0, 28.0, 32.0))
        ks, ss = round(head * r.choice((0.4, 0.5, 0.6)), 1), round(head * r.choice((0.5, 0.6, 0.7)), 1)
        ks, ss = max(ks, 1.3 * body), max(ss, 1.3 * body)
        align = r.choice(("left", "centre", "step"))

        step = r.choice((2, 3, 4))  # ems the second deck is stepped in

        def at(s: str, size: float, where: str, step: int = step) -> float:
            wd = p.width(s, size)
            return {"left": x0, "right": x1 - wd, "step": x0 + step * size}.get(where, (x0 + x1 - wd) / 2)

        if a.kicker:
            y -= ks
            p.text(at(a.kicker, ks, "left" if align != "centre" else r.choice(("left", "centre"))), y, a.kicker, ks)
            y -= 0.5 * ks
        half = math.ceil(len(a.headline) / 2)
        size = min(head, 0.8 * (x1 - x0) / (half + 1))
        for k, deck in enumerate((a.headline[:half], a.headline[half:])):
            y -= size * 1.15
            where = {"left": "left", "centre": "centre", "step": ("left", "step")[k]}[align]
            p.text(at(deck, size, where), y, deck, size)
        y -= 0.35 * size
        if a.subtitle:
            y -= ss
            p.text(at(a.subtitle, ss, "centre" if align == "centre" else r.choice(("left", "right"))), y, a.subtitle, ss)
            y -= 0.4 * ss
        if a.byline_line:
            y -= body * 1.5
            p.text(x0, y, a.byline_line, body)
            y -= 0.3 * body
        low, _ = p.flow(a.paragraphs, x0, x1, y - 0.6 * body, r.choice((3, 4)), body, a.trailer, gutter=gutter)
        y = low - body - 10
        if n == 0 and r.random() < 0.7:
            p.rule(x0, y + 5, x1, y + 5)
    return arts


def _l_shape(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A story in an L or reversed L: its headline over all its columns, one column running on past the others' end,
    down beside the next article, which sits under the short columns (ruled off across them, or not ruled at all)."""
    r = w.r
    x0, x1, gutter = _frame(r, x0, x1)
    a, b = articles(w, 2)
    grow(a, w, 2)
    cols = r.choice((3, 4))
    xs, width = _columns_of(x0, x1, cols, gutter)
    long_right = r.random() < 0.5
    y = heading(p, a, x0, x1, TOP, body, r.choice((26, 30)), centred=r.random() < 0.5) - 0.6 * body
    lead = body * 1.35
    short = r.choice((8, 10, 12))  # lines in each short column
    lines = p.lines(a.paragraphs, width, body)
    while len(lines) < short * (cols - 1) + short + 14:
        pad(a, w)
        lines = p.lines(a.paragraphs, width, body)
    if a.trailer:
        lines.append((a.trailer, width - p.width(a.trailer, body), False))
    order = list(range(cols))
    long_col = cols - 1 if long_right else 0
    k = 0
    for c in order:
        n = short if c != long_col else (len(lines) - short * (cols - 1))
        yy = y
        for ln in lines[k:k + n]:
            yy -= lead
            p.set_line(xs[c], yy, width, ln, body)
        k += n
    end = y - short * lead - body - 8
    bx0, bx1 = (x0, xs[-1] - gutter) if long_right else (xs[1], x1)
    ruled = r.random()
    if ruled < 0.4:
        p.rule(bx0, end + 4, bx1, end + 4)
    elif ruled < 0.7:
        p.rule(bx0, end + 4, bx1, end + 4)
        rx = (xs[-1] - gutter / 2) if long_right else (xs[1] - gutter / 2)
        p.rule(rx, end + 4, rx, 60)
    place(p, b, bx0, bx1, end - 4, cols - 1 if cols > 3 else 2, body, r.choice((18, 20)), centred=r.random() < 0.4,
          gutter=gutter)
    return [a, b]


def _narrow_head(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """Text in three or four columns under a headline set only over the first two; the columns beyond start level
    with the others or up beside the headline; another article above or below, ruled off."""
    r = w.r
    x0, x1, gutter = _frame(r, x0, x1)
    a, b = articles(w, 2)
    grow(a, w, 2)
    cols = r.choice((3, 4))
    xs, width = _columns_of(x0, x1, cols, gutter)
    top = TOP
    if r.random() < 0.4:
        top = place(p, b, x0, x1, TOP, 3, body, 22, centred=False, gutter=gutter) - 10
        p.rule(x0, top + 5, x1, top + 5)
    head_x1 = xs[1] + width
    y = heading(p, a, x0, head_x1, top, body, r.choice((22, 26, 30)), centred=r.random() < 0.4) - 0.6 * body
    beside = r.random() < 0.5  # the columns right of the headline run up to its top
    segments = [(x, y if k < 2 or not beside else top - 0.2 * body, None) for k, x in enumerate(xs)]
    low = set_segments(p, a.paragraphs, segments, width, body, a.trailer)
    if top == TOP:
        y = low - body - 10
        p.rule(x0, y + 5, x1, y + 5)
        place(p, b, x0, x1, y, 3, body, 22, centred=False, gutter=gutter)
    return [a, b]


def _commentary(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A commentary in a drawn box under a label (`短评`), signed under its last line (`（李 华）`, or the name alone
    flush right), beside or under a news article; another article under both."""
    r = w.r
    x0, x1, gutter = _frame(r, x0, x1)
    a, c = articles(w, 2)
    grow(a, w, 1)
    com = w.policy(r.choice(CITIES))
    com.headline = r.choice(("让政策红利真正落地", "办实事贵在久久为功", "把好事办到群众心坎上", "以实干回应期待"))
    com.paragraphs = [
        f"{r.choice(CITIES)}市近日出台的举措，回应了群众关切。好政策要见实效，关键在于抓落实。",
        "各部门应当主动作为，把政策讲清楚，把流程理顺畅，让群众少跑腿、好办事。",
        "说到底，检验工作成效的标准，是群众的获得感和满意度。",
    ][: r.choice((2, 3))]
    name = w.name()
    sig = r.choice((f"（{name}）", f"（{' '.join(name)}）", name))
    com.reporters = [name]
    label = r.choice(("短评", "今日快评", "新闻观察", "一语"))
    side = r.random() < 0.6
    if side:  # the box in the right-hand column, the news article in the others
        cols = r.choice((3, 4))
        xs, width = _columns_of(x0, x1, cols, gutter)
        bx0, bx1 = xs[-1], x1
        bottom_a = place(p, a, x0, xs[-1] - gutter, TOP, cols - 1, body, r.choice((24, 28)), centred=False, gutter=gutter)
        btop = TOP - r.choice((0.0, 30.0))
    else:
        bottom_a = place(p, a, x0, x1, TOP, 3, body, r.choice((24, 28)), centred=False, gutter=gutter) - 12
        bx0, bx1 = x0 + r.choice((0.0, 40.0)), x1 - r.choice((0.0, 40.0))
        btop = bottom_a
    pad = 6.0
    y = btop - pad - 14
    p.text(bx0 + pad, y, label, 14)
    hs = round(body * r.choice((1.5, 1.8)), 1)
    y -= hs * 1.5
    hs = min(hs, (bx1 - bx0 - 2 * pad) / (len(com.headline) + 1))
    p.text(bx0 + pad, y, com.headline, hs)
    y -= 0.6 * hs
    low, spans = p.flow(com.paragraphs, bx0 + pad, bx1 - pad, y, 1 if side else 2, body, gutter=gutter)
    sy = low - body * 1.4
    sx = spans[-1][0] + spans[-1][1] - p.width(sig, body)
    p.text(sx, spans[-1][2] - body * 1.4 if not side else sy, sig, body)
    box_bottom = min(sy, spans[-1][2] - body * 1.4) - pad
    p.box(bx0, box_bottom, bx1, btop)
    y = min(bottom_a, box_bottom) - 12
    p.rule(x0, y + 6, x1, y + 6)
    place(p, c, x0, x1, y, 3, body, 22, centred=False, gutter=gutter)
    return [a, com, c]


def _vertical_heads(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """Two or three articles stacked, each under a headline set top to bottom at its left or right edge, its text in
    columns beside it; ruled apart or not."""
    r = w.r
    x0, x1, gutter = _frame(r, x0, x1)
    arts = articles(w, r.choice((2, 3)))
    while len(arts) > 2 and sum(len(a.headline) + 4 for a in arts) * 1.1 * 1.4 * body > TOP - 80:
        arts.pop()  # long headlines set top to bottom: two articles fill the page
    y = TOP
    for n, a in enumerate(arts):
        room = (y - 60) / (len(arts) - n) - 30  # the page's height left, shared with the articles still to come
        size = max(1.4 * body, min(r.choice((20.0, 24.0, 28.0)), room / (1.1 * len(a.headline))))
        head_w = size + r.choice((6.0, 12.0))
        right = r.random() < 0.5
        tx0, tx1 = (x0, x1 - head_w - gutter) if right else (x0 + head_w + gutter, x1)
        hx = (x1 - head_w + (head_w - size) / 2) if right else x0 + (head_w - size) / 2
        foot = p.vertical(hx, y, a.headline, size)
        ty = y
        if a.byline_line:
            ty -= body * 1.5
            p.text(tx0, ty, a.byline_line, body)
            ty -= 0.3 * body
        low, _ = p.flow(a.paragraphs, tx0, tx1, ty - 0.4 * body, r.choice((2, 3)), body, a.trailer, gutter=gutter)
        gap = r.choice((12.0, 20.0))
        y = min(low - body, foot) - gap
        if r.random() < 0.6:
            p.rule(x0, y + gap / 2, x1, y + gap / 2)
    return arts


def _brief_strip(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A lead story over a strip of briefs across the foot of the page: three to five briefs side by side, each under
    a tiny headline (its text's size or a little larger), the briefs set smaller than the lead (7.5 against 9 pt) or
    not; a label at the strip's head or none; rules between the briefs or not."""
    r = w.r
    x0, x1, gutter = _frame(r, x0, x1)
    (a,) = articles(w, 1)
    grow(a, w, 2)
    small = r.choice((7.5, 7.5, 8.0, body))
    y = place(p, a, x0, x1, TOP, r.choice((3, 4)), body, r.choice((26, 30)), centred=r.random() < 0.5, gutter=gutter)
    label = r.choice(("简讯", "城事速览", "资讯", "本地快讯")) if r.random() < 0.6 else ""
    city = r.choice(CITIES)
    briefs: list[Art] = []
    n = r.choice((3, 4, 5))
    while len(briefs) < n:
        bi = brief_item(w, city)
        if bi.headline not in {x.headline for x in briefs}:
            briefs.append(bi)
    xs, width = _columns_of(x0, x1, n, gutter)
    hs = round(small * r.choice((1.0, 1.15, 1.3)), 1)
    ruled = r.random() < 0.5

    def strip(q: Page, top: float) -> float:
        """The label and the briefs side by side from `top` down; the lowest baseline."""
        q.rule(x0, top, x1, top)
        top -= 6
        if label:
            top -= 14
            q.text(x0, top, label, 14)
            top -= 4
        low = top
        for bi, x in zip(briefs, xs):
            half = math.ceil(len(bi.headline) / 2)
            size = min(hs, width / (len(bi.headline) + 0.5))
            rows = [bi.headline]
            if size < 0.95 * small:  # too long for the column: two rows
                rows, size = [bi.headline[:half], bi.headline[half:]], min(hs, width / (half + 0.5))
            yy = top
            for row in rows:
                yy -= size * 1.3
                q.text(x, yy, row, size)
            low = min(low, q.flow(bi.paragraphs, x, x + width, yy - 0.3 * small, 1, small)[0])
        if ruled:
            for x in xs[1:]:
                q.rule(x - gutter / 2, top, x - gutter / 2, low - 4)
        return low

    y -= 8
    strip(p, min(y, 60 + (y - strip(Page(), y))))  # the strip stands at the foot of the page
    return [a] + briefs


def _loose_rules(p: Page, w: Writer, body: float, x0: float, x1: float) -> list[Art]:
    """A lead over two or three articles side by side, with the rules between articles missing or drawn only part of
    the way (under one article, or short of the page's foot); the articles below in smaller type or not."""
    r = w.r
    x0, x1, gutter = _frame(r, x0, x1)
    n = r.choice((2, 3))
    arts = articles(w, n + 1)
    lead = grow(arts[0], w, 1)
    y = place(p, lead, x0, x1, TOP, r.choice((3, 4)), body, r.choice((26, 30)), centred=r.random() < 0.5,
              gutter=gutter) - r.choice((6.0, 10.0))
    kind = r.choice(("none", "part", "short"))
    if kind == "part":  # a rule under the lead across one of the columns below only
        p.rule(x0, y + 3, x0 + (x1 - x0) / n, y + 3)
    elif kind == "short":
        p.rule(x0, y + 3, x1, y + 3)
    size = r.choice((body, body, 7.5, 8.0))
    xs, width = _columns_of(x0, x1, n, 2 * gutter)
    for k, (a, x) in enumerate(zip(arts[1:], xs)):
        place(p, a, x, x + width, y - 4, r.choice((1, 2)) if width > 200 else 1, size, r.choice((16, 18, 20)),
              centred=r.random() < 0.5, gutter=gutter)
        if k and kind == "short":  # a column rule that stops short of the foot
            p.rule(x - gutter, y - 4, x - gutter, y - 200)
    return arts
