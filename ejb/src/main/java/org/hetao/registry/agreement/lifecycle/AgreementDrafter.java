package org.hetao.registry.agreement.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.agreement.BackgroundIp;
import org.hetao.registry.agreement.ContributionPlace;
import org.hetao.registry.agreement.Filing;
import org.hetao.registry.agreement.Inventor;
import org.hetao.registry.agreement.IpAssetSummary;
import org.hetao.registry.agreement.Party;
import org.hetao.registry.agreement.PartyShare;
import org.hetao.registry.agreement.ProjectSummary;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipShare;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonRepository;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectRepository;

/**
 * Copies what an agreement says about the world from the registry's records. The parties are the
 * owners of the ownership version (largest share first), followed by any institution that employs
 * an inventor without owning a share; each is named by its institution's short name. An inventor's
 * contribution counts as made in Hong Kong or the Mainland when all their staffing lines on the
 * project are in the Hong Kong or the Shenzhen park.
 */
@ApplicationScoped
public class AgreementDrafter {
    @Inject
    ProjectRepository projects;

    @Inject
    InstitutionRepository institutions;

    @Inject
    PersonRepository people;

    /** The content of an agreement and the institutions behind its party codes. */
    public record Drafting(AgreementContent content, List<AgreementParty> parties) {}

    /** The content of an agreement about {@code asset} made from {@code ownership}, with a signatory for every party. */
    public Drafting draft(
            IpAsset asset, OwnershipVersion ownership, List<Signatory> signatories, List<BackgroundIp> backgroundIp) {
        Project project = projects.get(asset.getProjectId());
        Map<Long, Institution> parties = parties(asset, ownership);
        List<Person> inventors = asset.getInventors().stream()
                .map(i -> people.get(i.getPersonId()))
                .toList();
        Map<String, Signatory> signing = signatories(
                signatories,
                parties.values().stream().map(Institution::getShortName).toList());

        List<Party> partyList = new ArrayList<>();
        List<AgreementParty> partyRefs = new ArrayList<>();
        for (Institution inst : parties.values()) {
            Signatory s = signing.get(inst.getShortName());
            partyList.add(new Party(inst.getShortName(), legalName(inst), inst.getJurisdiction(), s.name(), s.title()));
            partyRefs.add(new AgreementParty(inst.getId(), inst.getShortName()));
        }
        List<PartyShare> owners = ownership.getShares().stream()
                .map(s -> new PartyShare(parties.get(s.getInstitutionId()).getShortName(), s.getShareBp()))
                .toList();
        List<Inventor> inventorList = new ArrayList<>();
        for (int i = 0; i < inventors.size(); i++) {
            Person p = inventors.get(i);
            inventorList.add(new Inventor(
                    inventorName(p),
                    parties.get(p.getInstitutionId()).getShortName(),
                    asset.getInventors().get(i).getShareBp(),
                    place(project, p.getId())));
        }
        AgreementContent content = new AgreementContent(
                new ProjectSummary(project.getCode(), project.getTitle()),
                summary(asset),
                partyList,
                owners,
                inventorList,
                backgroundIp);
        return new Drafting(content, partyRefs);
    }

    /** The codes of the parties an agreement about {@code asset} made from {@code ownership} has, in order. */
    public List<String> partyCodes(IpAsset asset, OwnershipVersion ownership) {
        return parties(asset, ownership).values().stream()
                .map(Institution::getShortName)
                .toList();
    }

    /** The owners, largest share first, then the inventors' employers that own no share. */
    private Map<Long, Institution> parties(IpAsset asset, OwnershipVersion ownership) {
        Map<Long, Institution> parties = new LinkedHashMap<>();
        for (OwnershipShare s : ownership.getShares()) {
            parties.put(s.getInstitutionId(), institutions.get(s.getInstitutionId()));
        }
        for (org.hetao.registry.ipasset.Inventor i : asset.getInventors()) {
            parties.computeIfAbsent(people.get(i.getPersonId()).getInstitutionId(), institutions::get);
        }
        return parties;
    }

    /** One signatory for each party, checked line by line as the client sent them. */
    private static Map<String, Signatory> signatories(List<Signatory> given, List<String> codes) {
        Map<String, Signatory> byCode = new LinkedHashMap<>();
        List<Signatory> lines = given == null ? List.of() : given;
        for (int i = 0; i < lines.size(); i++) {
            String field = "signatories[" + i + "]";
            Signatory s = Checks.require(field, lines.get(i));
            String code = Checks.requireText(field + ".party", s.party(), 40);
            if (!codes.contains(code)) {
                throw new InvalidValueException(
                        field + ".party",
                        ErrorCode.AGREEMENT_NOT_A_PARTY,
                        code + " is not a party; the parties are " + codes,
                        Map.of("party", code));
            }
            if (byCode.containsKey(code)) {
                throw new InvalidValueException(
                        field + ".party", ErrorCode.DUPLICATE, "names " + code + " twice", Map.of("value", code));
            }
            byCode.put(
                    code,
                    new Signatory(
                            code,
                            Checks.requireText(field + ".name", s.name(), 200),
                            Checks.requireText(field + ".title", s.title(), 200)));
        }
        List<String> missing =
                codes.stream().filter(c -> !byCode.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidValueException(
                    "signatories",
                    ErrorCode.AGREEMENT_SIGNATORIES_MISSING,
                    "name who signs for every party; missing: " + String.join(", ", missing)
                            + " (parties are named by their institutions' short names)",
                    Map.of("missing", List.copyOf(missing)));
        }
        return byCode;
    }

    private static LocalizedText legalName(Institution inst) {
        LocalizedText name = inst.getName();
        if (name.zhHant() == null && name.zhHans() == null) {
            throw new ConflictException(
                    "Institution " + inst.getShortName() + " (" + inst.getId() + ") has no Chinese name: an agreement "
                            + "names every party in English and Chinese; add the name with PUT /api/institutions/"
                            + inst.getId());
        }
        return name;
    }

    private static String inventorName(Person p) {
        String both = p.getNameZh() == null ? p.getNameEn() : p.getNameEn() + " " + p.getNameZh();
        return both.length() <= 200 ? both : p.getNameEn();
    }

    private static ContributionPlace place(Project project, long personId) {
        Set<Park> parks = project.getStaff().stream()
                .filter(s -> s.getPersonId() == personId)
                .map(s -> s.getPark())
                .collect(Collectors.toSet());
        if (parks.size() != 1) {
            return null;
        }
        return parks.contains(Park.HK_PARK) ? ContributionPlace.HONG_KONG : ContributionPlace.MAINLAND;
    }

    private static IpAssetSummary summary(IpAsset asset) {
        List<Filing> filings =
                asset.getFilings().stream().map(f -> Filing.of(f.details())).toList();
        return new IpAssetSummary(asset.getTitle(), asset.getType(), filings);
    }
}
