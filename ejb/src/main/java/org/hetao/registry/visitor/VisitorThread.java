package org.hetao.registry.visitor;

import java.util.Map;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.enquiry.Enquiry;

/**
 * A visitor's enquiry as the visitor sees it: the asset's title while the asset is public (else null)
 * and the names of the offices' institutions that wrote in the thread (never their accounts).
 */
public record VisitorThread(Enquiry enquiry, LocalizedText assetTitle, Map<Long, LocalizedText> offices) {}
