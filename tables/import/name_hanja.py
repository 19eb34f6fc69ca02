#!/usr/bin/env python3
"""Regenerates tables/name_hanja_syllables.tsv (run from the repository root).

    python3 tables/import/name_hanja.py /path/to/KoreaSCourtCode/json

The source is the ROK's table of Hanja for personal names (인명용 한자표: 가족관계의
등록 등에 관한 규칙 제37조 and its annex), as the Supreme Court's e-family site
(efamily.scourt.go.kr) serves it, downloaded into github:delvier/KoreaSCourtCode
(commit 973b927, json/*.json): every character with `isin` = 1 (a Hanja for names)
and its readings for names (`ineum`). A given name written in Hanja can only be
made of these readings. The table is a public regulation's content: facts.
"""
import glob
import json
import re
import sys

folder = sys.argv[1]
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
characters, readings = set(), set()
for path in sorted(glob.glob(f"{folder}/*.json")):
    for row in json.load(open(path, encoding="utf-8")):
        if row.get("isin") == 1:
            characters.add(row["cd"])
            readings.update(re.findall(r"[가-힣]", row.get("ineum") or ""))

source = (
    f"인명용 한자표 (가족관계의 등록 등에 관한 규칙 제37조), efamily.scourt.go.kr, via "
    f"github:delvier/KoreaSCourtCode@973b927 json/: readings of the {len(characters)} Hanja for names"
)
by_initial = {}
for s in sorted(readings):
    by_initial.setdefault(INITIALS[(ord(s) - 0xAC00) // 588], []).append(s)
out = ["initial\tsyllables\tsource"]
for initial in INITIALS:
    if initial in by_initial:
        out.append(f"{initial}\t{''.join(by_initial[initial])}\t{source}")
open("tables/name_hanja_syllables.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(f"{len(characters)} characters, {len(readings)} readings")
