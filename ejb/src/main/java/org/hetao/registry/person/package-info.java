/** People: researchers and staff, with their ORCID iD and home institution. */
package org.hetao.registry.person;
