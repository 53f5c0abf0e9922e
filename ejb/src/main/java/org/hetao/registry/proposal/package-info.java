/** Proposed changes of an asset's ownership and the co-owners' approvals that make them take effect. */
package org.hetao.registry.proposal;
