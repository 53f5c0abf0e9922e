package org.hetao.registry.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.project.FundingDetails;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ProjectDetails;

/**
 * Writes the corpus's institutions and projects (keywords, sectors, participants, funding) straight
 * into a stopped registry's H2 database with JDBC batches, so that a large corpus can be loaded in
 * seconds; the registry then rebuilds its search index from the database at its next start. IP
 * assets, staff and ownership are not written. Project {@code n} gets the id {@link #PROJECT_BASE}
 * {@code + n}; the id sequence is moved past every id used.
 */
public final class DirectLoader {
    public static final long INSTITUTION_BASE = 500_000L;
    public static final long PROJECT_BASE = 1_000_000L;

    private DirectLoader() {}

    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("registry");
    }

    /** Loads the corpus; returns the number of projects written. */
    public static int load(Path dataDir, Corpus corpus) throws Exception {
        try (Connection c = DriverManager.getConnection(h2Url(dataDir), "registry", "registry")) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into institution (id, version, short_name, name_en, name_zh_hant, "
                            + "name_zh_hans, kind, jurisdiction, country, ror_id, created_at, updated_at) values (?,1,?,?,?,?,?,?,?,?,?,?)")) {
                List<InstitutionDetails> inst = corpus.institutions();
                for (int i = 0; i < inst.size(); i++) {
                    InstitutionDetails d = inst.get(i);
                    ps.setLong(1, INSTITUTION_BASE + i + 1);
                    ps.setString(2, d.shortName());
                    ps.setString(3, d.nameEn());
                    ps.setString(4, d.nameZhHant());
                    ps.setString(5, d.nameZhHans());
                    ps.setString(6, d.kind().name());
                    ps.setString(7, d.jurisdiction().name());
                    ps.setString(8, d.country());
                    ps.setString(9, d.rorId());
                    ps.setTimestamp(10, now);
                    ps.setTimestamp(11, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            int[] n = {0};
            try (PreparedStatement project =
                            c.prepareStatement("insert into project (id, version, code, title_en, title_zh_hant, "
                                    + "title_zh_hans, abstract_en, abstract_zh_hant, abstract_zh_hans, site, status, start_date, end_date, confidentiality, "
                                    + "created_at, updated_at) values (?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                    PreparedStatement keyword =
                            c.prepareStatement("insert into project_keyword (project_id, keyword) values (?,?)");
                    PreparedStatement sector =
                            c.prepareStatement("insert into project_sector (project_id, sector) values (?,?)");
                    PreparedStatement participant = c.prepareStatement(
                            "insert into project_participant (project_id, institution_id, role, lead_marker) values (?,?,?,?)");
                    PreparedStatement funding =
                            c.prepareStatement("insert into project_funding (project_id, position, funder, programme, "
                                    + "award_id, amount, currency) values (?,?,?,?,?,?,?)")) {
                corpus.forEach(p -> {
                    ProjectDetails d = p.details();
                    long id = PROJECT_BASE + p.number();
                    project.setLong(1, id);
                    project.setString(2, d.code());
                    project.setString(3, d.title().en());
                    project.setString(4, d.title().zhHant());
                    project.setString(5, d.title().zhHans());
                    project.setString(
                            6,
                            d.abstractText() == null ? null : d.abstractText().en());
                    project.setString(
                            7,
                            d.abstractText() == null ? null : d.abstractText().zhHant());
                    project.setString(
                            8,
                            d.abstractText() == null ? null : d.abstractText().zhHans());
                    project.setString(9, d.site().name());
                    project.setString(10, d.status().name());
                    project.setObject(11, d.startDate());
                    project.setObject(12, d.endDate());
                    project.setString(13, d.confidentiality().name());
                    project.setTimestamp(14, now);
                    project.setTimestamp(15, now);
                    project.addBatch();
                    for (String k : new java.util.LinkedHashSet<>(d.keywords())) {
                        keyword.setLong(1, id);
                        keyword.setString(2, k);
                        keyword.addBatch();
                    }
                    for (var s : d.sectors()) {
                        sector.setLong(1, id);
                        sector.setString(2, s.name());
                        sector.addBatch();
                    }
                    for (ParticipantDetails x : d.participants()) {
                        participant.setLong(1, id);
                        participant.setLong(2, INSTITUTION_BASE + x.institutionId());
                        participant.setString(3, x.role().name());
                        participant.setObject(
                                4, x.role().name().equals("LEAD") ? Boolean.TRUE : null, java.sql.Types.BOOLEAN);
                        participant.addBatch();
                    }
                    List<FundingDetails> fs = d.funding() == null ? List.of() : d.funding();
                    for (int i = 0; i < fs.size(); i++) {
                        FundingDetails f = fs.get(i);
                        funding.setLong(1, id);
                        funding.setInt(2, i);
                        funding.setString(3, f.funder());
                        funding.setString(4, f.programme());
                        funding.setString(5, f.awardId());
                        funding.setBigDecimal(6, f.amount());
                        funding.setString(7, f.currency());
                        funding.addBatch();
                    }
                    if (++n[0] % 1_000 == 0) {
                        project.executeBatch();
                        keyword.executeBatch();
                        sector.executeBatch();
                        participant.executeBatch();
                        funding.executeBatch();
                        c.commit();
                    }
                });
                project.executeBatch();
                keyword.executeBatch();
                sector.executeBatch();
                participant.executeBatch();
                funding.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute(
                        "alter sequence registry_id_seq restart with " + (PROJECT_BASE + corpus.scale() + 1_000_000L));
            }
            c.commit();
            return n[0];
        }
    }
}
