package org.hetao.registry.enquiry;

/** A line of the offices' report: how many enquiries about an asset, sent in a month ("2026-12"), are in a status now. */
public record EnquiryCount(String month, long ipAssetId, EnquiryStatus status, long count) {}
