#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the delivery coach's pitch and loudness against references nobody here wrote.

Pitch: Praat's "To Pitch" with its default settings (praat --run), on every voiced frame both
trackers agree is voiced: the median absolute difference in semitones (target <= 1).
Loudness: ffmpeg's ebur128 filter's integrated loudness of each sentence cut out, against the
coach's loudness of the same span (target: within 1 LU for every sentence).

Recordings: the human readings in ../shared/human-speech (sentence spans from truth.json) and
eSpeak NG in English and Mandarin (sentence spans from podium speak --srt).

usage: scripts/check-coach-references.py BUILD_DIR   (needs praat, ffmpeg, espeak-ng)
Exit 1 when a target is missed, 77 when a tool or the shared data is missing.
"""
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "human-speech")
PRAAT_SCRIPT = """form Pitch listing
  sentence File
endform
sound = Read from file: file$
pitch = To Pitch: 0, 75, 600
n = Get number of frames
for i to n
  t = Get time from frame number: i
  f = Get value in frame: i, "Hertz"
  appendInfoLine: fixed$(t, 4), " ", f
endfor
"""

ENGLISH = """Good morning, and thank you all for coming today.
We have spent the last year building something we are proud of, and today you will see it for the first time.
The team worked through the winter, often late into the night, to make every part of it simple.
Our first customers told us what they needed, and we listened carefully to every one of them.
"""
CHINESE = """各位同事，大家上午好。
过去一年，我们在产品质量和服务效率两个方面都取得了明显的进步。
今天我想和大家分享三点体会，也请大家多提宝贵意见。
第一，要始终把用户放在心上，认真倾听他们的声音。
"""


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def praat_pitch(wav, tmp):
    script = os.path.join(tmp, "pitch.praat")
    with open(script, "w") as f:
        f.write(PRAAT_SCRIPT)
    frames = []
    for line in run(["praat", "--run", script, os.path.abspath(wav)]).splitlines():
        t, f0 = line.split()
        frames.append((float(t), None if f0.startswith("--") else float(f0)))
    return frames


def podium_pitch(tool, wav):
    frames = []
    for line in run([tool, wav]).splitlines():
        t, f0, _ = line.split()
        frames.append((float(t), float(f0)))
    return frames


def pitch_difference(praat, podium):
    """Median |semitones| over frames both call voiced; podium's frame nearest each Praat frame."""
    hop = (podium[-1][0] - podium[0][0]) / (len(podium) - 1)
    diffs = []
    both = only_praat = only_podium = 0
    for t, f_praat in praat:
        i = int(round((t - podium[0][0]) / hop))
        if i < 0 or i >= len(podium):
            continue
        f_podium = podium[i][1]
        if f_praat and f_podium > 0:
            both += 1
            diffs.append(abs(12 * math.log2(f_podium / f_praat)))
        elif f_praat:
            only_praat += 1
        elif f_podium > 0:
            only_podium += 1
    gross = sum(1 for d in diffs if d > 3) / max(1, len(diffs))
    return statistics.median(diffs), both, only_praat, only_podium, gross


def ffmpeg_loudness(wav, start, end):
    out = subprocess.run(["ffmpeg", "-nostats", "-hide_banner", "-ss", f"{start:.3f}", "-to", f"{end:.3f}", "-i", wav,
                          "-af", "ebur128", "-f", "null", "-"], capture_output=True, text=True).stderr
    found = re.findall(r"I:\s+(-?[\d.]+|-inf) LUFS", out)
    return float(found[-1]) if found else None


def podium_loudness(tool, wav, spans):
    out = run([tool, wav, "--loudness"] + [f"{s:.3f}:{e:.3f}" for s, e in spans])
    return [None if v == "nan" else float(v) for v in (line.split()[2] for line in out.splitlines())]


def srt_spans(path):
    spans = []
    for m in re.finditer(r"(\d+):(\d+):(\d+),(\d+) --> (\d+):(\d+):(\d+),(\d+)", open(path, encoding="utf-8").read()):
        g = [int(x) for x in m.groups()]
        spans.append((g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000, g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000))
    return spans


def cases(podium, tmp):
    for name in ("en-ljspeech-lines", "en-ljspeech-prose"):
        folder = os.path.join(SHARED, name)
        if os.path.isdir(folder):
            truth = json.load(open(os.path.join(folder, "truth.json")))
            utterances = truth["utterances"] if isinstance(truth, dict) else truth
            yield name, os.path.join(folder, "speech.wav"), [(u["start"], u["end"]) for u in utterances]
    for name, text, suffix in (("espeak-en", ENGLISH, ".txt"), ("espeak-zh", CHINESE, ".txt")):
        script = os.path.join(tmp, name + suffix)
        with open(script, "w", encoding="utf-8") as f:
            f.write(text)
        wav = os.path.join(tmp, name + ".wav")
        srt = os.path.join(tmp, name + ".srt")
        run([podium, "speak", script, "--out", wav, "--srt", srt])
        yield name, wav, srt_spans(srt)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    build = sys.argv[1]
    podium = os.path.join(build, "podium")
    tool = os.path.join(build, "bench", "coach", "coach_voice_frames")
    for needed in ("praat", "ffmpeg", "espeak-ng"):
        if subprocess.run(["which", needed], capture_output=True).returncode != 0:
            print(f"skipped: {needed} is not installed")
            return 77
    failed = False
    print(f"{'recording':20} {'pitch: median |Δ| st':>20} {'frames both voiced':>18} {'>3 st':>6} "
          f"{'loudness: sentences':>19} {'max |Δ| LU':>10} {'median |Δ| LU':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, wav, spans in cases(podium, tmp):
            median, both, only_praat, only_podium, gross = pitch_difference(praat_pitch(wav, tmp), podium_pitch(tool, wav))
            ours = podium_loudness(tool, wav, spans)
            deltas = []
            for (start, end), value in zip(spans, ours):
                reference = ffmpeg_loudness(wav, start, end)
                if value is not None and reference is not None:
                    deltas.append(abs(value - reference))
            worst = max(deltas) if deltas else float("nan")
            print(f"{name:20} {median:20.2f} {both:18d} {gross:6.1%} {len(deltas):19d} {worst:10.2f} "
                  f"{statistics.median(deltas) if deltas else float('nan'):13.2f}   "
                  f"(voiced only by Praat {only_praat}, only by Podium {only_podium})")
            failed |= median > 1.0 or not deltas or worst > 1.0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
