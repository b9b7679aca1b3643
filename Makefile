# naba: `make demo` runs the main job on the shipped seeds; `make test` runs the tests.
# Both create .venv when needed. torch comes in through camel-tools: the CPU build
# (torch==2.13.0) is installed first so that pip never pulls a multi-GB CUDA build.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.naba-installed
NABA   := $(BIN)/naba
export NABA_DB ?= naba.duckdb
# The virtual environment takes about 2.3 GiB (torch 0.75 of it): under 2.5 GiB free the install cannot finish.
NEED_GIB ?= 2.5

.PHONY: venv demo test model schema bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c "import shutil, sys; free = shutil.disk_usage('.').free / 2**30; free >= $(NEED_GIB) or sys.exit(f'naba: installing needs about $(NEED_GIB) GiB free on this disk ({free:.1f} GiB free here): free some space and run it again')"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install -q --disable-pip-version-check -e '.[test,html]'
	touch $(STAMP)

demo: venv
	$(NABA) ingest seeds/
	@echo "\n== every quote with its speaker"
	$(NABA) query "SELECT coalesce(e.latin, e.name) AS speaker, q.kind, q.cue, left(q.content, 60) AS content FROM quotes q LEFT JOIN entities e ON e.key = q.speaker_key ORDER BY q.article_id, q.idx"
	@echo "\n== every product with its maker"
	$(NABA) query "SELECT coalesce(p.latin, p.name) AS product, coalesce(m.latin, m.name) AS maker FROM relations r JOIN entities p ON p.key = r.object_key JOIN entities m ON m.key = r.subject_key WHERE r.predicate = 'makes' ORDER BY maker, product"
	@echo "\n== every mention of Meta with its sentence"
	$(NABA) query "SELECT m.text AS mention, left(s.text, 80) AS sentence FROM mentions m JOIN entities e ON e.key = m.entity_key JOIN sentences s ON s.key = m.sentence_key WHERE e.latin = ? ORDER BY m.article_id, m.start_char" --param Meta
	mkdir -p out
	$(NABA) export --output out/seeds.json

test: venv
	$(BIN)/pytest

# Rebuilds the NER model from the ANERcorp train file (never the test file) into data/models/ner.
model: venv
	$(NABA) train ../shared/benchmarks/anercorp/train.txt

# Regenerates schemas/article_record.schema.json from the pydantic records.
schema: venv
	$(BIN)/python -m schemas

clean:
	rm -rf $(VENV) out .pytest_cache
