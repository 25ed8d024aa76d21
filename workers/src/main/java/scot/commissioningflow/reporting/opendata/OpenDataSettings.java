package scot.commissioningflow.reporting.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the open contracting data names itself ({@code commissioning.open-data.*}).
 *
 * @param ocidPrefix        the prefix the Open Contracting Partnership registered for the publisher; every ocid starts
 *                          with it. The default is a placeholder: register a prefix before publishing for real
 * @param publisherName     who publishes the data (the council, partnership or national body running the product)
 * @param publisherUri      a URI identifying the publisher, or blank
 * @param baseUrl           the address the API is reached at from outside, from which package URIs are made
 * @param licence           the licence the data is published under (the Open Government Licence by default)
 * @param publicationPolicy the publication policy's URI; blank for the policy the product serves itself
 */
@ConfigurationProperties("commissioning.open-data")
public record OpenDataSettings(String ocidPrefix, String publisherName, String publisherUri, String baseUrl,
        String licence, String publicationPolicy) {

    public OpenDataSettings {
        ocidPrefix = blank(ocidPrefix) ? "ocds-cflow0" : ocidPrefix.strip();
        publisherName = blank(publisherName) ? "Commissioning Flow" : publisherName.strip();
        publisherUri = blank(publisherUri) ? null : publisherUri.strip();
        baseUrl = blank(baseUrl) ? "http://localhost:8080" : stripSlash(baseUrl.strip());
        licence = blank(licence)
                ? "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" : licence.strip();
        publicationPolicy = blank(publicationPolicy) ? baseUrl + OpenDataController.POLICY : publicationPolicy.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
