#!/usr/bin/env python3
"""Generates a synthetic news corpus of about N MB for scripts/bench.sh.

    python3 scripts/gen_corpus.py SIZE_MB OUT_DIR [--seed S] [--extract FILE]

Half the articles are the seed articles (seeds/) with names, dates and numbers swapped, half are made
from the templates below; every article gets its own title, id, date, people and figures, so no two are
alike and nothing can be cached. Articles go to JSON Lines files of 500 records (OUT_DIR/part-NNNN.jsonl)
and, one in ten, plain-text files of 20 articles (OUT_DIR/text/NNNN.txt), the formats a year of wire copy
comes in. `--extract FILE` is `kgbuild extract seeds/` output, which gives where each seed article's body
starts; without it the seeds are split on their repeated headlines.
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

COUNTRIES = ["Russia", "Iraq", "Syria", "Egypt", "Iran", "Turkey", "France", "Germany", "China", "India", "Pakistan",
             "Saudi Arabia", "Israel", "Jordan", "Ukraine", "Belarus", "Mali", "Nigeria", "Kenya", "Libya", "Algeria",
             "Qatar", "Lebanon", "Yemen", "Afghanistan", "Japan", "Brazil", "Venezuela", "Cuba", "Serbia", "Armenia",
             "Azerbaijan", "Georgia", "Kazakhstan", "Sudan", "Somalia", "Ethiopia", "Vietnam", "Indonesia", "Poland"]
ADJ = {"Russia": "Russian", "Iraq": "Iraqi", "Syria": "Syrian", "Egypt": "Egyptian", "Iran": "Iranian", "Turkey": "Turkish",
       "France": "French", "Germany": "German", "China": "Chinese", "India": "Indian", "Pakistan": "Pakistani",
       "Saudi Arabia": "Saudi", "Israel": "Israeli", "Jordan": "Jordanian", "Ukraine": "Ukrainian", "Belarus": "Belarusian",
       "Mali": "Malian", "Nigeria": "Nigerian", "Kenya": "Kenyan", "Libya": "Libyan", "Algeria": "Algerian", "Qatar": "Qatari",
       "Lebanon": "Lebanese", "Yemen": "Yemeni", "Afghanistan": "Afghan", "Japan": "Japanese", "Brazil": "Brazilian",
       "Venezuela": "Venezuelan", "Cuba": "Cuban", "Serbia": "Serbian", "Armenia": "Armenian", "Azerbaijan": "Azerbaijani",
       "Georgia": "Georgian", "Kazakhstan": "Kazakh", "Sudan": "Sudanese", "Somalia": "Somali", "Ethiopia": "Ethiopian",
       "Vietnam": "Vietnamese", "Indonesia": "Indonesian", "Poland": "Polish"}
CITIES = ["MOSCOW", "BAGHDAD", "DAMASCUS", "CAIRO", "TEHRAN", "ANKARA", "PARIS", "BERLIN", "BEIJING", "NEW DELHI",
          "ISLAMABAD", "RIYADH", "JERUSALEM", "AMMAN", "KIEV", "MINSK", "BAMAKO", "ABUJA", "NAIROBI", "TRIPOLI"]
AGENCIES = ["Reuters", "AFP", "RIA Novosti", "ITAR-TASS", "AP", "Xinhua"]
FIRST = ["Ivan", "Ahmed", "Maria", "Sergei", "Fatima", "John", "Li", "Omar", "Elena", "Hassan", "Pierre", "Anna",
         "Yusuf", "Karim", "Olga", "David", "Nadia", "Viktor", "Samir", "Laila"]
LAST = ["Petrov", "Haddad", "Novak", "Kovalenko", "Mansour", "Okafor", "Dubois", "Schmidt", "Zhang", "Rahimi",
        "Aziz", "Morales", "Ivanova", "Kamau", "Tanaka", "Farouk", "Lindqvist", "Orlov", "Benali", "Sato"]
TITLES = ["Foreign Minister", "Defence Minister", "Prime Minister", "President", "Interior Minister", "army chief"]
WEAPONS = ["fighter jets", "anti-aircraft missiles", "tanks", "helicopters", "artillery systems", "drones", "rifles"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TEMPLATES = [
    "{C1} will supply {N} {W} to {C2} under a contract worth ${M} million, {P1}, {A1} {T1}, said on {D}.",
    "{A1} {T1} {P1} met his {A2} counterpart {P2} in {CITY} on {D} to discuss security cooperation.",
    "\u201cWe will not accept any interference in our internal affairs,\u201d {P1} told reporters in {CITY}.",
    "Militants attacked a police station in the north of {C2} on {D}, killing {N} people, officials said.",
    "{C1} accused {C2} of violating the ceasefire agreement signed on {MON} {DAY}.",
    "{P2} criticized the decision of {C1} to sell {W} to {C2}, saying it would destabilize the region.",
    "The two countries signed an agreement on military cooperation that covers training and the delivery of {N} {W}.",
    "Talks between {C1} and {C2} stalled on {D} after negotiators failed to agree on the border, {AG} reported.",
    "{C1} pledged ${M} million in aid to {C2}, {A1} {T1} {P1} announced.",
    "According to {P1}, {N} soldiers from {C1} will take part in the peacekeeping mission in {C2} from {MON}.",
    "Security forces in {C2} thwarted a plot to attack the parliament in {CITY_T} and arrested {N} suspects.",
    "The parliament of {C1} passed a law on {D} that bans the export of {W}, the agency said.",
    "{P1} said the government of {C1} would buy {N} {W} from {C2} by {MON} {YEAR}.",
    "Analysts said the deal, the largest since {YEAR}, would give {C2} an edge over its neighbours.",
]


def person(rng):
    return rng.choice(FIRST) + " " + rng.choice(LAST) + ("" if rng.random() < 0.5 else "-" + rng.choice(LAST))


def fill(tpl, rng, ctx):
    def rep(m):
        k = m.group(1)
        if k in ctx:
            return ctx[k]
        return {"N": str(rng.randint(2, 950)), "M": str(rng.randint(5, 9000)), "W": rng.choice(WEAPONS),
                "D": rng.choice(DAYS), "MON": rng.choice(MONTHS), "DAY": str(rng.randint(1, 28)),
                "YEAR": str(rng.randint(1995, 2019)), "AG": rng.choice(AGENCIES)}[k]
    return re.sub(r"\{([A-Z0-9_]+)\}", rep, tpl)


def template_article(rng, n):
    c1, c2 = rng.sample(COUNTRIES, 2)
    ctx = {"C1": c1, "C2": c2, "A1": ADJ[c1], "A2": ADJ[c2], "P1": person(rng), "P2": person(rng),
           "T1": rng.choice(TITLES), "CITY": rng.choice(CITIES).title(), "CITY_T": rng.choice(CITIES).title()}
    year, month, day = rng.randint(2005, 2020), rng.randint(1, 12), rng.randint(1, 28)
    dateline = "%s, %s %d (%s) - " % (rng.choice(CITIES), MONTHS[month - 1], day, rng.choice(AGENCIES))
    paras = []
    for p in range(rng.randint(5, 12)):
        sents = [fill(rng.choice(TEMPLATES), rng, ctx) for _ in range(rng.randint(1, 3))]
        paras.append(" ".join(sents))
    title = fill(rng.choice(TEMPLATES[:2] + TEMPLATES[4:6] + TEMPLATES[8:9]), rng, ctx).rstrip(".")
    return title, dateline + "\n\n".join(paras), "%04d-%02d-%02d" % (year, month, day)


SEED_NAMES = ["Lavrov", "Sergei Lavrov", "Maliki", "Nouri Maliki", "John Kerry", "Kerry", "Abdoulaye Diop", "Bortnikov",
              "Aleksandr Bortnikov", "Shoigu", "Sergei Shoigu"]
SEED_COUNTRIES = ["Russia", "Iraq", "Syria", "Egypt", "Belarus", "Saudi Arabia", "Mali", "Jordan", "Turkey"]


def seed_articles(extract_file):
    path = os.path.join(ROOT, "seeds")
    files = sorted(f for f in os.listdir(path) if f.endswith(".txt"))
    out = []
    for f in files:
        data = open(os.path.join(path, f), "rb").read()
        metas = []
        if extract_file:
            for line in open(extract_file, encoding="utf-8"):
                a = json.loads(line)["article"]
                if a["path"].endswith(f):
                    metas.append(a)
        metas.sort(key=lambda a: a["index"])
        for i, a in enumerate(metas):
            end = len(data)
            if i + 1 < len(metas):
                nxt = metas[i + 1]
                t = nxt["title"].encode("utf-8")
                k = data.rfind(t.split(b" ")[0], a["body_offset"], nxt["body_offset"])
                end = data.rfind(b"\n\n", a["body_offset"], k if k > 0 else nxt["body_offset"])
                if end < 0:
                    end = nxt["body_offset"]
            out.append((a["title"], data[a["body_offset"]:end].decode("utf-8", "replace")))
    return out


def vary_seed(rng, title, body):
    swap = {}
    for name in SEED_NAMES:
        if rng.random() < 0.6:
            swap[name] = person(rng)
    for c in SEED_COUNTRIES:
        if rng.random() < 0.3:
            swap[c] = rng.choice(COUNTRIES)
    if swap:
        pat = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(swap, key=len, reverse=True)) + r")\b")
        body = pat.sub(lambda m: swap[m.group(1)], body)
        title = pat.sub(lambda m: swap[m.group(1)], title)
    body = re.sub(r"\b\d+\b", lambda m: str(rng.randint(1, 999)), body)
    body = re.sub(r"\b(" + "|".join(MONTHS) + r") \d+", lambda m: "%s %d" % (rng.choice(MONTHS), rng.randint(1, 28)), body)
    body = re.sub(r"\b(" + "|".join(DAYS) + r")\b", lambda m: rng.choice(DAYS), body)
    year, month, day = rng.randint(2005, 2020), rng.randint(1, 12), rng.randint(1, 28)
    return title, body, "%04d-%02d-%02d" % (year, month, day)


def main():
    args = sys.argv[1:]
    seed, extract = 1, None
    if "--seed" in args:
        i = args.index("--seed"); seed = int(args[i + 1]); del args[i:i + 2]
    if "--extract" in args:
        i = args.index("--extract"); extract = args[i + 1]; del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    target = int(float(args[0]) * 1_000_000)
    out_dir = args[1]
    os.makedirs(os.path.join(out_dir, "text"), exist_ok=True)
    rng = random.Random(seed)
    seeds = seed_articles(extract)
    if not seeds:
        sys.exit("gen_corpus: no seed articles found (give --extract)")
    written, n = 0, 0
    jsonl, jsonl_no, jsonl_count = None, 0, 0
    text, text_no, text_count = None, 0, 0
    while written < target:
        if rng.random() < 0.5:
            t, b = seeds[rng.randrange(len(seeds))]
            title, body, date = vary_seed(rng, t, b)
        else:
            title, body, date = template_article(rng, n)
        title = "%s (%d)" % (title, n)
        if n % 10 == 9:
            if text is None or text_count == 20:
                if text:
                    text.close()
                text = open(os.path.join(out_dir, "text", "%04d.txt" % text_no), "w", encoding="utf-8")
                text_no += 1; text_count = 0
            chunk = "%s\n\n%s\n\n%s\n\n\n\n" % (title, title, body)
            text.write(chunk)
            text_count += 1
            written += len(chunk.encode("utf-8"))
        else:
            if jsonl is None or jsonl_count == 500:
                if jsonl:
                    jsonl.close()
                jsonl = open(os.path.join(out_dir, "part-%04d.jsonl" % jsonl_no), "w", encoding="utf-8")
                jsonl_no += 1; jsonl_count = 0
            line = json.dumps({"id": "bench-%d" % n, "title": title, "text": body, "date": date,
                               "source": rng.choice(AGENCIES)}, ensure_ascii=False) + "\n"
            jsonl.write(line)
            jsonl_count += 1
            written += len(line.encode("utf-8"))
        n += 1
    for f in (jsonl, text):
        if f:
            f.close()
    print("%d articles, %.1f MB in %s" % (n, written / 1e6, out_dir))


if __name__ == "__main__":
    main()
