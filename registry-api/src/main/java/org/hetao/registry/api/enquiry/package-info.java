/** Investors' enquiries about assets and the owners' offices' answers. */
package org.hetao.registry.api.enquiry;
