/** The life of an agreement: drafts made from stored records, issue, signature, supersession, and the framework versions. */
package org.hetao.registry.agreement.lifecycle;
