package org.hetao.registry.inbox;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.access.Role;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;

/** The e-mails of committed inbox items: one to each enabled office account of the addressed institution that has an e-mail address. */
@Stateless
public class MailRecipients {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public List<MailMessage> messages(List<Long> itemIds) {
        List<MailMessage> out = new ArrayList<>();
        for (long id : itemIds) {
            InboxItem item = em.find(InboxItem.class, id);
            if (item == null) {
                continue;
            }
            Institution institution = em.find(Institution.class, item.getInstitutionId());
            Jurisdiction place = institution == null ? Jurisdiction.MAINLAND : institution.getJurisdiction();
            em.createQuery(
                            "SELECT a.email FROM Account a WHERE a.institutionId = :i AND a.role = :r AND a.enabled = TRUE AND a.email IS NOT NULL "
                                    + "ORDER BY a.username",
                            String.class)
                    .setParameter("i", item.getInstitutionId())
                    .setParameter("r", Role.TTO)
                    .getResultList()
                    .forEach(to -> out.add(InboxMailText.of(item, place, to)));
        }
        return out;
    }
}
