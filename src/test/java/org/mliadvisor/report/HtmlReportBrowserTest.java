package org.mliadvisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The HTML report as a reader sees it: Debian's headless Chromium opens the file, driven by
 * ChromeDriver through Selenium. Nothing is downloaded: the browser and its driver are the ones
 * installed on the machine ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or the paths
 * in {@code MLI_CHROMIUM} / {@code MLI_CHROMEDRIVER}). Without them the test is skipped, unless
 * {@code MLI_REQUIRE_BROWSER=1} (set by CI), where it fails.
 */
class HtmlReportBrowserTest {

    private static final String EXAMPLE = "examples/illustrative-firm.yaml";
    private static final Path OUT = Path.of("target", "browser");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(20);
    /** Held so the level sticks: Selenium warns it has no CDP bindings for this Chromium, which the test never uses. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    static Path profile;

    private static Diagnosis diagnosis;
    /** Each language's own example firm, whose knowledge-base and organization texts are the longest in that language. */
    private static final Map<Language, String> OWN_EXAMPLES = Map.of(Language.EN, EXAMPLE,
            Language.RU, "examples/volga-cable-works.ru.yaml", Language.UZ, "examples/chirchiq-packaging.uz.yaml");
    private static final Map<Language, Diagnosis> OWN = new EnumMap<>(Language.class);
    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static String skipReason;

    /** A page as loaded: its file URL and what the browser logged while loading it. */
    private record Page(String url, List<LogEntry> console, List<JsonNode> network) {

        List<String> severeConsoleMessages() {
            return console.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                    .toList();
        }

        /**
         * The URLs of every request the page started other than its own file and inline data, including
         * those the Content-Security-Policy then blocked: the report must not even try.
         */
        List<String> foreignRequests() {
            return network.stream().filter(m -> m.path("method").asText().equals("Network.requestWillBeSent"))
                    .map(m -> m.path("params").path("request").path("url").asText())
                    .filter(u -> !u.equals(url) && !u.startsWith("data:") && !u.startsWith("about:")).toList();
        }
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Path chromium = Path.of(setting("MLI_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(setting("MLI_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String missing = "headless Chromium needs " + chromium + " and " + chromedriver
                    + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
            if ("1".equals(System.getenv("MLI_REQUIRE_BROWSER"))) {
                throw new AssertionError("MLI_REQUIRE_BROWSER=1 but the browser is missing: " + missing);
            }
            // Skipped test by test (not the class at once) so the build's report shows them skipped, with this reason.
            skipReason = "skipped, " + missing + "; set MLI_REQUIRE_BROWSER=1 to fail instead";
            System.err.println("HtmlReportBrowserTest " + skipReason);
            return;
        }

        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        try (Diagnostician dx = new Diagnostician(kb)) {
            diagnosis = dx.diagnose(new AssessmentLoader(kb).load(Path.of(EXAMPLE)));
            for (Map.Entry<Language, String> example : OWN_EXAMPLES.entrySet()) {
                OWN.put(example.getKey(), dx.diagnose(new AssessmentLoader(kb).load(Path.of(example.getValue()))));
            }
        }
        Files.createDirectories(OUT);
        CDP_LOG.setLevel(Level.SEVERE);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,2000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .withLogFile(OUT.resolve("chromedriver.log").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(LOAD_TIMEOUT).scriptTimeout(LOAD_TIMEOUT);
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @AfterAll
    static void quitBrowser() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String base(Language language) {
        return "illustrative-firm." + language.name().toLowerCase(Locale.ROOT);
    }

    /** Writes {@code html} to {@code target/browser/NAME.html}, opens it and collects what the browser logged meanwhile. */
    private static Page open(String name, String html) throws IOException {
        Path file = OUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        String url = file.toUri().toString();
        driver.get("about:blank");
        driver.manage().logs().get(LogType.BROWSER); // reading the logs empties them: start from a clean slate
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(url);
        // An explicit wait for the load event (images and all), bounded by the script timeout.
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                if (document.readyState === 'complete') { done(true); }
                else { window.addEventListener('load', () => done(true)); }""");
        assertThat(driver.getCurrentUrl()).as("the browser shows the file it was asked to open").isEqualTo(url);
        List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
        List<JsonNode> network = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            network.add(JSON.readTree(entry.getMessage()).path("message"));
        }
        return new Page(url, console, network);
    }

    private static Page openReport(Language language) throws IOException {
        return open(base(language), new HtmlReportRenderer(language).render(diagnosis));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "RU"})
    void reportOpensWithoutAnyConsoleError(Language language) throws IOException {
        Page page = openReport(language);

        assertThat(page.severeConsoleMessages()).isEmpty();
        assertThat(driver.findElement(By.id("radar")).isDisplayed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "RU"})
    void reportRequestsNothingButItsOwnFile(Language language) throws IOException {
        Page page = openReport(language);

        assertThat(page.network).as("the performance log recorded the page load").anySatisfy(
                m -> assertThat(m.path("params").path("request").path("url").asText()).isEqualTo(page.url));
        assertThat(page.foreignRequests()).isEmpty();
    }

    @Test
    void networkCheckCatchesAPageThatFetchesFromTheNetwork() throws IOException {
        Page page = open("control-fetches", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>control</title></head>"
                + "<body><img src=\"http://127.0.0.1:9/x.png\" alt=\"\"/></body></html>");

        assertThat(page.foreignRequests()).containsExactly("http://127.0.0.1:9/x.png");
        assertThat(page.severeConsoleMessages()).as("the refused connection is a console error too")
                .anySatisfy(m -> assertThat(m).contains("127.0.0.1:9/x.png"));
    }

    @Test
    void consoleCheckCatchesAFetchTheReportsContentSecurityPolicyBlocks() throws IOException {
        String report = new HtmlReportRenderer(Language.EN).render(diagnosis);
        String csp = report.substring(report.indexOf("<meta http-equiv=\"Content-Security-Policy\""));
        csp = csp.substring(0, csp.indexOf('>') + 1);
        Page page = open("control-blocked", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/>" + csp
                + "<title>control</title></head><body><img src=\"http://127.0.0.1:9/x.png\" alt=\"\"/></body></html>");

        assertThat(page.severeConsoleMessages()).anySatisfy(
                m -> assertThat(m).contains("127.0.0.1:9/x.png").contains("Content Security Policy"));
        assertThat(page.foreignRequests()).as("the attempt is still seen by the network check")
                .containsExactly("http://127.0.0.1:9/x.png");
        assertThat(page.network).as("and the policy is what stopped it").anySatisfy(m -> {
            assertThat(m.path("method").asText()).isEqualTo("Network.loadingFailed");
            assertThat(m.path("params").path("blockedReason").asText()).isEqualTo("csp");
        });
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "RU"})
    void radarHasExactlyTheThreeAxesSTAndR(Language language) throws IOException {
        openReport(language);

        List<String> axes = driver.findElements(By.cssSelector("#radar line.axis")).stream()
                .map(axis -> axis.getDomAttribute("data-dimension")).toList();
        assertThat(axes).containsExactly("S", "T", "R");
        assertThat(driver.findElements(By.cssSelector("#radar polygon.target"))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "RU"})
    @SuppressWarnings("unchecked")
    void eachRadarPointIsDrawnAtItsDimensionScoreAlongItsAxis(Language language) throws IOException {
        openReport(language);
        // Everything in screen pixels, as rendered: the axes' ends mapped through the SVG's transform
        // (viewBox scaling included) and each circle's centre from its bounding box.
        Map<String, Object> geometry = (Map<String, Object>) driver.executeScript("""
                const svg = document.getElementById('radar');
                const screen = (el, x, y) => {
                  const p = svg.createSVGPoint(); p.x = x; p.y = y;
                  const q = p.matrixTransform(el.getScreenCTM());
                  return [q.x, q.y];
                };
                const axes = {}, points = {};
                for (const a of svg.querySelectorAll('line.axis')) {
                  axes[a.dataset.dimension] = {
                    from: screen(a, a.x1.baseVal.value, a.y1.baseVal.value),
                    to: screen(a, a.x2.baseVal.value, a.y2.baseVal.value),
                    svgFrom: [a.x1.baseVal.value, a.y1.baseVal.value],
                    svgTo: [a.x2.baseVal.value, a.y2.baseVal.value]};
                }
                for (const c of svg.querySelectorAll('circle.point')) {
                  const r = c.getBoundingClientRect();
                  points[c.dataset.dimension] = {
                    centre: [r.left + r.width / 2, r.top + r.height / 2],
                    value: c.dataset.value, width: r.width};
                }
                return {axes: axes, points: points,
                        cx: svg.dataset.cx, cy: svg.dataset.cy, radius: svg.dataset.radius};
                """);
        Map<String, Map<String, Object>> axes = (Map<String, Map<String, Object>>) geometry.get("axes");
        Map<String, Map<String, Object>> points = (Map<String, Map<String, Object>>) geometry.get("points");

        Map<Dimension, Double> scores = new EnumMap<>(Dimension.class);
        for (Dimension dim : Dimension.values()) {
            DimensionScore score = diagnosis.dimensions().get(dim);
            if (score.score() != null) {
                scores.put(dim, score.score());
            }
        }
        assertThat(scores).as("the example firm has evidence on every dimension").hasSize(3);
        assertThat(points.keySet()).containsExactlyInAnyOrder("S", "T", "R");

        for (Map.Entry<Dimension, Double> scored : scores.entrySet()) {
            String dim = scored.getKey().name();
            double expected = scored.getValue();
            Map<String, Object> axis = axes.get(dim);
            Map<String, Object> point = points.get(dim);
            double[] centre = xy(axis.get("from"));
            double[] end = xy(axis.get("to"));
            double[] at = xy(point.get("centre"));
            assertThat(xy(axis.get("svgFrom"))).as("axis %s starts at the radar's centre", dim)
                    .containsExactly(new double[] {num(geometry.get("cx")), num(geometry.get("cy"))}, within(1e-9));
            double[] svgFrom = xy(axis.get("svgFrom"));
            double[] svgTo = xy(axis.get("svgTo"));
            assertThat(Math.hypot(svgTo[0] - svgFrom[0], svgTo[1] - svgFrom[1]) / num(geometry.get("radius")))
                    .as("axis %s is data-radius long in SVG units", dim).isCloseTo(1.0, within(0.01));

            double radius = Math.hypot(end[0] - centre[0], end[1] - centre[1]);
            double[] unit = {(end[0] - centre[0]) / radius, (end[1] - centre[1]) / radius};
            double[] offset = {at[0] - centre[0], at[1] - centre[1]};
            double along = (offset[0] * unit[0] + offset[1] * unit[1]) / radius;
            double across = (offset[0] * unit[1] - offset[1] * unit[0]) / radius;

            assertThat(num(point.get("value"))).as("data-value of point %s", dim).isCloseTo(expected, within(0.00005));
            assertThat(num(point.get("width"))).as("point %s is drawn with a visible size", dim).isGreaterThan(0);
            assertThat(Math.hypot(offset[0], offset[1]) / radius).as("distance of point %s from the centre / radius", dim)
                    .isCloseTo(expected, within(0.01));
            assertThat(along).as("point %s lies along its own axis", dim).isCloseTo(expected, within(0.01));
            assertThat(across).as("point %s strays off its axis", dim).isCloseTo(0.0, within(0.01));
        }
    }

    private static double[] xy(Object pair) {
        List<?> list = (List<?>) pair;
        return new double[] {num(list.get(0)), num(list.get(1))};
    }

    private static double num(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "RU"})
    void bindingConstraintSentenceIsVisibleAndSaysWhatTheWordingSays(Language language) throws IOException {
        openReport(language);
        WebElement sentence = driver.findElement(By.id("binding-sentence"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", sentence);

        assertThat(sentence.isDisplayed()).isTrue();
        assertThat(sentence.getSize().getWidth()).isPositive();
        assertThat(sentence.getSize().getHeight()).isPositive();
        @SuppressWarnings("unchecked")
        List<Object> box = (List<Object>) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return [r.left, r.top, r.right, r.bottom, window.innerWidth, window.innerHeight];""", sentence);
        assertThat(num(box.get(0))).as("left edge inside the viewport").isGreaterThanOrEqualTo(0);
        assertThat(num(box.get(1))).as("top edge inside the viewport").isGreaterThanOrEqualTo(0);
        assertThat(num(box.get(2))).as("right edge inside the viewport").isLessThanOrEqualTo(num(box.get(4)));
        assertThat(num(box.get(3))).as("bottom edge inside the viewport").isLessThanOrEqualTo(num(box.get(5)));
        assertThat(sentence.getText()).isEqualTo(Wording.in(language).bindingSentence(diagnosis));
    }

    /** Elements whose right edge passes the window's, and how far the page scrolls sideways: what a phone reader would swipe. */
    private static final String SIDEWAYS = """
            const width = document.documentElement.clientWidth, wide = [];
            for (const e of document.body.querySelectorAll('*')) {
              if (e.getClientRects().length === 0) { continue; }
              const r = e.getBoundingClientRect();
              if (r.right > width + 0.5 && getComputedStyle(e).position !== 'fixed') {
                wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' to ' + r.right.toFixed(0));
              }
            }
            return {scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 10)};""";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sideways() {
        return (Map<String, Object>) driver.executeScript(SIDEWAYS);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void onAPhoneTheClientReportNeverScrollsSideways(Language language) throws IOException {
        openOwnExample(language, Viewport.PHONE);

        Map<String, Object> found = sideways();
        savePhoneScreenshot(language);

        assertThat(num(found.get("scroll"))).as("sideways scroll in px; too wide: %s", found.get("wide")).isLessThanOrEqualTo(0);
        assertThat((List<?>) found.get("wide")).isEmpty();
    }

    @Test
    void sidewaysCheckCatchesATableWiderThanThePhone() throws IOException {
        emulate(Viewport.PHONE);
        open("too-wide", "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\"/></head><body>"
                + "<table><tr><td style=\"white-space:nowrap\">" + "a very long cell that does not wrap ".repeat(5)
                + "</td></tr></table></body></html>");

        Map<String, Object> found = sideways();

        assertThat(num(found.get("scroll"))).isGreaterThan(0);
        assertThat((List<?>) found.get("wide")).anyMatch(e -> e.toString().startsWith("table"));
    }

    /** The phone view of a language's own example, kept under target/browser for the README's pictures. */
    private static void savePhoneScreenshot(Language language) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true));
        Files.write(OUT.resolve("phone." + language.name().toLowerCase(Locale.ROOT) + ".png"),
                Base64.getDecoder().decode((String) shot.get("data")));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "RU"})
    void fullPageScreenshotIsSavedUnderTarget(Language language) throws IOException {
        openReport(language);
        long documentHeight = ((Number) driver.executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)")).longValue();

        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        Path file = OUT.resolve(base(language) + ".png");
        Files.write(file, png);

        assertThat(file).exists();
        assertThat(Files.size(file)).isGreaterThan(20 * 1024);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a readable PNG").isNotNull();
        assertThat((long) image.getHeight()).as("the whole page, not just the window").isGreaterThanOrEqualTo(documentHeight);
    }

    /** A viewport as a reader has it: a desktop window or a phone held upright. */
    enum Viewport {
        DESKTOP(1000, 1400), PHONE(390, 844);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    /** Lays the page out at {@code viewport}'s size; headless Chromium will not size its window below about 500 px. */
    private static void emulate(Viewport viewport) {
        // a phone's scroll bars overlay the page instead of taking 15 px of its width
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width, "height", viewport.height,
                "deviceScaleFactor", 1, "mobile", viewport == Viewport.PHONE));
    }

    @AfterEach
    void backToTheWindowsOwnSize() {
        if (driver != null) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Page openOwnExample(Language language, Viewport viewport) throws IOException {
        emulate(viewport);
        return open("own-example." + language.name().toLowerCase(Locale.ROOT) + "." + viewport.name().toLowerCase(Locale.ROOT),
                new HtmlReportRenderer(language).render(OWN.get(language)));
    }

    /**
     * For every displayed svg matching the first argument, each element matching the second whose box
     * ({@code getBBox}, in the svg's user units) leaves the svg's viewBox: what a reader would see cut off.
     */
    private static final String OUTSIDE_VIEWBOX = """
            const [svgs, parts] = [arguments[0], arguments[1]];
            const result = {svgs: [], checked: 0, outside: []};
            for (const svg of document.querySelectorAll(svgs)) {
              if (svg.getClientRects().length === 0) { continue; }
              const vb = svg.viewBox.baseVal;
              result.svgs.push(svg.id || svg.getAttribute('class'));
              for (const part of svg.querySelectorAll(parts)) {
                const b = part.getBBox();
                result.checked++;
                if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5
                    || b.y + b.height > vb.y + vb.height + 0.5) {
                  result.outside.push((svg.id || svg.getAttribute('class')) + ': "' + part.textContent + '" at '
                      + [b.x, b.y, b.width, b.height].map(v => v.toFixed(1)).join(' ') + ' in ' + [vb.width, vb.height].join(' x '));
                }
              }
            }
            return result;""";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> outsideTheirViewBox(String svgs, String parts) {
        return (Map<String, Object>) driver.executeScript(OUTSIDE_VIEWBOX, svgs, parts);
    }

    static List<Arguments> languagesAndViewports() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Viewport viewport : Viewport.values()) {
                all.add(Arguments.of(language, viewport));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("languagesAndViewports")
    void noChartTextIsCutOffByItsChartsEdge(Language language, Viewport viewport) throws IOException {
        openOwnExample(language, viewport);

        Map<String, Object> check = outsideTheirViewBox("svg", "text");

        List<String> shown = (List<String>) check.get("svgs");
        assertThat(shown).as("the gauge, the radar, three indicator charts, the KPI chart and the Gantt chart, once each")
                .hasSize(7).contains("gauge", "radar");
        assertThat(shown).as("the variant that fits the viewport")
                .contains(viewport == Viewport.DESKTOP ? "kpi-chart" : "kpi-chart-narrow")
                .contains(viewport == Viewport.DESKTOP ? "gantt" : "gantt-narrow")
                .noneMatch(viewport == Viewport.DESKTOP ? (s -> s.contains("chart-narrow")) : (s -> s.contains("chart-wide")));
        assertThat(((Number) check.get("checked")).intValue()).as("texts checked").isGreaterThan(60);
        assertThat((List<String>) check.get("outside")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void onAPhoneEveryChartFitsItsColumnAndItsLetteringIsAtLeast12Px(Language language) throws IOException {
        openOwnExample(language, Viewport.PHONE);

        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) driver.executeScript("""
                const widths = {}, small = [];
                for (const svg of document.querySelectorAll('svg')) {
                  if (svg.getClientRects().length === 0) { continue; }
                  const name = svg.id || svg.getAttribute('class') + ' ' + svg.dataset.dimension;
                  widths[name] = svg.getBoundingClientRect().width;
                  const scale = svg.getScreenCTM().a;
                  for (const t of svg.querySelectorAll('text')) {
                    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
                    if (px < 11.95) { small.push(t.textContent + ' at ' + px.toFixed(1) + ' px'); }
                  }
                }
                return {widths: widths, small: small, viewport: window.innerWidth, client: document.documentElement.clientWidth};""");
        Map<String, Object> widths = (Map<String, Object>) measured.get("widths");

        assertThat(num(measured.get("viewport"))).as("window width, %s px inside its scroll bar", measured.get("client"))
                .isEqualTo(390);
        assertThat(widths).hasSize(7);
        widths.forEach((chart, width) -> assertThat(num(width)).as("CSS width of %s", chart).isLessThanOrEqualTo(
                chart.equals("gauge") || chart.equals("radar") ? 390 : 360));
        assertThat((List<String>) measured.get("small")).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("languagesAndViewports")
    void everyFirstWaveRankHasItsBadgeWhollyInsideTheGantt(Language language, Viewport viewport) throws IOException {
        openOwnExample(language, viewport);
        String gantt = viewport == Viewport.DESKTOP ? "#gantt" : "#gantt-narrow";
        List<String> firstWave = OWN.get(language).recommendations().stream().filter(r -> r.firstWave())
                .map(r -> Integer.toString(r.rank())).toList();

        List<String> badges = driver.findElements(By.cssSelector(gantt + " g.rank-badge")).stream()
                .map(b -> b.getDomAttribute("data-rank")).toList();
        @SuppressWarnings("unchecked")
        List<String> rankOutsideBadge = (List<String>) driver.executeScript("""
                const cut = [];
                for (const badge of document.querySelectorAll(arguments[0] + ' g.rank-badge')) {
                  const c = badge.querySelector('circle').getBBox(), t = badge.querySelector('text').getBBox();
                  // the digits' advance box, narrower than the line box, must sit inside the circle's box
                  if (t.x < c.x || t.x + t.width > c.x + c.width) { cut.push(badge.dataset.rank); }
                }
                return cut;""", gantt);

        assertThat(firstWave).isNotEmpty();
        assertThat(badges).containsExactlyInAnyOrderElementsOf(firstWave);
        assertThat(driver.findElement(By.cssSelector(gantt)).isDisplayed()).isTrue();
        assertThat((List<String>) outsideTheirViewBox(gantt, "g.rank-badge").get("outside")).isEmpty();
        assertThat(rankOutsideBadge).isEmpty();
    }

    @Test
    void viewBoxCheckReportsATextRunningPastItsChartsEdgeAndIgnoresAHiddenChart() throws IOException {
        open("control-overflow", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>control</title><style>"
                + SvgCharts.STYLE + "</style></head><body>"
                + "<svg id=\"cut\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 40\" width=\"200\" height=\"40\">"
                + "<text x=\"196\" y=\"20\" text-anchor=\"end\" font-size=\"12\">Технологическая интеграция и её ограничения</text>"
                + "<text x=\"4\" y=\"36\" font-size=\"10\">fits</text></svg>"
                + "<svg class=\"chart-narrow\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\" width=\"100\" height=\"20\">"
                + "<text x=\"50\" y=\"15\" font-size=\"12\">hidden, and far too long for its chart</text></svg>"
                + "<svg id=\"badge\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\" width=\"100\" height=\"20\">"
                + "<g class=\"rank-badge\" data-rank=\"1\"><circle cx=\"96\" cy=\"10\" r=\"8\"/>"
                + "<text x=\"90\" y=\"14\" font-size=\"10\">1</text></g>"
                + "</svg></body></html>");

        Map<String, Object> texts = outsideTheirViewBox("svg", "text");
        Map<String, Object> badges = outsideTheirViewBox("svg", "g.rank-badge");

        assertThat((List<String>) texts.get("svgs")).containsExactly("cut", "badge");
        assertThat((List<String>) texts.get("outside")).hasSize(1).allSatisfy(o -> assertThat(o).startsWith("cut: \"Технологическая"));
        assertThat((List<String>) badges.get("outside")).hasSize(1).allSatisfy(o -> assertThat(o).startsWith("badge: "));
    }

    // ------------------------------------------------------------------ the progress report

    /** The illustrative firm's progress report in {@code language}, laid out at {@code viewport}. */
    private static void openProgress(Language language, Viewport viewport) throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        org.mliadvisor.diagnosis.Progress progress;
        try (Diagnostician dx = new Diagnostician(kb)) {
            AssessmentLoader loader = new AssessmentLoader(kb);
            progress = org.mliadvisor.diagnosis.Progress.of(List.of(loader.load(Path.of(EXAMPLE)),
                    loader.load(Path.of("examples/illustrative-firm-week-12.yaml"))), dx::diagnose, kb);
        }
        emulate(viewport);
        Page page = open("progress." + language.name().toLowerCase(Locale.ROOT) + "." + viewport.name().toLowerCase(Locale.ROOT),
                new String(ProgressReport.document(progress, ReportFormat.HTML, ReportOptions.client(language)),
                        StandardCharsets.UTF_8));
        assertThat(page.severeConsoleMessages()).isEmpty();
        assertThat(page.foreignRequests()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("languagesAndViewports")
    void theProgressReportsChartsKeepEveryTextInsideAndNeverScrollSideways(Language language, Viewport viewport)
            throws Exception {
        openProgress(language, viewport);

        Map<String, Object> check = outsideTheirViewBox("svg", "text");
        Map<String, Object> found = sideways();

        assertThat((List<String>) check.get("svgs")).as("the radar and a trend chart per KPI").hasSize(8)
                .contains("radar-over-time");
        assertThat((List<String>) check.get("outside")).isEmpty();
        assertThat(num(found.get("scroll"))).as("sideways scroll in px; too wide: %s", found.get("wide")).isLessThanOrEqualTo(0);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @SuppressWarnings("unchecked")
    void onAPhoneTheProgressReportsChartsFitAndTheirLetteringIsAtLeast12Px(Language language) throws Exception {
        openProgress(language, Viewport.PHONE);

        Map<String, Object> measured = (Map<String, Object>) driver.executeScript("""
                const widths = [], small = [];
                for (const svg of document.querySelectorAll('svg')) {
                  if (svg.getClientRects().length === 0) { continue; }
                  widths.push(svg.getBoundingClientRect().width);
                  const scale = svg.getScreenCTM().a;
                  for (const t of svg.querySelectorAll('text')) {
                    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
                    if (px < 11.95) { small.push(t.textContent + ' at ' + px.toFixed(1) + ' px'); }
                  }
                }
                return {widths: widths, small: small};""");

        assertThat((List<Object>) measured.get("widths")).hasSize(8).allSatisfy(w -> assertThat(num(w)).isLessThanOrEqualTo(390));
        assertThat((List<String>) measured.get("small")).isEmpty();
    }
}
