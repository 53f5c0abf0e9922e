/**
 * Investors' enquiries about licensable assets: a tracked thread between the investor and the
 * offices of the asset's owning institutions, with messages, the offices' internal notes and a
 * status the entity guards ({@link org.hetao.registry.enquiry.EnquiryStatus}).
 */
package org.hetao.registry.enquiry;
