/**
 * Shared infrastructure every feature may use: the engine and database the product runs on, process helpers for job
 * workers, and the REST error vocabulary. It holds no commissioning rules of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package scot.commissioningflow.platform;
