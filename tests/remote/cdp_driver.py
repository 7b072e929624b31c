#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives headless Chromium through the DevTools protocol for the remote page's browser test.

Opens URL at a phone's size (360x740), waits until the page is live and the prompter running, presses the page's
"next section" button with a real (synthesised) mouse click, and reports each step on stdout,
one line each, for the C++ test that runs the prompter:

  ready SECTION          the page is connected and shows SECTION
  clicked SECTION        the page's button was pressed and the page now shows SECTION
  shown SECTION EPOCH_MS the section then changed (by the prompter's key) to SECTION, drawn at EPOCH_MS
  error MESSAGE

Optionally saves a screenshot. Uses only the standard library and Debian's python3-websocket.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket


class Page:
    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == my_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_event(self, name, timeout):
        until = time.monotonic() + timeout
        while time.monotonic() < until:
            for i, event in enumerate(self.events):
                if event.get("method") == name:
                    del self.events[i]
                    return event
            self.ws.settimeout(max(0.01, until - time.monotonic()))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                break
        raise RuntimeError(f"no {name} within {timeout} s")

    def wait_until(self, expression, timeout, step=0.005):
        until = time.monotonic() + timeout
        while time.monotonic() < until:
            value = self.evaluate(expression)
            if value not in (None, False, ""):
                return value
            time.sleep(step)
        raise RuntimeError(f"timed out waiting for: {expression}")


def say(*words):
    print(*words, flush=True)


def devtools_port(profile, process, timeout=30):
    path = os.path.join(profile, "DevToolsActivePort")
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        if process.poll() is not None:
            raise RuntimeError(f"chromium exited with {process.returncode}")
        try:
            with open(path) as f:
                lines = f.read().split()
            if lines:
                return int(lines[0])
        except (FileNotFoundError, ValueError):
            pass
        time.sleep(0.05)
    raise RuntimeError("chromium did not open its DevTools port")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--url", required=True)
    parser.add_argument("--screenshot")
    parser.add_argument("--width", type=int, default=360)
    parser.add_argument("--height", type=int, default=740)
    parser.add_argument("--wait-change", type=float, default=15.0, help="seconds to wait for the prompter's key")
    arguments = parser.parse_args()

    profile = tempfile.mkdtemp(prefix="podium-chromium-")
    command = [arguments.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--disable-default-apps", "--mute-audio", "--remote-debugging-port=0",
               "--remote-allow-origins=*", f"--user-data-dir={profile}",
               f"--window-size={arguments.width},{arguments.height}", "about:blank"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port = devtools_port(profile, process)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            targets = json.load(answer)
        target = next(t for t in targets if t.get("type") == "page")
        page = Page(target["webSocketDebuggerUrl"])
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=arguments.width, height=arguments.height,
                  deviceScaleFactor=1, mobile=True)
        page.call("Emulation.setTouchEmulationEnabled", enabled=True)
        page.call("Page.navigate", url=arguments.url)
        page.wait_event("Page.loadEventFired", 20)
        page.wait_until("document.body.dataset.connection === 'live' && document.body.dataset.section", 20)
        # The run has begun (the prompter's countdown is over), as when a speaker is on stage.
        page.wait_until("document.body.dataset.state === 'running'", 20)
        first = page.evaluate("document.body.dataset.section")
        say("ready", first)

        # A real click where the button is: Chromium hit-tests it like a finger's tap.
        box = page.evaluate("(() => { const r = document.querySelector('button[data-command=\"next-section\"]')"
                            ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            page.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)
        clicked = page.wait_until(f"document.body.dataset.section !== '{first}' && document.body.dataset.section", 10)
        say("clicked", clicked)

        changed = page.wait_until(f"document.body.dataset.section !== '{clicked}' && document.body.dataset.section",
                                  arguments.wait_change, step=0.002)
        shown_at = page.evaluate(f"window.podiumShown[{int(changed)}]")
        say("shown", changed, shown_at)

        if arguments.screenshot:
            time.sleep(0.3)  # let the list's scroll settle
            shot = page.call("Page.captureScreenshot", format="png")
            import base64
            with open(arguments.screenshot, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
        try:
            page.call("Browser.close")
        except Exception:
            pass
        return 0
    except Exception as error:  # one line for the test's log, whatever went wrong
        say("error", str(error).replace("\n", " "))
        return 1
    finally:
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
