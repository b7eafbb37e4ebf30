#!/usr/bin/env python3
"""Sentence-level fuzzing: articles made of real sentences, spliced, mutated and mixed with word salad,
run through the release binary; a run that dies on a signal is bisected to the one article, which is
shrunk (sentences, then words) and saved for FuzzRegressionTests.

    scripts/sentence-fuzz.py [--rounds N] [--articles N] [--seed N] [--bin PATH] [TEXT_SOURCES...]

Byte-level libFuzzer (scripts/fuzz.sh) reaches the readers; the extraction rules are reached by text
that reads like news yet breaks their assumptions: a title as the last word, a clause cut in two, a
quote never closed. Sources: seeds/ and the held-out fixtures (JSON Lines or plain text); add your
own folders or files. Shrunk crashes land in .build-fuzz/sentences/ with the reader byte of
IngestFuzzHarness ("0" = plain text): rewrite their words in your own before committing them.
"""
import argparse, glob, json, os, random, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument('--rounds', type=int, default=10)
ap.add_argument('--articles', type=int, default=1500)
ap.add_argument('--seed', type=int, default=1)
ap.add_argument('--bin', default=os.path.join(root, '.build/release/kgbuild'))
ap.add_argument('sources', nargs='*')
args = ap.parse_args()
rng = random.Random(args.seed)
out = os.path.join(root, '.build-fuzz/sentences')
os.makedirs(out, exist_ok=True)

def texts_of(path):
    files = [path] if os.path.isfile(path) else sorted(glob.glob(os.path.join(path, '**/*'), recursive=True))
    for f in files:
        if not os.path.isfile(f): continue
        if f.endswith('.jsonl'):
            for line in open(f, errors='replace'):
                try: yield json.loads(line)['text']
                except (ValueError, KeyError, TypeError): pass
        elif f.endswith('.txt'):
            yield open(f, errors='replace').read()

sources = args.sources or [os.path.join(root, 'seeds')] + sorted(glob.glob(os.path.join(root, 'Tests/KGBuildCoreTests/Fixtures/heldout*/articles.jsonl')))
paras = [p for s in sources for t in texts_of(s) for p in t.split('\n\n') if p.strip()]
sents = [s for p in paras for s in re.split(r'(?<=[.!?"\u201d])\s+(?=[A-Z"\u201c])', p) if len(s) > 3]
if not sents: sys.exit('sentence-fuzz: no sentences in ' + ' '.join(sources))
words = [s.split(' ') for s in sents]
freq = {}
for ws in words:
    for w in ws: freq[w] = freq.get(w, 0) + 1
vocab = sorted(freq, key=lambda w: (-freq[w], w))[:4000]
# the words and marks the rules key on, dropped in anywhere
ODD = ['\u00a0', '\u2019s', '\u201c', '\u201d', '\u2013', '\u041f\u0443\u0442\u0438\u043d', '(', ')', '"', "'", '.', ',', 'U.S.',
       'Mr.', 'al-', '-', '--', 'A', 'I', 'S-300', '$1.5 billion', '12', 'Monday', 'March', '2016', 'his', 'her', 'said',
       'told', 'counterpart', 'President', 'Minister', 'Foreign', 'Ministry', 'the', 'according to', 'who', 'which', ':']
print(f'sentence-fuzz: {len(sents)} sentences from {len(sources)} sources', file=sys.stderr)

def salad():
    n = rng.randint(1, 30)
    return ' '.join(rng.choice(ODD) if rng.random() < 0.2 else rng.choice(vocab) for _ in range(n)) + rng.choice(['.', '', '?', ' said.', '"', ':'])

def sentence():
    r = rng.random()
    if r > 0.85: return salad()
    if r < 0.35: return rng.choice(sents)
    a, b = rng.choice(words), rng.choice(words)
    if r < 0.75:   # the start of one sentence, the end of another
        return ' '.join(a[:rng.randint(0, len(a))] + b[rng.randint(0, len(b)):])
    w = list(rng.choice(words))
    for _ in range(rng.randint(1, 4)):   # words inserted, dropped, or a run of another sentence's
        k, i = rng.random(), rng.randint(0, len(w))
        if k < 0.4: w.insert(i, rng.choice(ODD))
        elif k < 0.7 and w: del w[min(i, len(w) - 1)]
        else: w[i:i] = rng.choice(words)[:rng.randint(1, 6)]
    return ' '.join(w)

def article():
    parts = []
    for _ in range(rng.randint(1, 40)):
        if rng.random() < 0.3: parts.append('\n\n')
        parts.append(sentence() + ' ')
    text = rng.choice(['MOSCOW, March 3 (Reuters) - ', 'KIEV, Oct. 4. /TASS/. ', 'BEIRUT (AP) \u2014 ', '']) + ''.join(parts)
    y = rng.randint(2012, 2019)
    return {'id': 'f%06d' % rng.randint(0, 999999), 'title': sentence()[:120],
            'date': '%d-%02d-%02d' % (y, rng.randint(1, 12), rng.randint(1, 28)), 'text': text}

def crashes(arts):
    path = os.path.join(out, 'run.jsonl')
    with open(path, 'w') as f:
        for a in arts: f.write(json.dumps(a) + '\n')
    p = subprocess.run([args.bin, path, '--no-cache', '-q', '-j', '1', '-o', path + '.graphml'], capture_output=True)
    return p.returncode < 0 or p.returncode >= 128, p.stderr.decode(errors='replace')

def shrink(a):
    """The title dropped, then fewer sentences, then fewer words, while it still crashes."""
    if crashes([dict(a, title='')])[0]: a = dict(a, title='')
    def still(text): return crashes([dict(a, text=text)])[0]
    units = re.split(r'(?<=[.!?])\s+', a['text'])
    for sep in (' ', None):
        i = 0
        while i < len(units) and len(units) > 1:
            trial = units[:i] + units[i + 1:]
            if still(' '.join(trial)): units = trial
            else: i += 1
        if sep: units = ' '.join(units).split(' ')
    return dict(a, text=' '.join(units))

found = 0
for r in range(args.rounds):
    arts = [article() for _ in range(args.articles)]
    bad, _ = crashes(arts)
    if not bad:
        print(f'round {r}: {len(arts)} articles, no crash', file=sys.stderr, flush=True)
        continue
    while len(arts) > 1:
        half = arts[:len(arts) // 2]
        arts = half if crashes(half)[0] else arts[len(arts) // 2:]
    a = shrink(arts[0])
    _, err = crashes([a])
    why = next((l for l in err.splitlines() if 'runtime failure' in l or 'crashed' in l), '?')
    name = os.path.join(out, f'crash-{args.seed}-{r}')
    # plain text (reader byte "0") when the title plays no part; else the record as JSON Lines ("5")
    open(name, 'w').write('0' + a['text'] if not a['title'] else '5' + json.dumps(a) + '\n')
    found += 1
    print(f'round {r}: CRASH {why.strip()} -> {name}', file=sys.stderr, flush=True)
sys.exit(1 if found else 0)
