"""Entity-stage figures: model alone vs the whole stage (lexicon + rules + model) on the development
passages (tests/golden/dev_passages.json, PERSON/ORG/LOC, exact span), and the stage's speed
(tokenizer, sentences, CRF and rules; CPU seconds on one core) on ANERcorp train.txt text.

    .venv/bin/python benchmarks/entity_stage.py
"""
import json, time
from pipeline.nlp import get_nlp
from pipeline import entities
from pipeline.normalize import count_words
gold_all = json.load(open('tests/golden/dev_passages.json'))
nlp = get_nlp(); rules = entities.get_rules()
# model-only and full-stage F1 on the dev passages, PERSON/ORG/LOC, exact span (clitics trimmed)
def score(pred, gold):
    from collections import Counter
    tp=Counter(); fp=Counter(); fn=Counter()
    for p,g in zip(pred,gold):
        ps=Counter(p); gs=Counter(g)
        for k in ps: 
            t=min(ps[k],gs.get(k,0)); tp[k[0]]+=t; fp[k[0]]+=ps[k]-t
        for k in gs: fn[k[0]]+=gs[k]-min(gs[k],ps.get(k,0))
    out={}
    for lab in ['PERSON','ORG','LOC','ALL']:
        T=sum(tp.values()) if lab=='ALL' else tp[lab]; P=sum(fp.values()) if lab=='ALL' else fp[lab]; N=sum(fn.values()) if lab=='ALL' else fn[lab]
        pr=T/(T+P) if T+P else 0; rc=T/(T+N) if T+N else 0; out[lab]=round(2*pr*rc/(pr+rc) if pr+rc else 0,3)
    return out
G=[];M=[];S=[]
for p in gold_all:
    text=p['text']; doc=nlp(text)
    G.append([(e['label'],e['text']) for e in p['entities'] if e['label'] in ('PERSON','ORG','LOC')])
    tmp=[]
    for sp,sc in zip(doc.spans['model'], doc.spans['model'].attrs['scores']):
        t=sp.text
        tmp.append((sp.label_, t))
    M.append(tmp)
    S.append([(m.label,m.text) for m in entities.find_entities(doc, rules) if m.label in ('PERSON','ORG','LOC')])
print('model alone (whole tokens):', score(M,G))
print('entity stage (lexicon+rules+model):', score(S,G))
# speed of the entity stage: tokenizer + sentences + CRF + rules, one core
lines=[l.split()[0] for l in open('../shared/benchmarks/anercorp/train.txt', encoding='utf-8') if l.strip()]
text=' '.join(lines); chunks=[text[i:i+3000] for i in range(0, len(text), 3000)]
words=sum(count_words(c) for c in chunks)
for rep in range(2):
    t=time.process_time()
    for c in chunks:
        entities.find_entities(nlp(c), rules)
    el=time.process_time()-t
    print(f'entity stage: {words} words in {el:.1f} CPU s = {words/el:,.0f} words/s (run {rep+1})')
