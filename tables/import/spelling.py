#!/usr/bin/env python3
"""Regenerates the spelling tables from their sources (run from the repository root).

    python3 tables/import/spelling.py ../shared /path/to/hanja-0.15.1/hanja/table.yml

- tables/spelling_lexicon.tsv   <- ../shared/data/spelling/nk_urimalsaem_pairs_full.tsv
                                   (우리말샘 북한어 entries, CC BY-SA 2.0 KR, via nkhandic)
- tables/foreign_names.tsv      <- ../shared/data/spelling/country_names.tsv (facts, sources per row)
- tables/sino_syllables.tsv     <- the readings of PyPI `hanja` 0.15.1 (table.yml)

The other spelling tables (particles, dueum_exceptions, designations) are written by hand.
"""
import json
import re
import sys

shared, hanja_table = sys.argv[1], sys.argv[2]
HANGUL = re.compile(r"[가-힣]+")
ROK = re.compile(r"[가-힣]+( [가-힣]+)*")

# --- lexicon -------------------------------------------------------------------------
rows = [l.rstrip("\n").split("\t") for l in open(f"{shared}/data/spelling/nk_urimalsaem_pairs_full.tsv", encoding="utf-8")]
header, rows = rows[0], rows[1:]
assert header[:5] == ["dprk", "rok", "kind", "tags", "pos"], header
seen = set()
out = ["dprk\trok\tkind\tphenomena\tpos\tsource"]
dropped = 0
for dprk, rok, kind, tags, pos, *_ in rows:
    # Endings (-ㄹ까), jamo and hyphenated forms are not words of running text;
    # a row that writes the same word twice says nothing.
    if not HANGUL.fullmatch(dprk) or not ROK.fullmatch(rok) or dprk == rok:
        dropped += 1
        continue
    key = (dprk, kind)
    if key in seen:  # a second ROK word for the same DPRK word and kind: the first is kept
        dropped += 1
        continue
    seen.add(key)
    out.append(f"{dprk}\t{rok}\t{kind}\t{tags}\t{pos}\turimalsaem")
open("tables/spelling_lexicon.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(f"spelling_lexicon.tsv: {len(out) - 1} rows ({dropped} left out)")

# --- foreign names -------------------------------------------------------------------
rows = [l.rstrip("\n").split("\t") for l in open(f"{shared}/data/spelling/country_names.tsv", encoding="utf-8")]
assert rows[0] == ["dprk", "rok", "category", "source"], rows[0]
out = ["dprk\trok\tcategory\tsource"] + ["\t".join(r) for r in rows[1:] if HANGUL.fullmatch(r[0]) and ROK.fullmatch(r[1])]
open("tables/foreign_names.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(f"foreign_names.tsv: {len(out) - 1} rows")

# --- Sino-Korean syllables -----------------------------------------------------------
readings = set()
for line in open(hanja_table, encoding="utf-8"):
    _, value = line.strip().split(": ", 1)
    readings.update(c for c in json.loads(value) if "가" <= c <= "힣")
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
out = ["initial\tsyllables\tsource"]
for i, jamo in enumerate(INITIALS):
    syl = "".join(sorted(c for c in readings if (ord(c) - 0xAC00) // 588 == i))
    if syl:
        out.append(f"{jamo}\t{syl}\thanja 0.15.1 (PyPI), table.yml: readings of 27,497 CJK ideographs")
open("tables/sino_syllables.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(f"sino_syllables.tsv: {len(readings)} syllables")
