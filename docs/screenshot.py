"""Remake docs/audit-overview.png and docs/audit-article.png: the seeds' audit page in Debian's headless Chromium.

    python3 docs/screenshot.py     (needs: apt-get install chromium chromium-driver)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from build_dataset.build import build
from build_dataset.publish import audit
from build_dataset.versions.declared import current

ROOT = Path(__file__).resolve().parent.parent
#: The article shown, and the line whose tag has focus (its rule's description shows).
ARTICLE, FOCUSED = "004_7066e90908d274df", "share_bar"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        # A build, not clean's output: the page shows what is published, personal text withheld.
        build(ROOT / "seeds", Path(tmp) / "dist", check_version=False)
        page = Path(tmp) / "dist" / current() / audit.PAGE
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--hide-scrollbars", "--window-size=1100,1300", f"--user-data-dir={tmp}/profile"):
            options.add_argument(flag)
        driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
        try:
            driver.execute_cdp_cmd("Emulation.setFocusEmulationEnabled", {"enabled": True})
            driver.get(page.as_uri())
            driver.save_screenshot(str(ROOT / "docs" / "audit-overview.png"))
            article = driver.find_element("id", audit._anchor(ARTICLE))
            tag = article.find_element("css selector", f"li.r-{FOCUSED} .tag")
            driver.execute_script("arguments[1].focus({preventScroll: true}); arguments[0].scrollIntoView(); "
                                  "window.scrollBy(0, -50)", article, tag)
            driver.save_screenshot(str(ROOT / "docs" / "audit-article.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
