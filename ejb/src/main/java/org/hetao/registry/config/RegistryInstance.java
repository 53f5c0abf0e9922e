package org.hetao.registry.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * This registry's identity: an id made once, when its database was created, and never changed. It
 * tells this registry's record ids from another registry's in exported files ({@code registry:<instance>:<id>}).
 * A database restored from a backup keeps it: the restored registry is the same registry.
 */
@Entity
@Table(name = "registry_instance")
public class RegistryInstance {
    @Id
    @Column(length = 40, updatable = false)
    private String id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected RegistryInstance() {}

    /** The id of the registry whose database this is. */
    public static String id(EntityManager em) {
        return em.createQuery("SELECT r.id FROM RegistryInstance r", String.class)
                .getSingleResult();
    }

    public String getId() {
        return id;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
