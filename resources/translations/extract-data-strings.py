#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Collects the texts of CalfAtlas's data files for Qt Linguist.

Writes datastrings.cpp next to this script (or the file given as the argument): one QT_TRANSLATE_NOOP("CalfAtlasData", ...) per text a person
reads (names, summaries, facts, questions, advice), in the context of its file when CONTEXTS names one (the
Movement view's poses share its "Movement" context), so that lupdate puts them in the .ts files beside the
interface's own strings. Ids, source keys and citations are not translated. The file is input for lupdate
only; it is never compiled. Run by scripts/update-translations.sh.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
FILES = ["anatomy.json", "selftest.json", "movement.json"]
# The files whose texts are translated in a context of their own (core/biomechanics/movementcontent.h).
CONTEXTS = {"movement.json": "Movement"}
# Extra data files of other areas join the list when present.
OPTIONAL_FILES = ["tour.json", "learn.json", "compare.json", "plan.json"]
NOT_TEXT = {"id", "key", "sources", "kind", "layer", "compartment", "latin", "aliases", "nerve", "roots",
            "crossed", "illustration", "structure", "urgency", "citation", "doi", "format", "view", "select",
            "peel", "highlight", "structures", "muscle", "verdict", "answer_id", "icon", "test_group", "knee",
            "section", "exercise", "bias", "self_test", "stance"}
# Keys whose whole value holds only ids: standard identifiers with their source keys, and typed links.
NOT_TEXT_AT_ALL = {"identifiers", "relations"}


def texts(value, key=None):
    # Keys in NOT_TEXT hold ids when their value is a string or a list of strings; objects are always read.
    if key in NOT_TEXT_AT_ALL:
        return
    if key in NOT_TEXT and not isinstance(value, dict) and not (
            isinstance(value, list) and any(isinstance(item, dict) for item in value)):
        return
    if isinstance(value, str):
        if value.strip():
            yield value.strip()
    elif isinstance(value, list):
        for item in value:
            yield from texts(item, key if isinstance(item, str) else None)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from texts(v, k)


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    seen = []
    names = FILES + [f for f in OPTIONAL_FILES if os.path.exists(os.path.join(DATA, f))]
    for name in names:
        context = CONTEXTS.get(name, "CalfAtlasData")
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            for text in texts(json.load(f)):
                if (context, text) not in seen:
                    seen.append((context, text))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "datastrings.cpp")
    with open(out, "w", encoding="utf-8") as f:
        f.write("// SPDX-License-Identifier: MIT\n")
        f.write("// The texts of resources/data/ (%s) for Qt Linguist.\n" % ", ".join(names))
        f.write("// Written by extract-data-strings.py: do not edit. Read by lupdate, never compiled.\n")
        f.write("static const char *const calfatlasDataStrings[] = {\n")
        for context, text in seen:
            f.write('    QT_TRANSLATE_NOOP("%s", %s),\n' % (context, quoted(text)))
        f.write("};\n")
    print("extract-data-strings: %d texts from %s" % (len(seen), ", ".join(names)), file=sys.stderr)


if __name__ == "__main__":
    main()
