package org.hetao.registry.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.audit.ChangeBatch;
import org.hetao.registry.common.Jdbc;
import org.hetao.registry.common.RegistryIds;

/**
 * Writes new projects, with their keywords, sectors, participants, funding and staff, as JDBC
 * batches in the entity manager's transaction, and records each project's and staffing line's
 * creation in a {@link ChangeBatch} (its audit record and outbox row). The one way a project is
 * created: {@link ProjectService#create} writes one, an import thousands per batch. Every project
 * was built through its constructor, so it holds only valid values; the database's constraints
 * (a code used twice, a participant that is no institution) fail the batch and the transaction
 * rolls back whole.
 */
public final class ProjectWrites {
    private static final String PROJECT = "INSERT INTO project (id, version, code, title_en, title_zh_hant,"
            + " title_zh_hans, abstract_en, abstract_zh_hant, abstract_zh_hans, site, status, start_date, end_date,"
            + " confidentiality, created_at, updated_at) VALUES (?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String KEYWORD = "INSERT INTO project_keyword (project_id, keyword) VALUES (?,?)";
    private static final String SECTOR = "INSERT INTO project_sector (project_id, sector) VALUES (?,?)";
    private static final String PARTICIPANT =
            "INSERT INTO project_participant (project_id, institution_id, role, lead_marker) VALUES (?,?,?,?)";
    private static final String FUNDING = "INSERT INTO project_funding (project_id, position, funder, programme,"
            + " award_id, amount, currency) VALUES (?,?,?,?,?,?,?)";
    private static final String STAFFING = "INSERT INTO staffing (id, version, project_id, person_id, role,"
            + " fte_percent, start_date, end_date, park, white_list_status, white_list_from, white_list_until)"
            + " VALUES (?,1,?,?,?,?,?,?,?,?,?,?)";

    private final EntityManager em;
    private final RegistryIds ids;
    private final List<Project> queued = new ArrayList<>();

    /** Writes over the entity manager's transaction, drawing ids from {@code ids} (one instance per transaction). */
    public ProjectWrites(EntityManager em, RegistryIds ids) {
        this.em = em;
        this.ids = ids;
    }

    /** Writes the new projects (none yet stored) at once; see {@link #add} and {@link #write}. */
    public void create(List<Project> list, ChangeBatch changes) {
        list.forEach(this::add);
        write(changes);
    }

    /**
     * Gives a new project (none yet stored) and its staff their ids, version 1 and creation time, as
     * persisting them would, and queues it for the next {@link #write}.
     */
    public void add(Project p) {
        p.storedAs(ids.next(), OffsetDateTime.now(ZoneOffset.UTC));
        for (Staffing s : p.getStaff()) {
            s.stored(ids.next());
        }
        queued.add(p);
    }

    /** The projects queued and not yet written. */
    public int queued() {
        return queued.size();
    }

    /**
     * Writes the queued projects as one JDBC batch per table, and records their creations and
     * their staff's in {@code changes}. Writes the entity manager has pending are flushed first, so
     * that the rows may refer to them.
     */
    public void write(ChangeBatch changes) {
        if (queued.isEmpty()) {
            return;
        }
        em.flush();
        Connection c = Jdbc.connection(em);
        try (PreparedStatement project = c.prepareStatement(PROJECT);
                PreparedStatement keyword = c.prepareStatement(KEYWORD);
                PreparedStatement sector = c.prepareStatement(SECTOR);
                PreparedStatement participant = c.prepareStatement(PARTICIPANT);
                PreparedStatement funding = c.prepareStatement(FUNDING);
                PreparedStatement staffing = c.prepareStatement(STAFFING)) {
            boolean anyStaff = false;
            for (Project p : queued) {
                long id = p.getId();
                bindProject(project, p);
                project.addBatch();
                for (String k : p.getKeywords()) {
                    keyword.setLong(1, id);
                    keyword.setString(2, k);
                    keyword.addBatch();
                }
                for (Sector s : p.getSectors()) {
                    sector.setLong(1, id);
                    sector.setString(2, s.name());
                    sector.addBatch();
                }
                for (Participant x : p.getParticipants()) {
                    participant.setLong(1, id);
                    participant.setLong(2, x.getInstitutionId());
                    participant.setString(3, x.getRole().name());
                    participant.setObject(4, x.isLead() ? Boolean.TRUE : null, Types.BOOLEAN);
                    participant.addBatch();
                }
                List<Funding> lines = p.getFunding();
                for (int i = 0; i < lines.size(); i++) {
                    Funding f = lines.get(i);
                    funding.setLong(1, id);
                    funding.setInt(2, i);
                    funding.setString(3, f.getFunder());
                    funding.setString(4, f.getProgramme());
                    funding.setString(5, f.getAwardId());
                    funding.setBigDecimal(6, f.getAmount());
                    funding.setString(7, f.getCurrency());
                    funding.addBatch();
                }
                for (Staffing s : p.getStaff()) {
                    bindStaffing(staffing, s, id);
                    staffing.addBatch();
                    anyStaff = true;
                }
            }
            project.executeBatch();
            keyword.executeBatch();
            sector.executeBatch();
            participant.executeBatch();
            funding.executeBatch();
            if (anyStaff) {
                staffing.executeBatch();
            }
        } catch (SQLException e) {
            // as the persistence provider reports a failed write (a code taken meanwhile, a reference gone)
            throw new PersistenceException("Could not write " + queued.size() + " project(s)", e);
        }
        for (Project p : queued) {
            changes.created(Project.KIND, p.getId(), p.details());
            for (Staffing s : p.getStaff()) {
                changes.created(ProjectService.STAFFING, s.getId(), s.details());
            }
        }
        queued.clear();
    }

    private static void bindProject(PreparedStatement ps, Project p) throws SQLException {
        ps.setLong(1, p.getId());
        ps.setString(2, p.getCode());
        ps.setString(3, p.getTitle().en());
        ps.setString(4, p.getTitle().zhHant());
        ps.setString(5, p.getTitle().zhHans());
        ps.setString(6, p.getAbstract().en());
        ps.setString(7, p.getAbstract().zhHant());
        ps.setString(8, p.getAbstract().zhHans());
        ps.setString(9, p.getSite().name());
        ps.setString(10, p.getStatus().name());
        ps.setObject(11, p.getStartDate());
        ps.setObject(12, p.getEndDate(), Types.DATE);
        ps.setString(13, p.getConfidentiality().name());
        ps.setObject(14, p.getCreatedAt());
        ps.setObject(15, p.getUpdatedAt());
    }

    private static void bindStaffing(PreparedStatement ps, Staffing s, long projectId) throws SQLException {
        WhiteList w = s.getWhiteList();
        ps.setLong(1, s.getId());
        ps.setLong(2, projectId);
        ps.setLong(3, s.getPersonId());
        ps.setString(4, s.getRole().name());
        ps.setInt(5, s.getFtePercent());
        ps.setObject(6, s.getStartDate());
        ps.setObject(7, s.getEndDate(), Types.DATE);
        ps.setString(8, s.getPark().name());
        ps.setString(
                9, w == null || w.getStatus() == null ? null : w.getStatus().name());
        ps.setObject(10, w == null ? null : w.getValidFrom(), Types.DATE);
        ps.setObject(11, w == null ? null : w.getValidUntil(), Types.DATE);
    }
}
