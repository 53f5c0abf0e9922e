/** Proposed ownership changes and the co-owners' decisions on them. */
package org.hetao.registry.api.proposal;
