#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""zh_CN.po is complete and consistent: msgfmt --check --statistics reports every message
translated (no fuzzy, no untranslated), msgcmp finds every msgid of the template in it, and each
translation keeps the placeholders ({0}, {}, %d, %s, %.1f...) of its English.
Usage: catalogue_complete_test.py LANG.po TEMPLATE.pot"""
import re
import subprocess
import sys

po, pot = sys.argv[1], sys.argv[2]
failures = []

stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", po],
                       capture_output=True, text=True, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
print(stats.stderr.strip())
if stats.returncode != 0:
    failures.append("msgfmt --check failed")
if "fuzzy" in stats.stderr or "untranslated" in stats.stderr:
    failures.append("messages left fuzzy or untranslated")

compared = subprocess.run(["msgcmp", "--use-untranslated", po, pot], capture_output=True, text=True,
                          env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
if compared.returncode != 0:
    failures.append("msgcmp: " + compared.stderr.strip()[:2000])

# msgcat --no-wrap puts every string on one line, so a simple reading of the entries suffices.
flat = subprocess.run(["msgcat", "--no-wrap", "--no-location", po], capture_output=True, text=True, check=True).stdout


def unquote(parts):
    return "".join(bytes(p, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") for p in parts)


entries = []
current = {}
for line in flat.splitlines():
    if line.startswith("#."):
        current["comment"] = current.get("comment", "") + " " + line[2:].strip()
        continue
    m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
    if m:
        current.setdefault(m.group(1), []).append(m.group(2))
    elif not line.strip():
        if current:
            entries.append(current)
        current = {}
if current:
    entries.append(current)

placeholder_re = re.compile(r"\{\{|\}\}|\{\d*\}|%[-+ #0]*\d*(?:\.\d+)?(?:l|ll|z)?[dsfu%]")


class placeholder:  # noqa: N801 - reads like the regex it wraps
    """The placeholders of a text as fill_in() numbers them: "{}" takes the number after the last."""

    @staticmethod
    def findall(text):
        found, following = [], 0
        for token in placeholder_re.findall(text):
            if token in ("{{", "}}"):
                continue
            if token.startswith("{"):
                number = int(token[1:-1]) if len(token) > 2 else following
                following = number + 1
                found.append("{%d}" % number)
            else:
                found.append(token)
        return found
for entry in entries:
    msgid = unquote(entry.get("msgid", []))
    if not msgid or "any of the placeholders" in entry.get("comment", ""):
        continue  # a pattern whose translation may use any of the placeholders its comment names
    wanted = sorted(placeholder.findall(msgid))
    if "msgid_plural" in entry:
        wanted = sorted(set(wanted) | set(placeholder.findall(unquote(entry["msgid_plural"]))))
    for key, value in entry.items():
        if not key.startswith("msgstr") or key == "comment":
            continue
        text = unquote(value)
        found = sorted(placeholder.findall(text))
        if "msgid_plural" in entry:
            found = sorted(set(found))
        if found != wanted:
            failures.append(f"placeholders differ: {msgid!r} -> {text!r}")

for failure in failures:
    print(failure)
print(f"{len(entries) - 1} messages checked")
sys.exit(1 if failures else 0)
