package org.teikit.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rendered page in a real browser (headless Debian chromium): links, persons panel, page-mark toggle, tooltips. */
class BrowserTest {
    static ChromeDriver driver;
    static String pageUrl;
    /** A bulletin-like page: many divisions (a long contents), speakers, long stamps and running heads. */
    static String longUrl;
    static String personsUrl;

    @BeforeAll
    static void openBrowser() throws Exception {
        driver = HeadlessChromium.start();
        Path page = Path.of("target/render-browser/teikit-conversations.html").toAbsolutePath();
        SharedViews.VIEWS.html(Fixtures.TEIKIT, page);
        pageUrl = page.toUri().toString();
        Path longTei = Path.of("target/render-browser/long-bulletin.xml");
        Files.writeString(longTei, longBulletin(40));
        Path longPage = longTei.resolveSibling("long-bulletin.html").toAbsolutePath();
        SharedViews.VIEWS.html(longTei, longPage);
        longUrl = longPage.toUri().toString();
        Path site = Path.of("target/render-browser/site").toAbsolutePath();
        SharedViews.VIEWS.site(List.of(Fixtures.TEIKIT, Fixtures.RENDER.resolve("commentary.xml")), site);
        personsUrl = site.resolve("persons.html").toUri().toString();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) driver.quit();
    }

    private static void open() {
        driver.get(pageUrl);
    }

    private static String hash() {
        return (String) ((JavascriptExecutor) driver).executeScript("return location.hash");
    }

    private static boolean inViewport(WebElement e) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;", e);
    }

    private static void waitForHash(String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> expected.equals(hash()));
    }

    @Test
    void noteMarkerLeadsToTheNoteAndTheNoteLeadsBack() {
        open();
        WebElement marker = driver.findElement(By.id("noteref-1"));
        marker.click();
        waitForHash("#note-1");
        WebElement note = driver.findElement(By.id("note-1"));
        assertTrue(inViewport(note), "note 1 is scrolled into view");
        assertTrue(note.getText().contains("Changchun railway"));

        note.findElement(By.cssSelector("a.note-back")).click();
        waitForHash("#noteref-1");
        assertTrue(inViewport(driver.findElement(By.id("noteref-1"))), "back at the marker");
    }

    @Test
    void personInThePersonsPanelLeadsToTheirFirstTurn() {
        open();
        WebElement person = driver.findElement(By.cssSelector("#person-mao-zedong a.person-first"));
        assertTrue(person.getText().contains("Mao Zedong"));
        person.click();
        waitForHash("#turn-2");
        WebElement turn = driver.findElement(By.id("turn-2"));
        assertTrue(inViewport(turn));
        assertTrue(turn.getText().contains("We agree"), "Mao's first turn");
    }

    @Test
    void pageMarksCanBeSwitchedOffWithoutJavaScript() {
        open();
        List<WebElement> marks = driver.findElements(By.cssSelector(".mark.pb, .mark.fw"));
        assertTrue(marks.size() >= 4);
        assertTrue(marks.stream().allMatch(WebElement::isDisplayed), "marks shown by default");
        driver.findElement(By.cssSelector("label[for=show-marks]")).click();
        assertFalse(driver.findElement(By.id("show-marks")).isSelected());
        assertTrue(marks.stream().noneMatch(WebElement::isDisplayed), "marks hidden after unticking");
        driver.findElement(By.cssSelector("label[for=show-marks]")).click();
        assertTrue(marks.stream().allMatch(WebElement::isDisplayed), "and back");
    }

    @Test
    void expansionAppearsOnKeyboardFocus() {
        open();
        WebElement choice = driver.findElement(By.cssSelector(".choice.c-abbr"));
        WebElement alt = choice.findElement(By.cssSelector(".alt"));
        assertFalse(alt.isDisplayed());
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", choice);
        assertEquals(choice, driver.switchTo().activeElement());
        assertTrue(alt.isDisplayed(), "the expansion shows while the abbreviation has focus");
        assertTrue(alt.getText().contains("Central Committee"));
    }

    @Test
    void screenshotsOfDesktopAndPhoneLayouts() throws Exception {
        open();
        shoot("target/render-screenshot.png", 1280, 1800);
        shoot("target/render-screenshot-phone.png", 390, 1600);
        driver.manage().window().setSize(new Dimension(1280, 900));
        // the phone layout does not scroll sideways
        driver.manage().window().setSize(new Dimension(390, 844));
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, "no horizontal scrolling on a phone, overflow " + overflow + "px");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    // --- layout at a phone's and a desktop's width -----------------------------------------------------

    /** Opens the page at a viewport of this width (the side panels decide at load whether they start folded). */
    private static void openAt(String url, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(url);
        Long inner = (Long) js("return window.innerWidth");
        // the window's frame takes nothing in headless mode; if it ever does, make the viewport the width asked for
        if (inner != width) {
            driver.manage().window().setSize(new Dimension(2 * width - inner.intValue(), height));
            driver.get(url);
        }
        assertEquals((long) width, js("return window.innerWidth"), "viewport width");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Pairs of visible boxes, siblings (children of the same parent among the selected parents), that intersect. */
    private static List<?> overlappingSiblings(String parents) {
        return (List<?>) js("""
                const out = [];
                for (const parent of document.querySelectorAll(arguments[0])) {
                  const kids = [...parent.children].filter(k => {
                    const r = k.getBoundingClientRect(), st = getComputedStyle(k);
                    // inline runs of text wrap around each other by construction: boxes are what can be laid over one another
                    return r.width > 1 && r.height > 1 && st.visibility !== 'hidden' && st.position !== 'absolute' && st.display !== 'inline';
                  });
                  for (let i = 0; i < kids.length; i++) for (let j = i + 1; j < kids.length; j++) {
                    const a = kids[i].getBoundingClientRect(), b = kids[j].getBoundingClientRect();
                    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
                      out.push(kids[i].tagName + '.' + kids[i].className + ' / ' + kids[j].tagName + '.' + kids[j].className);
                  }
                }
                return out;""", parents);
    }

    private static void assertNothingOverlapsOrOverflows(int width) {
        assertEquals(List.of(), overlappingSiblings("body, header.doc-header, .layout, .side, dl.meta"),
                "boxes that overlap at " + width + " px");
        Long scroll = (Long) js("return document.documentElement.scrollWidth");
        assertTrue(scroll <= width, "no sideways scrolling at " + width + " px: scrollWidth " + scroll);
        List<?> past = (List<?>) js("""
                return [...document.querySelectorAll('.mark, .marks-label, .doc-header *, .side *')]
                  .filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > window.innerWidth + 0.5)
                  .map(e => e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
        assertEquals(List.of(), past, "elements past the right edge at " + width + " px");
        // the switch for page marks stands above the header, clear of the heading and the contents
        assertTrue((Boolean) js("""
                const l = document.querySelector('.marks-label').getBoundingClientRect();
                return [...document.querySelectorAll('h1, .doc-header .kind, #toc-title, #persons-title')].every(h => {
                  const r = h.getBoundingClientRect();
                  return r.height === 0 || l.bottom <= r.top || r.bottom <= l.top || l.right <= r.left || r.right <= l.left; });"""),
                "the page-marks switch overlaps a heading at " + width + " px");
    }

    @Test
    void phoneWidthNothingOverlapsTheContentsAreFoldedAndTheTextStartsOnTheFirstScreen() {
        openAt(longUrl, 400, 800);
        assertNothingOverlapsOrOverflows(400);
        WebElement toc = driver.findElement(By.cssSelector("nav.toc details"));
        assertFalse(toc.getAttribute("open") != null, "contents folded on a narrow screen");
        double textTop = ((Number) js("return document.querySelector('main p').getBoundingClientRect().top + scrollY")).doubleValue();
        assertTrue(textTop < 800, "the first line of the text starts on the first screen, at " + textTop + " px");
        // and the contents open on a tap, without overflowing
        driver.findElement(By.cssSelector("nav.toc summary")).click();
        assertTrue(toc.getAttribute("open") != null);
        assertTrue(driver.findElement(By.cssSelector("nav.toc a")).isDisplayed());
        assertNothingOverlapsOrOverflows(400);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void desktopWidthNothingOverlapsAndTheContentsAreOpen() {
        openAt(longUrl, 1280, 900);
        assertNothingOverlapsOrOverflows(1280);
        assertTrue(driver.findElement(By.cssSelector("nav.toc details")).getAttribute("open") != null, "contents open");
        assertTrue(driver.findElement(By.cssSelector("nav.toc a")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("aside.persons a.person-first")).isDisplayed(), "speakers open");
        // side column and text side by side
        Number side = (Number) js("return document.querySelector('.side').getBoundingClientRect().right");
        Number text = (Number) js("return document.querySelector('main').getBoundingClientRect().left");
        assertTrue(side.doubleValue() <= text.doubleValue(), "contents beside the text");
    }

    @Test
    void thePersonsIndexFitsAPhone() {
        for (int width : new int[] {400, 1280}) {
            openAt(personsUrl, width, 900);
            assertEquals(List.of(), overlappingSiblings("body, header.doc-header, main, .persons-index > li"), "at " + width + " px");
            Long scroll = (Long) js("return document.documentElement.scrollWidth");
            assertTrue(scroll <= width, "no sideways scrolling at " + width + " px: scrollWidth " + scroll);
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** A TEI bulletin with {@code n} conversations, each with a long heading, speakers and page furniture. */
    static String longBulletin(int n) {
        StringBuilder divs = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            divs.append("<div type=\"conversation\" n=\"").append(i).append("\"><head>Conversation ").append(i)
                .append(" between Stalin and Zhou Enlai on the railway, the ports and the loans, ").append(i).append(" September 1952</head>")
                .append("<opener><stamp>Reproduced from the Collections of the Manuscript Division, Library of Congress, Container 174</stamp></opener>")
                .append("<sp who=\"#stalin\"><speaker>Stalin</speaker><p>Comrade Zhou, what do you think of the matter?</p></sp>")
                .append("<sp who=\"#zhou\"><speaker>Zhou Enlai</speaker><p>We agree with the proposal of the Soviet government.</p></sp>")
                .append("<pb n=\"").append(i).append("\"/><fw type=\"header\">CONTINUATION OF THE RECORD OF CONVERSATION</fw></div>");
        }
        return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\"><teiHeader><fileDesc>"
                + "<titleStmt><title>A long bulletin of conversations, for the layout test of the HTML view</title></titleStmt>"
                + "<publicationStmt><p>Generated by the test.</p></publicationStmt><sourceDesc><p>Generated by the test.</p></sourceDesc>"
                + "</fileDesc><profileDesc><particDesc><listPerson>"
                + "<person xml:id=\"stalin\"><persName>Joseph Stalin</persName></person>"
                + "<person xml:id=\"zhou\"><persName>Zhou Enlai</persName></person>"
                + "</listPerson></particDesc></profileDesc></teiHeader><text><body>" + divs + "</body></text></TEI>";
    }

    private static void shoot(String path, int width, int height) throws Exception {
        driver.manage().window().setSize(new Dimension(width, height));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of(path);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "screenshot written");
    }
}
