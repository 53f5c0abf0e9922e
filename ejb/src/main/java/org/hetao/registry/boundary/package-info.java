/**
 * Goods and data crossing the boundary: transfers of biological samples, other material, personal data
 * and research data of a project between the Hong Kong park and the Shenzhen park, each with its
 * clearance route, the consent of the sending and receiving institutions and its status (see
 * docs/zone.md, "Goods and data crossing the boundary").
 */
package org.hetao.registry.boundary;
