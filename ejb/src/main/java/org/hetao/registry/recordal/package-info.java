/**
 * Recordals: the filing of an assignment or a licence (an ownership version, or an agreement) with a
 * patent office, and the legal rules that say when one is needed and what an unrecorded transaction
 * risks (see docs/zone.md, "Recordals").
 */
package org.hetao.registry.recordal;
