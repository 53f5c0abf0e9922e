/** The public catalogue over HTTP: licensable IP assets without sign-in. */
package org.hetao.registry.api.catalogue;
