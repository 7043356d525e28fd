#!/usr/bin/env bash
# Writes a content pack whose one topic holds a single paragraph of BYTES bytes (default
# 1,000,000) of ordinary English words in sentences: the longest paragraph a pack file
# (at most 1 MiB) can hold. scripts/measure-say-all-memory.sh and
# scripts/measure-long-content-latency.sh run the kiosk on it.
#   scripts/make-long-pack.sh DIR [BYTES]
set -euo pipefail
dir=${1:?usage: make-long-pack.sh DIR [BYTES]}
bytes=${2:-1000000}
mkdir -p "$dir/en/topics"
cat >"$dir/pack.toml" <<'TOML'
id = "long-content"
version = "1.0.0"
title = "Long content"
default_locale = "en"
locales = ["en"]
publisher = "Access Kiosk measurements"
date = 2026-11-30
TOML
cat >"$dir/en/home.toml" <<'TOML'
title = "Long content"
subtitle = "One topic with one very long paragraph"

[sections]
eligibility = "Who can get it"
benefit = "What you can get"
apply = "How to apply"

[[category]]
id = "long"
title = "Long reading"
topics = ["long-paragraph"]
TOML
python3 - "$dir/en/topics/long-paragraph.md" "$bytes" <<'PY'
import sys
path, size = sys.argv[1], int(sys.argv[2])
words = ("the district office helps residents with disabilities to apply for support and "
         "care services every working day while staff explain each step clearly").split()
header = ('+++\ntitle = "A very long paragraph"\nsummary = "One paragraph of ordinary words."\n'
          'source = "Generated for measurement"\n+++\n\n## Who can get it\n\nEvery resident.\n\n'
          '## What you can get\n\n')
footer = "\n\n## How to apply\n\nAsk at the service hall.\n"
out, n, i = [], 0, 0
while n < size:
    sentence = " ".join(words[(i + k) % len(words)] for k in range(12 + i % 9)).capitalize() + ". "
    out.append(sentence)
    n += len(sentence)
    i += 1
with open(path, "w") as f:
    f.write(header + "".join(out)[:size].rstrip() + footer)
PY
