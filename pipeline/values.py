"""Dates, money, percentages and quantities: spans of the article text with normalised values.

``extract_values(text, published)`` returns ``(dates, amounts)``: ``DateValue`` records (a
granularity, first and last day, Hijri form, relative / range / duration flags) and ``Amount``
records (a ``Decimal``, an ISO 4217 currency or a unit, a qualifier, an upper bound for ranges).

How it works
------------
* The text is never changed. Matching runs on a *folded copy* (no diacritics, tatweel or invisible
  controls; alef / hamza forms, ى, ة folded; Arabic-Indic digits and separators made Latin); an
  index map sends every folded offset back to the original text, so ``text[start:end] == span.text``.
* All language data (month names in every tradition, Hijri months, day names, number and scale
  words, currencies, units, relative words) comes from ``data/values.yaml``; the regexes are built
  from it once per process (``_grammar()``).
* Cheap pre-check: a line is scanned only for the patterns whose anchor words (or digits) occur in
  it, found by a set intersection on its words; most lines of an article cost one ``split``.
* dateparser is not used: it misses «بحلول عام 2027», needs locale tricks for «كانون الثاني» and
  fills missing parts from today's date; and it is far too slow to run on every line. Hijri dates
  are converted with hijridate (Umm al-Qura).

Span conventions (documented choices)
-------------------------------------
* Attached clitics (و ف ب ل ك and their pairs) stay outside the span: «وبحلول» … «لعام 2027» → the
  span is «عام 2027».
* Words that *frame* a date without changing its value stay outside: في، بحلول، حتى، منذ (+year),
  مطلع، نهاية، خلال، لمدة …: «بحلول عام 2027» → «عام 2027» (year 2027), «في 2027» → «2027».
  A head noun that is part of the expression stays inside: «عام 2027», «شهر مارس».
* Words that *change* the value are inside: «منذ ثلاث سنوات» (three years before publication),
  «بين 2025 و2027» (a range), «السنوات الخمس المقبلة», «الربع الثالث من 2026».
* Amount qualifiers are inside the span and recorded: «أكثر من مليار دولار» → qualifier ``over``.
* A plural scale or count without a number («ملايين وحدات», «مليارات المستخدمين») gives nothing.
* Day names without a date resolve to the most recent such day on or before publication
  («الثلاثاء الماضي» strictly before, «المقبل» strictly after). Month names without a year take
  the publication year (or the previous/next occurrence with الماضي / المقبل). These, like every
  value computed from the publication date, have ``relative=True``; with no publication date
  their dates are ``None``.
* Centuries are counted strictly (20th = 1901-01-01 … 2000-12-31); bare decades
  («الثمانينيات») are those of the 20th century.
* «منذ ثلاث سنوات» is the *year* three years before publication (granularity of its unit);
  «السنوات الخمس المقبلة» runs from the publication date to the same date five years on
  (``is_range``, ``duration="P5Y"``); «الأشهر التسعة الأولى من العام» is January..September.
* Durations («لمدة خمس سنوات», «متعددة السنوات») have ``is_duration=True``, no dates, and an
  ISO 8601 ``duration`` when the length is given. Units that are also common nouns («عقود»
  "contracts") count only after a frame (لمدة، خلال) or before «كاملين».
* Years: a bare four-digit number is a year only after a frame word (في، بحلول، منذ …) or a year
  word (عام، سنة), with the mark م, or in a range; 1300-1499 after «عام» is left alone (a Hijri
  year without its mark, as Saudi news writes it). Hijri dates outside hijridate's range
  (1343-1500 AH) keep ``hijri`` and get no Gregorian dates.
* Numbers: «1,500,000» and «1.500.000» are thousands, «1,5» and «1.5» decimals, «13ر5» (wire copy)
  is 5.13; a number glued to an Arabic word («بنسبة13») is read, one glued to a Latin one
  («GB300») is not. ``value`` is a ``Decimal``; ranges give ``value`` and ``value_max``.
* Currencies: دولار → USD, ريال → SAR, درهم → AED, جنيه → EGP unless qualified (ريال قطري → QAR,
  جنيه إسترليني → GBP …); دينار and ليرة alone say no country, so ``currency`` is None.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from hijridate import Gregorian, Hijri

from pipeline import resources
from schemas.records import Amount, DateValue

__all__ = ["extract_values", "parse_number"]

# ---------------------------------------------------------------------------------------------
# Folding: a copy of the text for matching, with a map back to the original offsets.

_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad"
_REMOVE_RE = re.compile(f"[{_DIACRITICS}\u0640{_INVISIBLES}]+")
_TRAILING = re.compile(f"[{_DIACRITICS}\u0640]*")
_FOLD = str.maketrans(
    {
        **{c: "ا" for c in "أإآٱ"},
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        **{a: str(i) for i, a in enumerate("٠١٢٣٤٥٦٧٨٩")},
        **{a: str(i) for i, a in enumerate("۰۱۲۳۴۵۶۷۸۹")},
        "٫": ".",
        "٬": ",",
        "٪": "%",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "–": "-",
        "—": "-",
        "\u2212": "-",
    }
)
# For the anchor pre-check only: punctuation becomes space so that «2027،» or «(يناير)» split.
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in "،,؛;:.!?؟()[]{}«»\"'“”‘’/\\-_*…"})


_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())
# Digits become spaces too, so that «مارس2006» still shows its anchor word «مارس».
_PUNCT_PAIRS = tuple((chr(k), v) for k, v in _PUNCT_TO_SPACE.items()) + tuple((str(i), " ") for i in range(10))


def _replace_all(text: str, pairs: tuple) -> str:
    """``str.translate`` for a few pairs, done with ``str.replace`` (C speed on Arabic text,
    where translate with a dict is about 15 times slower)."""
    for a, b in pairs:
        if a in text:
            text = text.replace(a, b)
    return text


def _fold(word: str) -> str:
    """The folded form of a lexicon word (the same folding as the text copy)."""
    return _replace_all(_REMOVE_RE.sub("", word), _FOLD_PAIRS)


class _Folded:
    """The folded copy of a text and the map from its offsets back to the original."""

    __slots__ = ("_seg_c", "_seg_o", "folded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        runs = [m.span() for m in _REMOVE_RE.finditer(text)]
        if not runs:
            self.folded = _replace_all(text, _FOLD_PAIRS)
            self._seg_c = self._seg_o = None
            return
        seg_c, seg_o, parts = [0], [0], []
        o = c = 0
        for rs, re_ in runs:
            parts.append(text[o:rs])
            c += rs - o
            o = re_
            seg_c.append(c)
            seg_o.append(o)
        parts.append(text[o:])
        self.folded = _replace_all("".join(parts), _FOLD_PAIRS)
        self._seg_c, self._seg_o = seg_c, seg_o

    def orig(self, c: int) -> int:
        if self._seg_c is None:
            return c
        i = bisect.bisect_right(self._seg_c, c) - 1
        return self._seg_o[i] + (c - self._seg_c[i])

    def span(self, cs: int, ce: int) -> tuple[int, int]:
        """Original (start, end) of folded [cs, ce); trailing diacritics/tatweel join the span."""
        start = self.orig(cs)
        end = self.orig(ce - 1) + 1
        m = _TRAILING.match(self.text, end)
        return start, m.end() if m else end


# ---------------------------------------------------------------------------------------------
# Numbers


def _clean_decimal(v: Decimal) -> Decimal:
    if v == v.to_integral_value():
        return v.quantize(Decimal(1))
    return v.normalize()


def _digits_value(tok: str) -> Decimal | None:
    """«1,500,000» «1.5» «1,5» «1.500.000» «12٫5» (already folded) as a Decimal."""
    try:
        if "ر" in tok:
            whole_frac = tok.split("ر")
            return Decimal(f"{whole_frac[1]}.{whole_frac[0]}")
        if "," in tok and "." in tok:
            if tok.rfind(",") > tok.rfind("."):
                tok = tok.replace(".", "").replace(",", ".")
            else:
                tok = tok.replace(",", "")
        elif "," in tok:
            groups = tok.split(",")
            if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
                tok = tok.replace(",", "")
            elif len(groups) == 2:
                tok = tok.replace(",", ".")
            else:
                return None
        elif tok.count(".") > 1:
            groups = tok.split(".")
            if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
                tok = tok.replace(".", "")
            else:
                return None
        return Decimal(tok)
    except InvalidOperation:
        return None


_NUM_TOKEN_RE = re.compile(r"\d+ر\d+|\d+(?:[.,]\d+)*|[^\W\d]+|[$€£%]")


def parse_number(phrase: str) -> Decimal | None:
    """The value of a folded number phrase: «3 ملايين», «ثلاثة آلاف وخمسمائة», «مليون ونصف».

    Returns None when the phrase has no count («ملايين») or does not combine («ثلاثة وخمسة»).
    """
    g = _grammar()
    toks = _NUM_TOKEN_RE.findall(phrase)
    total = Decimal(0)
    cur: Decimal | None = None
    slots: set[str] = set()
    last_scale: int | None = None
    prev = None  # kind of the previous token
    pending_fraction: Decimal | None = None
    seen = False
    for i, tok in enumerate(toks):
        if tok[0].isdigit():
            if cur is not None or pending_fraction is not None:  # «10 و15», «ثلاثة 5»
                return None
            v = _digits_value(tok)
            if v is None:
                return None
            cur = (cur or Decimal(0)) + v
            prev = "digits"
            seen = True
            continue
        word = tok
        if word == "و":
            prev = "and"
            continue
        if word not in g.numword and word not in g.scaleword and word not in g.fraction and word[0] == "و":
            word, prev = word[1:], "and"
        if word in g.numword:
            v = g.numword[word]
            if v == 10 and prev == "word" and cur is not None and 0 < cur < 10 and slots == {"o"}:
                cur += 10  # ثلاثة عشر
                slots.add("t")
                continue
            slot = "h" if v >= 100 else ("t" if v >= 10 else "o")
            if slot in slots or prev == "digits":
                return None
            slots.add(slot)
            cur = (cur or Decimal(0)) + v
            prev = "word"
            seen = True
        elif word in g.fraction:
            f = g.fraction[word]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and (nxt in g.scaleword or nxt in g.scaleword_def) and cur is None:
                pending_fraction = f
            elif prev in ("scale", "and") and last_scale is not None and cur is None:
                total += f * (Decimal(10) ** last_scale)
            else:
                return None
            prev = "fraction"
            seen = True
        elif word in g.scaleword or (word in g.scaleword_def and prev == "fraction"):
            power, kind = g.scaleword.get(word) or g.scaleword_def[word]
            if last_scale is not None and power >= last_scale and not (
                pending_fraction is not None and power == last_scale
            ):
                return None
            if prev == "scale":  # «مليون ألف»: two scales with no count or «و» between
                return None
            if pending_fraction is not None and last_scale == power and prev == "fraction":
                total += pending_fraction * (Decimal(10) ** power)  # «خمسة ملايين ونصف مليون»
                pending_fraction, cur, prev = None, None, "scale"
                continue
            if pending_fraction is not None:
                mult = pending_fraction
                pending_fraction = None
            elif cur is not None:
                mult = cur
            elif kind == "one":
                mult = Decimal(1)
            elif kind == "two":
                mult = Decimal(2)
            else:
                return None  # ملايين / مليارات without a count
            total += mult * (Decimal(10) ** power)
            cur, slots, last_scale, prev = None, set(), power, "scale"
            seen = True
        else:
            return None
    if not seen or pending_fraction is not None:
        return None
    total += cur or Decimal(0)
    return _clean_decimal(total)


# ---------------------------------------------------------------------------------------------
# Date helpers


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, _last_day(y, m))


def _year_span(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, _last_day(y, m + 1)))


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "year":
        return _add_months(d, 12 * n)
    if unit == "decade":
        return _add_months(d, 120 * n)
    if unit == "century":
        return _add_months(d, 1200 * n)
    raise ValueError(unit)


def _valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_ISO_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def _iso_duration(n: Decimal | int, unit: str) -> str:
    if unit in ("decade", "century"):
        n, unit = Decimal(n) * (10 if unit == "decade" else 100), "year"
    n = _clean_decimal(Decimal(n))
    return f"P{n}{_ISO_UNIT[unit]}"


# ---------------------------------------------------------------------------------------------
# The grammar: regexes and lookup tables built once from data/values.yaml.


def _alt(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (folded), longest first, factored as a trie.

    Python's re tries the branches of an alternation one after the other; a trie shares the
    prefixes («مليون|مليونا|مليونان|مليار…» → «مل(?:يون(?:ا(?:ن)?)?|يار…)»), which makes the
    big alternations of number, currency and unit words several times faster.
    """
    trie: dict = {}
    for w in {_key(_fold(w)) for w in words if w}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


def _key(phrase: str) -> str:
    return " ".join(phrase.split())


@dataclass
class _Pattern:
    name: str
    regex: re.Pattern
    handler: Callable
    anchors: frozenset
    kind: str  # date | amount


@dataclass
class _Grammar:
    data: dict
    month: dict = field(default_factory=dict)  # folded name -> 1..12
    ambiguous_months: set = field(default_factory=set)
    hmonth: dict = field(default_factory=dict)
    dayname: dict = field(default_factory=dict)
    ordinal: dict = field(default_factory=dict)
    day_ordinal: dict = field(default_factory=dict)
    season: dict = field(default_factory=dict)  # folded word -> (first month, last month)
    span_first: set = field(default_factory=set)
    ambiguous_days: set = field(default_factory=set)
    framed_units: set = field(default_factory=set)
    relday_blockers: set = field(default_factory=set)
    dual_definite: set = field(default_factory=set)
    shift: dict = field(default_factory=dict)
    relday: dict = field(default_factory=dict)
    period: dict = field(default_factory=dict)
    unit_word: dict = field(default_factory=dict)  # folded -> (unit, kind)
    unit_def: dict = field(default_factory=dict)  # folded definite plural -> unit
    defnum: dict = field(default_factory=dict)
    future: set = field(default_factory=set)
    past: set = field(default_factory=set)
    decade: dict = field(default_factory=dict)
    century: dict = field(default_factory=dict)
    numword: dict = field(default_factory=dict)
    fraction: dict = field(default_factory=dict)
    scaleword: dict = field(default_factory=dict)  # folded -> (power, kind)
    scaleword_def: dict = field(default_factory=dict)
    latin_scale: dict = field(default_factory=dict)
    qualifier: dict = field(default_factory=dict)
    qualifier_after: dict = field(default_factory=dict)
    cur_family: dict = field(default_factory=dict)  # folded form -> family
    cur_default: dict = field(default_factory=dict)
    cur_qual: dict = field(default_factory=dict)  # family -> {folded qualifier -> ISO}
    symbol: dict = field(default_factory=dict)
    unit: dict = field(default_factory=dict)  # folded unit phrase -> code
    anchors: dict = field(default_factory=dict)  # folded word (with clitic variants) -> {category}
    anchor_words: frozenset = frozenset()
    plan: dict = field(default_factory=dict)  # frozenset of categories -> patterns to run
    patterns: list = field(default_factory=list)
    week_start: int = 0
    month_re: re.Pattern | None = None


_CLITIC_VARIANTS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")


def _table(g_data: dict, key: str) -> dict:
    out = {}
    for value, words in (g_data.get(key) or {}).items():
        for w in words:
            out[_key(_fold(w))] = value
    return out


@functools.lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = resources.yaml_data("values")
    g = _Grammar(data=data)
    for key in ("gregorian_months", "levantine_months", "maghreb_months"):
        g.month.update({k: int(v) for k, v in _table(data, key).items()})
    g.ambiguous_months = {_fold(w) for w in data["ambiguous_months"]}
    g.hmonth = {k: int(v) for k, v in _table(data, "hijri_months").items()}
    g.dayname = {k: int(v) for k, v in _table(data, "day_names").items()}
    g.ordinal = {k: int(v) for k, v in _table(data, "ordinals").items()}
    g.day_ordinal = {k: int(v) for k, v in _table(data, "day_ordinals").items()}
    g.season = {_fold(w): tuple(spec["months"]) for spec in data["seasons"].values() for w in spec["words"]}
    g.span_first = {_fold(w) for w in data["span_first"]}
    g.ambiguous_days = {_fold(w) for w in data["ambiguous_day_names"]}
    g.framed_units = set(data.get("framed_units") or ())
    g.relday_blockers = {_fold(w) for w in data.get("relative_day_blockers") or ()}
    g.shift = {k: int(v) for k, v in _table(data, "relative_shift").items()}
    g.relday = {k: int(v) for k, v in _table(data, "relative_days").items()}
    g.period = _table(data, "relative_periods")
    for unit, forms in data["time_units"].items():
        for kind, words in forms.items():
            for w in words:
                g.unit_word[_fold(w)] = (unit, kind)
    g.unit_def = _table(data, "time_units_definite")
    # «العامين المقبلين»: the definite dual says two by itself
    g.dual_definite = {"ال" + w for w, (u, k) in g.unit_word.items() if k == "two"}
    g.defnum = {k: int(v) for k, v in _table(data, "definite_numbers").items()}
    g.future = {_fold(w) for w in data["span_future"]}
    g.past = {_fold(w) for w in data["span_past"]}
    g.decade = {k: int(v) for k, v in _table(data, "decades").items()}
    # «تسعينيات القرن الماضي»: the forms without the article too.
    g.decade.update({k[2:]: v for k, v in list(g.decade.items()) if k.startswith("ال")})
    g.century = {k: int(v) for k, v in _table(data, "centuries").items()}
    g.numword = {k: Decimal(int(v)) for k, v in _table(data, "number_words").items()}
    g.fraction = {k: Decimal(str(v)) for k, v in _table(data, "fraction_words").items()}
    for power, forms in data["scales"].items():
        for kind, words in forms.items():
            for w in words:
                g.scaleword[_fold(w)] = (int(power), kind)
    # «مليار ونصف المليار»: the definite scale only after a fraction
    g.scaleword_def = {"ال" + w: pk for w, pk in g.scaleword.items() if pk[1] == "one"}
    for power, words in data["latin_scales"].items():
        for w in words:
            g.latin_scale[w] = int(power)
    g.qualifier = _table(data, "qualifiers")
    g.qualifier_after = _table(data, "qualifiers_after")
    for fam, spec in data["currencies"].items():
        for w in spec["forms"]:
            g.cur_family[_fold(w)] = fam
        g.cur_default[fam] = spec.get("default")
        g.cur_qual[fam] = {}
        for iso, words in (spec.get("qualified") or {}).items():
            for w in words:
                q = _key(_fold(w))
                g.cur_qual[fam][q] = iso
                if not q.startswith("ال"):
                    g.cur_qual[fam]["ال" + q] = iso
    g.symbol = _table(data, "currency_symbols")
    g.unit = _table(data, "units")
    g.week_start = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].index(
        str(data.get("week_starts_on", "monday")).lower()
    )
    _build_anchors(g)
    g.anchor_words = frozenset(g.anchors)
    _build_patterns(g)
    g.month_re = re.compile(rf"(?<!\w){_alt(g.month)}(?!\w)")
    return g


def _build_anchors(g: _Grammar) -> None:
    def add(words: Iterable[str], cat: str) -> None:
        # A phrase is anchored by its longest word («في المائة» by «المايه», «كانون الثاني» by
        # «كانون»): short function words would wake the patterns on every line.
        for phrase in words:
            for w in [max(phrase.split(), key=len)]:
                for c in _CLITIC_VARIANTS:
                    g.anchors.setdefault(c + w, set()).add(cat)
                    if c.endswith("ل") and w.startswith("ال"):
                        g.anchors.setdefault(c + w[1:], set()).add(cat)

    add(g.month, "month")
    add(g.hmonth, "hmonth")
    add(g.dayname, "dayname")
    add(g.day_ordinal, "dord")
    add(g.season, "season")
    add(g.relday, "relday")
    add(g.shift, "shift")
    add(g.period, "period")
    add([_fold(w) for w in g.data["ago_words"]], "ago")
    add(g.future | g.past, "spandir")
    add([w for w, (u, k) in g.unit_word.items() if k == "two"], "tunit2")
    add([_fold(w) for w in g.data["duration_frames"]], "dframe")
    add(g.data["quarter_latin"] + g.data["half_latin"], "qlatin")  # «Q3» reads «Q» once digits are blanked
    add([t for sym in g.symbol for t in _replace_all(sym, _PUNCT_PAIRS).split()], "sym")
    add([_fold(w) for w in g.data["this_words"]], "this")
    add(g.unit_word, "tunit")
    add(g.unit_def, "tunit")
    add(g.numword, "num")
    add(g.fraction, "num")
    add(g.scaleword, "num")
    add(g.decade, "decade")
    add([_fold(w) for w in g.data["century_words"]], "century")
    add([_fold(w) for w in g.data["quarter_words"] + g.data["half_words"]], "qh")
    add([_fold(w) for ws in g.data["vague_durations"].values() for w in ws], "vague")
    add([_fold(w) for ws in g.data["hijri_marks"] for w in [ws]], "hmark")
    add(g.cur_family, "cur")
    add(g.unit, "unit")
    add([_fold(w) for w in g.data["percent_marks"] + g.data["percent_points"] + g.data["basis_points"]], "pct")


# ---------------------------------------------------------------------------------------------
# Patterns


# Left edge of a word; a number may also start right after an Arabic letter, as in scraped wire
# copy where the space was lost («بنسبة13 في المئة», «مارس2006»), but never after a Latin letter
# or digit («GB300», «H100»).
_L = r"(?:(?<!\w)|(?<=[\u0620-\u064a])(?=\d))"
_R = r"(?!\w)"  # right edge of a word
_CLITIC = r"(?:[وف]?[بلك]|[وف])?"
_SP = r"[^\S\n]+"
_OSP = r"[^\S\n]*"


def _build_patterns(g: _Grammar) -> None:
    d = g.data
    A = _alt
    GM = A(g.month)
    HM = A(g.hmonth)
    DN = A(g.dayname)
    SHIFT = A(g.shift)
    ORD = A(g.ordinal)
    Y4 = r"(?:1[89]\d\d|20\d\d|21\d\d)"
    HY = r"(?:1[34]\d\d)"
    DAY = r"(?:3[01]|[12]\d|0?[1-9])"
    GMARK = rf"(?:{_OSP}{A(d['gregorian_marks'])}{_R})?"
    HMARK = A(d["hijri_marks"])
    YW = A(d["year_words"])
    FRAMES = A(d["year_frames"])
    ALTM = rf"(?:{_OSP}[(/]{_OSP}{GM}(?:{_OSP}\))?)?"
    SCALE = A(g.scaleword)
    # «13ر5» is 5.13 in some Arabic wire copy (AFP Arabic, ANERcorp): the decimal comma was typed
    # as ر and the two parts were swapped by a right-to-left editor.
    NUMD = r"(?:\d+ر\d+(?!\w)|\d{1,15}(?:[.,]\d{1,15}){0,6})"
    NW = A(list(g.numword) + list(g.fraction) + list(g.scaleword) + list(g.scaleword_def))
    # at most 8 more words: «ثلاثمائة وخمسة وعشرون ألفا وستمائة» is 6; a bound keeps a long run of
    # number words from costing quadratic backtracking
    NWSEQ = rf"{NW}{_R}(?:{_SP}و?{_OSP}{NW}{_R}){{0,8}}"
    NP = (
        rf"(?:{NUMD}(?:{_OSP}{SCALE}{_R}(?:{_SP}و{_OSP}(?:{NUMD}{_OSP}{SCALE}|{NUMD}|{NWSEQ}){_R})?)?"
        rf"|{NWSEQ}(?:{_SP}و{_OSP}{NUMD}(?:{_OSP}{SCALE}{_R})?)?)"  # «مليون و250 ألف»
    )
    NPD = rf"(?:{NUMD}(?:{_OSP}{SCALE}{_R})?|{NWSEQ})"
    CURW = A(g.cur_family)
    CURQ = A({q for m in g.cur_qual.values() for q in m})
    CUR = rf"(?:{CURW}(?:{_SP}{CURQ}{_R})?)"
    SYM = "(?:" + "|".join(re.escape(s) for s in sorted(g.symbol, key=len, reverse=True)) + ")"
    LATSCALE = "(?:" + "|".join(re.escape(s) for s in sorted(g.latin_scale, key=len, reverse=True)) + ")"
    PCT = A(d["percent_marks"]).replace(r"(?:", r"(?:%|", 1)
    PP = A(d["percent_points"])
    BP = A(d["basis_points"])
    UNIT = A(g.unit)
    QUAL = A(g.qualifier)
    TUNIT_N = A(w for w, (u, k) in g.unit_word.items() if k in ("one", "many"))
    TUNIT_2 = A(w for w, (u, k) in g.unit_word.items() if k == "two")
    TUNIT_1 = A(w for w, (u, k) in g.unit_word.items() if k == "one")
    TUNIT_MANY = A(w for w, (u, k) in g.unit_word.items() if k == "many")
    UDEF = A(g.unit_def)
    DEFNUM = A(g.defnum)
    SPAN_DIR = A(g.future | g.past)
    AGO = A(d["ago_words"])
    DFRAME = A(d["duration_frames"])
    VAGUE = A(w for ws in d["vague_durations"].values() for w in ws)
    DEC = A(g.decade)
    CENT = A(g.century)
    RJOIN = A(d["range_join"])
    ROPEN = A(d["range_open"])
    RELDAY = A(g.relday)
    PERIOD = A(g.period)
    THIS = A(d["this_words"])
    AMOUNT_TAIL = rf"(?!{_OSP}(?:%|{SCALE}|{CURW}|{UNIT}|{PCT})(?!\w))"
    YEAR_TAIL = (
        rf"(?:{_OSP}[,،]?{_OSP}(?:من{_SP}|ل)?(?:(?:{YW}){_SP})?(?P<y>{Y4}){GMARK}"
        rf"|{_SP}(?:من{_SP}|ل)?(?P<rp>{PERIOD}){_SP}(?P<rs>{SHIFT})"
        rf"|{_SP}(?:من{_SP})?(?P<this>{THIS}){_SP}(?P<rp2>{PERIOD}))"
    )

    def P(name, core, handler, anchors, kind="date", pre="", post=""):
        """``anchors``: categories that must occur in a line for the pattern to run there, as a
        space-separated all-of clause or a list of such clauses (any of them)."""
        rx = re.compile(f"{_L}{_CLITIC}{pre}(?P<x>{core}){post}{_R}")
        clauses = [anchors] if isinstance(anchors, str) else anchors
        g.patterns.append(_Pattern(name, rx, handler, tuple(frozenset(c.split()) for c in clauses), kind))

    # -- dates ------------------------------------------------------------------------------
    DAYW, MONTHW, DECW, CENTW = (A(d[k]) for k in ("day_words", "month_words", "decade_words", "century_words"))
    DAYNAME_PRE = rf"(?:(?:{DAYW}{_SP})?(?P<dn>{DN}){_OSP}،?{_OSP})?"
    DORD = A(g.day_ordinal)
    HEPI = rf"(?:{_SP}{A(d['hijri_epithets'])})?"
    P(
        "dmy",
        rf"{DAYNAME_PRE}(?:(?P<d>{DAY})|(?P<do>{DORD})(?={_SP}من{_R})){_OSP}(?:من{_SP})?(?:{MONTHW}{_SP})?(?P<m>{GM}){ALTM}"
        rf"(?:{YEAR_TAIL}|{_SP}(?P<sh>{SHIFT}))?",
        _h_dmy,
        {"month"},
    )
    P(
        "my",
        rf"(?:(?P<mw>{MONTHW}){_SP})?(?P<m>{GM}){ALTM}"
        rf"(?:{YEAR_TAIL}|{_SP}(?P<sh>{SHIFT}))",
        _h_dmy,
        {"month"},
    )
    P("month_bare", rf"(?:(?P<mw>{MONTHW}){_SP})?(?P<m>{GM}){ALTM}", _h_month_bare, {"month"},
      pre=rf"(?:(?P<fr>{FRAMES}){_SP})?")
    P("numeric_dmy", rf"(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{Y4}){GMARK}", _h_numeric, {"digit"})
    P("numeric_ymd", rf"(?P<y>{Y4})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})", _h_numeric, {"digit"})
    P("numeric_my", rf"(?P<m>\d{{1,2}})/(?P<y>{Y4}){GMARK}", _h_numeric, {"digit"})
    # After «عام» a year may be older (عام 1648), but not 1300-1499: those are Hijri years
    # when no mark says which calendar («عام 1447» in Saudi news).
    Y4W = r"(?:1[0-2]\d\d|1[5-9]\d\d|20\d\d|21\d\d)"
    GM_REQ = rf"{_OSP}{A(d['gregorian_marks'])}{_R}"
    P("year_kw", rf"(?P<kw>{YW}){_OSP}(?:(?P<y>{Y4W}){GMARK}|(?P<y3>[1-9]\d\d){GM_REQ})", _h_year, {"digit"},
      post=AMOUNT_TAIL)
    # «(1350م)»: with the mark, any four-digit year is Gregorian
    P("year_mark", rf"(?P<y>1\d{{3}}|20\d\d|21\d\d){_OSP}{A(d['gregorian_marks'])}", _h_year, {"digit"})
    P("year_frame", rf"(?P<y>{Y4}){GMARK}", _h_year, {"digit"}, pre=rf"{FRAMES}{_OSP}",
      post=rf"(?![/.,-]\d){AMOUNT_TAIL}")
    P("year_range",
      rf"(?:(?:{YW}|{ROPEN}|{A(d['period_words'])}){_SP})?(?P<y1>{Y4}){_OSP}[-/]{_OSP}(?P<y2>{Y4}|\d\d)(?![/.,-]?\d)",
      _h_year_range, {"digit"})
    P("years_dual", rf"(?:(?P<ro>بين){_SP})?{A(d['year_words_dual'])}{_SP}(?P<y1>{Y4W}){_OSP}و{_OSP}(?P<y2>{Y4W})(?:{GM_REQ})?",
      _h_year_range, {"digit"})
    P("first_last",
      rf"(?P<ud>{UDEF}){_SP}(?P<dn_>{DEFNUM}|ال?\d+){_SP}(?P<fl>{A(d['span_first'] + d['span_last_of'])}){YEAR_TAIL}",
      _h_first_last, {"tunit"})
    ATOM = (
        rf"(?:(?:{YW}){_SP})?{Y4}{GMARK}"
        rf"|{DAY}{_OSP}(?:من{_SP})?{GM}(?:{_OSP},?{_OSP}(?:(?:{YW}){_SP})?{Y4})?"
        rf"|{GM}(?:{_OSP},?{_OSP}(?:(?:{YW}){_SP})?{Y4})?"
        rf"|{DAY}"
    )
    P("range", rf"(?P<ro>{ROPEN}){_SP}(?P<a>{ATOM}){_OSP}(?P<j>{RJOIN}){_OSP}(?P<b>{ATOM})", _h_range,
      {"digit", "month"}, post=AMOUNT_TAIL)
    P("quarter", rf"(?:(?P<qw>{A(d['quarter_words'])}){_SP}(?P<o>{ORD})|Q(?P<qn>[1-4])){YEAR_TAIL}",
      _h_part, {"qh", "digit"})
    P("season", rf"(?P<season>{A(g.season)}){YEAR_TAIL}", _h_season, ["season y4", "season period", "season this"])
    SDEF = A(w for w in g.season if w.startswith("ال"))
    P("season_rel", rf"(?:(?P<this>{THIS}){_SP}(?P<s1>{SDEF})|(?P<s2>{SDEF}){_SP}(?P<sh>{SHIFT}))", _h_season_rel,
      ["season this", "season shift"])
    P("half", rf"(?:(?P<hw>{A(d['half_words'])}){_SP}(?P<o>{ORD})|H(?P<hn>[12])){YEAR_TAIL}", _h_part,
      {"qh", "digit"})
    P("hijri_dmy",
      rf"{DAYNAME_PRE}(?P<d>{DAY}){_OSP}(?:من{_SP})?(?:{MONTHW}{_SP})?(?P<m>{HM}){HEPI}"
      rf"(?:{_SP}(?:من{_SP}|ل)?(?:(?:{YW}){_SP})?(?P<y>{HY}|[1-9]\d{{1,3}}(?={_OSP}{HMARK}{_R}))(?:{_OSP}(?P<hm>{HMARK}){_R})?)?",
      _h_hijri_safe, {"hmonth"})
    P("hijri_my",
      rf"(?:{MONTHW}{_SP})?(?P<m>{HM}){HEPI}{_SP}(?:من{_SP}|ل)?(?:(?:{YW}){_SP})?(?P<y>{HY}|[1-9]\d{{1,3}}(?={_OSP}{HMARK}{_R}))(?:{_OSP}(?P<hm>{HMARK}){_R})?",
      _h_hijri_safe, {"hmonth"})
    P("hijri_y", rf"(?:(?:{YW}){_SP})?(?P<y>{HY}|[1-9]\d{{1,3}}){_OSP}(?P<hm>{HMARK})", _h_hijri_safe, {"hmark"})
    # «1447/09/01هـ», «01/09/1447 هـ»: a 13xx/14xx year in a numeric date is Hijri
    HOPT = rf"(?:{_OSP}(?P<hm>{HMARK}){_R})?"
    P("hijri_num_ymd", rf"(?P<y>{HY})(?P<sep>[/.-])(?P<mn>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){HOPT}", _h_hijri_safe,
      "dsep")
    P("hijri_num_dmy", rf"(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<mn>\d{{1,2}})(?P=sep)(?P<y>{HY}){HOPT}", _h_hijri_safe,
      "dsep")
    P("dayname", rf"(?:(?P<yom>{DAYW}){_SP})?(?P<dn>{DN})(?:{_SP}(?P<sh>{SHIFT}))?", _h_dayname, {"dayname"})
    # «اليوم الوطني», «اليوم التالي», «اليوم الأول» are named or counted days, not today.
    # «اليوم الاثنين», «غدا الأحد»: the day name only confirms the day.
    P("relday", rf"(?P<rd>{RELDAY})(?:{_OSP}،?{_OSP}(?P<dn>{DN}){_R})?(?!{_SP}(?!{DN}{_R}|الي{_R})ال)", _h_relday,
      {"relday"})
    P("relperiod", rf"(?:(?P<rp>{PERIOD}){_SP}(?P<rs>{SHIFT})|(?P<this>{THIS}){_SP}(?P<rp2>{PERIOD}))",
      _h_relperiod, {"shift", "this"})
    COUNT_UNIT = rf"(?:(?P<n>{NPD}){_SP}(?P<u>{TUNIT_N})|(?P<u2>{TUNIT_2}))"
    P("ago", rf"(?P<ago>{AGO}){_SP}(?:{COUNT_UNIT}|(?P<u1>{TUNIT_1}))", _h_ago, {"tunit"}, post=r"(?!\s*\d)")
    P("nextlast",
      rf"(?:(?P<ud>{UDEF}){_SP}(?P<dn_>{DEFNUM}|ال?\d+){_SP}(?P<dir>{SPAN_DIR})"
      rf"|(?P<dn2>{DEFNUM}){_SP}(?P<u3>{TUNIT_MANY}){_SP}(?P<dir2>{SPAN_DIR})"
      rf"|(?P<ud2>{UDEF}){_SP}(?P<dir3>{SPAN_DIR}))",
      _h_nextlast, {"tunit"})
    P("duration", rf"{COUNT_UNIT}", _h_duration, {"tunit"}, pre=rf"(?:(?P<fr>{DFRAME}|خلال){_SP})?",
      post=rf"(?!\s*\d)(?=(?P<full>{_SP}{A(d['duration_full'])}{_R})?)")
    P("duration_one", rf"(?P<u1>{TUNIT_1})", _h_duration, {"tunit"}, pre=rf"{DFRAME}{_SP}", post=r"(?!\s*\d)")
    P("vague", rf"(?P<vague>{VAGUE})", _h_vague, {"vague"})
    P("decade",
      rf"(?:{DECW}{_SP})?(?P<dec>{DEC})(?:{_SP}(?:من{_SP})?{CENTW}{_SP}(?P<c>{CENT}|الماضي|ال?\d\d))?",
      _h_decade, {"decade"})
    P("century", rf"{CENTW}{_SP}(?:(?P<cw>{CENT})|ال?(?P<cn>\d{{1,2}})|(?P<cs>{SHIFT}))", _h_century, {"century"})

    # -- amounts ----------------------------------------------------------------------------
    RANGE_NP = rf"(?:(?P<ro>بين|من){_SP})?(?P<n1>{NPD}){_OSP}(?P<rj>(?(ro)(?:-|و|الي|حتي)|-)){_OSP}(?P<n2>{NP})"
    QUALP = rf"(?:(?P<q>{QUAL}){_SP})?"
    QUALA = rf"(?:{_SP}(?P<q2>{A(g.qualifier_after)}))?"  # «10 ملايين دولار تقريبا»
    P("money", rf"{QUALP}(?:{RANGE_NP}|(?P<n>{NP})){_OSP}(?:(?P<cur>{CUR})|(?P<sym>{SYM})){QUALA}", _h_money,
      {"cur", "digit"}, kind="amount")
    P("money_sym",
      rf"{QUALP}(?P<sym>{SYM}){_OSP}(?P<n>{NP})(?:{_OSP}(?P<ls>{LATSCALE})(?![A-Za-z]))?(?:{_SP}(?P<cur>{CUR}))?",
      _h_money, {"digit"}, kind="amount")
    P("percent", rf"{QUALP}(?:{RANGE_NP}|(?P<n>{NP})){_OSP}(?:(?P<pct>{PCT})|(?P<pp>{PP})|(?P<bp>{BP})){QUALA}", _h_percent,
      {"pct", "digit"}, kind="amount")
    P("percent_pre", rf"{QUALP}%{_OSP}(?P<n>{NUMD})", _h_percent, {"digit"}, kind="amount")
    P("quantity", rf"{QUALP}(?:{RANGE_NP}|(?P<n>{NP})){_SP}(?P<unit>{UNIT}){QUALA}", _h_quantity, {"unit"},
      kind="amount")

    # The words a line must contain for each pattern to run on it (the cheap pre-check): a list
    # of clauses, each a set of anchor categories that must all occur (see _build_anchors).
    anchors = {
        "dmy": ["month digit", "month dord"], "my": ["month digit", "month shift"], "month_bare": "month",
        "numeric_dmy": "dsep", "numeric_ymd": "dsep", "numeric_my": "dsep",
        "year_kw": "digit", "year_mark": "digit", "year_frame": "y4", "year_range": "y4", "range": ["y4", "month"],
        "quarter": ["qh y4", "qh period", "qh this", "qlatin"],
        "half": ["qh y4", "qh period", "qh this", "qlatin"],
        "season": ["season y4", "season period", "season this"],
        "season_rel": ["season this", "season shift"],
        "hijri_dmy": "hmonth digit", "hijri_my": "hmonth digit", "hijri_y": "hmark digit",
        "hijri_num_ymd": "dsep", "hijri_num_dmy": "dsep",
        "dayname": "dayname", "relday": "relday", "relperiod": ["period shift", "period this"],
        "ago": "ago tunit", "nextlast": "tunit spandir",
        "duration": ["tunit digit", "tunit num", "tunit2"], "duration_one": "tunit dframe",
        "vague": "vague", "decade": "decade", "century": "century", "years_dual": "y4",
        "first_last": ["tunit y4", "tunit period", "tunit this"],
        "money": ["cur digit", "cur num", "sym digit"], "money_sym": "sym digit",
        "percent": ["pct digit", "pct num"], "percent_pre": "pct digit",
        "quantity": ["unit digit", "unit num"],
    }
    for p in g.patterns:
        clauses = anchors[p.name]
        clauses = [clauses] if isinstance(clauses, str) else clauses
        p.anchors = tuple(frozenset(c.split()) for c in clauses)


# ---------------------------------------------------------------------------------------------
# Handlers: (match, context) -> dict of record fields, or None to drop the match.


@dataclass
class _Ctx:
    s: str  # the folded text
    published: dt.date | None


def _grp(m: re.Match, name: str) -> str | None:
    try:
        v = m.group(name)
    except IndexError:
        return None
    return _key(v) if v else None


def _date_fields(gran: str, start=None, end=None, **kw) -> dict:
    return {"granularity": gran, "date_start": start, "date_end": end, **kw}


def _resolve_year_tail(m: re.Match, ctx: _Ctx) -> tuple[int | None, bool, bool]:
    """(year, relative, ok) from the YEAR_TAIL groups of a quarter / half match."""
    y = _grp(m, "y")
    if y:
        return int(y), False, True
    g = _grammar()
    rp, rs = _grp(m, "rp"), _grp(m, "rs")
    if rp and rs:
        if g.period.get(rp) != "year":
            return None, True, False
        return (ctx.published.year + g.shift[rs] if ctx.published else None), True, True
    rp2 = _grp(m, "rp2")
    if rp2:
        if g.period.get(rp2) != "year":
            return None, True, False
        return (ctx.published.year if ctx.published else None), True, True
    return None, True, False


def _year_for_month(pub: dt.date | None, m: int, d: int | None, sh: int | None) -> int | None:
    if pub is None:
        return None
    key, pkey = (m, d or 1), (pub.month, pub.day if d else 1)
    if sh is None or sh == 0:
        return pub.year
    if sh < 0:
        return pub.year if key < pkey else pub.year - 1
    return pub.year if key > pkey else pub.year + 1


def _h_dmy(m: re.Match, ctx: _Ctx):
    g = _grammar()
    month = g.month[_grp(m, "m")]
    day = _grp(m, "d") or (str(g.day_ordinal[_grp(m, "do")]) if _grp(m, "do") else None)
    y = _grp(m, "y")
    sh = _grp(m, "sh")
    has_tail = bool(y or _grp(m, "rp") or _grp(m, "rp2"))
    if not day and not has_tail and not sh:
        return None
    if has_tail:  # «2026», «من العام الماضي», «من هذا العام»
        year, rel, ok = _resolve_year_tail(m, ctx)
        if not ok:
            return None
    else:
        year, rel = _year_for_month(ctx.published, month, int(day) if day else None, g.shift[sh] if sh else None), True
    if day:
        if year is None:
            return _date_fields("day", relative=True)
        date = _valid_date(year, month, int(day))
        if date is None:
            return None
        return _date_fields("day", date, date, relative=rel)
    if year is None:
        return _date_fields("month", relative=True)
    return _date_fields("month", *_month_span(year, month), relative=rel)


def _h_month_bare(m: re.Match, ctx: _Ctx):
    g = _grammar()
    name = _grp(m, "m")
    if not _grp(m, "mw") and not _grp(m, "fr"):
        return None
    if name in g.ambiguous_months and not _grp(m, "mw"):
        return None
    if ctx.published is None:
        return _date_fields("month", relative=True)
    return _date_fields("month", *_month_span(ctx.published.year, g.month[name]), relative=True)


def _h_numeric(m: re.Match, ctx: _Ctx):
    y, mo = int(m.group("y")), int(m.group("m"))
    d = _grp(m, "d")
    if d is None:
        if not 1 <= mo <= 12:
            return None
        return _date_fields("month", *_month_span(y, mo))
    d = int(d)
    date = _valid_date(y, mo, d) or (_valid_date(y, d, mo) if mo > 12 else None)
    if date is None:
        return None
    return _date_fields("day", date, date)


def _h_year(m: re.Match, ctx: _Ctx):
    return _date_fields("year", *_year_span(int(_grp(m, "y") or m.group("y3"))))


def _h_year_range(m: re.Match, ctx: _Ctx):
    y1, y2 = int(m.group("y1")), m.group("y2")
    y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if not y1 < y2 <= y1 + 100:
        return None
    return _date_fields("year", _year_span(y1)[0], _year_span(y2)[1], is_range=True)


def _parse_atom(text: str, ctx: _Ctx) -> dict | None:
    """One side of a range: {'y', 'm', 'd'} with the parts present."""
    g = _grammar()
    out: dict = {}
    toks = text.replace(",", " ").replace("،", " ").split()
    rest = " ".join(toks)
    for t in toks:
        if t.isdigit():
            v = int(t)
            if len(t) == 4:
                out["y"] = v
            elif "m" not in out and "d" not in out:
                out["d"] = v
    m = g.month_re.search(rest)
    if m:
        out["m"] = g.month[_key(m.group())]
    return out or None


def _h_range(m: re.Match, ctx: _Ctx):
    a, b = _parse_atom(m.group("a"), ctx), _parse_atom(m.group("b"), ctx)
    if not a or not b:
        return None
    if _grp(m, "ro") == "من" and _grp(m, "j") == "و":
        return None
    # Fill a's missing parts from b: «من 12 إلى 15 يناير 2026», «بين يناير ومارس 2026».
    if "m" not in a and "d" in a and "m" in b:
        a["m"] = b["m"]
    if "y" not in a and "y" in b and "m" in a:
        a["y"] = b["y"]
    if set(a) - {"y", "m", "d"} or ("d" in a) != ("d" in b) or ("m" in a) != ("m" in b):
        return None
    if "m" not in a and "d" in a:
        return None  # two bare numbers
    gran = "day" if "d" in a else ("month" if "m" in a else "year")
    rel = False
    if "y" not in b:
        if "m" in b and ctx.published is not None:
            a["y"] = b["y"] = ctx.published.year
            rel = True
        else:
            return _date_fields(gran, relative=True, is_range=True)
    try:
        if gran == "day":
            start, end = dt.date(a["y"], a["m"], a["d"]), dt.date(b["y"], b["m"], b["d"])
        elif gran == "month":
            start, end = _month_span(a["y"], a["m"])[0], _month_span(b["y"], b["m"])[1]
        else:
            start, end = _year_span(a["y"])[0], _year_span(b["y"])[1]
    except (ValueError, KeyError):
        return None
    if end < start:
        return None
    return _date_fields(gran, start, end, relative=rel, is_range=True)


def _h_part(m: re.Match, ctx: _Ctx):
    g = _grammar()
    o = _grp(m, "o")
    if _grp(m, "qn") or _grp(m, "qw"):
        n, size, gran = (int(m.group("qn")) if _grp(m, "qn") else g.ordinal[o]), 3, "quarter"
    else:
        n, size, gran = (int(m.group("hn")) if _grp(m, "hn") else g.ordinal[o]), 6, "half"
        if n > 2:
            return None
    year, rel, ok = _resolve_year_tail(m, ctx)
    if not ok:
        return None
    if year is None:
        return _date_fields(gran, relative=True)
    first = (n - 1) * size + 1
    return _date_fields(gran, dt.date(year, first, 1), _month_span(year, first + size - 1)[1], relative=rel)


def _gdate(h) -> dt.date:
    """hijridate's Gregorian (a date subclass) as a plain ``datetime.date``."""
    return dt.date(h.year, h.month, h.day)


def _h_hijri(m: re.Match, ctx: _Ctx):
    g = _grammar()
    mname, mnum = _grp(m, "m"), _grp(m, "mn")
    month = g.hmonth[mname] if mname else (int(mnum) if mnum else None)
    if month is not None and not 1 <= month <= 12:
        return None
    d, y = _grp(m, "d"), _grp(m, "y")
    rel = False
    if y is None:
        if d is None or month is None:
            return None
        if ctx.published is None:
            return _date_fields("day", calendar="hijri", relative=True)
        y = Gregorian.fromdate(ctx.published).to_hijri().year
        rel = True
    y = int(y)
    try:
        if month is None:
            start = _gdate(Hijri(y, 1, 1).to_gregorian())
            end = _gdate(Hijri(y, 12, Hijri(y, 12, 1).month_length()).to_gregorian())
            return _date_fields("year", start, end, calendar="hijri", hijri=f"{y}", relative=rel)
        if d is None:
            start = _gdate(Hijri(y, month, 1).to_gregorian())
            end = _gdate(Hijri(y, month, Hijri(y, month, 1).month_length()).to_gregorian())
            return _date_fields("month", start, end, calendar="hijri", hijri=f"{y}-{month:02d}", relative=rel)
        day = _gdate(Hijri(y, month, int(d)).to_gregorian())
    except (ValueError, OverflowError):
        return None
    return _date_fields("day", day, day, calendar="hijri", hijri=f"{y}-{month:02d}-{int(d):02d}", relative=rel)


_HIJRI_YEARS = (1343, 1500)  # what hijridate (Umm al-Qura tables) converts


def _h_season(m: re.Match, ctx: _Ctx):
    first, last = _grammar().season[_grp(m, "season")]
    year, rel, ok = _resolve_year_tail(m, ctx)
    if not ok:
        return None
    if year is None:
        return _date_fields("season", relative=True)
    return _date_fields("season", *_season_span(first, last, year), relative=rel)


def _season_span(first: int, last: int, year: int) -> tuple[dt.date, dt.date]:
    """Winter (first > last) of year Y runs from December Y-1 to February Y."""
    return dt.date(year - 1 if first > last else year, first, 1), _month_span(year, last)[1]


def _h_season_rel(m: re.Match, ctx: _Ctx):
    """«هذا الصيف», «الشتاء الماضي», «الربيع المقبل»: the season of, before or after publication."""
    g = _grammar()
    first, last = g.season[_grp(m, "s1") or _grp(m, "s2")]
    sh = g.shift[_grp(m, "sh")] if _grp(m, "sh") else 0
    if ctx.published is None:
        return _date_fields("season", relative=True)
    pub = ctx.published
    # the season of the publication year, or for winter the one that contains or follows it
    year = pub.year + (1 if first > last and pub.month >= 9 else 0)
    start, end = _season_span(first, last, year)
    if sh < 0 and start > pub:  # «الصيف الماضي» in spring: last year's
        sh_year = year - 1
    elif sh < 0:
        sh_year = year - 1 if end >= pub else year
    elif sh > 0:
        sh_year = year + 1 if start <= pub else year
    else:
        sh_year = year
    return _date_fields("season", *_season_span(first, last, sh_year), relative=True)


def _h_hijri_safe(m: re.Match, ctx: _Ctx):
    """Hijri dates outside hijridate's range (1343-1500 AH) keep their Hijri form, with no
    Gregorian dates: «عام 751 هجرية»."""
    y, mname, d = _grp(m, "y"), _grp(m, "m"), _grp(m, "d")
    if y is None or _HIJRI_YEARS[0] <= int(y) <= _HIJRI_YEARS[1]:
        return _h_hijri(m, ctx)
    month = _grammar().hmonth[mname] if mname else (int(_grp(m, "mn")) if _grp(m, "mn") else None)
    form = f"{int(y)}" + (f"-{month:02d}" if month else "") + (f"-{int(d):02d}" if d and month else "")
    gran = "day" if d and month else ("month" if month else "year")
    return _date_fields(gran, calendar="hijri", hijri=form)


def _h_dayname(m: re.Match, ctx: _Ctx):
    g = _grammar()
    dn, sh = _grp(m, "dn"), _grp(m, "sh")
    if dn in g.ambiguous_days and not _grp(m, "yom") and not sh:
        # also "the two" / "the one": only with يوم, a shift, or set off by commas.
        s = ctx.s
        before = s[max(0, m.start("x") - 3) : m.start("x")]
        after = s[m.end("x") : m.end("x") + 2]
        if "،" not in before and "،" not in after and "," not in before + after:
            return None
    if ctx.published is None:
        return _date_fields("day", relative=True)
    wd = g.dayname[dn]
    pub = ctx.published
    back = (pub.weekday() - wd) % 7
    if sh and g.shift[sh] > 0:
        date = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif sh and g.shift[sh] < 0:
        date = pub - dt.timedelta(days=back or 7)
    else:
        date = pub - dt.timedelta(days=back)
    return _date_fields("day", date, date, relative=True)


def _h_relday(m: re.Match, ctx: _Ctx):
    g = _grammar()
    before = ctx.s[max(0, m.start("x") - 8) : m.start("x")].split()
    if before and before[-1] in g.relday_blockers:  # «ذلك اليوم» is that day, not today
        return None
    if ctx.published is None:
        return _date_fields("day", relative=True)
    date = ctx.published + dt.timedelta(days=g.relday[_grp(m, "rd")])
    return _date_fields("day", date, date, relative=True)


def _h_relperiod(m: re.Match, ctx: _Ctx):
    g = _grammar()
    period = g.period[_grp(m, "rp") or _grp(m, "rp2")]
    sh = g.shift[_grp(m, "rs")] if _grp(m, "rs") else 0
    if ctx.published is None:
        return _date_fields(period, relative=True)
    d = _shift(ctx.published, period, sh)
    if period == "year":
        return _date_fields("year", *_year_span(d.year), relative=True)
    if period == "month":
        return _date_fields("month", *_month_span(d.year, d.month), relative=True)
    start = d - dt.timedelta(days=(d.weekday() - g.week_start) % 7)
    return _date_fields("week", start, start + dt.timedelta(days=6), relative=True)


def _count_unit(m: re.Match) -> tuple[Decimal, str] | None:
    g = _grammar()
    if _grp(m, "u2"):
        return Decimal(2), g.unit_word[_grp(m, "u2")][0]
    if _grp(m, "u1"):
        return Decimal(1), g.unit_word[_grp(m, "u1")][0]
    n = parse_number(_grp(m, "n") or "")
    if n is None or n <= 0:
        return None
    return n, g.unit_word[_grp(m, "u")][0]


def _period_fields(d: dt.date, unit: str, **kw) -> dict:
    if unit == "day":
        return _date_fields("day", d, d, **kw)
    if unit == "week":
        start = d - dt.timedelta(days=(d.weekday() - _grammar().week_start) % 7)
        return _date_fields("week", start, start + dt.timedelta(days=6), **kw)
    if unit == "month":
        return _date_fields("month", *_month_span(d.year, d.month), **kw)
    return _date_fields("year", *_year_span(d.year), **kw)


def _h_ago(m: re.Match, ctx: _Ctx):
    cu = _count_unit(m)
    if cu is None:
        return None
    n, unit = cu
    if n != n.to_integral_value():
        return None
    gran = "year" if unit in ("decade", "century") else unit
    if ctx.published is None:
        return _date_fields(gran, relative=True)
    try:
        d = _shift(ctx.published, unit, -int(n))
    except (ValueError, OverflowError):  # «منذ 130 ألف سنة»: before year 1
        return _date_fields(gran, relative=True)
    return _period_fields(d, unit, relative=True)


def _h_nextlast(m: re.Match, ctx: _Ctx):
    g = _grammar()
    ud = _grp(m, "ud") or _grp(m, "ud2")
    if ud:
        unit = g.unit_def[ud]
        num = _grp(m, "dn_")
        if num is None:  # «العامين المقبلين»: dual definite forms only
            if ud not in g.dual_definite:
                return None
            n = 2
        else:
            n = g.defnum.get(num) or int(num.lstrip("ال"))
        direction = _grp(m, "dir") or _grp(m, "dir3")
    else:
        unit = g.unit_word[_grp(m, "u3")][0]
        n = g.defnum[_grp(m, "dn2")]
        direction = _grp(m, "dir2")
    fut = direction in g.future
    dur = _iso_duration(n, unit)
    gran = "year" if unit in ("decade", "century") else unit
    if ctx.published is None:
        return _date_fields(gran, relative=True, is_range=True, duration=dur)
    other = _shift(ctx.published, unit, n if fut else -n)
    start, end = (ctx.published, other) if fut else (other, ctx.published)
    return _date_fields(gran, start, end, relative=True, is_range=True, duration=dur)


def _h_first_last(m: re.Match, ctx: _Ctx):
    """«الأشهر التسعة الأولى من العام الجاري» → January..September of that year."""
    g = _grammar()
    unit = g.unit_def[_grp(m, "ud")]
    if unit not in ("month", "week", "day"):
        return None
    num = _grp(m, "dn_")
    n = g.defnum.get(num) or int(num.lstrip("ال"))
    year, rel, ok = _resolve_year_tail(m, ctx)
    if not ok or n <= 0:
        return None
    if year is None:
        return _date_fields(unit, relative=True, is_range=True)
    first = _grp(m, "fl") in g.span_first
    if unit == "month":
        if n > 12:
            return None
        start, end = (dt.date(year, 1, 1), _month_span(year, n)[1]) if first else (dt.date(year, 13 - n, 1), dt.date(year, 12, 31))
    else:
        days = n * (7 if unit == "week" else 1)
        start, end = (
            (dt.date(year, 1, 1), dt.date(year, 1, 1) + dt.timedelta(days=days - 1))
            if first
            else (dt.date(year, 12, 31) - dt.timedelta(days=days - 1), dt.date(year, 12, 31))
        )
    return _date_fields(unit, start, end, relative=rel, is_range=True)


def _h_duration(m: re.Match, ctx: _Ctx):
    cu = _count_unit(m)
    if cu is None:
        return None
    n, unit = cu
    if unit in _grammar().framed_units and not _grp(m, "fr") and not _grp(m, "full"):
        return None  # «ثلاثة عقود» are also three contracts: only «لمدة ثلاثة عقود»
    return _date_fields(unit, is_duration=True, duration=_iso_duration(n, unit))


def _h_vague(m: re.Match, ctx: _Ctx):
    return _date_fields("year", is_duration=True)


def _century_number(c: str, ctx: _Ctx) -> tuple[int | None, bool]:
    g = _grammar()
    c = c.strip()
    if c in g.century:
        return g.century[c], False
    if c.lstrip("ال").isdigit():
        return int(c.lstrip("ال")), False
    if c in g.shift:
        base = (ctx.published.year - 1) // 100 + 1 if ctx.published else None
        return (base + g.shift[c] if base else None), True
    return None, False


def _h_decade(m: re.Match, ctx: _Ctx):
    g = _grammar()
    start = g.decade[_grp(m, "dec")]
    rel = False
    c = _grp(m, "c")
    if c:
        n, rel = _century_number(c, ctx)
        if n is None:
            return _date_fields("decade", relative=True)
        start = (n - 1) * 100 + (start - 1900)
    return _date_fields("decade", dt.date(start, 1, 1), dt.date(start + 9, 12, 31), relative=rel)


def _h_century(m: re.Match, ctx: _Ctx):
    n, rel = _century_number(_grp(m, "cw") or _grp(m, "cn") or _grp(m, "cs") or "", ctx)
    if n is None:
        return _date_fields("century", relative=rel) if rel else None
    if not 1 <= n <= 30:
        return None
    return _date_fields("century", dt.date((n - 1) * 100 + 1, 1, 1), dt.date(n * 100, 12, 31), relative=rel)


# -- amounts --------------------------------------------------------------------------------


def _amount_numbers(m: re.Match) -> tuple[Decimal, Decimal | None] | None:
    n = _grp(m, "n")
    if n is not None:
        v = parse_number(n)
        return (v, None) if v is not None else None
    n1, n2 = _grp(m, "n1"), _grp(m, "n2")
    if n1 is None or n2 is None:
        return None
    if _grp(m, "rj") == "و" and _grp(m, "ro") != "بين":
        return None
    v1, v2 = parse_number(n1), parse_number(n2)
    if v1 is None or v2 is None:
        return None
    g = _grammar()
    # «بين 10 و15 مليار»: the scale of the second number applies to the first.
    toks2 = n2.split()
    if not any(t in g.scaleword for t in n1.split()) and toks2 and toks2[-1] in g.scaleword:
        power = g.scaleword[toks2[-1]][0]
        v1 = _clean_decimal(v1 * Decimal(10) ** power)
    if v2 < v1:
        return None
    return v1, v2


def _qualifier(m: re.Match) -> str | None:
    g = _grammar()
    q, q2 = _grp(m, "q"), _grp(m, "q2")
    return g.qualifier.get(q) if q else (g.qualifier_after.get(q2) if q2 else None)


def _currency(m: re.Match) -> tuple[str | None, int | None]:
    """(ISO code, folded end offset to cut the span at when a qualifier does not belong)."""
    g = _grammar()
    sym = _grp(m, "sym")
    if sym and not _grp(m, "cur"):
        return g.symbol.get(sym), None
    cur = m.group("cur")
    parts = _key(cur).split(" ", 1)
    fam = g.cur_family.get(parts[0])
    if fam is None:
        return None, None
    if len(parts) > 1:
        iso = g.cur_qual[fam].get(parts[1])
        if iso:
            return iso, None
        return g.cur_default[fam], m.start("cur") + len(cur.split()[0])
    if sym:
        return g.symbol.get(sym), None
    return g.cur_default[fam], None


def _latin_scale(m: re.Match) -> int:
    ls = _grp(m, "ls")
    return _grammar().latin_scale[ls] if ls else 0


def _h_money(m: re.Match, ctx: _Ctx):
    nums = _amount_numbers(m)
    if nums is None:
        return None
    v, vmax = nums
    power = _latin_scale(m)
    if power:
        v = _clean_decimal(v * Decimal(10) ** power)
    iso, cut = _currency(m)
    out = {"kind": "money", "value": v, "value_max": vmax, "currency": iso, "qualifier": _qualifier(m)}
    if cut is not None:
        out["_end"] = cut
    return out


def _h_percent(m: re.Match, ctx: _Ctx):
    nums = _amount_numbers(m)
    if nums is None:
        return None
    v, vmax = nums
    unit = "pp" if _grp(m, "pp") else ("bp" if _grp(m, "bp") else "%")
    return {"kind": "percent", "value": v, "value_max": vmax, "unit": unit,
            "qualifier": _qualifier(m)}


def _h_quantity(m: re.Match, ctx: _Ctx):
    nums = _amount_numbers(m)
    if nums is None:
        return None
    v, vmax = nums
    return {"kind": "quantity", "value": v, "value_max": vmax, "unit": _grammar().unit[_grp(m, "unit")],
            "qualifier": _qualifier(m)}


# ---------------------------------------------------------------------------------------------
# Driver

_DIGIT_RE = re.compile(r"(?<![A-Za-z])\d")  # a digit not glued to a Latin word (GB300, H100)
_SYMBOL_RE = re.compile(r"[$€£¥]")
_YEAR_RE = re.compile(r"1\d{3}|2[01]\d\d")  # something that may be a Gregorian year
_NUMERIC_DATE_RE = re.compile(r"\d[/.-]\d\d?[/.-]\d|\d/\d{4}")  # 12/01/2026, 2026-01-12, 1/2026
_LINE_RE = re.compile(r"[^\n]+")


def _candidates(f: _Folded, published: dt.date | None):
    g = _grammar()
    s = f.folded
    ctx = _Ctx(s, published)
    spaced = _replace_all(s, _PUNCT_PAIRS)
    anchors, anchor_words, plan = g.anchors, g.anchor_words, g.plan
    for line in _LINE_RE.finditer(s):
        a, b = line.span()
        cats: set = set()
        for w in anchor_words.intersection(spaced[a:b].split()):
            cats |= anchors[w]
        if _DIGIT_RE.search(s, a, b):
            cats.add("digit")
            if _YEAR_RE.search(s, a, b):
                cats.add("y4")
            if _NUMERIC_DATE_RE.search(s, a, b):
                cats.add("dsep")
        if not cats:
            continue
        if _SYMBOL_RE.search(s, a, b):
            cats.add("sym")
        if "%" in s[a:b]:
            cats.add("pct")
        key = frozenset(cats)
        todo = plan.get(key)
        if todo is None:
            todo = plan[key] = [p for p in g.patterns if any(clause <= key for clause in p.anchors)]
        for p in todo:
            pos = a
            while True:
                m = p.regex.search(s, pos, b)
                if m is None:
                    break
                try:
                    fields = p.handler(m, ctx)
                except (ValueError, OverflowError, KeyError):  # «منذ 130 ألف سنة»: out of date range
                    fields = None
                if fields is None:  # retry just after its start: a shorter reading may hold
                    pos = m.start("x") + 1
                    continue
                pos = m.end()
                cs, ce = m.span("x")
                ce = fields.pop("_end", ce)
                yield p.kind, cs, ce, fields


def _select(cands: list) -> list:
    """Longest first; drop anything overlapping a span already kept."""
    kept: list = []
    starts: list[int] = []
    ends: list[int] = []  # kept spans are disjoint, so ends sort with starts
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        i = bisect.bisect_left(starts, c[0])
        if (i < len(starts) and starts[i] < c[1]) or (i > 0 and ends[i - 1] > c[0]):
            continue
        starts.insert(i, c[0])
        ends.insert(i, c[1])
        kept.append(c)
    return sorted(kept, key=lambda c: c[0])


def extract_values(text: str, published: dt.date | None = None) -> tuple[list[DateValue], list[Amount]]:
    """Dates and amounts of ``text``, each with its character span into ``text`` as given."""
    if not text:
        return [], []
    f = _Folded(text)
    dates, amounts = [], []
    for kind, cs, ce, fields in _candidates(f, published):
        (dates if kind == "date" else amounts).append((cs, ce, fields))
    out_d, out_a = [], []
    kept_amounts = _select(amounts)
    # a date word inside an amount belongs to its unit: «برميل في اليوم»
    starts = [cs for cs, _, _ in kept_amounts]  # sorted and disjoint

    def in_amount(c: tuple) -> bool:
        i = bisect.bisect_right(starts, c[0]) - 1
        return i >= 0 and c[1] <= kept_amounts[i][1]

    dates = [c for c in dates if not in_amount(c)]
    for cs, ce, fields in _select(dates):
        start, end = f.span(cs, ce)
        out_d.append(DateValue(start=start, end=end, text=text[start:end], **fields))
    for cs, ce, fields in kept_amounts:
        start, end = f.span(cs, ce)
        out_a.append(Amount(start=start, end=end, text=text[start:end], **fields))
    return out_d, out_a
