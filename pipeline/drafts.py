"""Mutable working records passed between stages before the ArticleRecord is assembled.

Stages find spans (``MentionDraft``, ``QuoteDraft``, ``RelationDraft``); ``canon`` gives mentions
their entity keys; ``run.assemble`` turns drafts into the validated pydantic records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from pipeline.resources import LexEntry

__all__ = ["MentionDraft", "QuoteDraft", "RelationDraft"]


@dataclass
class MentionDraft:
    """A candidate entity mention: character offsets into the article text."""

    start: int
    end: int
    text: str
    label: str
    source: str  # model | lexicon | rule
    confidence: float
    sentence: int = 0
    latin: Optional[str] = None  # a Latin form given beside it: ميتا (Meta)
    arabic: Optional[str] = None  # an Arabic form given beside a Latin name
    lex: Optional[LexEntry] = None  # the lexicon entry it matched, if any
    org_type: Optional[str] = None  # company | government | media | other (ORG only)
    role: Optional[str] = None  # a title given with a person: المؤسس والرئيس التنفيذي
    entity_key: Optional[str] = None  # set by canon
    extra: dict = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass
class QuoteDraft:
    """A quote before the speaker's entity key is known: spans are (start, end) offsets."""

    kind: str  # direct | indirect | according_to
    content: tuple[int, int]
    cue: tuple[int, int]
    speaker: Optional[tuple[int, int]]  # the speaker's mention span, possibly in another sentence
    role: Optional[str]
    confidence: float
    sentence: int


@dataclass
class RelationDraft:
    """A relation between two mentions; canon resolves both to entities."""

    subject: tuple[int, int]
    predicate: str
    object: tuple[int, int]
    attribute: Optional[str]
    evidence: tuple[int, int]
    confidence: float
