package scot.commissioningflow.contracts.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A filled template, byte for byte, with the SHA-256 that every signature quotes: a signature binds to these exact
 * bytes and to nothing else.
 */
public record GeneratedDocument(byte[] content, String sha256) {

    public static GeneratedDocument of(byte[] content) {
        return new GeneratedDocument(content, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }
}
