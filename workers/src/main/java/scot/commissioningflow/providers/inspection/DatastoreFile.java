package scot.commissioningflow.providers.inspection;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.providers.KeyQuestion;
import scot.commissioningflow.providers.RegisteredCareService;
import scot.commissioningflow.providers.RegistrationStatus;

/**
 * Reads the Care Inspectorate's datastore CSV (RFC 4180, UTF-8) into registered services, or refuses the whole file
 * naming each problem's line and column. Columns are found by name, in any order; the complaints and enforcements
 * columns carry the year they count ({@code Complaints_upheld_2425}), so they are found by prefix and the latest
 * year is read. {@code ServiceType} is the provider's sector, not the type of service ({@code CareService}).
 */
final class DatastoreFile {

    /** The services the file lists, and the year of the complaints and enforcements counts it gives. */
    record Contents(String complaintsYear, List<Listed> services) {
    }

    /** One service and the line of the file it starts on. */
    record Listed(int line, RegisteredCareService service) {
    }

    static final String COMPLAINTS_PREFIX = "Complaints_upheld_";
    static final String ENFORCEMENTS_PREFIX = "Enforcements_issued_";
    private static final List<String> REQUIRED = List.of("CSNumber", "ServiceName", "ServiceProvider", "SP_number",
            "CareService", "ServiceStatus", "Council_Area_Name", "Client_group");
    private static final int MOST_PROBLEMS_TOLD = 20;
    private static final int LONGEST_NAME = 500;
    private static final int LONGEST_LABEL = 200;
    private static final Pattern SERVICE_NUMBER = Pattern.compile("CS\\d{10}");
    private static final Pattern PROVIDER_NUMBER = Pattern.compile("SP\\d{10}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final List<String> NOT_GRADED = List.of("", "NA", "N/A", "-");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private DatastoreFile() {
    }

    /** @throws InvalidInput naming the line and column of each problem (the first twenty); nothing is read then */
    static Contents read(byte[] content) {
        String text = decode(content);
        List<Row> rows = rows(text);
        if (rows.isEmpty()) {
            throw refused(List.of(new FieldProblem("file", "the file is empty: it has no header line")));
        }
        Header header = Header.of(rows.getFirst());
        List<FieldProblem> problems = new ArrayList<>();
        List<Listed> services = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (problems.size() >= MOST_PROBLEMS_TOLD) {
                break;
            }
            if (row.cells().size() != header.width()) {
                problems.add(new FieldProblem("line " + row.line(), "line " + row.line() + " has " + row.cells().size()
                        + " values where the header names " + header.width() + " columns"));
                continue;
            }
            RegisteredCareService service = new Reading(header, row, problems).service();
            if (service == null) {
                continue;
            }
            Integer earlier = lineOf.putIfAbsent(service.serviceNumber(), row.line());
            if (earlier != null) {
                problems.add(new FieldProblem("line " + row.line(), "line " + row.line() + " lists "
                        + service.serviceNumber() + " again: line " + earlier + " lists it already"));
            } else {
                services.add(new Listed(row.line(), service));
            }
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return new Contents(header.complaintsYear(), services);
    }

    private static InvalidInput refused(List<FieldProblem> problems) {
        return new InvalidInput(problems.stream().limit(MOST_PROBLEMS_TOLD).toList());
    }

    private static String decode(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw refused(List.of(new FieldProblem("line " + line, "line " + line + " is not UTF-8 text: save the"
                    + " file as CSV UTF-8 and import it again")));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** One record of the file: its cells as written, and the line it starts on. */
    record Row(int line, List<String> cells) {
    }

    /** Splits the text into records, keeping commas, quotes and line breaks inside quoted values. */
    static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !quoted) {
                inQuotes = true;
                quoted = true;
            } else if (c == '"' || quoted && c != ',' && c != '\n' && c != '\r') {
                throw refused(List.of(new FieldProblem("line " + line + ", column " + (cells.size() + 1),
                        "line " + line + ", column " + (cells.size() + 1) + " has a quote inside a value that is not"
                                + " wholly in quotes; write it as \"...\"\"...\"")));
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                addUnlessBlank(rows, rowLine, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                quoted = false;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (inQuotes) {
            throw refused(List.of(new FieldProblem("line " + rowLine + ", column " + (cells.size() + 1),
                    "line " + rowLine + ", column " + (cells.size() + 1) + " opens a quoted value that is never"
                            + " closed")));
        }
        cells.add(cell.toString());
        addUnlessBlank(rows, rowLine, cells);
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        if (cells.size() > 1 || !cells.getFirst().isBlank()) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }

    /** Where each column is, by its name in the header line. */
    private record Header(Map<String, Integer> columns, List<String> names, String complaintsYear,
            Integer complaintsColumn, Integer enforcementsColumn) {

        static Header of(Row row) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = row.cells().stream().map(String::strip).toList();
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), i);
            }
            List<FieldProblem> problems = new ArrayList<>();
            for (String required : REQUIRED) {
                if (!columns.containsKey(required.toLowerCase(Locale.ROOT))) {
                    problems.add(new FieldProblem("line 1", "line 1 has no " + required + " column; the header names "
                            + String.join(", ", names)));
                }
            }
            String complaintsYear = latestYear(names, COMPLAINTS_PREFIX, problems);
            String enforcementsYear = latestYear(names, ENFORCEMENTS_PREFIX, problems);
            if (!problems.isEmpty()) {
                throw refused(problems);
            }
            return new Header(columns, names, complaintsYear,
                    columns.get((COMPLAINTS_PREFIX + complaintsYear).toLowerCase(Locale.ROOT)),
                    columns.get((ENFORCEMENTS_PREFIX + enforcementsYear).toLowerCase(Locale.ROOT)));
        }

        /** The latest year suffix of the columns named with this prefix (2425 after 2324). */
        private static String latestYear(List<String> names, String prefix, List<FieldProblem> problems) {
            String latest = names.stream().filter(name -> name.regionMatches(true, 0, prefix, 0, prefix.length()))
                    .map(name -> name.substring(prefix.length())).filter(year -> YEAR.matcher(year).matches())
                    .max(String::compareTo).orElse(null);
            if (latest == null) {
                problems.add(new FieldProblem("line 1", "line 1 has no " + prefix + "... column with a year such as "
                        + prefix + "2425"));
            }
            return latest;
        }

        int width() {
            return names.size();
        }

        Integer column(String name) {
            return columns.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** One row read against the header, each problem named by line, column number and column name. */
    private static final class Reading {

        private final Header header;
        private final Row row;
        private final List<FieldProblem> problems;
        private final int problemsBefore;

        Reading(Header header, Row row, List<FieldProblem> problems) {
            this.header = header;
            this.row = row;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        /** Null when the row has problems, which are added to the list. */
        RegisteredCareService service() {
            String serviceNumber = matching("CSNumber", SERVICE_NUMBER, "a Care Inspectorate service number such as"
                    + " CS2003001025");
            String serviceName = text("ServiceName", LONGEST_NAME, true);
            String providerName = text("ServiceProvider", LONGEST_NAME, true);
            String providerNumber = matching("SP_number", PROVIDER_NUMBER, "a Care Inspectorate provider number such"
                    + " as SP2003000123");
            String careService = text("CareService", LONGEST_LABEL, true);
            String subtype = text("Subtype", LONGEST_LABEL, false);
            String sector = text("ServiceType", LONGEST_LABEL, false);
            RegistrationStatus status = status();
            String councilArea = text("Council_Area_Name", LONGEST_LABEL, false);
            String clientGroup = text("Client_group", LONGEST_LABEL, false);
            Integer places = whole("Registered_Places");
            Map<KeyQuestion, Integer> grades = new EnumMap<>(KeyQuestion.class);
            for (KeyQuestion question : KeyQuestion.values()) {
                Integer grade = grade(question.datastoreColumn());
                if (grade != null) {
                    grades.put(question, grade);
                }
            }
            Integer lowest = grade("MinGrade");
            if (lowest == null && !grades.isEmpty()) {
                lowest = grades.values().stream().min(Integer::compare).orElseThrow();
            }
            LocalDate lastInspection = date("Last_inspection_Date");
            Integer complaints = count(header.complaintsColumn());
            Integer enforcements = count(header.enforcementsColumn());
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new RegisteredCareService(serviceNumber, serviceName, providerName, providerNumber, careService,
                    subtype, sector, status, councilArea, clientGroup, places, grades, lowest, lastInspection,
                    header.complaintsYear(), complaints, enforcements, null, null, null);
        }

        private String value(Integer column) {
            return column == null ? "" : row.cells().get(column).strip();
        }

        private String text(String name, int longest, boolean required) {
            Integer column = header.column(name);
            String value = value(column);
            if (required && value.isEmpty()) {
                problem(column, "is empty; every service has a " + name);
            } else if (value.length() > longest) {
                problem(column, "is longer than " + longest + " characters");
            }
            return value;
        }

        private String matching(String name, Pattern pattern, String expected) {
            Integer column = header.column(name);
            String value = value(column);
            if (!pattern.matcher(value).matches()) {
                problem(column, "holds \"" + shortened(value) + "\", which is not " + expected);
            }
            return value;
        }

        private RegistrationStatus status() {
            Integer column = header.column("ServiceStatus");
            String value = value(column);
            try {
                return RegistrationStatus.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(column, "holds \"" + shortened(value) + "\", which is not Active, Inactive or Propositional");
                return null;
            }
        }

        private Integer whole(String name) {
            Integer column = header.column(name);
            String value = value(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            problem(column, "holds \"" + shortened(value) + "\", which is not a whole number");
            return null;
        }

        private Integer count(Integer column) {
            Integer number = whole(header.names().get(column));
            return number == null ? 0 : number;
        }

        private Integer grade(String name) {
            Integer column = header.column(name);
            String value = value(column);
            if (NOT_GRADED.contains(value.toUpperCase(Locale.ROOT))) {
                return null;
            }
            try {
                int grade = Integer.parseInt(value);
                if (grade >= 1 && grade <= 6) {
                    return grade;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            problem(column, "holds \"" + shortened(value) + "\", which is not a grade from 1 (unsatisfactory) to 6"
                    + " (excellent)");
            return null;
        }

        private LocalDate date(String name) {
            Integer column = header.column(name);
            String value = value(column);
            if (value.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(value, format);
                } catch (DateTimeParseException e) {
                    // the next format may read it
                }
            }
            problem(column, "holds \"" + shortened(value) + "\", which is not a date such as 31/03/2025");
            return null;
        }

        private void problem(Integer column, String what) {
            String where = "line " + row.line() + ", column " + (column + 1) + " (" + header.names().get(column) + ")";
            problems.add(new FieldProblem(where, where + " " + what));
        }

        private static String shortened(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "..." : value;
        }
    }
}
