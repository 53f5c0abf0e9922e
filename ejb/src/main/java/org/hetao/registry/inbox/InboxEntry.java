package org.hetao.registry.inbox;

import org.hetao.registry.common.LocalizedText;

/**
 * An inbox item as its reader sees it: whether this account has read it, the asset's title (null
 * when the reader may not read the asset, such as a proposed new owner before it owns a share),
 * and the short names of the addressed institution and of the institution that acted.
 */
public record InboxEntry(
        InboxItem item, boolean read, LocalizedText assetTitle, String institution, String actorInstitution) {}
