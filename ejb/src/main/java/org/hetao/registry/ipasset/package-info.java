/** IP assets: the results of a project, with their filings and inventors. */
package org.hetao.registry.ipasset;
