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

    @BeforeAll
    static void openBrowser() throws Exception {
        driver = HeadlessChromium.start();
        Path page = Path.of("target/render-browser/teikit-conversations.html").toAbsolutePath();
        SharedViews.VIEWS.html(Fixtures.TEIKIT, page);
        pageUrl = page.toUri().toString();
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

    private static void shoot(String path, int width, int height) throws Exception {
        driver.manage().window().setSize(new Dimension(width, height));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of(path);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "screenshot written");
    }
}
