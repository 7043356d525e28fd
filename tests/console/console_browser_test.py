#!/usr/bin/env python3
"""The content console in a real browser (headless Chromium through Selenium), against
`kiosk-pack serve` on a copy of the default pack: open a topic, change an amount in
zh-Hans and save, see the kiosk screen change, break a topic link and see the error next
to its field, fix it, publish, and verify the signed archive with `kiosk-pack verify`.
axe-core checks every page: no serious or critical violations.

Usage: console_browser_test.py KIOSK_PACK PACK AXE_JS SCREENSHOT_DIR
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

TOPIC = "minimum-living"
TOPIC_FILE = f"zh-Hans/topics/{TOPIC}.md"
AMOUNT_BEFORE = "目标比例100%"
AMOUNT_AFTER = "目标比例95%"
LINK_BEFORE = "(topic:emergency-help)"
LINK_BROKEN = "(topic:no-such-help)"
WAIT = 60  # seconds for anything the console draws or checks (ASan builds are slow)


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def start_console(kiosk_pack, pack, work):
    key = os.path.join(work, "publisher")
    subprocess.run([kiosk_pack, "keygen", key], check=True, stdout=subprocess.DEVNULL)
    console = subprocess.Popen(
        [kiosk_pack, "serve", pack, "--listen", "127.0.0.1:0", "--key", key + ".key",
         "--channel", "stable", "--channel-dir", os.path.join(work, "channels")],
        stdout=subprocess.PIPE, stderr=sys.stderr, text=True)
    line = console.stdout.readline()  # printed once it listens
    found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not found:
        console.kill()
        fail(f"kiosk-pack serve did not say where it listens: {line!r}")
    return console, found.group(0), key


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--window-size=1920,1500", "--disable-gpu", "--disable-dev-shm-usage",
                     "--lang=zh-CN", "--autoplay-policy=no-user-gesture-required"):
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium's sandbox refuses to run as root
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_script_timeout(WAIT)
    return driver


def wait_for(driver, condition, what):
    def settled(d):
        try:
            return condition(d)
        except StaleElementReferenceException:  # the page drew that part anew: look again
            return False
    try:
        return WebDriverWait(driver, WAIT, poll_frequency=0.2).until(settled)
    except TimeoutException:
        fail(f"timed out waiting for {what}")


def check_accessibility(driver, axe_source, page):
    driver.execute_script(axe_source)
    violations = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));")
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    for v in violations:
        print(f"axe {page}: {v['impact']}: {v['id']}: {v['help']} {v['nodes']}")
    if serious:
        fail(f"axe-core found {len(serious)} serious or critical violation(s) on {page}")
    print(f"axe {page}: no serious or critical violations ({len(violations)} minor)")


def field_with(driver, locale, text):
    for element in driver.find_elements(By.CSS_SELECTOR, f"#form-{locale} [data-index]"):
        if text in element.get_attribute("value"):
            return element
    fail(f"no {locale} field holds {text!r}")


def replace_in(driver, element, old, new):
    value = element.get_attribute("value")
    # The value is set as a person's typing would leave it, with the input event fired.
    driver.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        element, value.replace(old, new))


def preview_bytes(driver):
    # The picture as the page shows it (the page's rules allow no fetch of its blob: URL).
    return driver.execute_script(
        "const image = document.getElementById('preview');"
        "const canvas = document.createElement('canvas');"
        "canvas.width = image.naturalWidth; canvas.height = image.naturalHeight;"
        "canvas.getContext('2d').drawImage(image, 0, 0);"
        "return canvas.toDataURL('image/png');")


def drawn(driver):
    return int(driver.find_element(By.ID, "preview").get_attribute("data-drawn") or 0)


def save_and_wait(driver, locale):
    # The last save's word is cleared first, so only this save's can end the wait.
    driver.execute_script("document.getElementById(arguments[0]).className = 'status';", f"status-{locale}")
    driver.find_element(By.ID, f"save-{locale}").click()
    wait_for(driver, lambda d: d.find_element(By.ID, f"status-{locale}").get_attribute("class").strip()
             in ("status ok", "status bad"), f"the {locale} save to finish")


def main():
    if len(sys.argv) != 5:
        fail(__doc__)
    kiosk_pack, source_pack, axe_path, shots = sys.argv[1:]
    if not os.path.exists(axe_path):
        fail(f"{axe_path} is missing: run 'npm ci --prefix {os.path.dirname(os.path.dirname(os.path.dirname(axe_path)))}'"
             " (scripts/dev.sh test does)")
    with open(axe_path, encoding="utf-8") as f:
        axe_source = f.read()
    os.makedirs(shots, exist_ok=True)
    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="console-browser-")
    pack = os.path.join(work, "pack")
    shutil.copytree(source_pack, pack)
    console, url, key = start_console(kiosk_pack, pack, work)
    driver = None
    try:
        driver = browser()

        # Home: every topic, each language's state.
        driver.get(url)
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, f"a[href='topic.html?id={TOPIC}']"), "the topics")
        check_accessibility(driver, axe_source, "home")

        # A topic: three languages side by side, and the kiosk's screen.
        driver.find_element(By.CSS_SELECTOR, f"a[href='topic.html?id={TOPIC}']").click()
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "section.language")) == 3, "three languages")
        wait_for(driver, lambda d: drawn(d) >= 1 and d.execute_script(
            "return document.getElementById('preview').complete"), "the first preview")
        before = preview_bytes(driver)
        check_accessibility(driver, axe_source, "topic")
        driver.save_screenshot(os.path.join(shots, "topic-editor.png"))

        # Listen: the listening review, each item with a play button giving eSpeak NG's WAV.
        driver.find_element(By.ID, "show-speech").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#speech .speech-item button"), "the speech items")
        driver.find_element(By.CSS_SELECTOR, "#speech .speech-item button").click()
        wait_for(driver, lambda d: d.find_element(By.ID, "player").get_attribute("src").startswith("blob:"),
                 "the item's sound")
        sound = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "const player = document.getElementById('player');"
            "if (player.readyState >= 1) done(player.duration);"
            "else { player.onloadedmetadata = () => done(player.duration); player.onerror = () => done(-1); }")
        if not sound or sound <= 0.2:
            fail(f"the item's sound does not play as audio (duration {sound})")
        print(f"the first spoken item plays: {sound:.1f} s of speech")

        # Change an amount in zh-Hans and save: the file changes, the screen is drawn anew.
        amount = field_with(driver, "zh-Hans", AMOUNT_BEFORE)
        replace_in(driver, amount, AMOUNT_BEFORE, AMOUNT_AFTER)
        save_and_wait(driver, "zh-Hans")
        if "status ok" not in driver.find_element(By.ID, "status-zh-Hans").get_attribute("class"):
            fail("the save reported problems: " + driver.find_element(By.ID, "status-zh-Hans").text)
        with open(os.path.join(pack, TOPIC_FILE), encoding="utf-8") as f:
            if AMOUNT_AFTER not in f.read():
                fail("the saved amount is not in the file")
        wait_for(driver, lambda d: drawn(d) >= 2 and d.execute_script(
            "return document.getElementById('preview').complete"), "the preview after the save")
        if preview_bytes(driver) == before:
            fail("the preview did not change after the amount changed")
        print("saved the amount; the preview changed")

        # A save over a file changed meanwhile (here on disk) is refused, and says so.
        if "发布后有改动" not in driver.find_element(By.CSS_SELECTOR, "section.language .path").text:
            fail("the saved language is not shown as changed since the last publish")
        with open(os.path.join(pack, TOPIC_FILE), "a", encoding="utf-8") as f:
            f.write("\n另一位同事加的一句。\n")
        replace_in(driver, field_with(driver, "zh-Hans", AMOUNT_AFTER), AMOUNT_AFTER, AMOUNT_BEFORE)
        save_and_wait(driver, "zh-Hans")
        refused = driver.find_element(By.ID, "status-zh-Hans")
        if "status bad" not in refused.get_attribute("class") or not refused.find_elements(By.TAG_NAME, "button"):
            fail(f"a stale save was not refused with a reload button: {refused.text!r}")
        with open(os.path.join(pack, TOPIC_FILE), encoding="utf-8") as f:
            if AMOUNT_AFTER not in f.read():
                fail("a stale save changed the file")
        print(f"stale save refused: {refused.text}")
        refused.find_element(By.TAG_NAME, "button").click()  # reload, as staff would
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "section.language")) == 3
                 and "另一位同事" in d.find_element(By.ID, "raw-zh-Hans").get_attribute("value"), "the reloaded topic")

        # Break a topic link: the error appears next to its field, with line:col.
        link = field_with(driver, "zh-Hans", LINK_BEFORE)
        index = link.get_attribute("data-index")
        replace_in(driver, link, LINK_BEFORE, LINK_BROKEN)
        save_and_wait(driver, "zh-Hans")
        problem = wait_for(driver, lambda d: d.find_elements(By.ID, f"p-zh-Hans-{index}"), "the error at the field")[0]
        line = driver.find_element(By.CSS_SELECTOR, f"label[for='f-zh-Hans-{index}'] .line").text
        if "no-such-help" not in problem.text or re.search(r"\d+", line).group(0) not in problem.text:
            fail(f"the error at the field does not name the link and its line ({line}): {problem.text!r}")
        field = driver.find_element(By.ID, f"f-zh-Hans-{index}")
        if field.get_attribute("aria-invalid") != "true" or field.get_attribute("aria-describedby") != problem.get_attribute("id"):
            fail("the field with the error is not marked invalid and described by it")
        # The screen is drawn anew after each save; the picture shows it drawn.
        # The kiosk draws no pack with errors: the last picture stays, and the console says why.
        wait_for(driver, lambda d: "status bad" in d.find_element(By.ID, "preview-status").get_attribute("class")
                 and d.find_element(By.ID, "preview").is_displayed(), "the preview's word on the broken pack")
        print("preview: " + driver.find_element(By.ID, "preview-status").text)
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", field)
        driver.save_screenshot(os.path.join(shots, "inline-error.png"))
        print(f"error at field {index}: {problem.text}")
        check_accessibility(driver, axe_source, "topic with an error")

        # Fix it.
        replace_in(driver, driver.find_element(By.ID, f"f-zh-Hans-{index}"), LINK_BROKEN, LINK_BEFORE)
        save_and_wait(driver, "zh-Hans")
        if driver.find_elements(By.ID, f"p-zh-Hans-{index}"):
            fail("the error stayed after the link was fixed")
        drawn_before = drawn(driver)
        wait_for(driver, lambda d: drawn(d) > drawn_before and d.find_element(By.ID, "preview-status").text == "",
                 "the screen drawn again once the link was fixed")

        # The lexicon page, with a play button per entry.
        driver.get(url + "lexicon.html")
        wait_for(driver, lambda d: d.find_elements(By.ID, "reading-0"), "the lexicon")
        check_accessibility(driver, axe_source, "lexicon")
        driver.find_element(By.CSS_SELECTOR, "#lexicon-form tbody tr button").click()
        wait_for(driver, lambda d: d.find_element(By.ID, "player").get_attribute("src").startswith("blob:"),
                 "the lexicon entry's sound")

        # Keyboard: the first Tab reaches the skip link, and focus is seen.
        driver.get(url + "index.html")
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#categories table"), "the topics")
        ActionChains(driver).send_keys(Keys.TAB).perform()
        focused = driver.execute_script(
            "const e = document.activeElement; const s = getComputedStyle(e);"
            "return [e.className, s.outlineStyle, parseFloat(s.outlineWidth)];")
        if focused[0] != "skip" or focused[1] == "none" or focused[2] < 2:
            fail(f"the first Tab does not show the skip link with a visible focus: {focused}")

        # Publish: the diff names the change; the archive is signed and verifies.
        driver.get(url + "publish.html")
        wait_for(driver, lambda d: "95%" in d.find_element(By.ID, "changes").text, "the change in the diff")
        check_accessibility(driver, axe_source, "publish")
        driver.find_element(By.ID, "publish").click()
        wait_for(driver, lambda d: "status ok" in d.find_element(By.ID, "status").get_attribute("class")
                 or "status bad" in d.find_element(By.ID, "status").get_attribute("class"), "the publish")
        status = driver.find_element(By.ID, "status").text
        archive = re.search(r"(/\S+\.kpack)", status)
        if not archive:
            fail(f"not published: {status} {driver.find_element(By.ID, 'report').text}")
        verified = subprocess.run([kiosk_pack, "verify", archive.group(1), "--key", key + ".pub"],
                                  capture_output=True, text=True)
        if verified.returncode != 0:
            fail(f"the published archive does not verify: {verified.stdout}{verified.stderr}")
        print(verified.stdout.strip())

        # The console's language: English and Korean from the same bundles, Chinese first.
        for locale, word in (("en", "Topics"), ("ko", "주제"), ("zh-Hans", "主题")):
            Select(driver.find_element(By.ID, "console-language")).select_by_value(locale)
            wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == locale
                     and d.find_element(By.CSS_SELECTOR, "nav a").text == word, f"the console in {locale}")
        print(f"console browser test passed in {time.monotonic() - started:.1f} s")
    finally:
        if driver is not None:
            driver.quit()
        console.terminate()
        console.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
