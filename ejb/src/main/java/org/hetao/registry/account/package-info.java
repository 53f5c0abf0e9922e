/** Accounts, roles, password hashing, bearer tokens and the permission check. */
package org.hetao.registry.account;
