/** Accounts, password hashing, bearer tokens and signing in; who may do what is {@code org.hetao.registry.access}'s. */
package org.hetao.registry.account;
