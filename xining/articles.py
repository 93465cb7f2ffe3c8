"""From blocks to articles: where one article ends and the next begins, decided for the whole page.

Blocks come in reading order. When the reader knew the articles from geometry (a PDF: `Block.group`
is set), blocks of one group make one article. A text dump gives no groups, and the boundaries are
decided from evidence, in one pass and one page-level review:
- an article starts at a byline (`本报讯（记者 X）`, a byline line `■记者 X`, `本报记者 X`, a lone
  signature under a headline), at a dateline, period or source lead (`3月25日，`, `1-9月，`, `今年以来，`,
  `记者从…获悉，`) after
  a headline, a credit, an unsigned article or a change of topic, and after an article a trailer closed;
- it ends at a trailer (`（记者 X）`, `（作者为…）`, a signature after its last full stop) or a jump line (`（下转第3版）`);
  an editor's note (`编者按：`) opens the article of the lead under it, a jump line `（上接第1版）` the continuation under it;
- then the page is reviewed as a whole (`review`): an unsigned piece with no headline of its own and no
  lead of its own is a displaced part of the article it shares most with, not an article (on a page of
  signed articles, even under a title: the title is its sub-head), and on a page of paid notices, what
  is neither signed nor headlined is a notice too.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field, replace

from .bylines import byline_of_blocks, parse_byline, parse_trailer
from .chinese import HAN, display_width, ends_sentence, to_simplified
from .layout import credits_of, headline_of, is_box_label, is_name_line, paragraph_of
from .lexicon import newspaper as lx
from .model import Block, Byline, Credit, Headline, Paragraph

#: Below this share of a lead's character bigrams found in the article so far, the lead opens a new topic.
NEW_TOPIC_COHESION = 0.1
#: A title between two paragraphs with less than this share of its bigrams in the paragraph under it is a sub-head.
SUB_HEAD_SHARE = 0.25
#: Block kinds that are text of an article.
PARAGRAPH_KINDS = ("lead", "body", "list_item", "section_title")
#: Block kinds that are headlines (or part of one).
HEADLINE_KINDS = ("headline", "kicker", "subtitle")
#: Block kinds kept on the page and never in an article.
ASIDE_KINDS = ("furniture", "ad", "notice", "caption", "table")
#: An orphan folds into the article with which it shares at least this weighted share of its bigrams.
FOLD_SHARE = 0.1
#: On a page where notices hold at least this share of the text, unsigned, unheadlined text is notice too.
NOTICE_PAGE_SHARE = 0.5
#: A title this narrow (display width) may be a sub-head (`工业生产加快恢复`); a report's headline runs longer or is alone.
SECTION_TITLE_WIDTH = 10.0
#: At least this many such titles, each over unsigned text opening as a section, make the sections of the article before.
SECTION_RUN = 2


@dataclass
class Draft:
    byline: Byline | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    dated_lead: bool = False
    near: list[Headline] = field(default_factory=list)  # headlines printed right before its byline (two at most)
    headline: Headline | None = None  # its headline when geometry decided it
    closed: bool = False  # a trailer ended it
    pending: str = ""  # a signature's first character, waiting for the rest
    after_headline: bool = False  # an unsigned article that a headline precedes
    over: Headline | None = None  # the headline printed right before its text, when it opened unsigned
    gaps: list[int] = field(default_factory=list)  # paragraphs it kept although a headline stood before them
    trailer: Byline | None = None  # who signed it at its end (a trailer, a closing signature)
    continued: bool = False  # a jump line (`（上接第1版）`) opened it: the rest of an article begun on another page

    @property
    def text(self) -> str:
        return "".join([p.text for p in self.paragraphs])


@dataclass
class Assembly:
    """What the articles stage makes of a page's blocks."""

    drafts: list[Draft]
    headlines: list[Headline]  # headlines still to assign (a dump), or of no article (geometry decided)
    credits: list[Credit]
    other: list[Block]  # blocks of no article


def assemble(blocks: Sequence[Block], by_geometry: bool = False) -> Assembly:
    """Articles of a page from its blocks: by group when a reader placed them by geometry (a PDF; then a block
    without a group belongs to no article), by evidence otherwise."""
    if by_geometry or any(b.group is not None for b in blocks):
        return _by_group(blocks)
    return review(_by_evidence(blocks))


# --- blocks with groups (a PDF reader decided) --------------------------------------------
def _by_group(blocks: Sequence[Block]) -> Assembly:
    """The blocks of one group make one article, in the order given: its paragraph blocks are its paragraphs, its
    headline block its headline; its byline and trailer blocks and its lead sign it; its other blocks (kicker,
    subtitle, byline, credit...) stay on the page, numbered with the article. A group without paragraphs is no
    article, and a block without a group belongs to none: a headline among them is left unassigned."""
    by_group: dict[int, list[Block]] = {}
    loose: list[Block] = []
    for b in blocks:
        (by_group.setdefault(b.group, []) if b.group is not None else loose).append(b)
    out = Assembly([], [], [], [])
    framing: list[Block] = []
    for members in by_group.values():
        paras = [paragraph_of(b) for b in members if b.kind in PARAGRAPH_KINDS]
        if not paras:
            loose.extend(members)
            continue
        heads = [b for b in members if b.kind == "headline"]
        headline = Headline(" ".join(b.text for b in heads), heads[0].lines[0][1], heads[-1].lines[-1][1]) if heads else None
        byline = byline_of_blocks([b.text for b in members if b.kind in ("byline", "trailer")], paras[0].text)
        if byline is not None and lx.BYLINE_LEAD_RE.match(simple_text(paras[0])):
            paras[0] = replace(paras[0], kind="lead")
        out.drafts.append(Draft(byline, paras, headline=headline))
        framing.extend(replace(b, group=len(out.drafts)) for b in members if b.kind not in PARAGRAPH_KINDS + ("headline",))
    rest = [replace(b, group=None) for b in loose]
    out.headlines = [headline_of(b) for b in rest if b.kind == "headline"]
    out.other = sorted(framing, key=lambda b: b.lines[0][1]) + [b for b in rest if b.kind != "headline"]
    return out


# --- blocks without groups (a text dump) ------------------------------------------------
def _by_evidence(blocks: Sequence[Block]) -> Assembly:
    out = Assembly([], [], [], [])
    heads: list[Headline] = []  # headlines since the last text
    gap = False  # a headline or credit stands between this paragraph and the last
    pending: list[Draft] = []  # drafts waiting for the rest of a split signature
    jumped_in = False  # a jump line (`（上接第1版）`) was printed since the last text
    skip = 0  # blocks up to this one are read already (a photo-news item's text)
    for i, b in enumerate(blocks):
        if i < skip:
            continue
        current = out.drafts[-1] if out.drafts else None
        if b.kind == "furniture" and (jump := lx.JUMP_RE.match((b.simple or b.text).replace(" ", ""))):
            # `（下转第3版）` ends its article on this page; `（上接第1版）` opens the text under it as an article's rest.
            out.other.append(b)
            if jump.group("in"):
                jumped_in = True
            elif current is not None and current.paragraphs:
                current.closed = True
        elif b.kind in ("subtitle", "kicker"):
            # A subtitle under a headline (`——…述要`), a deck above one: the page keeps them, no article is named by them.
            out.other.append(b)
        elif b.kind in HEADLINE_KINDS:
            h = headline_of(b)
            heads.append(h)
            out.headlines.append(h)
            gap = bool(out.drafts)
        elif b.kind == "credit":
            out.credits.extend(credits_of(b))
            gap, heads = bool(out.drafts), []
        elif b.kind in ASIDE_KINDS:
            out.other.append(b)
        elif b.kind == "byline":
            out.other.append(b)  # kept on the page as printed; what it says goes into the Byline
            if len(b.text) == 1:  # one character of a signature
                if pending:
                    d = pending.pop(0)
                    d.pending += b.text
                    d.byline = Byline(None, (d.pending,))
                elif (heads or current is None) and b.text in lx.SURNAMES:
                    out.drafts.append(Draft(None, near=_near(heads, b), pending=b.text))
                    pending.append(out.drafts[-1])
                    heads = []
                continue
            byline = parse_byline(b.raw or b.text)
            if byline is None and not _placed_signature(blocks, i):
                if current is not None and current.paragraphs and _co_author(blocks, i, current):
                    current.byline = _merge(current.byline, _signature(b))
                continue  # a short word that only looks like a name (a product, a label)
            byline = byline or _signature(b)
            if _opens(blocks, i, heads, current):
                if current is not None and _awaits_text(current) and not heads:
                    current.byline = _merge(current.byline, byline)
                else:
                    out.drafts.append(Draft(byline, near=_near(heads, b)))
                heads = []
            elif current is not None:  # a signature after the last full stop ends the article
                _sign_at_end(out.drafts, byline)
        elif b.kind == "trailer":
            out.other.append(b)
            if current is not None:
                _sign_at_end(out.drafts, parse_trailer(b.raw or b.text))
        else:  # a paragraph
            para = paragraph_of(b)
            if n := _photo_item(blocks, i, heads):
                # Its headline right above a few sentences closed by a photo credit: a photo-news item, whose headline
                # is its own however few words they share, and whose photographer is a credit, no author.
                out.headlines = [h for h in out.headlines if h is not heads[-1]]
                out.drafts.append(Draft(None, [paragraph_of(x) for x in blocks[i:i + n]], headline=heads[-1], closed=True))
                skip, heads, gap, jumped_in = i + n, [], False, False
                continue
            if b.kind == "lead":
                if current is not None and _awaits_text(current) and not heads:
                    current.byline = _merge(current.byline, parse_byline(b.raw or b.text))
                    current.paragraphs.append(para)
                elif current is not None and not heads and _awaits_lead(current, b):
                    # A byline line, a column piece, then the lead that names no one: one article, opening at its lead.
                    current.byline = _merge(current.byline, parse_byline(b.raw or b.text))
                    current.paragraphs.insert(0, para)
                else:
                    out.drafts.append(Draft(parse_byline(b.raw or b.text), [para], near=_near(heads, b)))
            elif b.kind in ("body", "section_title") and current is not None and current.paragraphs and _is_note(para) \
                    and not _awaits_text(current):  # (the paragraph first: few are notes)
                # An editor's note (`编者按：…`) opens the article whose lead follows it.
                out.drafts.append(Draft(None, [para], after_headline=bool(heads), over=heads[-1] if heads else None,
                                        near=_near(heads, b)))
            elif jumped_in and b.kind == "body":
                # The headline over a jump line is the continued article's (a jump headline shares few words with the
                # piece of text under it): it is its own, not one to assign by content.
                head = heads[-1] if heads else None
                out.headlines = [h for h in out.headlines if h is not head]
                out.drafts.append(Draft(None, [para], after_headline=bool(heads), headline=head, continued=True))
            elif current is not None and not current.paragraphs:
                current.paragraphs.append(para)
                current.dated_lead = _dated(para)
                if heads and not current.near and len(heads) <= 2:  # printed between its byline and its text
                    current.near = list(heads)
            elif current is None or current.closed or _opens_new_article(para, current, gap) and not (
                    not heads and _interview_goes_on(blocks, i, current)):
                out.drafts.append(Draft(None, [para], dated_lead=_dated(para), after_headline=bool(heads),
                                        over=heads[-1] if heads else None))
            else:
                if gap:
                    current.gaps.append(len(current.paragraphs))
                current.paragraphs.append(para)
            heads, gap, jumped_in = [], False, False
    out.drafts = [d for d in out.drafts if d.paragraphs]
    return out


#: A photo-news item's text runs to at most this many sentences, its headline at most this many lines above it.
PHOTO_SENTENCES = 3
PHOTO_HEAD_GAP = 2


def _photo_item(blocks: Sequence[Block], i: int, heads: list[Headline]) -> int:
    """How many text blocks from `i` make a photo-news item (图片新闻), 0 if none: the last headline printed right above
    them (at most one blank line between), at most PHOTO_SENTENCES whole sentences that open as a report's lead does
    (`6月10日，`, `近日，`) or stand under a photo label (`图说`), then a photo credit right under them. No article puts a
    photo credit under its own last sentence; a caption printed between articles has no headline over it, and one over
    a byline or lead is a photo under the headline of that article."""
    if not heads or blocks[i].kind != "body" or blocks[i].lines[0][1] - heads[-1].last_line > PHOTO_HEAD_GAP:
        return 0
    j = i
    while j < len(blocks) and blocks[j].kind == "body":
        j += 1
    if j == len(blocks) or blocks[j].kind != "credit" or blocks[j].lines[0][1] - blocks[j - 1].lines[-1][1] > 1:
        return 0
    if j + 1 < len(blocks) and blocks[j + 1].kind in ("byline", "lead"):
        return 0  # a photo under a headline, over the byline or lead of the headline's article
    text = "".join(b.text for b in blocks[i:j])
    if not ends_sentence(text) or sum(map(text.count, "。！？!?")) > PHOTO_SENTENCES:
        return 0
    k = i - 1
    while k >= 0 and blocks[k].kind == "headline":
        k -= 1
    labelled = k >= 0 and blocks[k].kind == "kicker" and lx.PHOTO_LABEL_RE.match(blocks[k].simple or blocks[k].text)
    return j - i if labelled or _lead_form(simple_text(paragraph_of(blocks[i]))) else 0


#: A speaker's label, opening a paragraph or a turn after a sentence: `记者：`, `问：`, `答：`, `Q：`, `A：`, a name and a
#: colon, or (in the raw text, set bold) a role or name and a space: `记者 此次…`, `罗玉 措施共…`.
_SPEAKER_RE = re.compile(rf"(?:^|(?<=[。？！?!]))[\s\u3000]*(?P<who>[{HAN}]{{1,4}}|[QqAa])(?:[\s\u3000]*[：:]|[\s\u3000]+(?=[{HAN}“]))")
#: The paragraphs looked back over for the labels an interview uses.
SPEAKER_LOOKBACK = 64


def _speakers(b: Block) -> set[str]:
    """The speakers' labels a paragraph block uses, at its start or after a sentence (its text; its raw first lines for
    the labels set apart by a space)."""
    return {m.group("who") for t in (b.text, b.raw) for m in _SPEAKER_RE.finditer(t)}


def _interview_goes_on(blocks: Sequence[Block], i: int, current: Draft) -> bool:
    """Does the paragraph at `i`, set apart from `current` by a photo and its caption, not a headline, go on its
    interview? It opens on a speaker's label that `current` uses (`记者：`, `答：`), or on any label after a question that
    ends `current` (the answer). Answers share few words with questions, so vocabulary cannot tell."""
    m = _SPEAKER_RE.match(blocks[i].raw or blocks[i].text) or _SPEAKER_RE.match(blocks[i].text)
    if m is None or not current.paragraphs or _lead_form(simple_text(paragraph_of(blocks[i]))):
        return False
    firsts = {p.first_line for p in current.paragraphs}
    used: set[str] = set()
    for b in blocks[max(0, i - SPEAKER_LOOKBACK):i]:
        if b.kind in PARAGRAPH_KINDS and b.lines[0][1] in firsts:
            used |= _speakers(b)
    return m.group("who") in used or current.paragraphs[-1].text.rstrip().endswith(("？", "?"))


def _near(heads: list[Headline], opener: Block) -> list[Headline]:
    """Headlines that place an article by position: one or two (a kicker and its headline) right above its
    byline, or the last of a run printed with no blank line before the byline; a gathered block of more,
    apart from the text, says nothing about which goes where."""
    if heads and opener.lines and heads[-1].last_line + 1 == opener.lines[0][1]:
        return heads[-3:]
    return heads if len(heads) <= 2 else []


def _opens(blocks: Sequence[Block], i: int, heads: list[Headline], current: Draft | None) -> bool:
    """Does the byline line at `i` open an article (under a headline, above a lead) or close one (after its text)?

    A signature right after a trailer signs the article the trailer closed."""
    if heads or current is None or _awaits_text(current):
        return True
    nxt = next((b for b in blocks[i + 1:] if b.kind not in ASIDE_KINDS), None)
    if nxt is not None and nxt.kind == "lead":  # above a lead that names no one, it names its reporters
        named = parse_byline(nxt.raw or nxt.text)
        return named is None or not (named.reporters or named.correspondents)
    if nxt is not None and nxt.kind in HEADLINE_KINDS:  # a byline line above a headline signs what follows
        return parse_byline(blocks[i].raw or blocks[i].text) is not None
    before = next((b for b in reversed(blocks[:i]) if b.kind not in ASIDE_KINDS), None)
    if current.closed:  # after a trailer it signs the article the trailer closed (see `_sign_at_end`)
        if before is None or before.kind != "trailer":
            return True
        # ... unless the trailer named that article's authors and this line names its own with a role (`■记者 X`):
        # the article after it, whose headline is printed elsewhere, opens here.
        said, role = parse_trailer(before.raw or before.text), parse_byline(blocks[i].raw or blocks[i].text)
        return bool(said and said.reporters + said.correspondents and role and role.reporters + role.correspondents)
    # A byline line with a role (`本报记者 X`, `■记者 X`) after a full stop, above text on a new topic (its headline
    # printed elsewhere): it opens that text's article. Above more of the same topic, it closes the article before.
    role = parse_byline(blocks[i].raw or blocks[i].text)
    return bool(role and role.reporters + role.correspondents) and nxt is not None and nxt.kind == "body" and (
        not coheres(nxt.text, current.text))


def _is_note(para: Paragraph) -> bool:
    """An editor's note or key points (`编者按：…`, `【编者按】…`, `核心提示：…`), printed above an article's lead."""
    return lx.EDITOR_NOTE_RE.match(para.text[:8]) is not None


#: An editor's note runs to at most this many paragraphs (its label on a line of its own, its text) before the lead.
NOTE_PARAGRAPHS = 2


def _awaits_text(d: Draft) -> bool:
    """An article opened with nothing but its byline or an editor's note so far (the note's label may stand on a line
    of its own, its text under it): its lead is still to come."""
    if not d.paragraphs:
        return True
    first = d.paragraphs[0]
    if not _is_note(first) or len(d.paragraphs) > NOTE_PARAGRAPHS or any(p.kind == "lead" for p in d.paragraphs):
        return False
    return len(d.paragraphs) == 1 or lx.EDITOR_NOTE_RE.fullmatch(first.text.strip("【】[]：: ")) is not None  # a bare label


def _awaits_lead(current: Draft, lead: Block) -> bool:
    """Is `current` an article that a byline line opened, still without its lead, so that a lead naming no one is its own?"""
    if current.byline is None or current.closed or not current.byline.reporters + current.byline.correspondents:
        return False
    if any(p.kind == "lead" for p in current.paragraphs):
        return False
    named = parse_byline(lead.raw or lead.text)
    return named is not None and not (named.reporters or named.correspondents)


def _sign_at_end(drafts: list[Draft], byline: Byline | None) -> None:
    """A trailer or closing signature ends the last article. When it names someone else than the article's
    own byline, two signed articles ran together: the second began at the last paragraph kept across a
    headline (or at the last that opens as a lead), and the closing signature is that one's."""
    current = drafts[-1]
    own = current.byline.reporters + current.byline.correspondents if current.byline else ()
    new = byline.reporters + byline.correspondents if byline else ()
    k = _second_start(current) if own and new and not set(own) & set(new) else None
    if k is not None:
        titled = bool(current.gaps) and current.gaps[-1] == k
        tail = Draft(byline, current.paragraphs[k:], closed=True, after_headline=titled, trailer=byline)
        current.paragraphs = current.paragraphs[:k]
        current.gaps = [g for g in current.gaps if g < k]
        drafts.append(tail)
        return
    current.trailer = _merge(current.trailer, byline)
    current.byline = _merge(current.byline, byline)
    current.closed = True


def _second_start(d: Draft) -> int | None:
    """Where a second article begins inside `d`: the last paragraph kept across a headline, else the last one after
    a full stop that opens as a report's lead (`据市统计局数据，`, `3月25日，`), else the one after a full stop where
    the vocabulary changes (`清晨六点半，…` after a statistics report)."""
    if d.gaps and d.gaps[-1] > 0:
        return d.gaps[-1]
    ends = [k for k in range(1, len(d.paragraphs)) if d.paragraphs[k].kind == "body" and ends_sentence(d.paragraphs[k - 1].text)]
    for k in reversed(ends):
        if _lead_form(simple_text(d.paragraphs[k])):
            return k
    # No lead to go by: a paragraph on a new topic (under NEW_TOPIC_COHESION of its bigrams in the text before it)
    # that shares more with the text after it than with the text before; of those, the one that does so most.
    texts = [p.text for p in d.paragraphs]
    fit: dict[int, float] = {}
    for k in ends:
        before = cohesion(texts[k], "".join(texts[:k]))
        after = cohesion(texts[k], "".join(texts[k + 1:])) if k + 1 < len(texts) else 0.0
        if before < NEW_TOPIC_COHESION and after > before:
            fit[k] = after - before
    return max(fit, key=lambda k: (fit[k], k)) if fit else None


def _placed_signature(blocks: Sequence[Block], i: int) -> bool:
    """A lone name signs only where signatures stand: under a headline or a byline line (`本报记者 王明` / `李华`), after a
    trailer, or after a full stop."""
    before = blocks[i - 1] if i else None
    if before is None or before.kind in HEADLINE_KINDS + ("trailer", "furniture"):
        return True
    if before.kind == "byline" and before.lines[-1][1] + 1 == blocks[i].lines[0][1]:  # on the line under a byline line
        named = parse_byline(before.raw or before.text)
        return named is not None and bool(named.reporters + named.correspondents)
    return before.kind in PARAGRAPH_KINDS and ends_sentence(before.text)


def _co_author(blocks: Sequence[Block], i: int, current: Draft) -> bool:
    """A lone name printed inside a sentence of the article being read (the text before it breaks off, the text
    after it goes on in the article's vocabulary) is one more of its authors, set in a box beside the column."""
    if not is_name_line(blocks[i].raw or blocks[i].text):
        return False
    before = next((b for b in reversed(blocks[:i]) if b.kind not in ASIDE_KINDS + ("byline",)), None)
    after = next((b for b in blocks[i + 1:] if b.kind not in ASIDE_KINDS + ("byline",)), None)
    if before is None or after is None or before.kind not in PARAGRAPH_KINDS or after.kind not in PARAGRAPH_KINDS:
        return False
    return not ends_sentence(before.text) and coheres(after.text, current.text)


def _signature(b: Block) -> Byline | None:
    """A lone name under a headline or after an article's text (`陈晓明`, `林 立`, a column's `■ 陈晓明`)."""
    if is_name_line(b.raw or b.text):
        return Byline(None, ("".join((b.raw or b.text).split()).lstrip(lx.BYLINE_MARKS),))
    return None


def _merge(a: Byline | None, b: Byline | None) -> Byline | None:
    """One article's byline from its pieces: the agency of either, their names once each."""
    if a is None or b is None:
        return a or b
    reporters = a.reporters + tuple(n for n in b.reporters if n not in a.reporters)
    correspondents = a.correspondents + tuple(n for n in b.correspondents if n not in a.correspondents)
    return Byline(a.agency or b.agency, reporters, correspondents)


def simple_text(para: Paragraph) -> str:
    """The paragraph in simplified characters: as layout made it from its lines, else converted here (PDF, JSON)."""
    return para.simple or to_simplified(para.text)


def _dated(para: Paragraph) -> bool:
    return bool(lx.DATE_LEAD_RE.match(simple_text(para)))


def _opens_new_article(para: Paragraph, current: Draft, after_gap: bool) -> bool:
    if all(p.kind == "section_title" for p in current.paragraphs) or _awaits_text(current):
        return False  # an article that has only its sub-head or an editor's note so far awaits its first paragraph
    if not after_gap and current.paragraphs[-1].kind in ("lead", "body") and not ends_sentence(current.paragraphs[-1].text):
        return False  # its sentence runs on: no article begins in the middle of one
    if para.kind != "body":
        return False  # a list item or a sub-head goes on the article it follows
    simple = simple_text(para)
    if not _lead_form(simple):
        # Under a headline: a new topic, or an office's own report (`市商务局介绍，`), opens an article.
        return after_gap and (not coheres(para.text, current.text) or lx.OFFICE_LEAD_RE.match(simple) is not None)
    return current.byline is None or after_gap or not coheres(para.text, current.text)


# --- the page-level review --------------------------------------------------------------
def review(asm: Assembly) -> Assembly:
    """Settle what one pass could not: notices on a notice page, displaced pieces back into their article."""
    notice_chars = sum(len(b.text) for b in asm.other if b.kind == "notice")
    text_chars = notice_chars + sum(len(d.text) for d in asm.drafts)
    if text_chars and notice_chars >= NOTICE_PAGE_SHARE * text_chars:
        kept = []
        for d in asm.drafts:
            if d.byline is None and not d.near:
                asm.other.extend(Block("notice", p.text, p.line_map) for p in d.paragraphs)
            else:
                kept.append(d)
        asm.drafts = kept
    return _rehome_boxes(_fold_sub_headed_pieces(_split_at_headlines(_rejoin_under_sub_heads(_fold_sections(asm)))))


def _fold_sections(asm: Assembly) -> Assembly:
    """Short titles over text that goes on from the article it is in or follows, opening as a section does
    (`一季度，全区…`, `从投资看，`: `lx.SECTION_OPENING_RE`), are that article's sub-heads: set apart by blank lines a
    sub-head looks like a headline, and it repeats the words of the text under it. Text the assembler kept in one
    article across such titles keeps them as section titles. A run of unsigned pieces (the last may be signed at its
    end), each under such a title, SECTION_RUN titles or more in all, goes on the article before it when no trailer
    closed that one, no second signature names someone else and the run goes on its topic; with a headline of its
    own above its first sub-head, the run is an article in sections under it. Briefs name their place or subject, or
    date themselves, or change the topic."""
    titles_at = _Titles(asm.headlines)
    for d in asm.drafts:
        titles = {k: h for k, h in _gap_titles(d, titles_at).items() if h is not None}
        if titles:  # titles kept inside one article: its sub-heads; the other gaps stay headlines' places
            titles_at.remove(titles.values())
            d.gaps = [g + sum(k <= g for k in titles) for g in d.gaps if g not in titles]
            d.paragraphs = _with_sub_heads(d.paragraphs, titles)
    drafts, out, i = asm.drafts, [], 0
    while i < len(drafts):
        run = _section_run(drafts, i, titles_at)
        count = len(run) + sum(p.kind == "section_title" for r in run for p in r.paragraphs)
        if not run or count < SECTION_RUN:
            out.append(drafts[i])
            i += 1
            continue
        prev = out[-1] if out else None
        overs = [r.over for r in run if r.over is not None]
        titles_at.remove(overs)  # (put back below if the run stays apart)
        between = len(titles_at.between(prev.paragraphs[-1].last_line, run[0].paragraphs[0].first_line)) \
            if prev and prev.paragraphs else 0
        sections = [p for r in run for p in _with_sub_heads(r.paragraphs, {0: r.over})]  # type: ignore[dict-item]
        last = run[-1]
        if (between == 0 and prev and not prev.closed and _one_signature(prev, last)
                and coheres("".join(p.text for p in sections), prev.text)):
            prev.paragraphs.extend(sections)  # (the sections go on the article's topic; briefs change it)
            prev.byline, prev.trailer, prev.closed = _merge(prev.byline, last.byline), last.trailer or prev.trailer, last.closed
        elif between:  # a headline of its own above its first sub-head: an article in sections under it
            first, own = run[0], titles_at.between(prev.paragraphs[-1].last_line, run[0].paragraphs[0].first_line)[-1]
            first.paragraphs, first.gaps, first.over, first.near = sections, [], own, [own]
            first.byline, first.trailer, first.closed = last.byline, last.trailer, last.closed
            out.append(first)
        else:
            titles_at.restore(overs)
            out.extend(run)  # (its titles stay headlines: briefs, or a topic of its own)
        i += len(run)
    asm.drafts = out
    asm.headlines = [h for h in asm.headlines if titles_at.live(h)]
    return asm


class _Titles:
    """The page's headlines still to assign, found by line (bisect over their first lines): the page-level review
    stays linear however many headlines a page holds."""

    def __init__(self, headlines: list[Headline]) -> None:
        self.order = sorted(headlines, key=lambda h: (h.first_line, h.last_line))
        self.firsts = [h.first_line for h in self.order]
        self.ids = {id(h) for h in headlines}
        self.gone: set[int] = set()

    def live(self, h: Headline) -> bool:
        return id(h) in self.ids and id(h) not in self.gone

    def remove(self, hs: Iterable[Headline]) -> None:
        self.gone.update(id(h) for h in hs)

    def restore(self, hs: Iterable[Headline]) -> None:
        self.gone.difference_update(id(h) for h in hs)

    def between(self, after: int, before: int) -> list[Headline]:
        """The live headlines printed entirely after line `after` and before line `before`."""
        lo, hi = bisect.bisect_right(self.firsts, after), bisect.bisect_left(self.firsts, before)
        return [h for h in self.order[lo:hi] if id(h) not in self.gone and h.last_line < before]


def _section_run(drafts: list[Draft], i: int, titles: _Titles) -> list[Draft]:
    """The drafts from `i` that each open unsigned under a sub-head (`_sub_head`), one right after the other (only the
    next one's title between), with no headline left between their paragraphs; a signed or closed one ends the run."""
    run: list[Draft] = []
    for d in drafts[i:]:
        if (d.over is None or not d.after_headline or d.continued or not d.paragraphs or d.gaps
                or not _sub_head(d.over, d.paragraphs[0], titles)):
            break
        if run and (run[-1].byline is not None or run[-1].closed or not run[-1].paragraphs
                    or len(titles.between(run[-1].paragraphs[-1].last_line, d.paragraphs[0].first_line)) != 1):
            break
        run.append(d)
    return run


def _gap_titles(d: Draft, titles: _Titles) -> dict[int, Headline | None]:
    """Each title printed between two paragraphs of `d`, by the index of the paragraph under it, if it is a sub-head
    (`_sub_head`); None where the gap holds no sub-head."""
    out: dict[int, Headline | None] = {}
    for k in d.gaps:
        if not 0 < k < len(d.paragraphs):
            continue
        between = titles.between(d.paragraphs[k - 1].last_line, d.paragraphs[k].first_line)
        out[k] = between[0] if len(between) == 1 and _sub_head(between[0], d.paragraphs[k], titles) else None
    return out


def _sub_head(h: Headline, under: Paragraph, titles: _Titles) -> bool:
    """A short title, still to assign, over a paragraph that opens as a section (and names no agency)."""
    simple = simple_text(under)
    return (display_width(h.text) <= SECTION_TITLE_WIDTH and lx.SECTION_OPENING_RE.match(simple) is not None
            and lx.BYLINE_LEAD_RE.match(simple) is None and titles.live(h))


def _as_sub_head(h: Headline) -> Paragraph:
    """A title taken for a sub-head: a section title paragraph of its article, where it was printed."""
    return Paragraph(h.text, "section_title", h.first_line, h.last_line, ((0, h.first_line),))


def _with_sub_heads(paragraphs: list[Paragraph], titles: dict[int, Headline]) -> list[Paragraph]:
    """The paragraphs with each title as a section title before the paragraph at its index."""
    out = []
    for k, para in enumerate(paragraphs):
        if k in titles:
            out.append(_as_sub_head(titles[k]))
        out.append(para)
    return out


def _one_signature(prev: Draft, d: Draft) -> bool:
    """No two signatures that name different people: the lead's before, a closing one after the sections (`d`
    opened unsigned), or neither."""
    own = set(prev.byline.reporters + prev.byline.correspondents) if prev.byline else set()
    theirs = set(d.byline.reporters + d.byline.correspondents) if d.byline else set()
    return not (own and theirs and not theirs <= own)


def _rehome_boxes(asm: Assembly) -> Assembly:
    """A box (`相关链接`, `延伸阅读`, `记者手记` and the text under its label) that ends an article but shares more of its
    vocabulary with another article was printed away from its own (a dump emits boxes out of reading order): it goes
    to the end of the article it shares most with."""
    drafts = asm.drafts
    for i, d in enumerate(drafts):
        k = next((k for k, p in enumerate(d.paragraphs) if k and p.kind == "section_title"
                  and is_box_label(p.text)), None)
        if k is None or len(drafts) < 2:
            continue
        box = bigrams("".join(p.text for p in d.paragraphs[k + 1:]))
        grams = [bigrams("".join(p.text for p in (o.paragraphs[:k] if o is d else o.paragraphs))) for o in drafts]
        df = Counter(x for g in grams for x in g)
        # Of the words the box shares with the page (weighted by rarity, as for orphans), which article has most?
        weights = {x: math.log(1 + len(drafts) / df[x]) for x in sorted(box) if x in df}  # sorted: sums alike in every run
        total = sum(weights.values()) or 1.0
        share = [sum(w for x, w in weights.items() if x in g) / total for g in grams]
        j = max(range(len(drafts)), key=lambda j: (share[j], j == i))
        if j != i and share[j] > share[i] and share[j] >= FOLD_SHARE:
            drafts[j].paragraphs.extend(d.paragraphs[k:])
            del d.paragraphs[k:]
    return asm


def _rejoin_under_sub_heads(asm: Assembly) -> Assembly:
    """A piece cut off under a title that says nothing of it (under SUB_HEAD_SHARE of the title's bigrams in its first
    paragraph: `下一步怎么干`), with no lead of its own, goes on the article printed before it, the title its sub-head,
    when one of the two is unsigned and that article is still open (no trailer closed it): then no signature says two
    authors wrote them, and the piece's closing signature, if any, signs the whole."""
    out: list[Draft] = []
    for d in asm.drafts:
        prev = out[-1] if out else None
        h = d.over
        if (prev is None or prev.closed or h is None or not d.after_headline or d.near or _has_own_lead(d)
                or (prev.byline is not None and d.byline is not None)
                or cohesion(h.text, d.paragraphs[0].text) >= SUB_HEAD_SHARE
                or not any(x is h for x in asm.headlines)):
            out.append(d)
            continue
        asm.headlines = [x for x in asm.headlines if x is not h]
        prev.paragraphs.append(_as_sub_head(h))
        prev.paragraphs.extend(d.paragraphs)
        prev.byline = _merge(prev.byline, d.byline)
        prev.trailer, prev.closed = d.trailer, d.closed
    for d in out:  # a title kept inside one article that says nothing of the paragraph under it is its sub-head too
        for k in sorted(d.gaps, reverse=True):
            if not 0 < k < len(d.paragraphs):
                continue
            above, below = d.paragraphs[k - 1], d.paragraphs[k]
            between = [x for x in asm.headlines if above.last_line < x.first_line and x.last_line < below.first_line]
            if len(between) == 1 and cohesion(between[0].text, below.text) < SUB_HEAD_SHARE:
                h = between[0]
                asm.headlines = [x for x in asm.headlines if x is not h]
                d.paragraphs.insert(k, _as_sub_head(h))
                d.gaps = [g + (g > k) for g in d.gaps if g != k]
    asm.drafts = out
    return asm


def _split_at_headlines(asm: Assembly) -> Assembly:
    """A headline printed between two paragraphs one article kept (they shared its vocabulary: two reports of one
    city) is a boundary when the text before it ends a sentence and the headline prints a figure (`805.0亿元`,
    `3.8%`) that the text after it has and the text before it has not: a sub-head does not quote the next report."""
    out: list[Draft] = []
    heads_figures = [f for h in asm.headlines if (f := set(lx.UNIT_FIGURE_RE.findall(h.text)))]
    seen = Counter(f for d in asm.drafts for f in _figures(d.paragraphs)) if len(heads_figures) >= 2 else Counter()
    once = {f for f, n in seen.items() if n == 1}
    spare = len(asm.headlines) - len(asm.drafts)  # headlines more than articles: some article is probably two
    for d in asm.drafts:
        cuts = []
        above = d.over  # the headline over the part being read
        for n, k in enumerate(d.gaps):
            before, after = d.paragraphs[cuts[-1] if cuts else 0:k], d.paragraphs[k:]
            if not 0 < k < len(d.paragraphs) or not before or not ends_sentence(before[-1].text):
                continue
            heads = [h for h in asm.headlines if before[-1].last_line < h.first_line and h.last_line < after[0].first_line]
            mine, theirs = _figures(before), _figures(after)
            if any((f := set(lx.UNIT_FIGURE_RE.findall(h.text))) & theirs and not f & mine for h in heads):
                cuts.append(k)
            elif spare > len(cuts) and d.byline is None and above is not None and len(heads) == 1 and _titles_below(
                    heads[0], above, before, d.paragraphs[k:(d.gaps[n + 1] if n + 1 < len(d.gaps) else None)]):
                cuts.append(k)
                above = heads[0]
        cuts = cuts or _two_reports(d, heads_figures, once)
        if not cuts:
            out.append(d)
            continue
        bounds = [0, *cuts, len(d.paragraphs)]
        parts = [Draft(None, d.paragraphs[a:b], _dated(d.paragraphs[a]), after_headline=True) for a, b in zip(bounds, bounds[1:])]
        first, last = parts[0], parts[-1]
        first.byline, first.near, first.dated_lead, first.over = d.byline, d.near, d.dated_lead, d.over
        first.after_headline = d.after_headline
        if d.trailer is not None:  # the closing signature signs the last report; the first keeps what opened it
            first.byline = _without(d.byline, d.trailer)
            last.byline, last.closed, last.trailer = d.trailer, True, d.trailer
        first.gaps = [g for g in d.gaps if g < cuts[0]]
        out.extend(parts)
    asm.drafts = out
    return asm


def _titles_below(h: Headline, above: Headline, before: Sequence[Paragraph], below: Sequence[Paragraph]) -> bool:
    """Does `h`, printed between two parts of an unsigned article, title the part below it as a headline of its own
    (briefs under their headlines, one city's vocabulary throughout)? It shares more of its bigrams with that part than
    with the part before it, and more than the headline `above` the part before does (a sub-head of one report is
    outdone by the report's own headline: `新能源汽车带动增长` under `一季度工业增加值增长5.5%`)."""
    text = "".join(p.text for p in below)
    share = cohesion(h.text, text)
    return share > cohesion(h.text, "".join(p.text for p in before)) and share > cohesion(above.text, text)


def _two_reports(d: Draft, heads: list[set[str]], once: Set[str]) -> list[int]:
    """Two reports of one city run together with no headline between (their headlines printed in a block): the
    second opens on a lead after a full stop, and two headlines each print a figure of one part only, found in no
    other article (`…增长5.0%` for the first, `…增长8.7%` for the second). `heads`: the headlines' figures; `once`:
    figures printed in one article only. Returns the cut, if any."""
    if len(heads) < 2:
        return []  # (told before the leads are looked for: most pages have fewer headlines with figures)
    leads = [k for k in range(1, len(d.paragraphs)) if d.paragraphs[k].kind == "body"
             and ends_sentence(d.paragraphs[k - 1].text) and _lead_form(simple_text(d.paragraphs[k]))]
    if not leads:
        return []
    per = [set(lx.UNIT_FIGURE_RE.findall(p.text)) & once for p in d.paragraphs]
    after: list[set[str]] = [set()] * (len(per) + 1)
    for k in range(len(per) - 1, -1, -1):
        after[k] = after[k + 1] | per[k]
    mine: set[str] = set()
    for k in range(len(per)):
        if k in leads:
            theirs = after[k]
            if any(f & mine and not f & theirs for f in heads) and any(f & theirs and not f & mine for f in heads):
                return [k]
        mine |= per[k]
    return []


def _figures(paragraphs: Sequence[Paragraph]) -> set[str]:
    return set(lx.UNIT_FIGURE_RE.findall("".join(p.text for p in paragraphs)))


def _without(byline: Byline | None, other: Byline) -> Byline | None:
    """`byline` less the names `other` gave it."""
    if byline is None:
        return None
    gone = set(other.reporters + other.correspondents)
    reporters = tuple(n for n in byline.reporters if n not in gone)
    correspondents = tuple(n for n in byline.correspondents if n not in gone)
    if not reporters and not correspondents and byline.agency is None:
        return None
    return Byline(byline.agency, reporters, correspondents)


#: On a page where signed articles hold at least this share of the text, an unsigned piece is part of one of them.
SIGNED_PAGE_SHARE = 0.75


def _fold_sub_headed_pieces(asm: Assembly) -> Assembly:
    """On a page of signed articles, an unsigned piece with no lead of its own is a displaced part of one of them,
    even with a title printed above it: that title is a sub-head of the article, not a headline."""
    signed = [d for d in asm.drafts if d.byline is not None]
    lost = set(orphans(asm.drafts, set()))  # pieces that will join an article anyway do not count
    total = sum(len(d.text) for i, d in enumerate(asm.drafts) if i not in lost)
    if len(signed) < 2 or sum(len(d.text) for d in signed) < SIGNED_PAGE_SHARE * total:
        return asm
    if not any(_incomplete(d) for d in signed):
        return asm  # every signed article reads whole: a titled piece beside them is a brief of its own
    pieces = {
        i for i, d in enumerate(asm.drafts)
        if d.byline is None and not d.near and d.over is not None and not _has_own_lead(d)
        and any(h is d.over for h in asm.headlines)
    }
    if not pieces:
        return asm
    for i in pieces:
        h = asm.drafts[i].over
        asm.drafts[i].paragraphs.insert(0, _as_sub_head(h))
    drafts, kept = fold_orphans(asm.drafts, set(), pieces)
    folded = {id(asm.drafts[i].over) for i in pieces if i not in kept}
    for i in pieces:
        if i in kept:  # shares too little with any article: it stays one, under its headline
            asm.drafts[i].paragraphs.pop(0)
    asm.drafts = drafts
    asm.headlines = [h for h in asm.headlines if id(h) not in folded]
    return asm


def orphans(drafts: Sequence[Draft], assigned: set[int]) -> list[int]:
    """Drafts that are no article of their own: unsigned, no headline, no lead that opens an article."""
    return [
        i for i, d in enumerate(drafts)
        if i not in assigned and d.byline is None and not d.near and not d.after_headline and not _has_own_lead(d)
        and len(drafts) > 1
    ]


def _has_own_lead(d: Draft) -> bool:
    """A lead of its own, or a jump line's word that the text under it goes on an article from another page."""
    return d.continued or bool(d.paragraphs) and _lead_form(simple_text(d.paragraphs[0]))


def _lead_form(simple: str) -> bool:
    """Does a paragraph open as a report's lead does: a date, a period, or its source or day (`记者从…获悉，`, `近日，`)?"""
    return bool(lx.DATE_LEAD_RE.match(simple) or lx.PERIOD_LEAD_RE.match(simple) or lx.NEWS_LEAD_RE.match(simple))


def fold_orphans(drafts: list[Draft], assigned: set[int], pieces: Set[int] = frozenset()) -> tuple[list[Draft], dict[int, int]]:
    """Each orphan (and each of `pieces`) joins the article whose vocabulary it shares most (weighted by rarity on
    the page).

    Returns the drafts kept and, for each old index kept, its new index.
    """
    lost = set(orphans(drafts, assigned)) | set(pieces)
    if not lost or len(lost) == len(drafts):
        return drafts, {i: i for i in range(len(drafts))}
    keep = [i for i in range(len(drafts)) if i not in lost]
    grams = [bigrams(d.text) for d in drafts]
    df: dict[str, int] = {}
    for g in grams:
        for x in g:
            df[x] = df.get(x, 0) + 1
    n = len(drafts)
    folded = set()
    for i in sorted(lost):
        weights = {x: math.log(1 + n / df[x]) for x in sorted(grams[i])}  # sorted: sums alike in every run
        total = sum(weights.values()) or 1.0
        # Not back into the article a trailer closed just before it: the trailer said that one had ended.
        targets = [j for j in keep if not (j == i - 1 and drafts[j].closed)]
        if not targets:
            continue
        share = {j: sum(w for x, w in weights.items() if x in grams[j]) / total for j in targets}
        best = max(targets, key=lambda j: (share[j], -abs(j - i)))
        if share[best] < FOLD_SHARE:
            continue  # shares too little with any article: it stays an article of its own
        folded.add(i)
        target = drafts[best]
        if _lost_opening(target) and drafts[i].paragraphs[0].first_line > target.paragraphs[-1].last_line:
            # Its text opens on a sub-head: its first column was emitted after it (a lead article's, under the banner).
            target.paragraphs[:0] = drafts[i].paragraphs
            continue
        cut = _cut_column(target) if i in pieces and drafts[i].paragraphs[0].first_line > target.paragraphs[-1].last_line else None
        if cut is not None:
            # The piece is the column that a sentence broken off before a sub-head runs on into; its own
            # sub-head follows it.
            head, *text = drafts[i].paragraphs
            target.paragraphs[cut + 1:cut + 1] = [*text, head]
            continue
        target.paragraphs.extend(drafts[i].paragraphs)
        target.paragraphs.sort(key=lambda p: p.first_line)  # a displaced piece goes back where it was printed
    kept = [i for i in range(len(drafts)) if i not in folded]
    return [drafts[i] for i in kept], {old: new for new, old in enumerate(kept)}


def _incomplete(d: Draft) -> bool:
    """Does `d` show that a column of it is missing: a sentence broken off before a sub-head or at its end, or
    text that opens on a sub-head?"""
    return _lost_opening(d) or _cut_column(d) is not None or not ends_sentence(d.paragraphs[-1].text)


def _cut_column(d: Draft) -> int | None:
    """The first paragraph of `d` whose sentence breaks off right before a sub-head: its column went on elsewhere."""
    for k, (p, q) in enumerate(zip(d.paragraphs, d.paragraphs[1:])):
        if p.kind == "body" and q.kind == "section_title" and not ends_sentence(p.text):
            return k
    return None


def _lost_opening(d: Draft) -> bool:
    """An article whose text opens on a sub-head lacks its first column (an article opens on a lead, not a sub-head)."""
    return bool(d.paragraphs) and d.paragraphs[0].kind == "section_title"


_HAN_BIGRAM = re.compile(f"(?=([{HAN}]{{2}}))")  # every overlapping pair of Han characters, listed in C


def bigrams(text: str) -> set[str]:
    return set(_HAN_BIGRAM.findall(text))


def cohesion(text: str, context: str) -> float:
    """Share of the text's Han bigrams that the context already uses."""
    grams = bigrams(text)
    return len(grams & bigrams(context)) / len(grams) if grams else 1.0


#: Up to this many bigrams, `coheres` looks each up in the context (a pair of Han characters occurs in it exactly
#: when it is one of its bigrams) and stops once enough are found; past it, it lists the context's bigrams.
FEW_BIGRAMS = 256


def coheres(text: str, context: str) -> bool:
    """Is `cohesion(text, context)` at least NEW_TOPIC_COHESION? Counted until it is: in one article, a few
    bigrams settle it."""
    grams = bigrams(text)
    if len(grams) > FEW_BIGRAMS:
        return cohesion(text, context) >= NEW_TOPIC_COHESION
    shared = 0
    for g in grams:
        if g in context:
            shared += 1
            if shared / len(grams) >= NEW_TOPIC_COHESION:
                return True
    return not grams
