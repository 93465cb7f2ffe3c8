"""The reports in a real browser: headless Chromium, driven over the DevTools protocol.

From the page itself: the embedded font loaded, every character was drawn with it (no fallback to a
system font, which on a machine without CJK fonts would draw tofu), no console error, every chart
image decoded. Full-page screenshots are kept in build/test-artifacts/ (not committed).
"""
import base64
import json
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
ARTIFACTS = Path(__file__).resolve().parent.parent / "build" / "test-artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")]


class Browser:
    """One headless Chromium and one tab, with a blocking DevTools client that keeps the events it sees."""

    def __init__(self, profile: Path):
        import websocket

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
             "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1280,1000", f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                pytest.fail("chromium did not open its DevTools port")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30).read())
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log", "DOM", "CSS"):
            self.send(f"{domain}.enable")

    def send(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                assert "error" not in message, (method, message["error"])
                return message["result"]
            self.events.append(message)

    def wait_for(self, event: str) -> None:
        while not any(e.get("method") == event for e in self.events):
            self.events.append(json.loads(self.ws.recv()))

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def open(self, path: Path) -> None:
        self.events.clear()
        self.send("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")
        self.evaluate("document.fonts.ready.then(() => true)")

    def errors(self) -> list[str]:
        out = []
        for e in self.events:
            p = e.get("params", {})
            if e.get("method") == "Runtime.exceptionThrown":
                out.append(p["exceptionDetails"].get("text", "exception"))
            elif e.get("method") == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(json.dumps(p.get("args"), ensure_ascii=False))
            elif e.get("method") == "Log.entryAdded" and p["entry"]["level"] == "error":
                out.append(p["entry"]["text"])
        return out

    def fonts_drawn(self) -> dict[str, bool]:
        """Every font Chromium drew the page's text with: family -> whether it is a web font (ours)."""
        root = self.send("DOM.getDocument", depth=-1)["root"]
        fonts: dict[str, bool] = {}

        def walk(node, hidden=False):
            hidden = hidden or node.get("nodeName") in ("HEAD", "STYLE", "SCRIPT", "TITLE")
            children = node.get("children", [])
            if not hidden and node.get("nodeType") == 1 and any(c.get("nodeType") == 3 and c["nodeValue"].strip() for c in children):
                for f in self.send("CSS.getPlatformFontsForNode", nodeId=node["nodeId"])["fonts"]:
                    fonts[f["familyName"]] = fonts.get(f["familyName"], True) and f["isCustomFont"]
            for child in children:
                walk(child, hidden)

        walk(root)
        return fonts

    def screenshot(self, name: str) -> Path:
        size = self.send("Page.getLayoutMetrics")["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 16000), "scale": 1}
        data = self.send("Page.captureScreenshot", format="png", clip=clip, captureBeyondViewport=True)["data"]
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / name
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        if getattr(self, "ws", None):
            self.ws.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    b = Browser(tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


@pytest.mark.parametrize("name", ["index.html", "sample-page/page.html", "sample-page/a4.html", "sample-page/a2.html"])
def test_report_renders_in_chromium(browser, sample_reports, name):
    browser.open(sample_reports / name)
    state = browser.evaluate("""({
        fonts: [...document.fonts].map(f => [f.family.replace(/"/g, ''), f.status]),
        covered: document.fonts.check('16px XiningCJK', document.body.innerText),
        images: [...document.images].map(i => ({ok: i.complete && i.naturalWidth > 0, alt: i.alt})),
        text: document.body.innerText.length})""")
    assert ["XiningCJK", "loaded"] in state["fonts"]
    assert state["covered"] and state["text"] > 100
    drawn = browser.fonts_drawn()
    assert drawn and all(drawn.values()), f"text drawn with a system font (missing glyphs): {drawn}"
    assert all(i["ok"] and i["alt"] for i in state["images"])
    if name.endswith("a4.html"):
        assert len(state["images"]) == 3
    assert browser.errors() == []
    shot = browser.screenshot(name.replace("/", "-").replace(".html", ".png"))
    assert shot.stat().st_size > 10_000


def test_index_table_filters_and_sorts(browser, sample_reports):
    browser.open(sample_reports / "index.html")
    shown = browser.evaluate("""(() => {
        const input = document.querySelector('input.xn-filter');
        input.value = '锂电';
        input.dispatchEvent(new Event('input'));
        return [...document.querySelectorAll('table.xn-articles tbody tr')].filter(r => r.style.display !== 'none').length;
    })()""")
    assert shown == 1
    order = browser.evaluate("""(() => {
        const input = document.querySelector('input.xn-filter');
        input.value = ''; input.dispatchEvent(new Event('input'));
        const th = document.querySelectorAll('table.xn-articles th')[3];
        th.click(); th.click();
        return [...document.querySelectorAll('table.xn-articles tbody tr')].map(r => r.cells[0].textContent);
    })()""")
    assert order[0] == "a4"  # most statistics first after sorting that column descending
    assert browser.errors() == []
