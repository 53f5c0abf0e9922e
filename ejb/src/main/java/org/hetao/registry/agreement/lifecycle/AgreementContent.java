package org.hetao.registry.agreement.lifecycle;

import java.time.Instant;
import java.util.List;
import org.hetao.registry.agreement.AgreementDocument;
import org.hetao.registry.agreement.AgreementOptions;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.agreement.AgreementWarning;
import org.hetao.registry.agreement.AgreementWarnings;
import org.hetao.registry.agreement.BackgroundIp;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.agreement.Inventor;
import org.hetao.registry.agreement.IpAssetSummary;
import org.hetao.registry.agreement.Party;
import org.hetao.registry.agreement.PartyShare;
import org.hetao.registry.agreement.ProjectSummary;

/**
 * What an agreement revision says about the world, copied from the registry's records when it was
 * drafted: the project, the asset, the parties (with signatories), the owners' shares of the
 * ownership version it was made from, the inventors and each party's Background IP. Later changes
 * to those records do not change the revision.
 */
public record AgreementContent(
        ProjectSummary project,
        IpAssetSummary asset,
        List<Party> parties,
        List<PartyShare> owners,
        List<Inventor> inventors,
        List<BackgroundIp> backgroundIp) {

    public AgreementContent {
        parties = List.copyOf(parties);
        owners = List.copyOf(owners);
        inventors = inventors == null ? List.of() : List.copyOf(inventors);
        backgroundIp = backgroundIp == null ? List.of() : List.copyOf(backgroundIp);
    }

    /** The points the options leave to default rules that differ between Hong Kong and the Mainland. */
    public List<AgreementWarning> warnings(Framework fw, AgreementOptions options) {
        return AgreementWarnings.of(fw, parties, inventors, asset, options);
    }

    /** The document to render; building it checks the options against the parties and owners. */
    public AgreementDocument document(
            String agreementId,
            int revision,
            Framework fw,
            AgreementStatus status,
            Instant createdAt,
            AgreementOptions options) {
        return new AgreementDocument(
                agreementId,
                revision,
                fw.version(),
                status,
                createdAt,
                project,
                asset,
                parties,
                owners,
                inventors,
                backgroundIp,
                options,
                warnings(fw, options));
    }
}
