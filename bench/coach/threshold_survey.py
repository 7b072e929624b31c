#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""How the coach's thresholds were found: what its measures read on delivery that has nothing
to flag — the human readings in ../shared/human-speech (a professional reader) and eSpeak NG at
its normal pitch range — and on eSpeak with the pitch range set low (<prosody range="x-low">).

Prints per corpus the distribution (5th / 50th / 95th percentile) of sentence pitch range in
semitones, section median of those, trailing drop (LU), and how many filled pauses and
hesitations it finds per minute (all false alarms on read speech, except at real breaths), and
how many sentences trail off and sections are called monotone (false alarms, on the natural
readings; on the flat ones every section should be). English is read by several eSpeak voices
(British, American, Received Pronunciation, Scottish, Caribbean, and a female variant), so that
the thresholds are checked on more than one English reader.

usage: bench/coach/threshold_survey.py BUILD_DIR
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import detection_bench as bench  # noqa: E402  (its speeches and synthesis)

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "human-speech")


def pct(values, q):
    values = sorted(values)
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def delivery(podium, script, wav, spans, tmp):
    path = os.path.join(tmp, "spans.json")
    with open(path, "w") as f:
        json.dump(spans, f)
    out = subprocess.run([podium, "follow", script, "--audio", wav, "--delivery", "--json", "--spans", path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["delivery"]


def human(podium, tmp):
    for name in ("en-ljspeech-lines", "en-ljspeech-prose"):
        folder = os.path.join(SHARED, name)
        if not os.path.isdir(folder):
            continue
        truth = json.load(open(os.path.join(folder, "truth.json")))
        spans = {}
        for u in truth["utterances"]:
            for s in u["sentences"]:
                a, b = spans.get(s, (u["start"], u["end"]))
                spans[s] = (min(a, u["start"]), max(b, u["end"]))
        spans = [{"sentence": s, "start": a, "end": b} for s, (a, b) in sorted(spans.items())]
        yield name, delivery(podium, os.path.join(folder, "script.txt"), os.path.join(folder, "speech.wav"), spans, tmp)


ENGLISH_VOICES = ("en", "en-us", "en-gb-x-rp", "en-gb-scotland", "en-029", "en-us+f3")


def espeak(podium, tmp, flat):
    readers = [(False, bench.ENGLISH, v) for v in ENGLISH_VOICES] + [(True, bench.CHINESE, "cmn-latn-pinyin")]
    for chinese, sections, voice in readers:
        audio, spans = [], []
        for section, (_, sentences) in enumerate(sections):
            for position, text in enumerate(sentences):
                start = len(audio)
                audio += bench.synth(text, voice, flat, os.path.join(tmp, "part.wav"))
                spans.append({"sentence": bench.sentence_id(sections, section, position), "start": start / bench.RATE,
                              "end": len(audio) / bench.RATE})
                audio += [0.0] * int(0.7 * bench.RATE)
        wav = os.path.join(tmp, "survey.wav")
        bench.write_wav(wav, audio)
        script = os.path.join(tmp, "survey.md")
        bench.write_script(script, sections)
        name = ("espeak-zh" if chinese else "espeak-" + voice) + ("-flat" if flat else "")
        yield name, delivery(podium, script, wav, spans, tmp)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    podium = os.path.join(sys.argv[1], "podium")
    print(f"{'corpus':20} {'sentence range st p5/p50/p95':>29} {'section range min':>17} "
          f"{'trailing drop LU p50/p95/max':>29} {'filled/min':>10} {'hesitations/min':>15} {'trailing':>8} {'monotone':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        corpora = list(human(podium, tmp)) + list(espeak(podium, tmp, False)) + list(espeak(podium, tmp, True))
        for name, d in corpora:
            ranges = [s["pitch_range"] for s in d["sentences"] if s["pitch_range"] is not None]
            sections = [s["pitch_range"] for s in d["sections"] if s["pitch_range"] is not None]
            drops = [s["trailing_drop"] for s in d["sentences"] if s["trailing_drop"] is not None]
            print(f"{name:20} {pct(ranges, .05):9.1f}{pct(ranges, .5):6.1f}{pct(ranges, .95):6.1f}"
                  f"{'':8} {min(sections) if sections else float('nan'):17.1f} "
                  f"{pct(drops, .5):13.1f}{pct(drops, .95):6.1f}{max(drops) if drops else float('nan'):6.1f}    "
                  f"{d['filled_per_minute']:10.2f} {d['hesitations_per_minute']:15.2f} "
                  f"{sum(1 for x in d['sentences'] if x['trailing_off']):8} "
                  f"{sum(1 for x in d['sections'] if x['monotone'])}/{len(d['sections'])}".rjust(8))
    return 0


if __name__ == "__main__":
    sys.exit(main())
