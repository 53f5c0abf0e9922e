/**
 * Subsetting of the CFF (OpenType) CJK fonts embedded in agreement PDFs: {@link
 * org.hetao.registry.agreement.pdf.cff.CffRepairingWriter} is OpenPDF's writer with each CFF font
 * subset replaced by one that keeps every subroutine its glyphs call, so that no glyph loses strokes.
 */
package org.hetao.registry.agreement.pdf.cff;
