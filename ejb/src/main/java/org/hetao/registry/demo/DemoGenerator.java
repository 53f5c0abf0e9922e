package org.hetao.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.demo.DemoPeople.Person;
import org.hetao.registry.demo.DemoVocabulary.Phrase;
import org.hetao.registry.demo.DemoVocabulary.Theme;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ParticipantRole;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.ProjectStatus;
import org.hetao.registry.project.Sector;
import org.hetao.registry.project.Site;
import org.hetao.registry.project.StaffingDetails;

/**
 * Generates the fictional part of the demo data set from a seed: people, joint projects with
 * participants, funding and staff, and their IP assets with ownership. The same seed and
 * institutions give the same data set on every run; nothing depends on the clock.
 */
public final class DemoGenerator {
    /** The seed of the data set that {@code REGISTRY_DEMO=true} loads. */
    public static final long SEED = 20_251_218L;

    public static final int PROJECTS = 240;
    public static final int MIN_ASSETS = 460;
    /** "Today" for the data set: statuses and filing outcomes are as of this date. */
    static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);
    static final String CODE_PREFIX = "DEMO-";
    private static final String FUNDER_ONLY = "DEMO-VENTURES";

    private final DemoDice dice;

    public DemoGenerator(long seed) {
        this.dice = new DemoDice(seed);
    }

    /** The data set that the demo loader stores: the reference institutions and the standard seed. */
    public static DemoDataSet standard() {
        return new DemoGenerator(SEED).generate(DemoInstitutions.all());
    }

    public DemoDataSet generate(List<InstitutionDetails> institutions) {
        return generate(institutions, 1, PROJECTS, MIN_ASSETS);
    }

    /**
     * A larger or smaller data set of the same kind (benchmarks): {@code count} projects numbered from
     * {@code first}, so that data sets made with different seeds and ranges have distinct codes, and
     * at least {@code minAssets} IP assets among them.
     */
    public DemoDataSet generate(List<InstitutionDetails> institutions, int first, int count, int minAssets) {
        List<Person> people = new DemoPeople(dice).generate(institutions, List.of(FUNDER_ONLY));
        Map<Long, List<Integer>> byInstitution = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            byInstitution
                    .computeIfAbsent(people.get(i).institution(), k -> new ArrayList<>())
                    .add(i);
        }
        DemoStaff staffing = new DemoStaff(dice, people, byInstitution);
        DemoFunding funding = new DemoFunding(dice);
        List<DemoAssets.Origin> origins = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            origins.add(project(n, institutions, staffing, funding));
        }
        int[] counts = assetCounts(origins, minAssets);
        DemoAssets assets = new DemoAssets(dice);
        List<DemoDataSet.Project> projects = new ArrayList<>();
        for (int i = 0; i < origins.size(); i++) {
            DemoAssets.Origin o = origins.get(i);
            projects.add(new DemoDataSet.Project(o.project(), o.staff(), assets.assets(o, counts[i])));
        }
        return new DemoDataSet(
                List.copyOf(institutions), people.stream().map(Person::details).toList(), List.copyOf(projects));
    }

    /** None for a proposed project, 0–4 for the others, then one more at a time until there are {@code minAssets}. */
    private int[] assetCounts(List<DemoAssets.Origin> origins, int minAssets) {
        int[] counts = new int[origins.size()];
        List<Integer> producing = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (origins.get(i).project().status() != ProjectStatus.PROPOSED) {
                producing.add(i);
                counts[i] = dice.weighted(10, 25, 30, 20, 15);
                total += counts[i];
            }
        }
        while (total < minAssets && !producing.isEmpty()) {
            counts[dice.pick(producing)]++;
            total++;
        }
        return counts;
    }

    private DemoAssets.Origin project(
            int n, List<InstitutionDetails> institutions, DemoStaff staffing, DemoFunding funding) {
        Sector sector = dice.pick(DemoVocabulary.SECTOR_WEIGHTS);
        Theme theme = DemoVocabulary.THEMES.get(sector);
        Phrase topic = dice.pick(theme.topics());
        Phrase method = dice.pick(theme.methods());
        Phrase method2 = dice.pick(theme.methods());
        Phrase application = dice.pick(theme.applications());
        List<Sector> sectors = new ArrayList<>(List.of(sector));
        Sector second = dice.pick(DemoVocabulary.SECTOR_WEIGHTS);
        if (second != sector && dice.chance(0.3)) {
            sectors.add(second);
        }

        boolean hongKongLead = dice.chance(0.5);
        List<ParticipantDetails> participants = participants(institutions, hongKongLead, sector);
        Site site = Site.values()[hongKongLead ? dice.weighted(45, 15, 40) : dice.weighted(15, 45, 40)];
        int year = 2021 + dice.weighted(12, 17, 20, 20, 18, 13);
        LocalDate start = LocalDate.of(year, dice.between(1, 12), 1);
        LocalDate end = DemoStaff.min(start.plusMonths(dice.between(24, 48)).minusDays(1), LAST_DAY);
        ProjectStatus status = status(start, end);
        Confidentiality confidentiality = Confidentiality.values()[dice.weighted(70, 20, 10)];
        String code = CODE_PREFIX + year + "-" + String.format(Locale.ROOT, "%04d", n);

        InstitutionDetails lead =
                institutions.get((int) (long) participants.get(0).institutionId() - 1);
        InstitutionDetails partner =
                institutions.get((int) (long) participants.get(1).institutionId() - 1);
        Phrase park = switch (site) {
            case HK_PARK -> DemoVocabulary.HK_PARK;
            case SHENZHEN_PARK -> DemoVocabulary.SHENZHEN_PARK;
            case BOTH -> DemoVocabulary.BOTH_PARKS;
        };
        DemoTexts.Subject subject = new DemoTexts.Subject(
                topic,
                method,
                method2,
                application,
                dice.pick(DemoVocabulary.OUTCOMES),
                park,
                lead,
                partner,
                end.getYear(),
                dice.between(0, 3));
        ProjectDetails details = new ProjectDetails(
                code,
                DemoTexts.projectTitle(subject),
                DemoTexts.projectAbstract(subject),
                keywords(topic, method, application),
                sectors,
                site,
                status,
                start,
                end,
                confidentiality,
                participants,
                funding.lines(hongKongLead, year));
        List<StaffingDetails> staff = staffing.staff(new DemoStaff.Frame(participants, site, start, end));
        return new DemoAssets.Origin(n, details, staff, theme, topic, method, application);
    }

    /** One LEAD, one to three partners (at least one across the boundary), sometimes industry partners and a funder. */
    private List<ParticipantDetails> participants(
            List<InstitutionDetails> institutions, boolean hongKongLead, Sector sector) {
        List<Long> hongKong = new ArrayList<>();
        List<Long> mainland = new ArrayList<>();
        List<Long> industry = new ArrayList<>();
        for (int i = 0; i < institutions.size(); i++) {
            InstitutionDetails inst = institutions.get(i);
            long position = i + 1L;
            boolean research =
                    inst.kind() == InstitutionKind.UNIVERSITY || inst.kind() == InstitutionKind.RESEARCH_INSTITUTE;
            if (research && inst.jurisdiction() == Jurisdiction.HK) {
                hongKong.add(position);
            } else if (research && inst.jurisdiction() == Jurisdiction.MAINLAND) {
                mainland.add(position);
            } else if (fictionalSectors(inst).contains(sector)) {
                industry.add(position);
            }
        }
        List<ParticipantDetails> result = new ArrayList<>();
        long lead = dice.pick(hongKongLead ? hongKong : mainland);
        result.add(new ParticipantDetails(lead, ParticipantRole.LEAD));
        long across = dice.pick(hongKongLead ? mainland : hongKong);
        result.add(new ParticipantDetails(across, ParticipantRole.PARTNER));
        List<Long> more = new ArrayList<>(hongKong);
        more.addAll(mainland);
        more.removeAll(List.of(lead, across));
        dice.sample(more, dice.weighted(50, 35, 15))
                .forEach(p -> result.add(new ParticipantDetails(p, ParticipantRole.PARTNER)));
        if (!industry.isEmpty() && dice.chance(0.55)) {
            dice.sample(industry, dice.chance(0.2) ? 2 : 1)
                    .forEach(p -> result.add(new ParticipantDetails(p, ParticipantRole.INDUSTRY_PARTNER)));
        }
        if (dice.chance(0.08)) {
            for (int i = 0; i < institutions.size(); i++) {
                if (institutions.get(i).shortName().equals(FUNDER_ONLY)) {
                    result.add(new ParticipantDetails(i + 1L, ParticipantRole.FUNDER));
                }
            }
        }
        return result;
    }

    private static Set<Sector> fictionalSectors(InstitutionDetails inst) {
        return DemoInstitutions.fictional().stream()
                .filter(f -> f.shortName().equals(inst.shortName()))
                .findFirst()
                .map(DemoInstitutions.Fictional::sectors)
                .orElse(Set.of());
    }

    /** As of the reference date: proposed before the start, completed (or terminated) after the end, else active (or suspended). */
    private ProjectStatus status(LocalDate start, LocalDate end) {
        if (start.isAfter(REFERENCE)) {
            return ProjectStatus.PROPOSED;
        }
        if (end.isBefore(REFERENCE)) {
            return dice.chance(0.9) ? ProjectStatus.COMPLETED : ProjectStatus.TERMINATED;
        }
        return dice.chance(0.92) ? ProjectStatus.ACTIVE : ProjectStatus.SUSPENDED;
    }

    /** The phrases in English and both Chinese scripts, so that a keyword search in any of them matches. */
    private static List<String> keywords(Phrase... phrases) {
        Set<String> result = new LinkedHashSet<>();
        for (Phrase p : phrases) {
            result.add(p.en());
            result.add(p.zhHant());
            result.add(p.zhHans());
        }
        result.add("fictional demo data");
        return List.copyOf(result);
    }
}
