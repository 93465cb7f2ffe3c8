"""Vocabulary the checks rely on: growth, share and pull words, breakdown markers, qualifier meanings."""
from __future__ import annotations

import re

from .figures_lexicon import FALLS, GROWTH_MEASURES  # noqa: F401  (the rules read them from here)

SHARE_MEASURES = ("比重", "占比")
RISES = ("增长", "同比增长", "环比增长", "上涨", "上升")
STATISTICAL = ("count", "quantity", "money", "percent", "percentage_point", "multiple", "fraction")

# A breakdown follows its total: 60件，其中A 37件… ; 分别 lists parts too.
BREAKDOWN_MARKER = re.compile(r"[，,]?\s*(?P<marker>其中|分别)[：:，,]?")

# Percentage points that say how a rate compares: the other rate is implied (base minus or plus them).
IMPLIED_SIGN = {"高于": 1.0, "快于": 1.0, "提高": 1.0, "上升": 1.0, "低于": -1.0, "慢于": -1.0, "降低": -1.0, "回落": -1.0, "下降": -1.0}
EN_MEASURE = {"高于": "above", "快于": "faster than", "提高": "up on", "上升": "up on", "低于": "below",
              "慢于": "slower than", "降低": "down on", "回落": "down on", "下降": "down on"}

# A list right before a count: 江苏、浙江、广东三省; …、生物医药等五大产业集群.
LIST_BEFORE_NUMBER = re.compile(r"(?P<items>(?:[\u4e00-\u9fffA-Za-z]{1,14}、)+[\u4e00-\u9fffA-Za-z]{1,14}?)等?$")
# Verbs that introduce such a list and are not part of its first item.
LIST_VERBS = re.compile(r"^(?:打造|形成|包括|涵盖|发展|推进|建设|以|有)")

# A count that is a base for shares: 在统的76种工业产品中, 共调查200户, 全部120家.
BASE_MARKER = re.compile(r"在统|共|全部|调查|样本|中[，,]")

# What an approximation word allows, given the true ratio r, the printed value p and the step s.
QUALIFIER_FITS = {
    "nearly": lambda r, p, s: p - s <= r < p,
    "over": lambda r, p, s: p < r <= p + s,
    "at_least": lambda r, p, s: r >= p,
    "under": lambda r, p, s: r < p,
    "about": lambda r, p, s: abs(r - p) <= s / 2,
}
QUALIFIER_WORDS = {"nearly": "近", "over": "超", "at_least": "以上", "under": "不足", "about": "约"}

# Shares are at current prices, growth at comparable prices: a contribution rebuilt from them
# passes within this relative band (±5%, a band about 10% wide) and warns, never fails, outside it.
SOFT_TOLERANCE = 0.05

# Scope words that may open a subject without changing what it names.
LEADING_SCOPE = re.compile(r"^(?:全市|全省|全国|我市|我省|本市|本省)")
