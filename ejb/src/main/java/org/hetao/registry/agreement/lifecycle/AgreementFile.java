package org.hetao.registry.agreement.lifecycle;

/** An agreement's PDF as downloaded: a draft rendered on request, or the stored bytes of an issued revision. */
public record AgreementFile(String fileName, byte[] bytes, String sha256, boolean draft) {}
