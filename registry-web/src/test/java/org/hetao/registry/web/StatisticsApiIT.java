package org.hetao.registry.web;

import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.Fixture;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Head counts, their series and the technology-transfer figures over HTTP: who may read them, the
 * institution filter of the overview, CSV files and refused parameters.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    /** A confidential project of institution "hk" with Chan as a half-time post-doc in the Hong Kong park from 16 January 2026. */
    private Fixture world() {
        Fixture f = Fixture.on(base)
                .institution("hk", "HK", "HK")
                .institution("other", "HK", "HK")
                .person("chan", "Chan Tai Man", "陳大文", "hk")
                .project("secret", "ST", "Head-count project", "CONFIDENTIAL", "hk")
                .office("own", "hk")
                .office("outsider", "other")
                .account("investor", "INVESTOR", null);
        Api.Reply staffed = f.admin()
                .post(
                        "api/projects/" + f.id("secret") + "/staffing",
                        "{\"personId\":" + f.id("chan")
                                + ",\"role\":\"POSTDOC\",\"ftePercent\":50,\"startDate\":\"2026-01-16\",\"park\":\"HK_PARK\"}");
        assertEquals(201, staffed.status(), staffed::toString);
        return f;
    }

    @Test
    void headCountsAreInternalAndCountOnlyReadableProjects() {
        Fixture f = world();
        long hk = f.id("hk");
        String january = "api/statistics/head-counts?from=2026-01-01&to=2026-01-31&institutionId=" + hk;
        for (Api reader : List.of(f.admin(), f.api("own"))) {
            JsonObject r = reader.get(january).json();
            JsonObject line = r.getJsonArray("counts").getJsonObject(0);
            assertEquals("HK_PARK", line.getString("park"));
            assertEquals("POSTDOC", line.getString("role"));
            assertEquals(1, line.getInt("people"));
            // 50 % × 16 of 31 days
            assertEquals(
                    0,
                    new BigDecimal("0.26").compareTo(line.getJsonNumber("fte").bigDecimalValue()),
                    r::toString);
            assertEquals(f.name("hk"), r.getJsonObject("institutions").getString(Long.toString(hk)));
        }
        // another office counts only its own institution's people: none here, and it may not name another institution
        assertProblem(f.api("outsider").get(january), 403);
        JsonObject outsider = f.api("outsider")
                .get("api/statistics/head-counts?from=2026-01-01&to=2026-01-31")
                .json();
        assertEquals(
                f.id("other"),
                outsider.getJsonObject("filter").getJsonNumber("institutionId").longValue());
        assertEquals(0, outsider.getJsonArray("counts").size());
        assertEquals(
                1,
                f.api("own")
                        .get("api/statistics/head-counts?from=2026-01-01&to=2026-01-31")
                        .json()
                        .getJsonArray("counts")
                        .size(),
                "an office's counts are its own institution's without naming it");
        assertProblem(f.api("investor").get(january), 403);

        JsonObject series = f.admin()
                .get("api/statistics/head-counts/series?from=2025-12-01&to=2026-02-28&institutionId=" + hk)
                .json();
        assertEquals(
                List.of(0, 1, 1),
                series.getJsonArray("points").stream()
                        .map(p -> p.asJsonObject().getInt("people"))
                        .toList());
        assertEquals(
                "2026-02-01/2026-02-28 0.50",
                series.getJsonArray("points").stream()
                        .map(JsonObject.class::cast)
                        .map(p -> p.getString("from") + "/" + p.getString("to") + " "
                                + p.getJsonNumber("fte").bigDecimalValue().setScale(2))
                        .toList()
                        .get(2));

        Api.Reply csv = f.admin().get(january.replace("head-counts?", "head-counts/csv?"));
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(
                csv.body()
                        .startsWith("\uFEFFfrom,to,park,institutionId,institution,role,people,fte\r\n"
                                + "2026-01-01,2026-01-31,HK_PARK," + hk + "," + f.name("hk") + ",POSTDOC,1,0.26\r\n"),
                csv.body());
        assertTrue(f.admin()
                .get("api/statistics/head-counts/series/csv?interval=QUARTER&from=2026-01-01&to=2026-06-30")
                .body()
                .startsWith("\uFEFFfrom,to,people,fte\r\n2026-01-01,2026-03-31,"));
    }

    @Test
    void theOverviewHonoursItsInstitution() {
        Fixture f = world();
        String staff = "api/statistics?staffOn=2026-02-01&institutionId=";
        var own = f.admin().get(staff + f.id("hk")).json().getJsonArray("staff");
        assertEquals(1, own.size(), own::toString);
        assertEquals(
                "HK_PARK POSTDOC 1",
                own.getJsonObject(0).getString("park") + " "
                        + own.getJsonObject(0).getString("role") + " "
                        + own.getJsonObject(0).getInt("count"));
        assertEquals(
                0,
                f.admin()
                        .get(staff + f.id("other"))
                        .json()
                        .getJsonArray("staff")
                        .size());
        assertEquals(
                0,
                f.admin()
                        .get(staff + f.id("other"))
                        .json()
                        .getJsonArray("projectsByYear")
                        .size());
        Api.Reply table =
                f.admin().get("api/statistics/csv?table=staff&staffOn=2026-02-01&institutionId=" + f.id("hk"));
        assertEquals("\uFEFFdate,park,role,people\r\n2026-02-01,HK_PARK,POSTDOC,1\r\n", table.body());
    }

    @Test
    void technologyTransferFiguresLeaveTheEnquiryColumnsToTheOffices() {
        Fixture f = world().asset("patent", "secret", """
                        {"type":"SOFTWARE","title":{"en":"Counted asset"},"readinessLevel":4,"licensing":"NOT_AVAILABLE",
                         "confidentiality":"CONFIDENTIAL"}""");
        // the office records its institution as the sole owner: no one else's approval is needed
        Api.Reply owned = f.api("own")
                .put(
                        "api/ip-assets/" + f.id("patent") + "/ownership",
                        Fixture.shares("2025-06-01", f.id("hk"), 10000),
                        "\"0\"");
        assertEquals(200, owned.status(), owned::toString);
        int year = LocalDate.now(ZoneId.of("Asia/Hong_Kong")).getYear();
        String figures = "api/statistics/technology-transfer?institutionId=" + f.id("hk");
        JsonObject admin = f.admin().get(figures).json();
        assertTrue(admin.getBoolean("enquiries"));
        JsonObject row = admin.getJsonArray("rows").getJsonObject(0);
        assertEquals(year, row.getInt("year"));
        assertEquals(1, row.getInt("assetsRegistered"));
        assertEquals(0, row.getInt("enquiries"));
        JsonObject investor = f.api("investor").get(figures).json();
        assertEquals(false, investor.getBoolean("enquiries"));
        assertEquals(0, investor.getJsonArray("rows").size(), "the confidential asset is not counted");
        assertEquals(
                0, f.api("outsider").get(figures).json().getJsonArray("rows").size());
        assertTrue(f.admin()
                .get(figures.replace("technology-transfer?", "technology-transfer/csv?"))
                .body()
                .startsWith(
                        "\uFEFFinstitutionId,institution,year,assetsRegistered,filings,grants,enquiries,licences\r\n"));
        assertEquals(
                "\uFEFFinstitutionId,institution,year,assetsRegistered,filings,grants\r\n",
                f.api("investor")
                        .get(figures.replace("technology-transfer?", "technology-transfer/csv?"))
                        .body());
    }

    @Test
    void refusesParametersItCannotAnswer() {
        Api admin = new Api(base).asAdmin();
        assertFieldError(admin.get("api/statistics/head-counts?from=2026-02-01&to=2026-01-31"), "to");
        assertFieldError(admin.get("api/statistics/head-counts?from=1900-01-01&to=2026-01-31"), "to");
        assertFieldError(admin.get("api/statistics/head-counts?institutionId=999999999"), "institutionId");
        assertFieldError(admin.get("api/statistics/head-counts?role=JANITOR"), "role");
        assertFieldError(admin.get("api/statistics/head-counts/series?interval=WEEK"), "interval");
        assertFieldError(admin.get("api/statistics?institutionId=999999999"), "institutionId");
        assertFieldError(admin.get("api/statistics/csv"), "table");
        assertFieldError(admin.get("api/statistics/technology-transfer?fromYear=2026&toYear=2020"), "toYear");
        assertFieldError(admin.get("api/statistics/technology-transfer?fromYear=1800"), "fromYear");
        assertFieldError(admin.get("api/statistics/technology-transfer?fromYear=1950&toYear=2026"), "fromYear");
    }
}
