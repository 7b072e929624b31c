#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/core/text/data/english_syllables.tsv: common English words with their syllable
counts from the CMU pronouncing dictionary (Debian package festlex-cmu), the reference the
rule-based counter (src/core/text/english_syllables.cpp) is tested against.

"Common" is measured on text this machine has: every English word of the project's speeches
(docs/samples, bench/timing_accuracy/speeches), then the lower-case words found in the most
distinct files of /usr/share/doc and /usr/share/man (document frequency, so one huge changelog
does not dominate). Only words the dictionary knows, with one syllable count over all its
entries, are kept; words without a vowel letter (cd, ls, mr) are abbreviations, which the
normaliser spells out before counting, so they are left out. The output is committed: the test does not need the package.

Usage: scripts/make-syllable-wordlist.py [--count N]   (run from the repository root)
"""
import argparse
import collections
import glob
import gzip
import os
import re

CMU = "/usr/share/festival/dicts/cmu/cmudict-0.4.out"
OUT = "tests/core/text/data/english_syllables.tsv"
ENTRY = re.compile(r'^\("([^"]+)" \S+ \((.*)\)\)$')
SYLLABLE = re.compile(r"\) [0-9]\)")
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def read_cmu():
    counts = collections.defaultdict(set)
    with open(CMU, encoding="latin-1") as lexicon:
        for line in lexicon:
            match = ENTRY.match(line.strip())
            if match:
                counts[match.group(1)].add(len(SYLLABLE.findall(match.group(2))))
    return counts


def read_text(path):
    try:
        if path.endswith(".gz"):
            with gzip.open(path, "rt", errors="ignore") as handle:
                return handle.read(400_000)
        with open(path, errors="ignore") as handle:
            return handle.read(400_000)
    except OSError:
        return ""


def speech_words():
    words = []
    for path in sorted(glob.glob("docs/samples/*.md") + glob.glob("bench/timing_accuracy/speeches/*.md")):
        words += [w.lower() for w in WORD.findall(read_text(path))]
    return words


def document_frequency():
    frequency = collections.Counter()
    paths = sorted(glob.glob("/usr/share/doc/*/*") + glob.glob("/usr/share/man/man1/*.gz"))
    for path in paths:
        if not os.path.isfile(path):
            continue
        frequency.update(set(re.findall(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])", read_text(path))))
    return frequency


def usable(word, cmu):
    return word in cmu and len(cmu[word]) == 1 and re.search("[aeiouy]", word)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000, help="words from the document corpus")
    args = parser.parse_args()
    cmu = read_cmu()
    chosen = {}
    for word in speech_words():
        if usable(word, cmu):
            chosen[word] = next(iter(cmu[word]))
    taken = 0
    for word, _ in document_frequency().most_common():
        if taken >= args.count:
            break
        if word in chosen or not usable(word, cmu):
            continue
        chosen[word] = next(iter(cmu[word]))
        taken += 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# word<TAB>syllables, from the CMU pronouncing dictionary (festlex-cmu);\n")
        out.write("# written by scripts/make-syllable-wordlist.py, do not edit by hand\n")
        for word in sorted(chosen):
            out.write(f"{word}\t{chosen[word]}\n")
    print(f"{len(chosen)} words written to {OUT}")


if __name__ == "__main__":
    main()
