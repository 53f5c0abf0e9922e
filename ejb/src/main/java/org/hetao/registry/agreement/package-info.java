/** Joint-ownership agreements: the unified IP framework, options, warnings and the PDF rendering. */
package org.hetao.registry.agreement;
