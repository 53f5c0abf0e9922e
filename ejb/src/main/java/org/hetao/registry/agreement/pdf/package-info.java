/**
 * The PDF of an agreement document, drawn with OpenPDF: the front matter, the clauses in one or two
 * languages (side by side or clause by clause), the tables of parties, shares and results, page
 * headers, footers and the draft stamp, and the embedded Noto Sans CJK fonts ({@link
 * org.hetao.registry.agreement.pdf.FontLocator} finds the file). The same document always renders to
 * the same bytes. {@link org.hetao.registry.agreement.pdf.AgreementRenderer} is the entry point.
 */
package org.hetao.registry.agreement.pdf;
