"""The single ordered chain of stages: ``extract(text) -> ArticleRecord``.

    text ─spelling─▶ the spelling view (same length: each word's usual last letter, ى/ي, ة/ه)
         ─nlp─▶ Doc (tokens, sentences, model spans)
         ─entities─▶ mention drafts (lexicon > rule > model)
         ─values─▶ dates and amounts
         ─quotes─▶ quote drafts (+ speaker mentions the entity stage missed)
         ─relations─▶ relation drafts
         ─canon─▶ entity keys and canonical entities
         ─assemble─▶ ArticleRecord (validated once; spans and texts cut from the article as written)
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator, Optional

from pipeline import canon, entities, quote_confidence, relations, resources, values
from pipeline.drafts import MentionDraft, QuoteDraft, RelationDraft
from pipeline.nlp import get_nlp, sentence_spans
from pipeline.spelling import spelling_view
from schemas import (
    Amount,
    Article,
    ArticleRecord,
    DateValue,
    Entity,
    Mention,
    Quote,
    Relation,
    Sentence,
    Span,
    article_id,
)

__all__ = ["extract", "extract_article", "extract_many", "article_id"]

_AMOUNT_LABEL = {"money": "MONEY", "percent": "PERCENT", "quantity": "QUANTITY"}


def extract(
    text: str,
    *,
    title: Optional[str] = None,
    published: Optional[dt.date] = None,
    lexicons: tuple[str, ...] = (),
) -> ArticleRecord:
    """Extract everything from one article's text (stored exactly as given)."""
    article = Article(id=article_id(text), text=text, title=title, published=published)
    return extract_article(article, lexicons=lexicons)


def extract_article(article: Article, *, lexicons: tuple[str, ...] = ()) -> ArticleRecord:
    """Run the chain on an Article (from pipeline.read)."""
    doc = get_nlp()(spelling_view(article.text))
    return _assemble_from_doc(article, doc, lexicons)


def extract_many(articles: Iterable[Article], *, lexicons: tuple[str, ...] = (), batch_size: int = 32) -> Iterator[ArticleRecord]:
    """Extract a stream of articles, tokenising in batches with ``nlp.pipe``."""
    nlp = get_nlp()
    buffer: list[Article] = []

    def flush() -> Iterator[ArticleRecord]:
        for art, doc in zip(buffer, nlp.pipe([spelling_view(a.text) for a in buffer], batch_size=batch_size)):
            yield _assemble_from_doc(art, doc, lexicons)
        buffer.clear()

    for art in articles:
        buffer.append(art)
        if len(buffer) >= batch_size:
            yield from flush()
    yield from flush()


def _assemble_from_doc(article: Article, doc, lexicons: tuple[str, ...]) -> ArticleRecord:
    # the stages read the spelling view (pipeline/spelling.py: the article with each word's usual
    # last letter, same length); the record's spans and texts are cut from the article as written
    text = doc.text
    sents = sentence_spans(doc)
    drafts = entities.find_entities(doc, entities.get_rules(lexicons))
    dates, amounts = values.extract_values(text, article.published)
    if text != article.text:
        dates, amounts = ([v.model_copy(update={"text": article.text[v.start : v.end]}) for v in vs] for vs in (dates, amounts))
    value_spans = [(d.start, d.end) for d in dates] + [(a.start, a.end) for a in amounts]
    drafts = [m for m in drafts if not (m.source == "model" and _overlaps(m.span, value_spans))]
    quote_drafts, speakers = quote_confidence.extract(text, sents, drafts)
    taken = {m.span for m in drafts}
    for s in speakers:
        if s.span in taken:
            continue
        inside = [m for m in drafts if _overlaps(s.span, [m.span])]
        if inside and (
            # «وقالت محافظة الجيزة إن …»: the body the quote stage found speaking, named by the place
            # the entities stage read inside it, stands for that mention (so the quote has its speaker)
            s.label == "ORG" and all(m.label == "LOC" and s.start <= m.start and m.end <= s.end for m in inside)
            # «وأوضح رئيس الرابطة أمره طاش أن»: the model read the body noun and the name after it as
            # one organisation; the quote stage's person is the name, and the tag goes
            or s.label == "PERSON"
            and all(m.label == "ORG" and m.source == "model" and m.start < s.start and s.end == m.end for m in inside)
        ):
            drafts = [m for m in drafts if not any(m is x for x in inside)]
            taken -= {m.span for m in inside}
            inside = []
        if not inside:
            drafts.append(s)
            taken.add(s.span)
    drafts.sort(key=lambda m: m.start)
    rel_drafts = relations.find_relations(text, sents, drafts)
    drafts, ents = canon.canonicalize(text, drafts, entries=resources.lexicon(lexicons))
    return _assemble(article, sents, drafts, ents, quote_drafts, rel_drafts, dates, amounts)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _span(text: str, se: tuple[int, int]) -> Span:
    return Span(start=se[0], end=se[1], text=text[se[0] : se[1]])


def _sentence_index(sents: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(sents):
        if pos < e:
            return i
    return max(len(sents) - 1, 0)


def _carry_roles(quotes: list[Quote], labels: dict[str, str]) -> list[Quote]:
    """«وقال رئيس الاتحاد فيصل العتيبي إن …» then «وأضاف العتيبي: …»: a person's later quote with no
    title of its own keeps the role the article gave them with an earlier one. Only for people: a body
    that speaks after its spokesman («وأكدت الوزارة في بيان») has no spokesman's title."""
    last: dict[str, str] = {}
    role_of: dict[int, str] = {}
    for n, q in sorted(enumerate(quotes), key=lambda nq: nq[1].cue.start):
        if not q.speaker_key or labels.get(q.speaker_key) != "PERSON":
            continue
        if q.role:
            last[q.speaker_key] = q.role
        elif q.speaker_key in last:
            role_of[n] = last[q.speaker_key]
    return [q.model_copy(update={"role": role_of[n]}) if n in role_of else q for n, q in enumerate(quotes)]


def _assemble(
    article: Article,
    sents: list[tuple[int, int]],
    drafts: list[MentionDraft],
    ents: list[Entity],
    quote_drafts: list[QuoteDraft],
    rel_drafts: list[RelationDraft],
    dates: list[DateValue],
    amounts: list[Amount],
) -> ArticleRecord:
    text = article.text
    key_of = {m.span: m.entity_key for m in drafts}
    mentions = [
        Mention(
            start=m.start, end=m.end, text=text[m.start : m.end], label=m.label, entity_key=m.entity_key,
            source=m.source, confidence=round(m.confidence, 4), sentence=_sentence_index(sents, m.start),
        )
        for m in drafts
    ]
    for d in dates:
        if d.is_duration:
            continue  # «لمدة خمس سنوات» is a length of time, not a date: it stays in the dates table only
        mentions.append(Mention(start=d.start, end=d.end, text=text[d.start : d.end], label="DATE", source="rule", confidence=0.9, sentence=_sentence_index(sents, d.start)))
    for a in amounts:
        mentions.append(Mention(start=a.start, end=a.end, text=text[a.start : a.end], label=_AMOUNT_LABEL[a.kind], source="rule", confidence=0.9, sentence=_sentence_index(sents, a.start)))
    mentions.sort(key=lambda m: (m.start, m.end))
    quotes_out = [
        Quote(
            kind=q.kind, content=_span(text, q.content), cue=_span(text, q.cue),
            speaker=_span(text, q.speaker) if q.speaker else None,
            speaker_key=key_of.get(q.speaker) if q.speaker else None,
            role=q.role, confidence=round(q.confidence, 4), sentence=q.sentence,
        )
        for q in quote_drafts
    ]
    quotes_out = _carry_roles(quotes_out, {e.key: e.label for e in ents})
    seen: set[tuple[str, str, str]] = set()
    rels = []
    for r in rel_drafts:
        s, o = key_of.get(r.subject), key_of.get(r.object)
        if not s or not o or s == o:
            continue
        triple = (s, r.predicate, o)
        if r.predicate == "partner_of":
            triple = (min(s, o), r.predicate, max(s, o))
        if triple in seen:
            continue
        seen.add(triple)
        rels.append(Relation(subject_key=s, predicate=r.predicate, object_key=o, attribute=r.attribute, evidence=_span(text, r.evidence), confidence=r.confidence))
    return ArticleRecord(
        article=article,
        sentences=[Sentence(start=s, end=e, text=text[s:e], index=i) for i, (s, e) in enumerate(sents)],
        mentions=mentions,
        entities=ents,
        quotes=quotes_out,
        relations=rels,
        dates=dates,
        amounts=amounts,
    )
