#!/usr/bin/env python3
"""Generate ontology/actors/countries.yaml.

Sources:
  * Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json (all entries)
  * ontology/actors/country_extras.yaml (hand-maintained supplement, by id)

Usage (from the repository root):
    python3 scripts/gen_countries.py [--iso PATH] [--extras PATH] [--out PATH]

Python 3 standard library only.  The supplement is read with a small parser for
the restricted YAML subset it is written in (top-level `ID:` keys, two-space
indented `key: value` lines, values either scalars or one-line flow lists).
Output is deterministic: entries sorted by id, one stable YAML style.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_EXTRAS = os.path.join(ROOT, "ontology", "actors", "country_extras.yaml")
DEFAULT_OUT = os.path.join(ROOT, "ontology", "actors", "countries.yaml")

LIST_KEYS = ("aliases", "adjectives", "demonyms", "capital_aliases", "drop_aliases")
SCALAR_KEYS = ("name", "capital")


# --------------------------------------------------------------------------
# minimal reader for the supplement's YAML subset
# --------------------------------------------------------------------------
def _strip_comment(s):
    """Remove a trailing ' #...' comment that is outside quotes."""
    quote = None
    for i, ch in enumerate(s):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            if i == 0 or s[i - 1] in " [,":
                quote = ch
        elif ch == "#" and (i == 0 or s[i - 1] in " \t"):
            return s[:i].rstrip()
    return s.rstrip()


def _scalar(tok, where):
    tok = tok.strip()
    if not tok:
        return ""
    if tok[0] == '"':
        if not tok.endswith('"') or len(tok) < 2:
            raise ValueError("%s: bad double-quoted scalar %r" % (where, tok))
        return json.loads(tok)
    if tok[0] == "'":
        if not tok.endswith("'") or len(tok) < 2:
            raise ValueError("%s: bad single-quoted scalar %r" % (where, tok))
        return tok[1:-1].replace("''", "'")
    return tok


def _flow_list(s, where):
    s = s.strip()
    if not (s.startswith("[") and s.endswith("]")):
        raise ValueError("%s: expected a one-line flow list, got %r" % (where, s))
    body = s[1:-1]
    items, cur, quote = [], "", None
    i = 0
    while i < len(body):
        ch = body[i]
        if quote:
            cur += ch
            if ch == "\\" and quote == '"' and i + 1 < len(body):
                cur += body[i + 1]
                i += 1
            elif ch == quote:
                if quote == "'" and i + 1 < len(body) and body[i + 1] == "'":
                    cur += "'"
                    i += 1
                else:
                    quote = None
        elif ch in "\"'" and not cur.strip():
            quote = ch
            cur = ch
        elif ch == ",":
            items.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if quote:
        raise ValueError("%s: unterminated quote in %r" % (where, s))
    if cur.strip():
        items.append(cur)
    return [_scalar(x, where) for x in items if x.strip()]


def read_extras(path):
    extras, cur = {}, None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            where = "%s:%d" % (path, n)
            line = _strip_comment(raw.rstrip("\n"))
            if not line.strip():
                continue
            m = re.match(r"^([A-Z]{3}):\s*$", line)
            if m:
                cur = m.group(1)
                if cur in extras:
                    raise ValueError("%s: duplicate id %s" % (where, cur))
                extras[cur] = {}
                continue
            m = re.match(r"^  ([a-z_]+):\s*(.*)$", line)
            if not m or cur is None:
                raise ValueError("%s: cannot parse %r" % (where, raw))
            key, val = m.group(1), m.group(2)
            if key in LIST_KEYS:
                extras[cur][key] = _flow_list(val, where)
            elif key in SCALAR_KEYS:
                extras[cur][key] = _scalar(val, where)
            else:
                raise ValueError("%s: unknown key %r" % (where, key))
    return extras


# --------------------------------------------------------------------------
# YAML writing
# --------------------------------------------------------------------------
_RESERVED = re.compile(
    r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|"
    r"off|Off|OFF|null|Null|NULL|~|)$")
_NUMLIKE = re.compile(r"^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$|^[0-9:_-]+$")
_SAFE = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#,\[\]{}]*$")


def q(s):
    """Return s as a YAML scalar usable both in block and flow context."""
    s = str(s)
    if (_RESERVED.match(s) or _NUMLIKE.match(s) or not _SAFE.match(s)
            or s != s.strip() or s.endswith(":") or ": " in s or " #" in s):
        return json.dumps(s, ensure_ascii=False)
    return s


def flow(items):
    return "[" + ", ".join(q(x) for x in items) + "]"


# --------------------------------------------------------------------------
def fold(s):
    """ASCII-fold accents: 'Côte d'Ivoire' -> 'Cote d'Ivoire'."""
    out = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in out if not unicodedata.combining(c))
    return out.replace("Å", "A").replace("å", "a")


def dedupe(seq, exclude=()):
    seen, out = set(exclude), []
    for x in seq:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def build(iso_path, extras_path):
    with open(iso_path, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    extras = read_extras(extras_path)
    entries = {}
    for rec in iso:
        cid = rec["alpha_3"]
        ex = extras.get(cid, {})
        iso_name = rec["name"]
        common = rec.get("common_name")
        official = rec.get("official_name")
        name = ex.get("name") or common or iso_name
        cands = []
        # the ISO 'name' is an inverted form ("Korea, Republic of") whenever a
        # common_name exists; keep it only when it reads as a real name
        inverted = ", " in iso_name and (ex.get("name") or re.search(r"\bof(?: the)?$", iso_name))
        if not common and not inverted:
            cands.append(iso_name)
        if common:
            cands.append(common)
        if official:
            cands.append(re.sub(r"^the ", "", official))
        cands.extend(ex.get("aliases", []))
        # parenthesised ISO names: also the bare form ("Falkland Islands")
        more = []
        for c in cands:
            bare = re.sub(r"\s*\([^)]*\)", "", c).strip()
            if bare != c:
                more.append(bare)
        cands += more
        drop = set(ex.get("drop_aliases", []))
        cands = [c for c in cands if c not in drop and "(" not in c]
        cands += [fold(c) for c in cands]
        # the alpha-3 code is not a running-text alias, unless the supplement
        # lists it explicitly (e.g. "USA")
        explicit = set(ex.get("aliases", []))
        cands = [c for c in cands if c != cid or c in explicit]
        aliases = dedupe(cands, exclude={name})
        entries[cid] = make_entry(cid, name, aliases, ex)
    for cid, ex in extras.items():
        if cid in entries:
            continue
        if not ex.get("name"):
            raise ValueError("extra %s is not in ISO 3166-1 and has no name" % cid)
        aliases = dedupe(ex.get("aliases", []) + [fold(a) for a in ex.get("aliases", [])],
                         exclude={ex["name"]})
        entries[cid] = make_entry(cid, ex["name"], aliases, ex)
    missing = [c for c, e in entries.items() if not e["adjectives"]]
    if missing:
        print("warning: no adjectives for: " + ", ".join(sorted(missing)), file=sys.stderr)
    return [entries[k] for k in sorted(entries)]


def make_entry(cid, name, aliases, ex):
    cap = ex.get("capital", "")
    drop = set(ex.get("drop_aliases", []))
    return {
        "id": cid,
        "name": name,
        "type": "country",
        "aliases": aliases,
        "adjectives": dedupe(ex.get("adjectives", [])),
        "demonyms": dedupe(ex.get("demonyms", [])),
        "capital": cap,
        "capital_aliases": dedupe(ex.get("capital_aliases", [])
                                  + [fold(a) for a in ex.get("capital_aliases", [])]
                                  + ([fold(cap)] if cap else []), exclude={cap} | drop),
    }


def render(entries):
    out = [
        "# GENERATED FILE - do not edit by hand.",
        "# Generated by scripts/gen_countries.py from Debian iso-codes",
        "# (/usr/share/iso-codes/json/iso_3166-1.json) merged with",
        "# ontology/actors/country_extras.yaml (edit that file instead).",
        "# Regenerate:  python3 scripts/gen_countries.py",
        "",
    ]
    for e in entries:
        out.append("- id: %s" % q(e["id"]))
        out.append("  name: %s" % q(e["name"]))
        out.append("  type: country")
        out.append("  aliases: %s" % flow(e["aliases"]))
        out.append("  adjectives: %s" % flow(e["adjectives"]))
        out.append("  demonyms: %s" % flow(e["demonyms"]))
        if e["capital"]:
            out.append("  capital: %s" % q(e["capital"]))
        out.append("  capital_aliases: %s" % flow(e["capital_aliases"]))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iso", default=DEFAULT_ISO)
    ap.add_argument("--extras", default=DEFAULT_EXTRAS)
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    entries = build(a.iso, a.extras)
    text = render(entries)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d countries to %s" % (len(entries), a.out))


if __name__ == "__main__":
    main()
