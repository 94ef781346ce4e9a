/**
 * Sign-in and authorisation: accounts, roles and their permissions, password hashing, lockout after repeated
 * failures, the identity store behind Jakarta Security, and the administrator's account management.
 */
package vn.congdoan.intranet.security;
