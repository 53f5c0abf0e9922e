package org.hetao.registry.web.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.Mailbox;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The main journey of each role, in a real browser (headless Chromium) against the real uber-jar with
 * the demo data set: one registry process and one browser for all of them, in order, since each
 * journey works on what the one before it registered. Screenshots of the main pages go to
 * {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysIT {
    static final String CODE = "HT-2026-" + (7000 + System.nanoTime() % 1000);
    static final String TITLE_EN = "Soft robotic gripper for wet labs";
    static final String TITLE_ZH_HANT = "濕實驗室用柔性機械人夾爪";
    static final String PERSON = "Kwok Lok-man (test)";
    static final String SUMMARY = "A soft gripper that handles fragile biological samples in wet labs without damage.";
    static final String SUMMARY_ZH_HANT = "在濕實驗室中處理易碎生物樣本而不會損壞的軟夾爪。";
    static final String PROBLEM = "Rigid grippers crack sample tubes and spill biological samples.";
    static final String ADVANTAGES_ZH_HANT = "比硬夾爪更溫和，成本更低。";
    static final String CONTACT_EMAIL = "licensing@tto.hku.demo.invalid";

    RegistryProcess registry;
    URI base;
    Browser browser;
    Path screenshots;
    String openapi;
    String assetId;
    String personOrcid;
    GreenMail smtp;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(
                Browser.installed(),
                "Browser tests skipped: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                        + " is not installed (apt-get install chromium chromium-driver)");
        Path work = Path.of(System.getProperty("registry.testDataDir", "target/it-data"))
                .resolveSibling("browser-" + System.nanoTime())
                .toAbsolutePath();
        Files.createDirectories(work);
        screenshots = Path.of(System.getProperty("registry.screenshotDir", "target/screenshots"))
                .toAbsolutePath();
        String running = System.getProperty("registry.baseUrl");
        if (running == null || running.isBlank()) {
            // e-mail goes to a real SMTP server (GreenMail): a visitor confirms an enquiry by the link mailed to it
            smtp = new GreenMail(new ServerSetup(
                    Integer.getInteger("registry.test.smtpPort"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            registry = RegistryProcess.start(
                    work.resolve("data"),
                    Map.of(
                            "REGISTRY_DEMO",
                            "true",
                            "REGISTRY_MAIL_ENABLED",
                            "true",
                            "REGISTRY_MAIL_HOST",
                            "127.0.0.1",
                            "REGISTRY_MAIL_PORT",
                            Integer.getInteger("registry.test.smtpPort").toString(),
                            "REGISTRY_MAIL_TLS",
                            "none",
                            "REGISTRY_MAIL_FROM",
                            "registry@hetao.example.org"));
            base = registry.base();
        } else {
            base = URI.create(running); // a registry already running with the demo data, while working on the UI
        }
        openapi = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve("/openapi")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        browser = Browser.open(base, work);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (registry != null) {
            registry.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /**
     * Screenshots at desktop and phone widths; on each page shown this way, no WCAG 2.1 A or AA
     * violation that axe-core finds, and nothing wider than a 375 px phone screen.
     */
    void shot(String name) throws Exception {
        browser.screenshot(screenshots.resolve("ui-" + name + "-desktop.png"), 1280);
        assertEquals(List.of(), browser.accessibilityViolations(), "accessibility of " + name);
        browser.screenshot(screenshots.resolve("ui-" + name + "-phone.png"), 375);
        browser.size(375, 800);
        browser.settle();
        Number width = (Number) browser.script("return document.documentElement.scrollWidth;");
        assertTrue(width.intValue() <= 375, name + " is " + width + " px wide on a 375 px screen");
        browser.size(1280, 900);
        browser.settle();
    }

    void signIn(String username, String password) {
        browser.go("#/sign-in");
        if (!browser.all(By.id("sign-out")).isEmpty()) {
            signOut();
        }
        browser.type("Username", username);
        browser.type("Password", password);
        browser.press("Sign in");
        browser.find(By.cssSelector("[data-testid=who]"));
    }

    /**
     * Signs out and waits until the header no longer names anyone: on the sign-in page, whose heading is
     * there before as after, typing into the form before that would race the sign-out's re-rendering.
     */
    void signOut() {
        browser.find(By.id("sign-out")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("sign-out")).isEmpty()
                        && d.findElements(By.cssSelector("[data-testid=who]")).isEmpty());
        browser.find(By.xpath("//h1[normalize-space()='Sign in']"));
        browser.settle();
    }

    static long projectCount(Api api) {
        return api.get("api/statistics").json().getJsonArray("projectsByYear").stream()
                .mapToLong(y -> y.asJsonObject().getJsonNumber("count").longValue())
                .sum();
    }

    String heading() {
        return browser.text(By.cssSelector("main h1"));
    }

    /** The choices a type-ahead picker lists once {@code typed} is in it, as their text (the name, then what tells it apart). */
    List<WebElement> pickerChoices(WebElement picker, String typed) {
        picker.clear();
        picker.sendKeys(typed);
        WebElement list = browser.driver().findElement(By.id(picker.getAttribute("aria-controls")));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> list.isDisplayed()
                        && !list.findElements(By.cssSelector("[role=option]")).isEmpty());
        assertEquals("true", picker.getAttribute("aria-expanded"));
        return list.findElements(By.cssSelector("[role=option]"));
    }

    /** Chooses, in a picker, the first choice whose text contains {@code text}, by the keyboard; returns that choice's text. */
    String pick(WebElement picker, String typed, String text) {
        List<WebElement> choices = pickerChoices(picker, typed);
        int index = -1;
        for (int i = 0; i < choices.size() && index < 0; i++) {
            if (choices.get(i).getText().contains(text)) {
                index = i;
            }
        }
        assertTrue(
                index >= 0,
                "no choice with " + text + " among "
                        + choices.stream().map(WebElement::getText).toList());
        String chosen = choices.get(index).getText();
        for (int i = choices.size() == 1 ? 1 : 0; i <= index; i++) {
            picker.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        picker.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("false", picker.getAttribute("aria-expanded"), "choosing closes the list");
        return chosen;
    }

    @Test
    @Order(1)
    void pagesCarryTheSecurityHeadersAndTheSignInPageIsServedAtTheRoot() throws Exception {
        HttpResponse<String> root = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, root.statusCode());
        assertTrue(root.body().contains("<main id=\"main\""), root.body());
        String csp = root.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(
                csp.contains("script-src 'self'")
                        && csp.contains("object-src 'none'")
                        && csp.contains("frame-ancestors 'none'"),
                csp);
        assertEquals(
                "nosniff", root.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", root.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(openapi.contains("/api/projects"), "the OpenAPI document is still served");
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/api/projects")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode());
        assertTrue(
                api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                api.headers().toString());

        browser.go("");
        assertEquals("Sign in", heading());
        assertEquals(List.of(), browser.script("return window.__cspViolations || [];"));
        shot("sign-in");
    }

    @Test
    @Order(2)
    void officeSwitchesLanguageAndBack() throws Exception {
        signIn("demo-tto-hku", "Pok-Fu-Lam-Office-2026");
        assertEquals("Dashboard", heading());
        String who = browser.text(By.cssSelector("[data-testid=who]"));
        assertTrue(who.contains("demo-tto-hku") && who.contains("HKU"), who);
        shot("dashboard");

        new Select(browser.find(By.id("language-choice"))).selectByValue("zh-Hant");
        browser.waitForText(By.cssSelector(".main-nav"), "項目");
        browser.settle();
        assertEquals("zh-Hant-HK", browser.script("return document.documentElement.lang;"));
        assertEquals("概覽", heading());
        browser.go("#/statistics");
        assertEquals("統計", heading());
        // the zone's head counts and technology-transfer figures, each table with its CSV file
        browser.waitForText(By.cssSelector("main"), "按園區、機構及職位劃分的人數及全職當量");
        browser.waitForText(By.cssSelector("main"), "按機構及年份劃分的技術轉移");
        browser.find(By.cssSelector("[data-csv='head-counts.csv']"));
        shot("statistics-zh-hant");
        browser.go("#/dashboard");
        assertEquals("概覽", heading(), "the choice is remembered across pages");
        browser.go("#/inbox");
        assertEquals("收件匣", heading());
        new Select(browser.find(By.id("language-choice"))).selectByValue("zh-Hans");
        browser.waitForText(By.cssSelector(".main-nav"), "项目");
        browser.settle();
        assertEquals("zh-Hans-CN", browser.script("return document.documentElement.lang;"));
        assertEquals("收件箱", heading());
        // every text of the interface is there in each language: the bundles the page loads have the same keys
        @SuppressWarnings("unchecked")
        List<String> keys =
                (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all(['en', 'zh-Hant', 'zh-Hans'].map(l => import(new URL('js/messages/' + l + '.js', document.baseURI).href)))
                  .then(ms => done(ms.map(m => Object.keys(m.default).sort().join('\\n'))), e => done([String(e)]));
                """);
        assertEquals(3, keys.size(), keys::toString);
        assertTrue(keys.get(0).lines().count() > 600, "the English bundle is loaded");
        assertEquals(keys.get(0), keys.get(1), "Traditional Chinese has every key of English and no other");
        assertEquals(keys.get(0), keys.get(2), "Simplified Chinese has every key of English and no other");
        browser.go("#/dashboard");

        new Select(browser.find(By.id("language-choice"))).selectByValue("en");
        browser.waitForText(By.cssSelector(".main-nav"), "Projects");
        browser.settle();
        assertEquals("en", browser.script("return document.documentElement.lang;"));
        assertEquals("Dashboard", heading());
    }

    /** An ORCID iD with a correct ISO 7064 MOD 11-2 check character, or with a wrong one. */
    static String orcid(long digits, boolean valid) {
        String base = String.format("%015d", digits);
        int total = 0;
        for (char c : base.toCharArray()) {
            total = (total + (c - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        char ch = check == 10 ? 'X' : (char) ('0' + check);
        if (!valid) {
            ch = ch == '0' ? '1' : '0';
        }
        String all = base + ch;
        return all.substring(0, 4) + "-" + all.substring(4, 8) + "-" + all.substring(8, 12) + "-" + all.substring(12);
    }

    @Test
    @Order(3)
    void officeRegistersAPersonAfterTheApiRefusesAWrongOrcid() throws Exception {
        browser.go("#/people");
        browser.press("Register a person");
        browser.type("Name (English)", PERSON);
        browser.type("Name (Chinese)", "柯樂文");
        long digits = 3_000_000_000L + System.nanoTime() % 1_000_000_000L;
        browser.type("ORCID iD", orcid(digits, false));
        browser.press("Register person");
        WebElement orcidField = browser.field("ORCID iD");
        assertEquals("true", orcidField.getAttribute("aria-invalid"));
        WebElement error = browser.driver().findElement(By.id(orcidField.getAttribute("data-error-id")));
        assertTrue(error.isDisplayed() && error.getText().contains("check character"), error.getText());
        assertTrue(
                orcidField.getAttribute("aria-describedby").contains(error.getAttribute("id")),
                "the error is linked to its field");
        personOrcid = orcid(digits, true);
        browser.type("ORCID iD", personOrcid.replace('-', ' ')); // as people often write it
        browser.press("Register person");
        browser.waitForText(By.cssSelector("main"), PERSON + " registered.");
        // the new record opens, not the list of hundreds of people
        assertTrue(
                browser.driver().getCurrentUrl().matches(".*#/people/\\d+$"),
                browser.driver().getCurrentUrl());
        assertTrue(heading().contains(PERSON), heading());
        assertEquals(personOrcid, browser.field("ORCID iD").getAttribute("value"));
        // a namesake without an ORCID iD, whom the pickers must tell apart from this person
        Api hku = new Api(base).as("demo-tto-hku", "Pok-Fu-Lam-Office-2026");
        long hkuId =
                hku.get("api/auth/me").json().getJsonNumber("institutionId").longValue();
        assertEquals(
                201,
                hku.post("api/people", "{\"nameEn\":\"" + PERSON + "\",\"institutionId\":" + hkuId + "}")
                        .status());
        browser.go("#/dashboard");
    }

    @Test
    @Order(4)
    void officeRegistersAProjectWithParticipantsFundingAndStaff() throws Exception {
        // in each language, an empty form that is sent names each missing value by its field, in that language
        refusedEmptyProjectForm("zh-Hant", "項目", "請填寫或選擇。", "開始日期");
        refusedEmptyProjectForm("zh-Hans", "项目", "请填写或选择。", "开始日期");
        new Select(browser.find(By.id("language-choice"))).selectByValue("en");
        browser.waitForText(By.cssSelector(".main-nav"), "Projects");
        browser.go("#/dashboard");
        browser.settle();

        browser.press("Register a project");
        assertEquals("Register a project", heading());
        browser.type("Code", "  " + CODE + "  ");
        browser.press("Add a funding line");
        browser.type("Funding line 1", "Amount", "4,500,000");
        browser.press("Register project");
        // several mistakes at once: each beside its field (also inside the funding line), all in the summary
        WebElement summary = browser.find(By.cssSelector(".error-summary"));
        List<String> listed = summary.findElements(By.cssSelector("li a")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(
                listed.contains("Start date: Enter or choose a value.")
                        && listed.contains("Funding line 1 · Funder: Enter or choose a value.")
                        && listed.stream().anyMatch(l -> l.startsWith("Title: "))
                        && listed.size() == 3,
                listed::toString);
        assertNoJargon(summary.getText());
        WebElement funder = browser.field("Funding line 1", "Funder");
        assertEquals("true", funder.getAttribute("aria-invalid"));
        WebElement funderError = browser.driver().findElement(By.id(funder.getAttribute("data-error-id")));
        assertEquals("Enter or choose a value.", funderError.getText());
        summary.findElement(By.xpath(".//a[starts-with(., 'Start date:')]")).click();
        WebElement start = browser.field("Start date");
        assertEquals(start, browser.driver().switchTo().activeElement(), "a summary link takes the focus to its field");
        // what people write is accepted, and an error goes as soon as its field is corrected
        start.sendKeys("2026/01/05");
        assertFalse(
                browser.driver()
                        .findElement(By.id(start.getAttribute("data-error-id")))
                        .isDisplayed(),
                "the corrected date's error is gone");
        assertEquals(null, start.getAttribute("aria-invalid"));
        assertEquals(2, summary.findElements(By.cssSelector("li a")).size(), "the summary lists what is still wrong");
        assertTrue(funderError.isDisplayed(), "the other errors stay until their fields are corrected");
        browser.type("Title", "English", TITLE_EN);
        browser.type("Title", "Traditional Chinese (繁體中文)", TITLE_ZH_HANT);
        browser.type("Funding line 1", "Funder", "Innovation and Technology Commission");
        assertFalse(funderError.isDisplayed());
        assertFalse(summary.isDisplayed(), "with every error corrected the summary goes");
        browser.field("Code").click(); // leaving the date field shows the date as it is sent
        assertEquals("2026-01-05", start.getAttribute("value"));
        browser.check("Robotics");
        browser.choose("Status", "Active");
        browser.choose("Confidentiality", "Public");

        browser.press("Add an institution");
        browser.choose("Institution 2", "Institution", "SUSTech");
        browser.press("Add an institution");
        browser.chooseStartingWith("Institution 3", "Institution", "DEMO-");
        browser.choose("Institution 3", "Role", "Industry partner");

        browser.press("Add a person to the staff");
        WebElement person = browser.field("Staff member 1", "Person");
        // a type-ahead: each person with the institution and ORCID iD that tell people of the same name apart
        List<String> told = pickerChoices(person, "Kwok Lok").stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(
                told.size() == 2
                        && told.stream().distinct().count() == 2
                        && told.stream().allMatch(c -> c.contains(PERSON))
                        && told.stream().anyMatch(c -> c.contains("ORCID " + personOrcid))
                        && told.stream().anyMatch(c -> c.contains("no ORCID iD")),
                "namesakes are told apart: " + told);
        String chosen = pick(person, "kwok lok", "ORCID " + personOrcid);
        assertTrue(
                chosen.contains(PERSON + " · 柯樂文") && chosen.contains("HKU") && chosen.contains("ORCID " + personOrcid),
                chosen);
        assertEquals(PERSON + " · 柯樂文", person.getAttribute("value"));
        assertTrue(
                browser.text(By.cssSelector(".combo-chosen")).contains("ORCID " + personOrcid),
                "the choice stays told apart");
        browser.type("Staff member 1", "Start date", "2026-1-5");
        assertNotNull(person);
        shot("project-form");

        browser.press("Register project");
        browser.waitForText(By.cssSelector("main"), "Project " + CODE + " registered.");
        assertEquals(TITLE_EN, heading());
        String page = browser.text(By.cssSelector("main"));
        assertTrue(
                page.contains("SUSTech")
                        && page.contains("Industry partner")
                        && page.contains("Innovation and Technology Commission")
                        && page.contains("Post-doctoral researcher")
                        && page.contains(PERSON),
                page);
        assertTrue(
                page.contains("HKD 4,500,000.00") && page.contains(CODE), "the amount and the code as meant: " + page);
        shot("project");
        // the project's capital, and its data crossing the boundary with each party's consent
        browser.press("Record a grant");
        browser.choose("Received by", "HKU");
        browser.type("Funder", "Innovation and Technology Commission");
        browser.choose("Scheme", "Matching grant for basic research");
        browser.type("Amount", "1,000,000");
        browser.type("Awarded", "2026-01-15");
        browser.press("Save");
        browser.waitForText(By.cssSelector(".grants .totals"), "Hong Kong: HKD 1,000,000.00 (grants: 1)");
        browser.press("Record a transfer");
        browser.choose("What", "Research data (not personal)");
        browser.type("Description", "English", "Imaging data of the cohort");
        browser.choose("From the park", "Hong Kong park");
        browser.choose("Received by", "SUSTech");
        browser.choose("To the park", "Shenzhen park");
        browser.choose("Clearance", "None required");
        browser.type("Requested", "2026-03-02");
        browser.press("Save");
        browser.waitForText(By.cssSelector(".transfers"), "SUSTech: awaiting consent");
        browser.press("Consent");
        browser.waitForText(By.cssSelector(".transfers"), "HKU: consented by demo-tto-hku");
        // the office's list of its institution's transfers, by the park they arrive in
        browser.go("#/transfers?toPark=SHENZHEN_PARK&status=DRAFT");
        browser.waitForText(By.cssSelector("main h1"), "Transfers across the boundary");
        assertTrue(browser.text(By.cssSelector("main .results")).contains(CODE), "the project's transfer is listed");
        // its row leads back to the project, where the journey goes on
        browser.press(CODE);
        browser.waitForText(By.cssSelector("main h1"), TITLE_EN);
    }

    /**
     * In {@code language}, sends the empty project form: code, title and start date are each named as
     * missing beside the field, in that language, and the summary's links lead to those fields.
     */
    void refusedEmptyProjectForm(String language, String navWord, String required, String startLabel) throws Exception {
        new Select(browser.find(By.id("language-choice"))).selectByValue(language);
        browser.waitForText(By.cssSelector(".main-nav"), navWord);
        browser.go("#/projects/new");
        browser.settle();
        WebElement send = browser.find(By.cssSelector("main form button[type=submit]"));
        send.click();
        WebElement summary = browser.find(By.cssSelector(".error-summary"));
        List<WebElement> links = summary.findElements(By.cssSelector("li a"));
        assertEquals(3, links.size(), summary.getText());
        assertTrue(summary.getText().contains(startLabel + "：" + required), summary.getText());
        assertNoJargon(summary.getText());
        for (WebElement link : links) {
            WebElement target =
                    browser.driver().findElement(By.id(link.getAttribute("href").replaceAll(".*#", "")));
            assertTrue(target.isDisplayed(), "the link leads to its field: " + link.getText());
        }
        WebElement start = browser.field(startLabel);
        assertEquals("true", start.getAttribute("aria-invalid"));
        assertEquals(
                required,
                browser.driver()
                        .findElement(By.id(start.getAttribute("data-error-id")))
                        .getText());
        assertEquals(List.of(), browser.accessibilityViolations(), "accessibility of the refused form in " + language);
    }

    /** No message a person reads speaks the validator's or the program's language. */
    static void assertNoJargon(String text) {
        for (String jargon : List.of(
                "must not be null", "null", "Exception", "JSON", "org.hetao", "expected shape", "[0]", "size must")) {
            assertFalse(text.contains(jargon), "\"" + jargon + "\" in: " + text);
        }
    }

    @Test
    @Order(5)
    void officeRegistersAnIpAssetWithAFilingAndInventors() throws Exception {
        browser.press("Register an IP asset");
        assertEquals("Register an IP asset", heading());
        browser.type("Title", "English", TITLE_EN);
        browser.type("Title", "Traditional Chinese (繁體中文)", TITLE_ZH_HANT);
        browser.type("Public summary", "English", SUMMARY);
        browser.type("Public summary", "Traditional Chinese (繁體中文)", SUMMARY_ZH_HANT);
        browser.type("Problem solved", "English", PROBLEM);
        browser.type("Advantages over existing solutions", "Traditional Chinese (繁體中文)", ADVANTAGES_ZH_HANT);
        browser.choose("Development stage", "TRL 4 — technology validated in the lab");
        browser.choose("Licensing", "Non-exclusive licence");
        browser.choose("Confidentiality", "Public");
        browser.press("Add a filing");
        browser.type("Filing 1", "Application number", "CN202610777001.5");
        browser.type("Filing 1", "Filing date", "2026-02-01");
        browser.press("Add an inventor");
        pick(browser.field("Inventor 1", "Inventor"), "SUSTech", "SUSTech");
        browser.type("Inventor 1", "Share (basis points)", "6000");
        browser.press("Add an inventor");
        pick(browser.field("Inventor 2", "Inventor"), "Kwok", "ORCID " + personOrcid);
        browser.type("Inventor 2", "Share (basis points)", "4000");
        browser.press("Register IP asset");
        browser.waitForText(By.cssSelector("main"), "IP asset registered. Now record its owners.");
        assertTrue(heading().startsWith("Ownership of"), heading());
        assetId = browser.driver().getCurrentUrl().replaceAll(".*#/ip-assets/(\\d+)/ownership.*", "$1");
        officePublishesItsLicensingContact();
        browser.go("#/ip-assets/" + assetId + "/ownership");
        browser.settle();
        assertTrue(heading().startsWith("Ownership of"), heading());
    }

    /** From its dashboard the office publishes where investors reach it; the API's refusal of a bad address shows first. */
    void officePublishesItsLicensingContact() throws Exception {
        browser.go("#/dashboard");
        browser.press("Public licensing contact");
        assertTrue(heading().startsWith("Public licensing contact of"), heading());
        browser.type("Office", "Technology Transfer Office");
        browser.type("E-mail", "licensing at hku");
        browser.press("Save");
        WebElement refused = browser.find(By.cssSelector(".error-summary"));
        assertTrue(refused.getText().contains("e-mail address"), refused.getText());
        browser.type("E-mail", CONTACT_EMAIL);
        browser.type("Web page", "https://tto.hku.demo.invalid/licensing");
        shot("licensing-contact");
        browser.press("Save");
        browser.waitForText(By.cssSelector("main"), "Licensing contact saved.");
    }

    @Test
    @Order(6)
    void officeSetsOwnershipSharesAndSeesTheApiRefuseAWrongSum() throws Exception {
        // each owner's institution is named in full in its line (on a phone the select's own list shows it)
        for (int i = 1; i <= 3; i++) {
            WebElement institution = browser.field("Owner " + i, "Institution");
            Boolean fits = (Boolean) browser.script(
                    "const s = arguments[0], c = document.createElement('canvas').getContext('2d');"
                            + "c.font = getComputedStyle(s).font; return c.measureText(s.selectedOptions[0].text).width + 24 <= s.clientWidth;",
                    institution);
            assertTrue(fits, new Select(institution).getFirstSelectedOption().getText() + " fits its select");
        }
        browser.type("Owner 1", "Share (basis points)", "3333");
        browser.type("Owner 2", "Share (basis points)", "3333");
        browser.type("Owner 3", "Share (basis points)", "3333");
        browser.type("Reason", "Agreed at the kick-off meeting");
        browser.press("Record ownership");

        WebElement summary = browser.find(By.cssSelector(".error-summary"));
        assertTrue(summary.getText().contains("10000"), summary.getText());
        assertEquals(summary, browser.driver().switchTo().activeElement(), "the error summary takes the focus");
        WebElement group = browser.find(By.xpath("//fieldset[legend='Owners and shares']"));
        WebElement inline = browser.driver().findElement(By.id(group.getAttribute("aria-describedby")));
        assertTrue(
                inline.isDisplayed()
                        && inline.getText()
                                .contains(
                                        "add up to exactly 10000 basis points (100.00 %); they add up to 9999 (99.99 %)"),
                inline.getText());
        shot("ownership-error");

        browser.type("Owner 3", "Share (basis points)", "3334");
        browser.press("Record ownership");
        // the three owners are three institutions: the other two approve before the version takes effect
        browser.waitForText(By.cssSelector("main"), "Proposed — awaiting approval of");
        String pending = browser.text(By.xpath("//section[h2='Proposed change awaiting approval']"));
        assertTrue(pending.contains("SUSTech") && pending.contains("DEMO-") && pending.contains("33.34 %"), pending);
        assertTrue(browser.text(By.xpath("//section[h2='Current owners']")).contains("No owners recorded yet."));
        assertTrue(
                browser.all(By.xpath("//button[normalize-space()='Approve']")).isEmpty(),
                "the proposing office has nothing to approve");
        assertFalse(
                browser.all(By.xpath("//button[normalize-space()='Withdraw the proposal']"))
                        .isEmpty(),
                "the proposing office may withdraw");
        assertTrue(
                browser.all(By.xpath("//form[@aria-label=" + Browser.literal(ON_BEHALF) + "]"))
                        .isEmpty(),
                "only an administrator records on behalf");
        signOut();
        approveForTheIndustryPartner();

        // SUSTech's office finds the proposal on its dashboard and gives the last approval on the ownership page
        signOut();
        signIn("demo-tto-sustech", "Nanshan-Office-2026");
        browser.go("#/dashboard");
        String awaiting = browser.text(By.xpath("//section[h2='Awaiting your approval']"));
        assertTrue(
                awaiting.contains(TITLE_EN)
                        && awaiting.contains(CODE)
                        && awaiting.contains("demo-tto-hku")
                        && awaiting.contains("HKU 33.3")
                        && awaiting.contains("today"),
                awaiting);
        String unreadCard = browser.text(By.cssSelector("[data-testid='inbox-unread-card']"));
        assertTrue(unreadCard.contains("unread items in your inbox") && !unreadCard.startsWith("0"), unreadCard);
        shot("dashboard-approvals");
        // the request is in SUSTech's inbox too (the nav shows the unread count); its link leads to the ownership page
        int unread = unreadOfSustech();
        assertTrue(unread >= 2, "the request and the partner's approval are unread: " + unread);
        browser.waitForText(By.id("inbox-unread"), Integer.toString(unread));
        browser.find(By.cssSelector(".main-nav a[href='#/inbox']")).click();
        browser.waitForText(By.cssSelector("main h1"), "Inbox");
        String inbox = browser.text(By.cssSelector("main table"));
        assertTrue(
                inbox.contains("HKU proposes an ownership change of " + TITLE_EN + ": it awaits your approval")
                        && inbox.contains("New"),
                inbox);
        assertTrue(
                inbox.contains("approved the ownership change of " + TITLE_EN),
                "the partner's approval, recorded by an administrator: " + inbox);
        shot("inbox");
        // the office gives the address its inbox items are also mailed to
        browser.type("Your e-mail address", "tto@sustech.example.cn");
        browser.press("Save");
        browser.waitForText(By.cssSelector("main"), "Inbox items will be sent to tto@sustech.example.cn.");
        browser.find(By.xpath("//main//a[contains(., 'it awaits your approval')]"))
                .click();
        browser.waitForText(
                By.xpath("//section[h2='Proposed change awaiting approval']"), "awaiting approval of SUSTech");
        assertEquals(unread - 1, unreadOfSustech(), "following the item's link marked it read");
        assertTrue(
                browser.all(By.xpath("//button[normalize-space()='Withdraw the proposal']"))
                        .isEmpty(),
                "only the proposer's office withdraws");
        shot("ownership-approve");
        browser.press(
                "Reject"); // without a reason: the API's refusal shows in the form's error summary, and nothing changes
        WebElement refusal = browser.find(By.cssSelector("form[aria-label='Reject'] .error-summary"));
        assertFalse(refusal.getText().isBlank(), "the refusal of a rejection without a reason is shown");
        assertEquals(refusal, browser.driver().switchTo().activeElement(), "the refusal takes the focus");
        browser.press("Approve");
        browser.waitForText(By.cssSelector("main"), "version 1 of the ownership is now in effect");
        String current = browser.text(By.xpath("//section[h2='Current owners']"));
        assertTrue(
                current.contains("33.34 %") && current.contains("33.33 %") && current.contains("version 1"), current);
        assertTrue(
                browser.all(By.xpath("//section[h2='Proposed change awaiting approval']"))
                        .isEmpty(),
                "no proposal is open any more");
        String history = browser.text(By.xpath("//section[h2='History']"));
        assertTrue(
                history.contains("Earlier proposals")
                        && history.contains("Approved")
                        && history.contains("It became version 1."),
                history);
        shot("ownership");
        // the assignment is still to be recorded with CNIPA: the recordal rule's warning shows under the version
        browser.press("Add a recordal");
        browser.press("Save");
        browser.waitForText(By.cssSelector(".recordals"), "takes effect in China only when CNIPA registers it");
        assertTrue(browser.text(By.cssSelector(".recordals")).contains("To do"));
        // who of SUSTech's staff crosses into the Hong Kong park today
        browser.go("#/crossings");
        browser.waitForText(By.cssSelector("main h1"), "Crossing into the Hong Kong park");
        assertTrue(browser.text(By.cssSelector("main .count")).contains("cross on"));
        officeListsItsOwnAssets();
        officeMarksTheAssetsFirstDeadlineDone();
        // the rest of the inbox is read at once: the count beside "Inbox" goes
        browser.go("#/inbox");
        browser.press("Mark all read");
        browser.waitForText(By.id("inbox-status"), "items marked read");
        assertEquals(0, unreadOfSustech());
        assertFalse(
                browser.find(By.cssSelector(".main-nav a[href='#/inbox']"))
                        .getText()
                        .matches(".*\\d.*"),
                "no unread count shown");
        signOut();
    }

    /**
     * The asset's CN filing of 1 February 2026 gives the family a Paris priority deadline on 1 February
     * 2027: the office's Deadlines page shows it in that month and in its list, and marks it done.
     */
    void officeMarksTheAssetsFirstDeadlineDone() {
        browser.go("#/deadlines?from=2027-01-01&to=2027-03-31&month=2027-02");
        browser.settle();
        assertEquals("Patent deadlines", heading());
        String day = browser.text(By.cssSelector("td[data-date='2027-02-01']"));
        assertTrue(day.contains("Last day to file abroad"), day);
        By row = By.xpath("//tbody/tr[contains(., 'CN202610777001.5')][.//a[contains(., '" + TITLE_EN + "')]]");
        browser.find(row).findElement(By.xpath(".//button[.='Mark done']")).click();
        browser.driver().switchTo().alert().accept();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElement(row).getText().contains("Not done"));
        assertTrue(browser.text(row).contains("Done"), browser.text(row));
    }

    /** Lines an element's text takes (one rectangle per line box). */
    int lines(WebElement e) {
        return ((Number) browser.script(
                        "const r = document.createRange(); r.selectNodeContents(arguments[0]); "
                                + "return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;",
                        e))
                .intValue();
    }

    /**
     * The IP asset list names each asset's project and owners today; "only my institution's assets"
     * keeps those the office's institution owns a share of; codes stay on one line, also on a phone.
     */
    void officeListsItsOwnAssets() throws Exception {
        browser.go("#/ip-assets");
        long all = Long.parseLong(browser.text(By.cssSelector("main .count")).replaceAll("\\D", ""));
        browser.check("Only my institution's assets");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("ownerInstitutionId="));
        browser.settle();
        assertTrue(browser.field("Only my institution's assets").isSelected());
        long mine = Long.parseLong(browser.text(By.cssSelector("main .count")).replaceAll("\\D", ""));
        assertTrue(mine > 0 && mine < all, mine + " of " + all);
        List<WebElement> rows = browser.all(By.cssSelector("main tbody tr"));
        assertTrue(
                rows.stream()
                        .allMatch(r -> r.findElement(By.cssSelector("td.owners"))
                                .getText()
                                .contains("SUSTech")),
                "only SUSTech's assets");
        browser.go("#/ip-assets?ownerInstitutionId="
                + browser.driver().getCurrentUrl().replaceAll(".*ownerInstitutionId=(\\d+).*", "$1") + "&q="
                + java.net.URLEncoder.encode(TITLE_EN, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        String row = browser.text(By.cssSelector("main tbody tr"));
        assertTrue(
                row.contains(TITLE_EN)
                        && row.contains(CODE)
                        && row.contains("HKU 33.3")
                        && row.contains("SUSTech 33.3"),
                row);
        shot("ip-assets");
        // the list as filtered, exported by the API in the import's columns
        browser.press("Export CSV");
        String exported = Files.readString(browser.download("ip-assets.csv").toPath());
        assertTrue(exported.lines().findFirst().orElse("").contains("readiness_level"), exported);
        assertTrue(exported.contains(TITLE_EN) && exported.contains("CN202610777001.5"), exported);
        for (int width : new int[] {1280, 375}) {
            browser.size(width, 900);
            browser.settle();
            for (WebElement code : browser.all(By.cssSelector("main td.code a"))) {
                assertEquals(1, lines(code), code.getText() + " on one line at " + width + " px");
            }
        }
        // an asset's filings, inventors' and owners' shares on a phone: each jurisdiction and percentage on one line
        browser.go("#/ip-assets/" + assetId);
        browser.size(375, 800);
        browser.settle();
        List<WebElement> cells = browser.all(By.cssSelector("main td.nowrap, main th.nowrap, main td.number"));
        assertTrue(cells.size() >= 6, "filing and share cells: " + cells.size());
        for (WebElement cell : cells) {
            assertEquals(1, lines(cell), "'" + cell.getText() + "' on one line at 375 px");
        }
        browser.size(1280, 900);
        browser.settle();
    }

    private int unreadOfSustech() {
        return new Api(base)
                .as("demo-tto-sustech", "Nanshan-Office-2026")
                .get("api/inbox/unread-count")
                .json()
                .getInt("unread");
    }

    /**
     * HKU's office proposes a version of the asset's ownership dated a year from today, split between
     * its two largest owners; SUSTech's office approves it, and an administrator records the approval of
     * the industry partner, which has no office account. Returns the date.
     */
    String scheduleAChange() {
        Api hku = new Api(base).as("demo-tto-hku", "Pok-Fu-Lam-Office-2026");
        jakarta.json.JsonArray shares = hku.get("api/ip-assets/" + assetId + "/ownership")
                .json()
                .getJsonObject("current")
                .getJsonArray("shares");
        String date = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Hong_Kong"))
                .plusYears(1)
                .toString();
        Api.Reply proposed = hku.put(
                "api/ip-assets/" + assetId + "/ownership",
                """
                {"effectiveFrom":"%s","reason":"Assignment agreed for next year","shares":[{"institutionId":%d,"shareBp":5000},{"institutionId":%d,"shareBp":5000}]}
                """.formatted(
                        date,
                        shares.getJsonObject(0).getJsonNumber("institutionId").longValue(),
                        shares.getJsonObject(1).getJsonNumber("institutionId").longValue()),
                "\"1\"");
        assertEquals(202, proposed.status(), proposed::toString);
        String proposal =
                "api/ownership-proposals/" + proposed.json().getJsonNumber("id").longValue();
        Api sustech = new Api(base).as("demo-tto-sustech", "Nanshan-Office-2026");
        long sustechId =
                sustech.get("api/auth/me").json().getJsonNumber("institutionId").longValue();
        Api.Reply bySustech = sustech.send(
                "POST", proposal + "/approve", null, Map.of("If-Match", proposalVersion(sustech, proposal)));
        assertEquals(200, bySustech.status(), bySustech::toString);
        Api admin = new Api(base).as("demo-admin", "Lok-Ma-Chau-Admin-2026");
        for (jakarta.json.JsonNumber pending :
                admin.get(proposal).json().getJsonArray("pending").getValuesAs(jakarta.json.JsonNumber.class)) {
            assertNotEquals(sustechId, pending.longValue());
            Api.Reply onBehalf = admin.send(
                    "POST",
                    proposal + "/approve",
                    "{\"institutionId\":" + pending + ",\"documentRef\":\"Signed assignment\"}",
                    Map.of("If-Match", proposalVersion(admin, proposal)));
            assertEquals(200, onBehalf.status(), onBehalf::toString);
        }
        assertEquals("APPROVED", admin.get(proposal).json().getString("state"));
        return date;
    }

    private static String proposalVersion(Api api, String proposal) {
        return "\"" + api.get(proposal).json().getJsonNumber("version").longValue() + "\"";
    }

    static final String ON_BEHALF = "Record a decision on behalf of an institution without an office account";

    /**
     * The industry partner has no office account: an administrator records its approval on the ownership
     * page, citing its signed consent. SUSTech has an office: it is not offered, its office decides.
     */
    void approveForTheIndustryPartner() throws Exception {
        signIn("demo-admin", "Lok-Ma-Chau-Admin-2026");
        browser.go("#/ip-assets/" + assetId + "/ownership");
        WebElement onBehalf = browser.find(By.xpath("//form[@aria-label=" + Browser.literal(ON_BEHALF) + "]"));
        String offered = browser.text(By.xpath(
                "//form[@aria-label=" + Browser.literal(ON_BEHALF) + "]//select[@data-field='institutionId']"));
        assertTrue(
                offered.contains("DEMO-") && !offered.contains("SUSTech"),
                "only institutions without an office are offered: " + offered);
        assertTrue(onBehalf.getText().contains("have no office account"), onBehalf.getText());
        shot("ownership-on-behalf");
        browser.press("Record the decision"); // without the signed document: refused, nothing recorded
        WebElement refusal = browser.find(By.xpath(
                "//form[@aria-label=" + Browser.literal(ON_BEHALF) + "]//*[contains(@class,'error-summary')]"));
        assertFalse(refusal.getText().isBlank(), "a decision on behalf needs the signed document");
        browser.type("Signed document", "Signed consent of the industry partner");
        browser.press("Record the decision");
        browser.waitForText(
                By.cssSelector("main"),
                "The approval is recorded on the institution’s behalf. Still awaiting approval of SUSTech");
        assertTrue(
                browser.all(By.xpath("//form[@aria-label=" + Browser.literal(ON_BEHALF) + "]"))
                        .isEmpty(),
                "SUSTech, the one still to approve, has an office of its own");
        Api admin = new Api(base).as("demo-admin", "Lok-Ma-Chau-Admin-2026");
        jakarta.json.JsonObject proposal = ((jakarta.json.JsonArray)
                        admin.get("api/ip-assets/" + assetId + "/ownership/proposals")
                                .structure())
                .getJsonObject(0);
        assertTrue(
                proposal.toString().contains("\"documentRef\":\"Signed consent of the industry partner\""),
                proposal::toString);
    }

    @Test
    @Order(7)
    void officeUploadsAnImportFileAndWatchesItsProgress() throws Exception {
        signIn("demo-tto-hku", "Pok-Fu-Lam-Office-2026");
        browser.go("#/import");
        assertEquals("Import", heading());
        browser.press("CSV template: People");
        java.io.File template = browser.download("people-template.csv");
        browser.choose("Records in the file", "People");
        browser.field("File").sendKeys(template.getAbsolutePath());
        browser.choose("Mode", "Dry run (check only)");
        browser.press("Start the import");
        browser.find(By.id("import-progress"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> List.of("SUCCEEDED", "REJECTED", "FAILED")
                        .contains(d.findElement(By.id("import-state")).getAttribute("data-state")));
        String state = browser.find(By.id("import-state")).getAttribute("data-state");
        assertTrue(List.of("SUCCEEDED", "REJECTED").contains(state), browser.text(By.cssSelector("main")));
        browser.settle();
        assertTrue(browser.text(By.id("import-counts")).startsWith("Dry run:"), browser.text(By.id("import-counts")));
        shot("import");
        signOut();
    }

    @Test
    @Order(8)
    void investorFindsTheAssetByAQueryInTheOtherScriptUsingTheKeyboardOnly() throws Exception {
        browser.go("#/sign-in");
        if (!browser.all(By.id("sign-out")).isEmpty()) {
            signOut();
        }
        // an investor from the Mainland reads the interface in Simplified Chinese
        browser.tabUntil("e.id === 'language-choice'", 10);
        browser.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        browser.settle();
        assertEquals("zh-Hans-CN", browser.script("return document.documentElement.lang;"));
        assertEquals("登录", heading());
        WebElement username = browser.tabUntil("e.autocomplete === 'username'", 20);
        assertEquals("INPUT", username.getTagName().toUpperCase());
        browser.keys("demo-investor", Keys.TAB, "Loop-Investor-2026", Keys.ENTER);
        browser.find(By.cssSelector("[data-testid=who]"));
        browser.settle();
        assertEquals("可许可知识产权目录", heading());

        browser.tabUntil("e.id === 'catalogue-q'", 30);
        // Simplified Chinese for a title registered in Traditional Chinese (and English) only
        browser.keys("柔性机器人", Keys.ENTER);
        browser.settle();
        WebElement hit =
                browser.find(By.xpath("//ol[@class='hits']//a[contains(@href, '#/catalogue/" + assetId + "')]"));
        assertEquals(TITLE_ZH_HANT, hit.getText(), "no Simplified title: the Traditional one is shown");
        assertEquals("柔性機械人", hit.findElement(By.tagName("mark")).getText(), "the match is highlighted");
        assertEquals("zh-Hant-HK", hit.findElement(By.xpath("./span")).getAttribute("lang"));
        browser.tabUntil("e.id === 'facet-licensing-NON_EXCLUSIVE'", 40);
        browser.keys(Keys.SPACE); // applies at once: no separate button
        browser.settle();
        assertTrue(
                browser.driver().getCurrentUrl().contains("licensing=NON_EXCLUSIVE"),
                browser.driver().getCurrentUrl());
        assertEquals("facet-licensing-NON_EXCLUSIVE", browser.focusedText(), "the keyboard stays on the facet");
        browser.find(By.cssSelector(".chip[data-facet='licensing'][data-value='NON_EXCLUSIVE']"));
        browser.find(By.xpath("//ol[@class='hits']//a[contains(@href, '#/catalogue/" + assetId + "')]"));
        shot("catalogue");
        browser.tabUntil("e.tagName === 'BUTTON' && e.textContent === '导出结果（CSV）'", 80);
        browser.keys(Keys.ENTER);
        String csv = Files.readString(browser.download("ip-catalogue.csv").toPath());
        assertTrue(csv.contains(TITLE_ZH_HANT) || csv.contains(TITLE_EN), csv);
        investorSavesTheSearchAndFollowsItsFeed();
        browser.go("#/catalogue?q=" + java.net.URLEncoder.encode("柔性机器人", java.nio.charset.StandardCharsets.UTF_8));
        browser.settle();
        browser.tabUntil("e.tagName === 'A' && e.getAttribute('href') === '#/catalogue/" + assetId + "'", 80);
        browser.keys(Keys.ENTER);
        browser.settle();
        String page = browser.text(By.cssSelector("main"));
        assertTrue(page.contains(SUMMARY) && page.contains("CN202610777001.5"), page);
        assertFalse(page.contains("发明人"), "an investor sees no inventors");
        shot("public-asset");
        new Select(browser.find(By.id("language-choice"))).selectByValue("en");
        browser.settle();
        investorEnquiresAndAnOwnersOfficeAnswers();
        investorNarrowsTheCatalogueWithChipsAndComesBack(1280);
        investorNarrowsTheCatalogueWithChipsAndComesBack(375);
        browser.size(1280, 900);
        browser.settle();
        signOut();
        visitorFindsTheAssetInThePublicCatalogueAndOpensItsSharedAddress();
    }

    /** The number in the results' heading ("1,234 results"). */
    long resultsTotal() {
        return Long.parseLong(browser.text(By.id("results-heading")).replaceAll("[^0-9]", ""));
    }

    /**
     * In the catalogue (English, signed in as the investor) at a window of this width: a facet applies
     * on click and shows as a chip, the results narrow; a new fuzzy query keeps the filter, visibly, and
     * finds the asset through the stem of a word its summary inflects otherwise ("handling~" for
     * "handles"); the asset's page and the browser's Back restore the query and the filter; removing
     * the chip searches again, and "clear all" removes every filter; a fuzzy term in Simplified
     * Chinese finds the Traditional title. On a phone the results come
     * before the facets, which are folded; on a desktop the facets are open at the left.
     */
    void investorNarrowsTheCatalogueWithChipsAndComesBack(int width) throws Exception {
        browser.size(width, 900);
        browser.go("#/catalogue");
        browser.settle();
        long all = resultsTotal();
        WebElement results = browser.find(By.cssSelector(".catalogue > .results"));
        WebElement facets = browser.find(By.id("facets"));
        boolean phone = width < 700;
        if (phone) {
            assertTrue(
                    results.getRect().getY() < facets.getRect().getY(),
                    "on a phone the results come before the facets");
            assertNull(facets.getAttribute("open"), "on a phone the facets are folded");
            browser.find(By.cssSelector("#facets > summary")).click();
            assertNotNull(facets.getAttribute("open"));
        } else {
            assertNotNull(facets.getAttribute("open"));
            assertTrue(facets.getRect().getX() < results.getRect().getX(), "on a desktop the facets are at the left");
            assertTrue(facets.getRect().getY() <= results.getRect().getY() + 1);
        }
        WebElement nonExclusive = browser.find(By.cssSelector("label[for='facet-licensing-NON_EXCLUSIVE']"));
        long counted = Long.parseLong(
                nonExclusive.findElement(By.className("facet-count")).getText().replaceAll("[^0-9]", ""));
        assertTrue(counted < all, "the demo data offers assets on other terms too: " + counted + " of " + all);
        nonExclusive.click();
        browser.settle();
        assertTrue(
                browser.driver().getCurrentUrl().contains("licensing=NON_EXCLUSIVE"),
                browser.driver().getCurrentUrl());
        String chip = ".chip[data-facet='licensing'][data-value='NON_EXCLUSIVE']";
        String chipText = browser.find(By.cssSelector(chip)).getText();
        assertTrue(chipText.startsWith("Licensing: Non-exclusive licence"), chipText);
        assertEquals(counted, resultsTotal(), "the results narrow to the facet's count");

        // a new query keeps the filter, and shows it
        WebElement box = browser.find(By.id("catalogue-q"));
        box.clear();
        box.sendKeys("handling~", Keys.ENTER);
        browser.settle();
        assertTrue(
                browser.driver().getCurrentUrl().contains("licensing=NON_EXCLUSIVE"),
                browser.driver().getCurrentUrl());
        browser.find(By.cssSelector(chip));
        String found = browser.driver().getCurrentUrl();
        WebElement hit =
                browser.find(By.xpath("//ol[@class='hits']//a[contains(@href, '#/catalogue/" + assetId + "')]"));
        long narrowed = resultsTotal();

        // to the asset and back with the browser: the same query, filter and results
        hit.click();
        browser.settle();
        assertEquals(TITLE_EN, heading());
        browser.driver().navigate().back();
        browser.settle();
        assertEquals(found, browser.driver().getCurrentUrl());
        assertEquals("handling~", browser.find(By.id("catalogue-q")).getAttribute("value"));
        browser.find(By.cssSelector(chip));
        assertEquals(narrowed, resultsTotal());
        // and by the asset page's own link back
        browser.find(By.xpath("//ol[@class='hits']//a[contains(@href, '#/catalogue/" + assetId + "')]"))
                .click();
        browser.settle();
        browser.find(By.id("back-to-catalogue")).click();
        browser.settle();
        assertEquals("handling~", browser.find(By.id("catalogue-q")).getAttribute("value"));
        browser.find(By.cssSelector(chip));
        if (!phone) {
            shot("catalogue-filters");
        }

        // removing the chip searches again, without the filter
        browser.find(By.cssSelector(chip)).click();
        browser.settle();
        assertFalse(
                browser.driver().getCurrentUrl().contains("licensing="),
                browser.driver().getCurrentUrl());
        assertTrue(browser.all(By.cssSelector(".chip")).isEmpty(), "no filter, no chip");
        assertTrue(resultsTotal() >= narrowed);
        assertEquals("handling~", browser.find(By.id("catalogue-q")).getAttribute("value"), "the query stays");

        // two filters at once, then "clear all"
        browser.go("#/catalogue?licensing=NON_EXCLUSIVE,EXCLUSIVE");
        assertEquals(2, browser.all(By.cssSelector(".chip")).size());
        browser.find(By.id("clear-filters")).click();
        browser.settle();
        assertTrue(browser.all(By.cssSelector(".chip")).isEmpty());
        assertEquals(all, resultsTotal());

        // a fuzzy term in Simplified Chinese finds the title registered in Traditional (柔性機械人)
        browser.go("#/catalogue?q=" + java.net.URLEncoder.encode("柔性机器人~", java.nio.charset.StandardCharsets.UTF_8));
        browser.find(By.xpath("//ol[@class='hits']//a[contains(@href, '#/catalogue/" + assetId + "')]"));
    }

    /** Without signing in: the catalogue, the asset's page, and its shareable address opened by a fresh page load. */
    void visitorFindsTheAssetInThePublicCatalogueAndOpensItsSharedAddress() throws Exception {
        browser.go("#/catalogue");
        assertEquals("Licensable IP catalogue", heading());
        browser.find(By.id("public-catalogue-link"));
        browser.type("Search for", "\"" + TITLE_EN + "\"");
        browser.keys(Keys.ENTER);
        browser.settle();
        browser.find(By.xpath("//ol[@class='hits']//a[contains(@href, '#/catalogue/" + assetId + "')]"))
                .click();
        browser.settle();
        assertEquals(TITLE_EN, heading());
        String page = browser.text(By.cssSelector("main"));
        assertTrue(page.contains(SUMMARY) && page.contains("Owned by"), page);
        assertTrue(
                page.contains(PROBLEM)
                        && page.contains("Advantages over existing solutions")
                        && page.contains(ADVANTAGES_ZH_HANT),
                "an English reader without English advantages reads the Chinese: " + page);
        assertTrue(page.contains("IP status") && page.contains("pending in"), page);
        assertTrue(
                page.contains(CONTACT_EMAIL) && page.contains("Technology Transfer Office"),
                "HKU's licensing contact: " + page);
        assertFalse(page.contains("Inventors"), "a visitor sees no inventors");
        String shared = browser.find(By.id("share-url")).getAttribute("value");
        assertTrue(shared.endsWith("#/catalogue/" + assetId + "?lang=en"), shared);
        shot("public-asset-visitor");

        // the address shared in Traditional Chinese, opened afresh: the page loads without sign-in, in that language
        browser.driver().get("about:blank");
        browser.driver().get(shared.replace("lang=en", "lang=zh-Hant"));
        browser.settle();
        assertEquals(TITLE_ZH_HANT, heading());
        assertEquals("zh-Hant-HK", browser.script("return document.documentElement.lang;"));
        String traditional = browser.text(By.cssSelector("main"));
        assertTrue(traditional.contains("擁有機構"), traditional);
        assertTrue(
                traditional.contains(SUMMARY_ZH_HANT) && !traditional.contains(SUMMARY),
                "the Traditional summary: " + traditional);
        assertTrue(traditional.contains(PROBLEM), "no Traditional problem text: English instead: " + traditional);
        assertTrue(traditional.contains(ADVANTAGES_ZH_HANT), traditional);
        assertTrue(traditional.contains("技術成熟度 4 級 — 技術在實驗室驗證"), "the development stage: " + traditional);
        assertTrue(
                traditional.contains("知識產權狀態") && traditional.contains("申請中"), "the derived IP status: " + traditional);
        assertTrue(
                traditional.contains("授權聯絡") && traditional.contains(CONTACT_EMAIL),
                "the owner office's contact: " + traditional);
        assertTrue(browser.all(By.id("sign-out")).isEmpty(), "nobody is signed in");
        new Select(browser.find(By.id("language-choice"))).selectByValue("en");
        browser.settle();
        if (smtp != null) {
            visitorEnquiresConfirmsByTheMailedLinkAndTheOfficeSeesIt();
        }
    }

    /**
     * The administrator allows public visitors' enquiries on the admin page; a visitor sends one from
     * the asset's public page, opens the confirmation link from the e-mail received, confirms, and
     * SUSTech's office, a co-owner, finds it in its inbox with the visitor's verified contact.
     */
    void visitorEnquiresConfirmsByTheMailedLinkAndTheOfficeSeesIt() throws Exception {
        signIn("demo-admin", "Lok-Ma-Chau-Admin-2026");
        browser.go("#/admin");
        browser.waitForText(By.cssSelector("main"), "Runtime settings");
        browser.choose("Enquiries from public visitors", "On");
        browser.press("Save");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d ->
                        new Api(base).get("api/public/visitor-enquiries").json().getBoolean("open"));
        browser.settle();
        shot("admin-settings");
        // the administrator closes the public catalogue for a moment
        browser.choose("Public IP catalogue (no sign-in)", "Off");
        browser.press("Save");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> new Api(base).get("api/public/catalogue").status() == 404);
        signOut();

        // a visitor finds the public catalogue closed, and is told so; then the administrator opens it again
        browser.go("#/catalogue");
        browser.waitForText(By.cssSelector("main"), "The public catalogue is not open on this registry");
        assertTrue(browser.all(By.cssSelector("ol.hits li")).isEmpty());
        Api admin = new Api(base).as("demo-admin", "Lok-Ma-Chau-Admin-2026");
        Api.Reply reopened = admin.put(
                "api/admin/settings",
                "{\"publicCatalogueEnabled\":null,\"visitorEnquiriesEnabled\":true}",
                admin.get("api/admin/settings").etag());
        assertEquals(200, reopened.status(), reopened::toString);

        browser.go("#/catalogue/" + assetId);
        browser.press("Enquire without an account");
        assertEquals("Send an enquiry", heading());
        String email = "visitor-" + System.nanoTime() + "@harbour.example.hk";
        browser.type("Your name", "Chan Siu Ming");
        browser.type("Organisation", "Harbour Ventures");
        browser.type("E-mail address", email);
        browser.choose("Interest", "Collaboration");
        browser.type("Message", "We would like to trial the gripper in our biobank.");
        browser.press("Send and confirm by e-mail");
        browser.waitForText(By.id("visitor-asked"), "Almost done");
        assertTrue(browser.text(By.id("visitor-asked")).contains(email));
        shot("visitor-enquiry");

        java.util.regex.Matcher found = java.util.regex.Pattern.compile("(http\\S+#/visitor/confirm/[A-Za-z0-9_-]{43})")
                .matcher((String) Mailbox.await(smtp, email, "").getContent());
        String link = found.find() ? found.group(1) : null;
        assertNotNull(link, "the confirmation e-mail arrived with its link");
        browser.driver().get(link);
        browser.settle();
        assertEquals("Confirm your enquiry", heading());
        browser.press("Confirm and send my enquiry");
        browser.waitForText(By.cssSelector("main h1"), "Your enquiry #");
        String enquiry = heading().replaceAll("\\D+", "");
        assertTrue(browser.text(By.cssSelector(".enquiry-thread")).contains("trial the gripper in our biobank"));
        shot("visitor-thread");

        signIn("demo-tto-sustech", "Nanshan-Office-2026");
        browser.go("#/inbox");
        browser.find(By.xpath("//main//a[contains(@href, '#/enquiries/" + enquiry + "')]"))
                .click();
        browser.waitForText(By.cssSelector("main h1"), "Enquiry about " + TITLE_EN);
        String page = browser.text(By.cssSelector("main"));
        assertTrue(page.contains("Public visitor") && page.contains("Harbour Ventures") && page.contains(email), page);
        shot("enquiry-visitor-office");
        browser.press("Send the visitor a new link");
        browser.waitForText(By.id("visitor-link-status"), "A new link was e-mailed to " + email);
        signOut();
    }

    /**
     * From the asset's catalogue page the investor sends an enquiry; SUSTech's office, a co-owner, finds
     * it in its inbox, replies and moves it to NDA; the investor's list marks it updated and shows the reply.
     */
    void investorEnquiresAndAnOwnersOfficeAnswers() throws Exception {
        browser.press("Enquire about licensing");
        assertEquals("Send an enquiry", heading());
        browser.choose("Interest", "Licence");
        browser.type("Message", "We would like a non-exclusive licence for automated wet-lab sample handling.");
        browser.press("Send enquiry");
        browser.waitForText(By.cssSelector("main"), "Your enquiry was sent to the owners' offices.");
        String enquiry = browser.driver().getCurrentUrl().replaceAll(".*#/enquiries/(\\d+).*", "$1");
        signOut();

        signIn("demo-tto-sustech", "Nanshan-Office-2026");
        browser.go("#/inbox");
        browser.find(By.xpath("//main//a[contains(., 'An investor enquired about " + TITLE_EN + "')]"))
                .click();
        browser.waitForText(By.cssSelector("main h1"), "Enquiry about " + TITLE_EN);
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("#/enquiries/" + enquiry),
                browser.driver().getCurrentUrl());
        browser.type("Reply", "Thank you. We can send our NDA this week.");
        browser.press("Send reply");
        browser.waitForText(By.cssSelector(".enquiry-thread"), "We can send our NDA this week.");
        browser.type("Internal note for the co-owners' offices", "HKU: please confirm the field of use first.");
        browser.press("Add note");
        browser.waitForText(By.cssSelector(".enquiry-thread"), "please confirm the field of use");
        browser.choose("Status", "NDA");
        browser.press("Change status");
        browser.waitForText(By.cssSelector("main"), "NDA");
        assertTrue(browser.find(By.cssSelector("main .badge.enquiry-nda")).isDisplayed());
        shot("enquiry-office");
        browser.go("#/enquiries");
        assertTrue(browser.text(By.cssSelector("main table")).contains(TITLE_EN), "the office's list names the asset");
        signOut();

        signIn("demo-investor", "Loop-Investor-2026");
        browser.go("#/enquiries");
        assertEquals("My enquiries", heading());
        String mine = browser.text(By.cssSelector("main table"));
        assertTrue(mine.contains("Updated") && mine.contains("NDA"), mine);
        browser.find(By.cssSelector("a[data-enquiry='" + enquiry + "']")).click();
        browser.waitForText(By.cssSelector(".enquiry-thread"), "We can send our NDA this week.");
        assertFalse(
                browser.text(By.cssSelector("main")).contains("confirm the field of use"),
                "the investor never reads the offices' notes");
        shot("enquiry-investor");
    }

    @Test
    @Order(9)
    void legalTeamDraftsIssuesAndDownloadsTheAgreement() throws Exception {
        signIn("demo-legal", "Bridge-Counsel-2026");
        browser.go("#/ip-assets/" + assetId);
        assertEquals(TITLE_EN, heading());
        browser.press("Ownership");
        String history = browser.text(By.xpath("//section[h2='History']"));
        assertTrue(history.contains("Agreed at the kick-off meeting") && history.contains("demo-tto-hku"), history);
        // a change dated next year is scheduled: the current owners stay in force, and a draft made meanwhile warns of
        // it
        String date = scheduleAChange();
        browser.go("#/ip-assets/" + assetId);
        browser.press("Ownership");
        String scheduled = browser.text(By.xpath("//section[h2='Scheduled change']"));
        assertTrue(scheduled.contains("(version 2)") && scheduled.contains("50.00 %"), scheduled);
        String current = browser.text(By.xpath("//section[h2='Current owners']"));
        assertTrue(current.contains("version 1") && current.contains("33.34 %"), current);
        assertTrue(browser.text(By.xpath("//section[h2='History']")).contains("scheduled"));
        shot("ownership-scheduled");
        // the asset to draft about is found among hundreds by its project's code, and told apart by its owners
        browser.go("#/agreements/new");
        String chosenAsset = pick(browser.field("IP asset"), CODE, TITLE_EN);
        assertTrue(
                chosenAsset.contains(CODE) && chosenAsset.contains("HKU 33.3") && chosenAsset.contains("SUSTech 33.3"),
                chosenAsset);
        shot("agreement-choose");
        browser.press("Continue");
        browser.waitForText(By.cssSelector("main h1"), "Draft an agreement for");
        browser.go("#/ip-assets/" + assetId);
        browser.press("Draft an agreement");
        assertTrue(heading().startsWith("Draft an agreement for"), heading());
        String notice = browser.text(By.cssSelector("main"));
        assertTrue(notice.contains("The ownership of this asset changes on") && notice.contains("version 2"), notice);
        for (WebElement label : browser.all(By.xpath("//label[starts-with(normalize-space(), 'Who signs for')]"))) {
            WebElement input = browser.driver().findElement(By.id(label.getAttribute("for")));
            input.sendKeys("Signatory of "
                    + label.getText().replace("Who signs for ", "").replace(" *", ""));
        }
        for (WebElement label : browser.all(By.xpath("//label[starts-with(normalize-space(), 'Their title at')]"))) {
            browser.driver().findElement(By.id(label.getAttribute("for"))).sendKeys("Director of Technology Transfer");
        }
        // an agreement in English alone: no layout or prevailing version to choose, and the API takes it as it is
        browser.choose("Language of the agreement", "English");
        assertTrue(browser.all(By.xpath("//label[normalize-space(text()[1])='Layout of a bilingual agreement']"))
                .isEmpty());
        browser.press("Create the draft");
        browser.waitForText(By.cssSelector("main"), "Draft created.");
        assertTrue(browser.text(By.cssSelector("main")).contains("English"));
        List<WebElement> warnings = browser.all(By.cssSelector("ul.warnings li"));
        assertFalse(warnings.isEmpty(), "consent left unstated between Hong Kong and Mainland owners gives a warning");
        assertTrue(
                warnings.stream().anyMatch(w -> w.getText().contains("changes on " + date)),
                "the draft warns of the scheduled change");
        assertTrue(
                browser.text(By.cssSelector("ul.warnings")).contains("Ownership change scheduled"),
                "each warning by its title");
        assertFalse(browser.text(By.cssSelector("main")).matches("(?s).*[A-Z]+_[A-Z_]+.*"), "no raw warning codes");

        // the draft edited: back to two languages, with its layout and prevailing version
        browser.press("Edit the draft");
        assertTrue(heading().startsWith("Edit the draft"), heading());
        browser.choose("Language of the agreement", "English and Traditional Chinese");
        browser.choose("Layout of a bilingual agreement", "Clause by clause");
        browser.press("Save the draft");
        browser.waitForText(By.cssSelector("main"), "Draft saved.");
        assertTrue(browser.text(By.cssSelector("main")).contains("English and Traditional Chinese"));
        warnings = browser.all(By.cssSelector("ul.warnings li"));

        browser.press("Issue the agreement");
        WebElement refused = browser.find(By.cssSelector(".error-summary"));
        assertTrue(refused.isDisplayed(), "issuing needs the warnings acknowledged");
        browser.check("I have read the " + warnings.size() + " warning(s) above and issue the agreement as it is");
        browser.press("Issue the agreement");
        browser.waitForText(By.cssSelector("main"), "Issued.");
        String hash = browser.text(By.id("agreement-hash")).strip();
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        shot("agreement");

        browser.press("Download the PDF");
        java.io.File pdf = browser.download(".pdf");
        byte[] bytes = Files.readAllBytes(pdf.toPath());
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(
                hash,
                java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(bytes)),
                "the downloaded PDF is the one whose hash was recorded at issue");
        browser.waitForText(By.cssSelector("main"), "its SHA-256 matches the hash recorded at issue");
        browser.press("Verify the stored PDF");
        browser.waitForText(By.id("agreement-verification"), "Verified");

        // each party's signature as it comes in, then the signed copy kept beside the issued PDF
        int parties =
                browser.all(By.xpath("//section[h2='Signatures']//tbody/tr")).size();
        assertTrue(parties >= 2, "one line per party");
        for (int i = 0; i < parties; i++) {
            String party = new org.openqa.selenium.support.ui.Select(browser.field("Party"))
                    .getFirstSelectedOption()
                    .getText();
            browser.press("Record the signature");
            browser.waitForText(By.cssSelector("main"), "Signature of " + party + " recorded.");
        }
        String signatures = browser.text(By.xpath("//section[h2='Signatures']"));
        assertFalse(signatures.contains("not signed yet"), signatures);
        assertTrue(signatures.contains("Signatory of"), "who signed for each party: " + signatures);
        browser.find(By.cssSelector("input[type=file][data-field=signedCopy]")).sendKeys(pdf.getAbsolutePath());
        browser.press("Upload the signed copy");
        browser.waitForText(By.cssSelector("main"), "Signed copy kept.");
        assertEquals(
                hash,
                browser.text(By.id("signed-copy-hash")).strip(),
                "here the issued PDF itself was uploaded as the signed copy");
        browser.press("Download the signed copy");
        browser.waitForText(By.cssSelector("main"), "matches the hash recorded at upload");
        shot("agreement-signed");

        browser.find(By.xpath("//button[normalize-space()='Supersede']")).click();
        browser.driver().switchTo().alert().accept();
        browser.waitForText(By.cssSelector("main"), "A new draft replaces the agreement");
        assertTrue(heading().endsWith("revision 2"), heading());
        assertTrue(browser.text(By.cssSelector("main")).contains("the previous revision"));

        // the new draft previewed in the browser's own PDF viewer, in a tab of its own
        String page = browser.driver().getWindowHandle();
        browser.press("Preview the draft PDF");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getWindowHandles().size() > 1);
        for (String w : browser.driver().getWindowHandles()) {
            if (!w.equals(page)) {
                browser.driver().switchTo().window(w);
                assertTrue(
                        browser.driver().getCurrentUrl().startsWith("blob:"),
                        browser.driver().getCurrentUrl());
                // the tab holds the PDF itself, loaded
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                        .until(d -> "application/pdf"
                                .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.readyState === 'complete' && document.contentType;")));
                Files.write(
                        screenshots.resolve("ui-agreement-preview-desktop.png"),
                        ((org.openqa.selenium.TakesScreenshot) browser.driver())
                                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                browser.driver().close();
            }
        }
        browser.driver().switchTo().window(page);

        // drafting another agreement about the asset: the new draft is named before anything is drafted
        browser.go("#/agreements/new?ipAssetId=" + assetId);
        browser.waitForText(By.cssSelector("main"), "already has");
        assertTrue(
                browser.text(By.cssSelector(".existing-agreements")).contains("r2"),
                "the draft of revision 2 is named");
        signOut();
    }

    @Test
    @Order(10)
    void administratorVerifiesTheAuditLogAndSeesTheStatistics() throws Exception {
        signIn("demo-admin", "Lok-Ma-Chau-Admin-2026");
        browser.go("#/admin/audit");
        assertEquals("Audit log", heading());
        browser.press("Verify the audit log");
        browser.waitForText(By.id("audit-verification"), "The chain is intact");
        assertTrue(
                browser.text(By.cssSelector("main table")).contains("demo-"),
                "the log lists the demo accounts' actions");
        String zoneToday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Hong_Kong"))
                .format(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US));
        assertTrue(
                browser.text(By.cssSelector("main table")).contains(zoneToday),
                "the newest records are of today in the zone, " + zoneToday);
        // the kind of record is a choice; an ownership change shows its shares before and after, institutions by name
        new Select(browser.find(By.cssSelector("select[data-field=entityKind]"))).selectByVisibleText("Ownership");
        browser.press("Apply");
        browser.settle();
        assertTrue(browser.all(By.cssSelector("main tbody tr")).size() > 0, "ownership changes are listed");
        String shares = browser.text(By.cssSelector("table.audit-diff tr[data-field=shares] td.audit-after"));
        assertTrue(
                shares.matches("(?s).*Institution: [^#\\n]+ \\(#\\d+\\).*"),
                () -> "owners named, not numbered: " + shares);
        assertFalse(browser.text(By.cssSelector("main table")).contains("\"institutionId\""), "no raw JSON");
        browser.press("Export CSV");
        browser.waitForText(By.id("audit-export-status"), "Saved audit.csv");
        List<String> exported = Files.readAllLines(browser.download("audit.csv").toPath());
        assertTrue(
                exported.get(0).startsWith("\uFEFFseq,occurredAt,actor")
                        && exported.size() > 1
                        && exported.stream().skip(1).allMatch(l -> l.matches("\\d+,.*")),
                () -> "the page's records with their hashes: " + exported.get(0));
        shot("audit");

        browser.go("#/statistics");
        assertEquals(
                8,
                browser.all(By.cssSelector("svg.chart[role=img]")).size(),
                "the registry's four charts, for an administrator enquiries by status, and the zone's post-docs, head-count "
                        + "series and technology-transfer figures");
        long everything = projectCount(new Api(base).as("demo-admin", "Lok-Ma-Chau-Admin-2026"));
        long investorSees = projectCount(new Api(base).as("demo-investor", "Loop-Investor-2026"));
        assertTrue(
                investorSees > 0 && investorSees < everything,
                "statistics count only what the caller may read: " + investorSees + " of " + everything);
        assertEquals(8, browser.all(By.cssSelector("details.chart-data table")).size());
        assertEquals(
                7,
                browser.all(By.cssSelector("button[data-csv]")).size(),
                "every table of counts has its CSV file (the enquiries' table is the enquiry report's)");
        // "today" is the zone's, on the statistics page and in the audit log's times alike
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Hong_Kong"))
                .format(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US));
        String staffNote = browser.text(By.xpath("//p[contains(., 'People on staff today')]"));
        assertTrue(staffNote.contains(today) && staffNote.contains("Asia/Hong_Kong"), today + ": " + staffNote);
        shot("statistics");
        browser.go("#/admin");
        shot("admin");
        browser.go("#/admin/frameworks");
        assertTrue(
                browser.text(By.cssSelector("main table")).contains("Yes"), "the current framework version is marked");
        // signing out on the sign-in page shows its form again
        browser.go("#/sign-in");
        browser.waitForText(By.cssSelector("main"), "demo-admin");
        browser.find(By.id("sign-out")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("main input[autocomplete=username]"))
                        .isEmpty());
        assertFalse(browser.text(By.cssSelector("main")).contains("demo-admin"), browser.text(By.cssSelector("main")));
        assertTrue(browser.all(By.cssSelector("[data-testid=who]")).isEmpty());
    }

    /**
     * An administrator finds HKU in the institution list by its everyday name, gives a fictional
     * company everyday names of its own (the API's refusal of a name given twice shows first), and a
     * search finds the company by its new name once the change is indexed.
     */
    @Test
    @Order(11)
    void administratorGivesAnInstitutionItsEverydayNames() throws Exception {
        browser.go("#/statistics");
        if (!browser.all(By.id("sign-out")).isEmpty()) {
            signOut(); // the step before ends signed in; signing out on the sign-in page itself would leave no form
        }
        signIn("demo-admin", "Lok-Ma-Chau-Admin-2026");
        browser.go(
                "#/admin/institutions?q=" + java.net.URLEncoder.encode("港大", java.nio.charset.StandardCharsets.UTF_8));
        browser.waitForText(By.cssSelector("main table"), "The University of Hong Kong");
        browser.go("#/admin/institutions?q=DEMO-ROBOTICS");
        browser.press("DEMO-ROBOTICS");
        assertEquals("Edit DEMO-ROBOTICS", heading());
        browser.type("Aliases", "RoboDemo\nrobodemo");
        browser.press("Save aliases");
        WebElement refused = browser.find(By.cssSelector("section.aliases .error-summary"));
        assertTrue(refused.getText().contains("robodemo is listed twice"), refused.getText());
        browser.type("Aliases", "RoboDemo\n虛構機器人");
        shot("institution-aliases");
        browser.press("Save aliases");
        browser.waitForText(By.cssSelector("main"), "Aliases saved.");
        assertTrue(
                browser.text(By.cssSelector("main table")).contains("RoboDemo, 虛構機器人"), "the list shows the aliases");
        Api admin = new Api(base).as("demo-admin", "Lok-Ma-Chau-Admin-2026");
        await("a search finds the company by its new everyday name")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> admin.get("api/search?type=institution&q=RoboDemo")
                                .body(),
                        body -> body.contains("DEMO-ROBOTICS") || body.contains("Fictional Robotics"));
        signOut();
    }

    /**
     * The investor saves the catalogue's search; a new matching licensable asset registered (by the
     * API) shows as new on the saved search's page and in its Atom feed (read with Rome, as a feed
     * reader would), and leaves the feed once it becomes confidential.
     */
    private void investorSavesTheSearchAndFollowsItsFeed() throws Exception {
        browser.tabUntil("e.id === 'save-search'", 80);
        browser.keys(Keys.ENTER);
        browser.settle();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().matches(".*#/saved-searches/\\d+.*"));
        browser.settle();
        String saved = browser.driver().getCurrentUrl().replaceAll(".*#/saved-searches/(\\d+).*", "$1");
        assertEquals("柔性机器人", heading());
        assertTrue(browser.text(By.id("saved-search-new")).contains("0"), browser.text(By.id("saved-search-new")));
        browser.tabUntil("e.id === 'feed-new'", 80);
        browser.keys(Keys.ENTER);
        browser.settle();
        String feedUrl = browser.find(By.id("feed-url")).getAttribute("value");
        assertTrue(feedUrl.contains("/api/feeds/saved-searches/"), feedUrl);
        // the investor has the search e-mailed daily (to the account's address): records registered from now on
        String investorMail = "demo-investor-" + System.nanoTime() + "@fund.example.hk";
        boolean digests = smtp != null;
        if (digests) {
            Api.Reply address = new Api(base)
                    .as("demo-investor", "Loop-Investor-2026")
                    .put("api/auth/me/email", "{\"email\":\"" + investorMail + "\"}", null);
            assertEquals(200, address.status(), address::toString);
            browser.choose("频率", "每日");
            browser.find(By.xpath("//select[@data-field='frequency']/ancestor::form//button[@type='submit']"))
                    .click();
            browser.settle();
            browser.find(By.id("digest-send"));
        }

        Api admin = new Api(base).as("demo-admin", "Lok-Ma-Chau-Admin-2026");
        long project = admin.get("api/ip-assets/" + assetId)
                .json()
                .getJsonNumber("projectId")
                .longValue();
        String body = """
                {"projectId":%d,"type":"PATENT_APPLICATION","title":{"en":"Soft robotic sampling arm","zhHant":"柔性機械人採樣臂"},
                 "publicSummary":"A soft arm that samples wet-lab tubes.","readinessLevel":4,"licensing":"NON_EXCLUSIVE",
                 "confidentiality":"PUBLIC","inventors":[]}""".formatted(project);
        Api.Reply created = admin.post("api/ip-assets", body);
        assertEquals(201, created.status(), created::toString);
        long fresh = created.id();
        Api investor = new Api(base).as("demo-investor", "Loop-Investor-2026");
        await("the new asset reaches the index")
                .atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> investor.get("api/search?type=ip-asset&q="
                                        + java.net.URLEncoder.encode("柔性机器人", java.nio.charset.StandardCharsets.UTF_8))
                                .body(),
                        found -> found.contains("\"id\":" + fresh + ","));

        browser.go("#/saved-searches");
        browser.settle();
        assertEquals("已保存的搜索", heading());
        browser.find(By.cssSelector("a[data-saved-search='" + saved + "']")).click();
        browser.settle();
        WebElement fresher = browser.find(By.cssSelector("[data-record='" + fresh + "']"));
        assertTrue(fresher.getText().contains("新"), "the new asset is marked new: " + fresher.getText());
        shot("saved-search");
        if (digests) {
            browser.find(By.id("digest-send")).click();
            browser.waitForText(By.id("digest-status"), "摘要已发送");
            String digest = (String) Mailbox.await(smtp, investorMail, "").getContent();
            assertNotNull(digest, "the digest e-mail arrived");
            assertTrue(digest.contains("柔性機械人採樣臂") && digest.contains("#/digest/unsubscribe/"), digest);
        }

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> atom =
                http.send(HttpRequest.newBuilder(URI.create(feedUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, atom.statusCode(), atom::body);
        com.rometools.rome.feed.synd.SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertTrue(
                feed.getEntries().stream()
                        .map(SyndEntry::getUri)
                        .anyMatch(("urn:hetao-registry:ip-asset:" + fresh)::equals),
                atom::body);

        String version = admin.get("api/ip-assets/" + fresh).etag();
        assertEquals(
                200,
                admin.put("api/ip-assets/" + fresh, body.replace("\"PUBLIC\"", "\"CONFIDENTIAL\""), version)
                        .status());
        HttpResponse<String> after =
                http.send(HttpRequest.newBuilder(URI.create(feedUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode());
        assertTrue(
                new SyndFeedInput()
                        .build(new StringReader(after.body())).getEntries().stream()
                                .map(SyndEntry::getUri)
                                .noneMatch(("urn:hetao-registry:ip-asset:" + fresh)::equals),
                "a confidential asset leaves the feed: " + after.body());
    }
}
