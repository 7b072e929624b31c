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

--unanswered PID: once the page is live, stops the server's process (SIGSTOP), taps "slower",
and reports when the page says it is not connected, then resumes the process (SIGCONT):

  lost MS                the page said "Not connected" MS after the tap (the page's own clock)
  back MS CONNECTION     the page was connected again MS after the process resumed
  moved SECTION          then a tap on "next section" moved the prompter: the page shows SECTION

--cue: once the prompter runs, taps "slower" until the pace reads 60 % (the plan's clock slowed, so
the section runs long and the live coach cues it), then reports the cue as the page draws it:

  cue-shown TEXT         the cue's box is on screen (laid out, not hidden) with TEXT
  cue-gone MS            then it left the screen, MS after it appeared (the page's own clock)

--tap: once the page is live, taps "next section" and reports 'clicked SECTION' (for --remote-bind
::1 and --remote-tls); --spki HASH trusts a certificate by its public key's SHA-256 (base64).

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


EVIL_PAGE = """<!doctype html><title>another site</title>
<form id=form method=POST enctype=text/plain action="{base}/api/command?t={token}">
<input name='{{"command":"toggle-blank","x":"' value='"}}'></form>
<iframe id=frame src="{base}/?t={token}" width=300 height=300></iframe>
<script>
fetch("{base}/api/command?t={token}", {{method: "POST", mode: "no-cors", body: '{{"command":"toggle-blank"}}'}}).catch(() => {{}});
fetch("{base}/api/jump?t={token}", {{method: "POST", mode: "no-cors", headers: {{"Content-Type": "text/plain"}},
  body: '{{"section":2}}'}}).catch(() => {{}});
setTimeout(() => document.getElementById("form").submit(), 300);
</script>"""


def serve_evil_page(base, token):
    """Another origin (127.0.0.2, its own port) serving a page that tries every cross-site trick."""
    import http.server
    import threading
    body = EVIL_PAGE.format(base=base, token=token).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):  # where the form lands if it navigates back here
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.2", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--url", required=True)
    parser.add_argument("--screenshot")
    parser.add_argument("--width", type=int, default=360)
    parser.add_argument("--height", type=int, default=740)
    parser.add_argument("--wait-change", type=float, default=15.0, help="seconds to wait for the prompter's key")
    parser.add_argument("--accept-language", help="the phone's language (Accept-Language); with it, only report the "
                        "page's words: 'labels LANG JSON' once the page has put itself in its language")
    parser.add_argument("--unanswered", type=int, metavar="PID",
                        help="stop PID (the server's process) and report how the page says so; then resume it")
    parser.add_argument("--cue", action="store_true", help="slow the plan's clock and report the live cue's coming and going")
    parser.add_argument("--tap", action="store_true", help="tap next section once the page is live, report, end")
    parser.add_argument("--tap-message", action="store_true",
                        help="with --accept-language: tap next section and report the page's message: 'message TEXT'")
    parser.add_argument("--live-within", type=float, default=20.0, help="seconds for the page to go live")
    parser.add_argument("--spki", help="trust the server's certificate by this SPKI SHA-256 (base64)")
    parser.add_argument("--evil", action="store_true",
                        help="open a page of another origin that tries to drive and frame the remote; report what Chromium did")
    arguments = parser.parse_args()

    profile = tempfile.mkdtemp(prefix="podium-chromium-")
    command = [arguments.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--disable-default-apps", "--mute-audio", "--remote-debugging-port=0",
               "--remote-allow-origins=*", f"--user-data-dir={profile}",
               f"--window-size={arguments.width},{arguments.height}"]
    if arguments.spki:
        # Trust exactly this self-signed certificate, as a careful operator does by comparing
        # the fingerprint (Chromium honours it only with --user-data-dir, given above).
        command.append(f"--ignore-certificate-errors-spki-list={arguments.spki}")
    command.append("about:blank")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port = devtools_port(profile, process)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            targets = json.load(answer)
        target = next(t for t in targets if t.get("type") == "page")
        page = Page(target["webSocketDebuggerUrl"])
        page.call("Page.enable")
        page.call("Runtime.enable")
        if arguments.evil:
            return run_evil(page, arguments.url)
        page.call("Emulation.setDeviceMetricsOverride", width=arguments.width, height=arguments.height,
                  deviceScaleFactor=1, mobile=True)
        page.call("Emulation.setTouchEmulationEnabled", enabled=True)
        if arguments.accept_language:
            page.call("Network.enable")
            page.call("Emulation.setUserAgentOverride", userAgent="Mozilla/5.0 (Linux; Android 14) PodiumTest",
                      acceptLanguage=arguments.accept_language)
        page.call("Page.navigate", url=arguments.url)
        if arguments.accept_language:
            page.wait_event("Page.loadEventFired", 20)
            lang = page.wait_until("document.body.dataset.lang", 20)
            labels = page.evaluate("JSON.stringify([...document.querySelectorAll('button')].map(b => b.textContent)"
                                   ".concat([document.title, document.querySelector('.clock .label').textContent]))")
            say("labels", lang, labels)
            if arguments.tap_message:
                tap(page, "next-section")
                say("message", page.wait_until("document.getElementById('message').classList.contains('shown')"
                                               " && document.getElementById('message').textContent", 20))
            if arguments.screenshot:
                shot = page.call("Page.captureScreenshot", format="png")
                import base64
                with open(arguments.screenshot, "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
            try:
                page.call("Browser.close")
            except Exception:
                pass
            return 0
        page.wait_event("Page.loadEventFired", arguments.live_within)
        page.wait_until("document.body.dataset.connection === 'live' && document.body.dataset.section",
                        arguments.live_within)
        if arguments.unanswered:
            return run_unanswered(page, arguments.unanswered)
        if arguments.cue:
            return run_cue(page, arguments.screenshot)
        if arguments.tap:
            first = page.evaluate("document.body.dataset.section")
            tap(page, "next-section")
            say("clicked", page.wait_until(f"document.body.dataset.section !== '{first}' && document.body.dataset.section", 20))
            close(page)
            return 0
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


def tap(page, command):
    """A real click where the button is: Chromium hit-tests it like a finger's tap."""
    box = page.evaluate(f"(() => {{ const r = document.querySelector('button[data-command=\"{command}\"]')"
                        ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
    for kind in ("mousePressed", "mouseReleased"):
        page.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)


def close(page):
    try:
        page.call("Browser.close")
    except Exception:
        pass


CUE_ON_SCREEN = ("(() => { const c = document.getElementById('cue'); const r = c.getBoundingClientRect();"
                 " return !c.hidden && getComputedStyle(c).display !== 'none' && r.width > 0 && r.height > 0"
                 " && r.bottom > 0 && r.top < window.innerHeight; })()")


def run_cue(page, screenshot):
    page.wait_until("document.body.dataset.state === 'running'", 20)
    for _ in range(20):
        if page.evaluate("document.getElementById('pace').textContent.startsWith('60%')"):
            break
        pace = page.evaluate("document.getElementById('pace').textContent")
        tap(page, "speed-down")
        page.wait_until(f"document.getElementById('pace').textContent !== {json.dumps(pace)}", 10)
    page.wait_until(CUE_ON_SCREEN, 60, step=0.02)
    appeared = page.evaluate("Date.now()")
    say("cue-shown", page.evaluate("document.getElementById('cue').textContent"))
    if screenshot:
        shot = page.call("Page.captureScreenshot", format="png")
        import base64
        with open(screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
    page.wait_until(f"!{CUE_ON_SCREEN}", 60, step=0.02)
    say("cue-gone", page.evaluate(f"Date.now() - {appeared}"))
    close(page)
    return 0


def run_unanswered(page, pid):
    import signal
    os.kill(pid, signal.SIGSTOP)
    try:
        sent_before = page.evaluate("window.podiumLastSend || 0")
        tap(page, "speed-down")
        page.wait_until(f"(window.podiumLastSend || 0) !== {sent_before}", 10)
        page.wait_until("document.body.dataset.connection === 'lost'"
                        " && document.getElementById('state').textContent === 'Not connected'", 20)
        lost = page.evaluate("window.podiumConnection.filter(c => c.state === 'lost').pop().at - window.podiumLastSend")
        say("lost", lost)
    finally:
        os.kill(pid, signal.SIGCONT)
    resumed = page.evaluate("Date.now()")
    connection = page.wait_until("document.body.dataset.connection !== 'lost'"
                                 " && document.getElementById('state').textContent !== 'Not connected'"
                                 " && document.body.dataset.connection", 20)
    back = page.evaluate(f"window.podiumConnection.filter(c => c.state !== 'lost').pop().at - {resumed}")
    say("back", back, connection)
    first = page.evaluate("document.body.dataset.section")
    tap(page, "next-section")
    say("moved", page.wait_until(f"document.body.dataset.section !== '{first}' && document.body.dataset.section", 20))
    close(page)
    return 0


def run_evil(page, url):
    """Lines: 'evil-loaded', then 'frame-refused yes|no' (CSP frame-ancestors in the console log)."""
    from urllib.parse import urlsplit, parse_qs
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    token = parse_qs(parts.query)["t"][0]
    server = serve_evil_page(base, token)
    page.call("Log.enable")
    evil = f"http://127.0.0.2:{server.server_address[1]}/"
    page.call("Page.navigate", url=evil)
    page.wait_event("Page.loadEventFired", 20)
    say("evil-loaded")
    time.sleep(2.0)  # the form posts after 300 ms and the fetches go at once; let them land
    refused = False
    for event in page.events:
        if event.get("method") == "Log.entryAdded" and "frame-ancestors" in event["params"]["entry"].get("text", ""):
            refused = True
    say("frame-refused", "yes" if refused else "no")
    server.shutdown()
    try:
        page.call("Browser.close")
    except Exception:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
