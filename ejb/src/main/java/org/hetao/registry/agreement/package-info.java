/**
 * Joint-ownership agreements as terms: the unified IP framework (its texts in three scripts, loaded
 * and checked), the options the parties choose, the clauses the options select, the warnings about
 * points the options leave open, and the summaries of the project, the IP asset, the parties and the
 * inventors that a document states. How a document is laid out as a PDF is in {@code agreement.pdf};
 * stored agreements and their steps are in {@code agreement.lifecycle}.
 */
package org.hetao.registry.agreement;
