"""The typed records naba produces: one ArticleRecord per article, validated once at the boundary.

Every span is a pair of character offsets into ``Article.text`` (the text exactly as stored) and
carries its text, so that ``article.text[start:end] == text`` always holds. ``ArticleRecord``
checks this for every span it holds.

When a clitic (و ف ب ل ك, and the article ال where it is not part of a name) is attached to a name,
the span starts after the clitic: in ``وإنفيديا`` the mention covers ``إنفيديا``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "LABELS",
    "PREDICATES",
    "Label",
    "Source",
    "OrgType",
    "Predicate",
    "Span",
    "Article",
    "Sentence",
    "Mention",
    "Entity",
    "Quote",
    "Relation",
    "DateValue",
    "Amount",
    "ArticleRecord",
    "article_id",
]

Label = Literal["PERSON", "ORG", "LOC", "PRODUCT", "DATE", "MONEY", "PERCENT", "QUANTITY"]
LABELS: tuple[str, ...] = Label.__args__  # type: ignore[attr-defined]

Source = Literal["model", "lexicon", "rule"]
OrgType = Literal["company", "government", "media", "other"]
QuoteKind = Literal["direct", "indirect", "according_to"]

# The relation predicates, with what each means (subject → object):
#   partner_of   ORG ↔ ORG      a partnership, alliance or agreement between the two (symmetric)
#   role_at      PERSON → ORG   the person holds a role at the organisation; attribute = the title
#   makes        ORG → PRODUCT  the organisation makes, develops or sells the product
#   deploys      ORG → PRODUCT  the organisation uses, adopts or deploys the product
#   acquires     ORG → ORG      the subject buys or takes over the object
#   invests_in   ORG → ORG      the subject invests in the object; attribute = the amount text
Predicate = Literal["partner_of", "role_at", "makes", "deploys", "acquires", "invests_in"]
PREDICATES: tuple[str, ...] = Predicate.__args__  # type: ignore[attr-defined]

Granularity = Literal["day", "month", "quarter", "half", "year", "decade", "century", "week", "season"]
AmountKind = Literal["money", "percent", "quantity"]


def article_id(text: str) -> str:
    """An article's identity: the first 16 hex digits of the SHA-256 of its stored text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Record):
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start or len(self.text) != self.end - self.start:
            raise ValueError(f"span [{self.start}, {self.end}) does not fit its text {self.text!r}")
        return self


class Article(_Record):
    """An input article: its id is the SHA-256 (first 16 hex digits) of the stored text."""

    id: str
    text: str = Field(min_length=1)
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    published: Optional[dt.date] = None
    encoding: Optional[str] = None


class Sentence(Span):
    """One sentence of the article (title lines count as sentences)."""

    index: int = Field(ge=0)


class Mention(Span):
    """One occurrence of an entity or value in the text, and what decided it."""

    label: Label
    entity_key: Optional[str] = None
    source: Source
    confidence: float = Field(ge=0.0, le=1.0)
    sentence: int = Field(ge=0)


class Entity(_Record):
    """A canonical entity of the article; ``key`` merges it with the same entity in other articles."""

    key: str
    label: Label
    name: str
    latin: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)
    org_type: Optional[OrgType] = None
    role: Optional[str] = None


class Quote(_Record):
    """Who said what: a direct quote, reported (indirect) speech, or an attribution to a source."""

    kind: QuoteKind
    content: Span
    cue: Span
    speaker: Optional[Span] = None
    speaker_key: Optional[str] = None
    role: Optional[str] = None
    confidence: float = Field(ge=0.0, le=1.0)
    sentence: int = Field(ge=0)


class Relation(_Record):
    """A typed link between two entities, with the text that states it."""

    subject_key: str
    predicate: Predicate
    object_key: str
    attribute: Optional[str] = None
    evidence: Span
    confidence: float = Field(ge=0.0, le=1.0)


class DateValue(Span):
    """A date or period as written, normalised to the first and last day it covers."""

    granularity: Granularity
    date_start: Optional[dt.date] = None
    date_end: Optional[dt.date] = None
    calendar: Literal["gregorian", "hijri"] = "gregorian"
    relative: bool = False
    is_range: bool = False
    is_duration: bool = False
    hijri: Optional[str] = None  # the Hijri date as written, normalised: "1446-10-15", "1447-09", "1447"
    duration: Optional[str] = None  # ISO 8601 length of a duration or "next/last N" range: "P5Y"


class Amount(Span):
    """Money, a percentage or a quantity, with its number and its currency (ISO 4217) or unit."""

    kind: AmountKind
    value: Optional[Decimal] = None
    currency: Optional[str] = None
    unit: Optional[str] = None
    value_max: Optional[Decimal] = None  # upper bound of a range («بين 10 و15 مليار»); value is the lower
    qualifier: Optional[Literal["approx", "over", "under"]] = None  # نحو / أكثر من / أقل من


class ArticleRecord(_Record):
    """Everything naba extracted from one article."""

    article: Article
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    dates: list[DateValue] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans_slice_the_text(self) -> "ArticleRecord":
        text = self.article.text
        spans: list[Span] = [*self.sentences, *self.mentions, *self.dates, *self.amounts]
        for q in self.quotes:
            spans += [q.content, q.cue] + ([q.speaker] if q.speaker else [])
        spans += [r.evidence for r in self.relations]
        for s in spans:
            if s.end > len(text) or text[s.start : s.end] != s.text:
                raise ValueError(f"span [{s.start}, {s.end}) {s.text!r} does not slice the article text")
        keys = {e.key for e in self.entities}
        for m in self.mentions:
            if m.entity_key is not None and m.entity_key not in keys:
                raise ValueError(f"mention {m.text!r} points to unknown entity {m.entity_key!r}")
        for r in self.relations:
            if r.subject_key not in keys or r.object_key not in keys:
                raise ValueError(f"relation {r.predicate} points to an unknown entity")
        return self
