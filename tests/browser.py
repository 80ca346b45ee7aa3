"""Open an HTML report in headless Chromium with the network switched off.

Uses Debian's chromium, chromium-driver and python3-selenium. The page is
loaded from a file URL while the DevTools protocol emulates an offline
network, so a report that needs the network shows missing charts.
"""

import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# Sizes of every chart and image, measured in the page after it loaded.
_MEASURE = """
const charts = Array.from(document.querySelectorAll('svg')).map(svg => {
    const box = svg.getBoundingClientRect();
    return {label: svg.getAttribute('aria-label') || '', width: box.width, height: box.height,
            shapes: svg.querySelectorAll('rect,path,polyline,line,circle').length};
});
const images = Array.from(document.images).map(img => ({
    alt: img.alt, complete: img.complete, width: img.naturalWidth}));
return {charts: charts, images: images, title: document.title,
        text: document.body.innerText};
"""


def open_report(path, screenshot=None, width=1200):
    """Load ``path`` offline; return the measured charts, images and console errors."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("python3-selenium is not installed; run make test to install it")
    if not Path(CHROMIUM).exists() or not Path(CHROMEDRIVER).exists():
        pytest.skip("Debian's chromium and chromium-driver are not installed")

    profile = tempfile.mkdtemp(prefix="carbon-drivers-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync",
                     "--proxy-server=http://127.0.0.1:9", f"--user-data-dir={profile}",
                     f"--window-size={width},1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        driver.get(Path(path).resolve().as_uri())
        measured = driver.execute_script(_MEASURE)
        measured["console"] = driver.get_log("browser")
        if screenshot is not None:
            height = driver.execute_script("return document.body.scrollHeight")
            driver.set_window_size(width, min(max(height, 600), 16000))
            Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(screenshot))
        return measured
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
