package org.hetao.registry.web.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system (Debian's {@code chromium} and {@code chromium-driver}),
 * driven through chromedriver at a fixed path: Selenium Manager never looks for or downloads a browser.
 * Finds controls as a person does, by their labels.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final URI base;
    private final Path downloads;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, URI base, Path downloads, Path profile) {
        this.driver = driver;
        this.base = base;
        this.downloads = downloads;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static Browser open(URI base, Path workDir) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
        Path downloads = Files.createDirectories(workDir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--lang=en-US",
                "--force-device-scale-factor=1");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "en-US,en");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, base, downloads, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    /** Opens a page of the UI by its hash route, e.g. {@code #/catalogue}, and waits until it is drawn. */
    public void go(String hash) {
        driver.get(base.resolve("/").toString() + hash);
        settle();
    }

    /**
     * Waits until the router has drawn a page and no request is under way: first until the browser has
     * run the tasks already queued (an event that starts a redraw, such as hashchange or resize) and
     * drawn a frame, then until the page is drawn.
     */
    public void settle() {
        ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(() => setTimeout(done, 0));");
        wait.until(d -> {
            Object r = ((JavascriptExecutor) d)
                    .executeScript(
                            "const m = document.getElementById('main');"
                                    + "return document.readyState === 'complete' && document.body.dataset.ready !== undefined && m"
                                    + " && !m.hasAttribute('aria-busy') && !document.querySelector('form[aria-busy]') && !m.querySelector('.loading');");
            return Boolean.TRUE.equals(r);
        });
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText();
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** The control labelled {@code label} (the label's own text, without the required mark), optionally within a fieldset. */
    public WebElement field(String label) {
        return field(null, label);
    }

    public WebElement field(String legend, String label) {
        String scope = legend == null ? "" : "//fieldset[legend[normalize-space()=" + literal(legend) + "]]";
        WebElement l = find(By.xpath(scope + "//label[normalize-space(text()[1])=" + literal(label) + "]"));
        return driver.findElement(By.id(l.getAttribute("for")));
    }

    public void type(String label, String value) {
        type(null, label, value);
    }

    public void type(String legend, String label, String value) {
        WebElement e = field(legend, label);
        e.clear();
        e.sendKeys(value);
    }

    public void choose(String label, String option) {
        choose(null, label, option);
    }

    public void choose(String legend, String label, String option) {
        new Select(field(legend, label)).selectByVisibleText(option);
    }

    public void chooseStartingWith(String legend, String label, String prefix) {
        Select s = new Select(field(legend, label));
        for (WebElement o : s.getOptions()) {
            if (o.getText().startsWith(prefix)) {
                s.selectByVisibleText(o.getText());
                return;
            }
        }
        throw new AssertionError("No option starting with " + prefix + " in " + label);
    }

    public void check(String label) {
        WebElement e = field(label);
        if (!e.isSelected()) {
            e.click();
        }
    }

    public void press(String buttonText) {
        settle();
        By by = By.xpath("//button[normalize-space()=" + literal(buttonText) + "] | //a[normalize-space()="
                + literal(buttonText) + "]");
        for (int attempt = 0; ; attempt++) {
            try {
                WebElement b = find(by);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", b);
                b.click();
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt > 2) {
                    throw e; // the page kept being redrawn
                }
            }
        }
        settle();
    }

    /** Keyboard only: presses Tab until the focused element satisfies the script's test (at most {@code max} times). */
    public WebElement tabUntil(String test, int max) {
        for (int i = 0; i < max; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Object hit = ((JavascriptExecutor) driver)
                    .executeScript("const e = document.activeElement; return (" + test + ") ? e : null;");
            if (hit instanceof WebElement e) {
                return e;
            }
        }
        throw new AssertionError("Tab never reached an element with " + test);
    }

    /** Keyboard only: types into whatever has the focus. */
    public void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public String focusedText() {
        return (String)
                script("const e = document.activeElement; return e ? (e.id || e.textContent || e.tagName) : '';");
    }

    /** Resizes the window and waits until the page has its new width (a page may redraw for it: the charts do). */
    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        // the page's viewport, not the window: headless Chromium keeps a window at least 500 px wide
        wait.until(d ->
                ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;")).intValue() == width);
    }

    /** A PNG of the page as it is shown, tall enough for the whole page up to a limit. */
    public void screenshot(Path file, int width) throws IOException {
        size(width, 900);
        settle();
        Number height = (Number) script("return Math.min(4000, document.documentElement.scrollHeight);");
        size(width, Math.max(600, height.intValue()));
        settle();
        script("window.scrollTo(0, 0);");
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        size(1280, 900);
        settle();
    }

    /**
     * The page's violations of WCAG 2.1 A and AA that axe-core finds (injected from the test's
     * classpath, never served by the registry): rule, help text and the first offending elements.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() throws IOException {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
            try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath");
                }
                script(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' @ '"
                        + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }

    /** Waits for a finished download whose name ends with {@code suffix}. */
    public File download(String suffix) {
        return Awaitility.await("a download ending in " + suffix + " in " + downloads)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            File[] files = downloads.toFile().listFiles((dir, name) -> name.endsWith(suffix));
                            return files == null || files.length == 0 ? null : files[0];
                        },
                        file -> file != null && file.length() > 0);
    }

    static String literal(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
