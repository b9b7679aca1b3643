-- naba's DuckDB schema. One row per record; spans are [start_char, end_char) offsets into
-- articles.text, and text[start_char:end_char] is the span's text (Python slicing; in SQL:
-- substr(a.text, start_char + 1, end_char - start_char)).
-- tests/test_schemas.py keeps these columns in step with schemas/records.py.

CREATE TABLE IF NOT EXISTS articles (
    id          VARCHAR PRIMARY KEY,   -- first 16 hex digits of SHA-256(text)
    text        VARCHAR NOT NULL,      -- the text exactly as stored; offsets refer to it
    title       VARCHAR,
    source      VARCHAR,               -- file path (or path:line for JSON Lines)
    url         VARCHAR,
    published   DATE,
    encoding    VARCHAR,               -- utf-8, utf-8-sig, utf-16, cp1256
    n_words     INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    record      BLOB NOT NULL,         -- the validated ArticleRecord as extracted: JSON in a zstd frame
                                       -- (Python: pipeline.store.unpack_record; older databases: zlib, JSON)
    key_map     VARCHAR                -- JSON {"key": "stored key"}: the record's entity keys the merge pointed at
                                       -- stored entities (NULL: none); naba export gives the record with it applied
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    key        HUGEINT PRIMARY KEY     -- (article_id as a 64-bit number) * 2^32 + idx, set on insert:
                                       -- mentions.sentence_key / quotes.sentence_key join here by index
);

CREATE TABLE IF NOT EXISTS entities (
    key     VARCHAR PRIMARY KEY,       -- canonical key, e.g. ORG:nvidia; merges across articles
    label   VARCHAR NOT NULL,          -- PERSON ORG LOC PRODUCT
    name    VARCHAR NOT NULL,          -- canonical Arabic name (Latin when only Latin is known)
    latin   VARCHAR,                   -- canonical Latin name when any article gives it
    org_type VARCHAR,                  -- ORG only: company government media other
    role    VARCHAR                    -- PERSON: a title given in an article
);

CREATE TABLE IF NOT EXISTS aliases (
    entity_key VARCHAR NOT NULL,
    alias      VARCHAR NOT NULL,       -- a spelling as written
    alias_key  VARCHAR NOT NULL,       -- the key the spelling alone would get (canon.entity_key): LABEL:ar:<phonetic> or LABEL:<latin>
    count      INTEGER NOT NULL,       -- how many mentions use it, over all articles
    PRIMARY KEY (entity_key, alias)
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    label      VARCHAR NOT NULL,
    entity_key VARCHAR,                -- NULL for DATE MONEY PERCENT QUANTITY
    source     VARCHAR NOT NULL,       -- model lexicon rule
    confidence DOUBLE NOT NULL,
    sentence   INTEGER NOT NULL,       -- sentences.idx
    sentence_key HUGEINT NOT NULL      -- sentences.key (set on insert)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id    VARCHAR NOT NULL,
    idx           INTEGER NOT NULL,
    kind          VARCHAR NOT NULL,    -- direct indirect according_to
    content       VARCHAR NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    cue           VARCHAR NOT NULL,
    cue_start     INTEGER NOT NULL,
    cue_end       INTEGER NOT NULL,
    speaker       VARCHAR,             -- the speaker's mention as written (NULL: not said)
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_key   VARCHAR,             -- entities.key
    role          VARCHAR,
    confidence    DOUBLE NOT NULL,
    sentence      INTEGER NOT NULL,    -- sentences.idx
    sentence_key  HUGEINT NOT NULL     -- sentences.key (set on insert)
);

CREATE TABLE IF NOT EXISTS relations (
    article_id     VARCHAR NOT NULL,
    subject_key    VARCHAR NOT NULL,
    predicate      VARCHAR NOT NULL,   -- partner_of role_at makes deploys acquires invests_in
    object_key     VARCHAR NOT NULL,
    attribute      VARCHAR,
    evidence       VARCHAR NOT NULL,   -- the sentence that states it
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    confidence     DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS dates (
    article_id  VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    granularity VARCHAR NOT NULL,
    date_start  DATE,
    date_end    DATE,
    calendar    VARCHAR NOT NULL,
    relative    BOOLEAN NOT NULL,
    is_range    BOOLEAN NOT NULL,
    is_duration BOOLEAN NOT NULL,
    hijri       VARCHAR,               -- the Hijri date as written, normalised: 1446-10-15, 1447-09, 1447
    duration    VARCHAR                -- ISO 8601 length of a duration: P5Y
);

CREATE TABLE IF NOT EXISTS amounts (
    article_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,       -- money percent quantity
    value      DECIMAL(38, 6),
    currency   VARCHAR,                -- ISO 4217
    unit       VARCHAR,
    value_max  DECIMAL(38, 6),         -- upper bound of a range (value is the lower)
    qualifier  VARCHAR                 -- approx over under (نحو، أكثر من، أقل من)
);
