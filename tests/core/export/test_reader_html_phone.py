"""The HTML reader on a phone and on a laptop, measured in headless Chromium: nothing runs
off a 390-px screen, lines are justified, e-mail addresses and phone numbers are never cut."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from chinese_teach.core.documents.reader import ReaderOptions, build_reader
from chinese_teach.core.export.reader_html import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

TEXT = ("这个城市已经有两千多年的历史了，我们上个星期六一起去参观了博物馆，"
        "看到了很多很有意思的东西。\n"
        "老师给了我们一张中国地图。我的邮箱是 wang.xiaoming@example.com，电话是 +86 138 1234 5678，"
        "有问题可以找我。\n"
        "他说：“路上小心！”我们说：“好的，再见！”")

#: lays the page out WIDTH pixels wide (headless Chromium's window is at least 500 px
#: wide whatever --window-size says), measures it and writes the figures into the DOM
PROBE = """<script>
document.documentElement.style.width = 'WIDTHpx';
window.addEventListener('load', function () {
  var edges = [], over = 0;
  document.querySelectorAll('.text p').forEach(function (p) {
    var right = p.getBoundingClientRect().right, lines = {};
    p.querySelectorAll('.hz, .nb, rt').forEach(function (el) {
      var r = el.getBoundingClientRect();
      over = Math.max(over, r.right - WIDTH);
      if (el.tagName === 'RT') { return; }
      var top = Math.round(r.bottom);
      lines[top] = Math.max(lines[top] || 0, r.right);
    });
    var tops = Object.keys(lines).map(Number).sort(function (a, b) { return a - b; });
    tops.slice(0, -1).forEach(function (t) { edges.push(right - lines[t]); });
  });
  var out = {
    overflow: over,
    edges: edges,
    unbroken: Array.prototype.map.call(document.querySelectorAll('.nb'), function (el) {
      return [el.textContent, el.getClientRects().length];
    })
  };
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def measure(tmp_path, html: str, width: int) -> dict:
    page = tmp_path / f"reader-{width}.html"
    probe = PROBE.replace("WIDTH", str(width))
    page.write_text(html.replace("</body>", probe + "</body>"), encoding="utf-8")
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", f"--window-size={max(width, 500)},844",
         "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.DOTALL)
    assert found, result.stderr[-2000:]
    return json.loads(found.group(1).replace("&quot;", '"'))


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_reader_fits_a_phone_and_has_an_even_right_edge(engine, dictionary, tmp_path):
    html = render_html(build_reader(TEXT, ReaderOptions(), engine, dictionary, title="历史"))
    phone = measure(tmp_path, html, 390)
    assert phone["overflow"] <= 0.5, phone  # no clause runs off the screen
    assert sorted(text for text, _ in phone["unbroken"]) == [
        "+86 138 1234 5678", "wang.xiaoming@example.com"]
    assert all(rects == 1 for _, rects in phone["unbroken"]), phone["unbroken"]
    laptop = measure(tmp_path, html, 1280)
    assert laptop["overflow"] <= 0.5
    # every line but a paragraph's last reaches the right edge (justified), within a
    # few pixels (the last character's side bearing, a closing mark that hangs)
    assert laptop["edges"] and max(laptop["edges"]) < 12, laptop["edges"]
