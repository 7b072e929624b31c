#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Detection benchmark of the delivery coach on eSpeak NG speech with known events.

For each language (English, Mandarin) and each variant, a speech of 4 sections x 4 sentences is
synthesised sentence by sentence with espeak-ng and assembled with known events:
  - monotone:   one section spoken with SSML <prosody range="x-low"> (flat pitch);
  - trailing:   chosen sentences' last third dropped by 14 dB (a speaker trailing off);
  - hesitation: a 0.8 s silence inserted inside a clause (the sentence is synthesised in two
                parts split at a word boundary away from any comma);
  - filled:     a sustained "um"/"嗯" (0.45-0.6 s, a steady-pitch source-filter vowel; eSpeak
                cannot hold a vowel steady) inserted inside a clause or before a sentence.
Sentences are separated by 0.6 s (1.0 s paragraph, 1.6 s section), under a -65 dBFS noise bed.

Then `podium follow SCRIPT --audio WAV --delivery --json` runs three times: with the true
sentence spans (--spans: what the coach detects given a perfect alignment), with the offline
alignment of the whole recording against the script's reference sound (ScriptAlignment, what
`follow --delivery` and a prompter --listen run use), and with the timing follower alone
(--timing-only: pauses and syllables, the spans the coach had before the alignment existed).
Printed: precision and recall per flag. A detected hesitation or filled pause matches an
inserted one when it starts within 0.35 s of it; trailing-off is scored per sentence, monotone
per section.

With --details, every false detection and every miss of a timed event is listed (case, mode,
time, and the coach's pause or filled pause there).

--only en|zh runs one language (scripts/screenshots.sh keeps the English speeches for the chart).

usage: bench/coach/detection_bench.py BUILD_DIR [--variants N] [--keep DIR] [--details] [--only en|zh]
"""
import array
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import wave

RATE = 22050
MODES = ("true spans", "alignment", "timing only")

ENGLISH = [
    ("Opening", [
        "Good morning everyone, and thank you for coming to this meeting today.",
        "We have a great deal of ground to cover this morning, so let us begin right away.",
        "Last year our small team built a product that many people now use every single day.",
        "Today I want to tell you what we learned, and what we plan to do about it next year.",
    ]),
    ("Results", [
        "Our customers doubled in number during the year, and most of them stayed with us.",
        "The support team answered every question within a single working day, which was our goal.",
        "Revenue grew faster than we expected in the spring, although the summer months were slower.",
        "We also opened a second office in the north, where the new engineering group now works.",
    ]),
    ("Problems", [
        "Not everything went well, and I would like to be honest about the difficult parts.",
        "The new billing system was late by three months, because we underestimated the work involved.",
        "Several of our best people left the company during the autumn, and we felt their absence.",
        "We learned that growing quickly puts real pressure on the people who keep things running.",
    ]),
    ("Next year", [
        "Next year we will hire carefully, and we will give every new person a proper welcome.",
        "We will finish the billing work before the summer, with a smaller and clearer plan.",
        "Above all we will keep listening to our customers, since they have taught us the most.",
        "Thank you again for your time and attention, and I look forward to your questions now.",
    ]),
]
CHINESE = [
    ("开场", [
        "各位同事，大家上午好，感谢大家今天抽出时间参加这次会议。",
        "今天我们要讨论的内容比较多，所以我们现在就正式开始吧。",
        "过去一年我们的团队做出了一个产品，现在每天都有很多人在使用。",
        "今天我想和大家分享我们学到了什么，以及明年准备怎么做。",
    ]),
    ("成绩", [
        "这一年我们的用户数量增加了一倍，而且大多数用户都留了下来。",
        "客服团队在一个工作日之内回答了所有的问题，完成了我们的目标。",
        "春天的收入增长比我们预想的要快，不过夏天的几个月相对慢一些。",
        "我们还在北方开设了第二个办公室，新的研发团队就在那里工作。",
    ]),
    ("问题", [
        "当然并不是所有事情都很顺利，我想坦诚地谈一谈其中的困难。",
        "新的结算系统推迟了三个月上线，因为我们低估了其中的工作量。",
        "秋天有几位非常优秀的同事离开了公司，我们都感到很大的损失。",
        "我们认识到快速的增长会给保障日常运行的同事带来很大的压力。",
    ]),
    ("明年", [
        "明年我们会认真地招聘新人，并且让每一位新同事都感到受欢迎。",
        "我们会在夏天之前完成结算系统的工作，计划也会更小更清楚。",
        "最重要的是我们会继续倾听用户的声音，因为他们教会了我们最多。",
        "再次感谢大家的时间和关注，现在我很愿意回答大家的问题。",
    ]),
]


def synth(text, voice, flat, path):
    body = text.replace("&", "and")
    if flat:
        body = f'<speak><prosody range="x-low">{body}</prosody></speak>'
    else:
        body = f"<speak>{body}</speak>"
    subprocess.run(["espeak-ng", "-m", "-v", voice, "-w", path, body], check=True, capture_output=True)
    with wave.open(path) as w:
        assert w.getframerate() == RATE and w.getsampwidth() == 2
        samples = array.array("h", w.readframes(w.getnframes()))
    return trim([s / 32768.0 for s in samples])


def trim(samples, threshold=0.01):
    """eSpeak's leading and trailing silence off: the utterance's voice only."""
    first = next((i for i, s in enumerate(samples) if abs(s) > threshold), 0)
    last = next((i for i in range(len(samples) - 1, -1, -1) if abs(samples[i]) > threshold), len(samples) - 1)
    return samples[max(0, first - 40):last + 40]


def rms(samples):
    return math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


def filler(seconds, f0, formants, level):
    """A sustained vowel: an impulse train at a steady pitch (a 0.3 % vibrato, as a held voice
    has) through three formant resonators, with 40 ms fades."""
    n = int(seconds * RATE)
    out = [0.0] * n
    phase = 0.0
    for i in range(n):
        f = f0 * (1 + 0.003 * math.sin(2 * math.pi * 5 * i / RATE))
        phase += f / RATE
        if phase >= 1.0:
            phase -= 1.0
            out[i] = 1.0
    for freq, bandwidth in formants:
        r = math.exp(-math.pi * bandwidth / RATE)
        a1, a2 = 2 * r * math.cos(2 * math.pi * freq / RATE), -r * r
        y1 = y2 = 0.0
        for i in range(n):
            y = out[i] + a1 * y1 + a2 * y2
            out[i], y2, y1 = y, y1, y
    fade = int(0.04 * RATE)
    for i in range(min(fade, n)):
        out[i] *= i / fade
        out[n - 1 - i] *= i / fade
    scale = level / max(1e-9, rms(out))
    return [s * scale for s in out]


def split_mid_clause(text, chinese, rng):
    """Two parts split at a place inside a clause, at least 30 % away from a comma or the ends."""
    marks = [i for i, c in enumerate(text) if c in "，,。."]
    if chinese:
        candidates = list(range(len(text)))
    else:
        candidates = [i for i, c in enumerate(text) if c == " "]
    def far(i):
        ends = [0] + marks + [len(text)]
        before = max(e for e in ends if e <= i)
        after = min(e for e in ends if e > i)
        span = after - before
        return span > 0 and min(i - before, after - i) >= 0.3 * span
    candidates = [i for i in candidates if far(i)]
    i = rng.choice(candidates)
    return text[:i].strip(), text[i:].strip()


def sentence_id(sections, section, position):
    """The script's sentence index (podium split --json): each section's heading is a sentence."""
    return sum(1 + len(ss) for _, ss in sections[:section]) + 1 + position


def build_case(sections, chinese, variant, tmp, podium_binary):
    rng = random.Random(variant * 7919 + (1 if chinese else 0))
    voice = "cmn-latn-pinyin" if chinese else "en"
    flat_section = (1 + 2 * variant) % len(sections)
    count = sum(len(s) for _, s in sections)
    order = list(range(count))
    rng.shuffle(order)
    trailing = set(order[:4])
    hesitating = set(order[4:8])
    filled = set(order[8:12])
    audio = []
    spans, hesitations, fillers = [], [], []
    index = 0
    for section, (_, sentences) in enumerate(sections):
        flat = section == flat_section
        for position, text in enumerate(sentences):
            path = os.path.join(tmp, "part.wav")
            start = len(audio)
            if index in filled and index % 2 == 0:
                # before the sentence: "um, ..." then the sentence
                level = 0.6 * rms(synth(text, voice, flat, path))
                fillers.append(len(audio) / RATE)
                audio += filler(rng.uniform(0.45, 0.6), rng.uniform(95, 125), [(600, 90), (1250, 110), (2500, 160)], level)
                audio += [0.0] * int(0.2 * RATE)
                start = len(audio)
            if index in hesitating or (index in filled and index % 2 == 1):
                first, second = split_mid_clause(text, chinese, rng)
                head = synth(first, voice, flat, path)
                tail = synth(second, voice, flat, path)
                audio += head
                if index in hesitating:
                    hesitations.append(len(audio) / RATE)
                    audio += [0.0] * int(0.8 * RATE)
                else:
                    audio += [0.0] * int(0.12 * RATE)
                    fillers.append(len(audio) / RATE)
                    audio += filler(rng.uniform(0.45, 0.6), rng.uniform(95, 125), [(600, 90), (1250, 110), (2500, 160)],
                                    0.6 * rms(head))
                    audio += [0.0] * int(0.12 * RATE)
                audio += tail
            else:
                audio += synth(text, voice, flat, path)
            end = len(audio)
            if index in trailing:
                cut = start + (end - start) * 2 // 3
                ramp = int(0.1 * RATE)
                for i in range(cut, end):
                    k = min(1.0, (i - cut) / ramp)
                    audio[i] *= 10 ** (-14 * k / 20)
            spans.append({"sentence": sentence_id(sections, section, position), "start": round(start / RATE, 3),
                          "end": round(end / RATE, 3)})
            last_of_section = position == len(sentences) - 1
            audio += [0.0] * int((1.6 if last_of_section else 0.6) * RATE)
            index += 1
    name = f"{'zh' if chinese else 'en'}-{variant}"
    wav = os.path.join(tmp, name + ".wav")
    write_wav(wav, audio)
    script_md = os.path.join(tmp, name + ".md")
    write_script(script_md, sections)
    spans_path = os.path.join(tmp, name + ".spans.json")
    with open(spans_path, "w") as f:
        json.dump(spans, f)
    ids = [sentence_id(sections, k, p) for k, (_, ss) in enumerate(sections) for p in range(len(ss))]
    # The script's own sections (podium split --json): a closing line may be a section of its own.
    split = json.loads(subprocess.run([podium_binary, "split", script_md, "--json"], check=True, capture_output=True,
                                      text=True).stdout)
    section_of = {i: s["section"] for i, s in enumerate(split["sentences"])}
    flat_ids = {sentence_id(sections, flat_section, p) for p in range(len(sections[flat_section][1]))}
    monotone = {section_of[i] for i in flat_ids}
    truth = {"monotone": monotone, "trailing": {ids[i] for i in trailing}, "hesitations": hesitations, "fillers": fillers}
    return script_md, wav, spans_path, truth


def write_wav(path, audio):
    """16-bit mono at eSpeak's rate, under a -65 dBFS noise bed (silence is never digital)."""
    noise = random.Random(5)
    bed = 10 ** (-65 / 20) * math.sqrt(3)
    pcm = array.array("h", (max(-32767, min(32767, int((s + noise.uniform(-bed, bed)) * 32767))) for s in audio))
    with wave.open(path, "w") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())


def write_script(path, sections):
    with open(path, "w", encoding="utf-8") as f:
        for title, sentences in sections:
            f.write("# " + title + "\n\n" + "\n\n".join(sentences) + "\n\n")


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add_sets(self, found, truth):
        """Returns the false detections and the missed events (sentence or section numbers)."""
        self.tp += len(found & truth)
        self.fp += len(found - truth)
        self.fn += len(truth - found)
        return sorted(found - truth), sorted(truth - found)

    def add_times(self, found, truth, slack=0.35):
        """Returns the false detections and the missed events (their start times)."""
        used = set()
        false = []
        for t in found:
            match = next((i for i, u in enumerate(truth) if i not in used and abs(u - t) <= slack), None)
            if match is None:
                self.fp += 1
                false.append(t)
            else:
                used.add(match)
                self.tp += 1
        self.fn += len(truth) - len(used)
        return false, [u for i, u in enumerate(truth) if i not in used]

    def figures(self):
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")
        return precision, recall


def print_details(case, misses, out):
    """The false detections and misses of one run, with what the coach found near each."""
    for flag, (false, missed) in misses.items():
        for label, times in (("false", false), ("missed", missed)):
            for t in times:
                near = [f"{p['kind']} {p['start']:.2f}+{p['seconds']:.2f} (sentence {p['sentence']})"
                        for p in out["pauses"] if abs(p["start"] - t) < 1.0]
                print(f"  {case}: {label} {flag} at {t:.2f}; pauses near: {'; '.join(near) or 'none'}")


def print_set_details(case, misses, out):
    """False and missed sections or sentences, with the sentence's span and trailing drop."""
    sentences = {s["sentence"]: s for s in out["sentences"]}
    for flag, (false, missed) in misses.items():
        for label, numbers in (("false", false), ("missed", missed)):
            for n in numbers:
                s = sentences.get(n) if "sentence" in flag else None
                about = f" span {s['start']:.2f}-{s['end']:.2f}, drop {s['trailing_drop']}" if s else ""
                print(f"  {case}: {label} {flag} {n}{about}")


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    podium = os.path.join(args[0], "podium")
    variants = int(args[args.index("--variants") + 1]) if "--variants" in args else 3
    keep = args[args.index("--keep") + 1] if "--keep" in args else None
    details = "--details" in args
    only = args[args.index("--only") + 1] if "--only" in args else None
    flags = ("monotone", "trailing off", "hesitation", "filled pause")
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        tmp = keep or scratch
        os.makedirs(tmp, exist_ok=True)
        for chinese, sections in ((False, ENGLISH), (True, CHINESE)):
            if only and only != ("zh" if chinese else "en"):
                continue
            language = "Mandarin" if chinese else "English"
            for alignment in MODES:
                results[(language, alignment)] = {flag: Tally() for flag in flags}
            for variant in range(variants):
                script, wav, spans, truth = build_case(sections, chinese, variant, tmp, podium)
                for alignment in MODES:
                    cmd = [podium, "follow", script, "--audio", wav, "--delivery", "--json"]
                    if alignment == "true spans":
                        cmd += ["--spans", spans]
                    elif alignment == "timing only":
                        cmd += ["--timing-only"]
                    out = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)["delivery"]
                    tally = results[(language, alignment)]
                    monotone = tally["monotone"].add_sets({s["section"] for s in out["sections"] if s["monotone"]},
                                                          truth["monotone"])
                    trailing = tally["trailing off"].add_sets(
                        {s["sentence"] for s in out["sentences"] if s["trailing_off"]}, truth["trailing"])
                    if details:
                        print_set_details(f"{language} {variant} {alignment}", {"monotone section": monotone,
                                                                                 "trailing off sentence": trailing}, out)
                    misses = {
                        "hesitation": tally["hesitation"].add_times(
                            [p["start"] for p in out["pauses"] if p["kind"] == "hesitation"], truth["hesitations"]),
                        "filled pause": tally["filled pause"].add_times([f["start"] for f in out["filled_pauses"]],
                                                                        truth["fillers"]),
                    }
                    if details:
                        print_details(f"{language} {variant} {alignment}", misses, out)
    print(f"{'language':9} {'alignment':11} " + " ".join(f"{flag + ' P/R':>20}" for flag in flags))
    failed = False
    for (language, alignment), tally in results.items():
        cells = []
        for flag in flags:
            p, r = tally[flag].figures()
            cells.append(f"{p:.2f}/{r:.2f} ({tally[flag].tp}/{tally[flag].tp + tally[flag].fn})".rjust(20))
            failed |= alignment == "true spans" and not (p >= 0.9 and r >= 0.9)
        print(f"{language:9} {alignment:11} " + " ".join(cells))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
