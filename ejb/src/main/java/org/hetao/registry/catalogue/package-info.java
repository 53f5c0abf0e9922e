/**
 * The public catalogue: the licensable IP assets, as an investor may read them, open without
 * sign-in, with their owning institutions; limited per client address and switched off by an
 * administrator at run time (its default: {@code registry.public.catalogue.enabled}).
 */
package org.hetao.registry.catalogue;
