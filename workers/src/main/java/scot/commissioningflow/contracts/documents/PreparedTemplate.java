package scot.commissioningflow.contracts.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.model.datastorage.migration.VariablePrepare;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Document;

/**
 * A Word template read once and kept ready to fill: its main document part as XML with each placeholder in one run,
 * and every other part of the package byte for byte. Filling then parses only the main part and writes the package
 * back around it, instead of loading and saving the whole package (styles, fonts, numbering) for every contract.
 */
final class PreparedTemplate {

    /** Entries are written with this time, so the same fields give the same bytes (and the same SHA-256). */
    private static final long ENTRY_TIME = 315532800000L;

    private final String name;
    private final String mainPart;
    private final String mainXml;
    /** Every entry of the package in its order; the main part's value is empty, being filled each time. */
    private final Map<String, byte[]> parts;

    private PreparedTemplate(String name, String mainPart, String mainXml, Map<String, byte[]> parts) {
        this.name = name;
        this.mainPart = mainPart;
        this.mainXml = mainXml;
        this.parts = parts;
    }

    static PreparedTemplate read(String name, InputStream in) {
        try {
            byte[] docx = in.readAllBytes();
            WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            // Word splits text into runs at whim (spell-check, edits); placeholders must sit in one run to be found.
            VariablePrepare.prepare(document);
            String mainPart = document.getMainDocumentPart().getPartName().getName().substring(1);
            String mainXml = XmlUtils.marshaltoString(document.getMainDocumentPart().getJaxbElement(), true, false);
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (!entry.isDirectory()) {
                        parts.put(entry.getName(), entry.getName().equals(mainPart) ? new byte[0] : zip.readAllBytes());
                    }
                }
            }
            if (!parts.containsKey(mainPart)) {
                throw new IOException("the package has no " + mainPart);
            }
            return new PreparedTemplate(name, mainPart, mainXml, Collections.unmodifiableMap(parts));
        } catch (Exception e) {
            throw new UnusableTemplate("The template " + name + " could not be read as a Word document ("
                    + reason(e) + ").", e);
        }
    }

    String name() {
        return name;
    }

    /** A fresh copy of the main document part, the caller's to fill. */
    Document body() {
        try {
            return (Document) XmlUtils.unmarshalString(mainXml, Context.jc, Document.class);
        } catch (Exception e) {
            throw new UnusableTemplate("The template " + name + " could not be read as a Word document ("
                    + reason(e) + ").", e);
        }
    }

    /** The template's package with its main document part replaced by the filled one. */
    byte[] with(Document filled) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    write(zip, part.getKey(), part.getKey().equals(mainPart)
                            ? XmlUtils.marshaltoString(filled, false, false).getBytes(StandardCharsets.UTF_8)
                            : part.getValue());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("A filled " + name + " could not be written in memory", e);
        }
    }

    private static void write(ZipOutputStream zip, String entryName, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(entryName);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
