package org.wfed.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: a real wfed process ({@link WfedServer}) and a fresh headless Chromium
 * from Debian's packages per test, at the 1366×768 the console is made for.
 */
@ExtendWith(WfedServer.class)
abstract class BrowserTestBase {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    WebDriver driver;
    WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("wfed-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // 40 s: the app tests share two cores with each other and with the in-framework suite (README, Tests)
        wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        // a page that renders again while a condition reads it leaves stale elements: read again, don't fail
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
        WfedServer.deleteTree(profile);
    }

    /** The base URL of the wfed the test drives: the shared one unless a test runs its own. */
    String server() {
        return WfedServer.url();
    }

    /** Opens the console and signs in through the form. */
    void signIn(String username, String password) {
        driver.get(server() + "/console/");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    /** Signs in a staff account a test made ({@link Clerks}) and waits for the menu (in the drawer on a phone). */
    void signInAs(String username) {
        signIn(username, Clerks.PASSWORD);
        // a unit admin holds rights.reveal, which asks for a second factor: enrolled at her first sign-in
        secondFactor(SecondFactors.of(server(), username));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".menu a")));
    }

    void signInAsAdmin() {
        signIn("admin", WfedServer.ADMIN_PASSWORD);
        secondFactor();
        // present, not visible: on a phone-sized window the menu waits in the drawer
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".menu a")));
    }

    /**
     * After the admin's password: the jar requires a second factor of system admins, so she either enrols
     * (the first sign-in on this server: the console's enrolment page, as a newcomer meets it) or types a
     * code from {@link SecondFactors}, her authenticator app.
     */
    void secondFactor() {
        secondFactor(server());
    }

    /**
     * The same for the authenticator kept under {@code server}: a server of the test's own (its base URL), or a
     * staff account ({@link SecondFactors#of}).
     */
    void secondFactor(String server) {
        wait.until(d -> !d.findElements(By.cssSelector(".menu a")).isEmpty() || !d.findElements(By.id("enrol-form")).isEmpty()
                || d.findElements(By.id("totp-row")).stream().anyMatch(WebElement::isDisplayed));
        if (!driver.findElements(By.id("enrol-form")).isEmpty()) {
            visible(By.id("enrol-start")).click();
            String secret = visible(By.id("totp-secret")).getText().replace(" ", "");
            long step = SecondFactors.step();
            driver.findElement(By.id("enrol-code")).sendKeys(SecondFactors.code(secret, step));
            driver.findElement(By.id("enrol-confirm")).click();
            List<String> codes = visible(By.id("recovery-codes")).findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
            SecondFactors.enrolled(server, secret, codes, step);
            screenshot("two-factor-enrolled");
            driver.findElement(By.id("enrol-continue")).click();
        } else if (driver.findElements(By.cssSelector(".menu a")).isEmpty()) {
            driver.findElement(By.id("totp-code")).sendKeys(SecondFactors.next(server));
            driver.findElement(By.id("login-submit")).click();
        }
    }

    /** Opens a console page by its hash route and waits until it has rendered something. */
    void openPage(String pageId) {
        driver.get(server() + "/console/#/page/" + pageId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page[data-page='" + pageId + "']")));
        wait.until(d -> d.findElements(By.cssSelector(".page .loading")).isEmpty());
    }

    /**
     * The element once it is visible; when it never shows, the failure says what the page showed instead (its
     * address, messages and text) and keeps a screenshot, so that a failure in CI can be read from its log.
     */
    WebElement visible(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "not-visible-" + by.toString().replaceAll("[^A-Za-z0-9-]+", "-");
            screenshot(name);
            String page = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError(by + " did not show at " + driver.getCurrentUrl() + " (screenshot " + name + ".png); messages "
                    + texts(By.cssSelector(".msg")) + "; the page shows: " + page.substring(0, Math.min(page.length(), 1500)), e);
        }
    }

    List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    /** Makes the page a 390×844 phone screen (device metrics emulated by Chromium itself, touch included). */
    void phone() {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setTouchEmulationEnabled",
                java.util.Map.of("enabled", true));
    }

    /** Back to the desk's window after {@link #phone()}: the device emulation is lifted. */
    void desk() {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setTouchEmulationEnabled",
                java.util.Map.of("enabled", false));
    }

    /**
     * Asserts that the page does not scroll sideways ({@code scrollWidth <= innerWidth}) and keeps a screenshot
     * under target/screenshots/ as the evidence. A phone widens its layout viewport to a page that overflows
     * ({@code innerWidth} grows with {@code scrollWidth}, the page is zoomed out), so the width is also held
     * to the screen's own, {@code document.documentElement.clientWidth}.
     */
    void assertNoSidewaysScroll(String name) {
        Object widths = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth, document.documentElement.clientWidth];");
        List<?> w = (List<?>) widths;
        long scroll = ((Number) w.get(0)).longValue();
        long inner = ((Number) w.get(1)).longValue();
        long screen = ((Number) w.get(2)).longValue();
        screenshot(name);
        org.junit.jupiter.api.Assertions.assertTrue(scroll <= inner && scroll <= screen, name
                + ": the page scrolls sideways (scrollWidth " + scroll + ", innerWidth " + inner + ", clientWidth " + screen + ")");
    }

    /** On a phone: opens the drawer menu and follows the menu entry of a page. */
    void openFromDrawer(String pageId) {
        visible(By.id("menu-toggle")).click();
        // the drawer slides in: tap once it is in place
        wait.until(d -> d.findElement(By.cssSelector(".sidebar")).getRect().getX() == 0);
        WebElement link = visible(By.cssSelector(".menu a[data-page='" + pageId + "']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        // tap once the menu has stopped scrolling, or the tap lands on the entry that passes under the finger
        wait.until(d -> {
            int before = link.getRect().getY();
            WfedServer.sleep(150);
            return before == link.getRect().getY();
        });
        link.click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page[data-page='" + pageId + "']")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("drawer-failed-" + pageId);
            throw new AssertionError("the menu entry " + pageId + " did not open its page; location "
                    + driver.getCurrentUrl(), e);
        }
        wait.until(d -> d.findElements(By.cssSelector(".page .loading")).isEmpty());
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".drawer-backdrop")));
    }

    void type(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Taps the control the locator finds; when the page re-renders it between finding and tapping (a card
     * refreshed after the previous action), the control is found again rather than failing on a stale element.
     */
    void tap(By by) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            tap(visible(by));
            return true;
        });
    }

    /** Clicks where a finger would: the control scrolled to the middle of the screen, clear of the sticky header. */
    void tap(WebElement e) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** Waits for the condition; a message the console shows instead fails the test with that message. */
    void awaitOrError(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done, String what) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<String> errors = texts(By.cssSelector(".msg.error"));
            if (!errors.isEmpty()) {
                throw new AssertionError(what + ": " + errors);
            }
            return done.apply(d);
        });
    }

    /** Saves a screenshot to target/screenshots/<name>.png for a human to look at. */
    Path screenshot(String name) {
        try {
            return shot(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path shot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = dir.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
