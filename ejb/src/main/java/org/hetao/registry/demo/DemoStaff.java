package org.hetao.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.demo.DemoPeople.Person;
import org.hetao.registry.demo.DemoPeople.Stage;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ParticipantRole;
import org.hetao.registry.project.Site;
import org.hetao.registry.project.StaffRole;
import org.hetao.registry.project.StaffingDetails;
import org.hetao.registry.project.WhiteListStatus;

/**
 * The staff of a demo project, drawn from the people of its participants: a PI of the lead,
 * co-investigators of the partners, post-docs, research assistants, PhD students and engineers.
 * Staff of a Mainland institution who work in the Hong Kong park carry a white-list registration
 * approved for the whole period they work there.
 */
final class DemoStaff {
    private final DemoDice dice;
    private final List<Person> people;
    private final Map<Long, List<Integer>> byInstitution;

    /** {@code byInstitution}: institution position to the indexes of its people in {@code people}. */
    DemoStaff(DemoDice dice, List<Person> people, Map<Long, List<Integer>> byInstitution) {
        this.dice = dice;
        this.people = people;
        this.byInstitution = byInstitution;
    }

    /** The project being staffed. */
    record Frame(List<ParticipantDetails> participants, Site site, LocalDate start, LocalDate end) {
        long lead() {
            return participants.stream()
                    .filter(p -> p.role() == ParticipantRole.LEAD)
                    .findFirst()
                    .orElseThrow()
                    .institutionId();
        }

        List<Long> withRole(ParticipantRole role) {
            return participants.stream()
                    .filter(p -> p.role() == role)
                    .map(ParticipantDetails::institutionId)
                    .toList();
        }

        List<Long> researchers() {
            List<Long> result = new ArrayList<>(List.of(lead()));
            result.addAll(withRole(ParticipantRole.PARTNER));
            return result;
        }
    }

    List<StaffingDetails> staff(Frame f) {
        List<StaffingDetails> lines = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        long lead = f.lead();
        add(lines, taken, f, StaffRole.PI, List.of(lead), Stage.SENIOR, true);
        for (long partner : f.withRole(ParticipantRole.PARTNER)) {
            if (dice.chance(0.85)) {
                add(lines, taken, f, StaffRole.CO_INVESTIGATOR, List.of(partner), Stage.SENIOR, false);
            }
        }
        for (long industry : f.withRole(ParticipantRole.INDUSTRY_PARTNER)) {
            if (dice.chance(0.4)) {
                add(lines, taken, f, StaffRole.CO_INVESTIGATOR, List.of(industry), Stage.SENIOR, false);
            }
        }
        if (dice.chance(0.3)) {
            add(lines, taken, f, StaffRole.CO_INVESTIGATOR, List.of(lead), Stage.SENIOR, false);
        }
        repeat(dice.between(1, 4), () -> add(lines, taken, f, StaffRole.POSTDOC, pickSide(f), Stage.POSTDOC, false));
        repeat(
                dice.between(0, 2),
                () -> add(lines, taken, f, StaffRole.RESEARCH_ASSISTANT, pickSide(f), Stage.RESEARCH_ASSISTANT, false));
        repeat(
                dice.between(0, 3),
                () -> add(lines, taken, f, StaffRole.PHD_STUDENT, pickSide(f), Stage.PHD_STUDENT, false));
        List<Long> industry = f.withRole(ParticipantRole.INDUSTRY_PARTNER);
        repeat(
                dice.between(0, 2),
                () -> add(
                        lines,
                        taken,
                        f,
                        StaffRole.ENGINEER,
                        industry.isEmpty() ? List.of(lead) : industry,
                        Stage.ENGINEER,
                        false));
        return lines;
    }

    private static void repeat(int times, Runnable r) {
        for (int i = 0; i < times; i++) {
            r.run();
        }
    }

    /** The lead more often than any one partner; all research participants as fall-backs. */
    private List<Long> pickSide(Frame f) {
        List<Long> researchers = f.researchers();
        long first = dice.chance(0.55) ? researchers.get(0) : dice.pick(researchers);
        List<Long> order = new ArrayList<>(List.of(first));
        researchers.stream().filter(r -> r != first).forEach(order::add);
        return order;
    }

    /** Adds a person of the first institution that has one of the stage (any stage if {@code anyStage}). */
    private void add(
            List<StaffingDetails> lines,
            Set<Integer> taken,
            Frame f,
            StaffRole role,
            List<Long> institutions,
            Stage stage,
            boolean anyStage) {
        Integer chosen = null;
        for (long institution : institutions) {
            List<Integer> candidates = byInstitution.getOrDefault(institution, List.of()).stream()
                    .filter(i -> !taken.contains(i) && people.get(i).stage() == stage)
                    .toList();
            if (candidates.isEmpty() && anyStage) {
                candidates = byInstitution.getOrDefault(institution, List.of()).stream()
                        .filter(i -> !taken.contains(i))
                        .toList();
            }
            if (!candidates.isEmpty()) {
                chosen = dice.pick(candidates);
                break;
            }
        }
        if (chosen == null) {
            return;
        }
        taken.add(chosen);
        lines.add(line(f, chosen + 1L, people.get(chosen).home(), role));
    }

    private StaffingDetails line(Frame f, long person, Jurisdiction home, StaffRole role) {
        LocalDate start = dice.dateBetween(f.start(), min(f.start().plusDays(120), f.end()));
        LocalDate end = f.end();
        if ((role == StaffRole.POSTDOC || role == StaffRole.RESEARCH_ASSISTANT) && dice.chance(0.3)) {
            end = min(start.plusMonths(dice.between(12, 24)).minusDays(1), f.end());
        }
        int fte = switch (role) {
            case PI -> 5 * dice.between(2, 6);
            case CO_INVESTIGATOR -> 5 * dice.between(1, 4);
            case POSTDOC, RESEARCH_ASSISTANT, PHD_STUDENT -> 10 * dice.between(5, 10);
            case ENGINEER -> 10 * dice.between(2, 6);
        };
        Park park = park(f.site(), home);
        if (home != Jurisdiction.MAINLAND || park != Park.HK_PARK) {
            return new StaffingDetails(person, role, fte, start, end, park, null, null, null);
        }
        // The dice are thrown as they always were, so that the rest of the data set stays the same;
        // every registration is APPROVED for the whole period worked in the Hong Kong park, as the
        // registry requires. Some were renewed late (valid only from the start, for one to three years,
        // then extended to the end), some ran from well before the start.
        WhiteListStatus drawn = WhiteListStatus.values()[dice.weighted(12, 70, 10, 8)];
        LocalDate from = drawn == WhiteListStatus.PENDING ? start.minusMonths(2) : start;
        LocalDate until = drawn == WhiteListStatus.APPROVED
                ? max(start.plusYears(dice.between(1, 3)).minusDays(1), end)
                : end;
        return new StaffingDetails(person, role, fte, start, end, park, WhiteListStatus.APPROVED, from, until);
    }

    private Park park(Site site, Jurisdiction home) {
        return switch (site) {
            case HK_PARK -> Park.HK_PARK;
            case SHENZHEN_PARK -> Park.SHENZHEN_PARK;
            case BOTH ->
                home == Jurisdiction.MAINLAND
                        ? dice.chance(0.55) ? Park.SHENZHEN_PARK : Park.HK_PARK
                        : dice.chance(0.75) ? Park.HK_PARK : Park.SHENZHEN_PARK;
        };
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
