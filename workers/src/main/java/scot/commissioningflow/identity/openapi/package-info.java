/**
 * The published OpenAPI document tells the truth about access: its security schemes are the ways people and API
 * clients really sign in, and each operation names who may call it, read from the same
 * {@link scot.commissioningflow.identity.AccessRules} that guard it.
 */
package scot.commissioningflow.identity.openapi;
