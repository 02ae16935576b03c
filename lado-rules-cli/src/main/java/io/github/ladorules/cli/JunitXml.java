package io.github.ladorules.cli;

import io.github.ladorules.testcases.TestCaseResult;
import io.github.ladorules.testcases.TestRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A test run as JUnit XML, the format CI servers read: one {@code <testcase>} per file, with {@code <failure>} for a
 * case that differs, {@code <error>} for one that could not be read or evaluated, and {@code <skipped>} for a known
 * gap. Written with the JDK's XML writer, which escapes markup; characters XML 1.0 cannot hold at all (most control
 * characters) are removed first, so any name gives a file every parser accepts.
 */
final class JunitXml {
    private JunitXml() {
    }

    static void write(TestRun run, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "lado-rules test cases");
            xml.writeAttribute("tests", String.valueOf(run.results().size()));
            xml.writeAttribute("failures", String.valueOf(run.withStatus(TestCaseResult.Status.FAILED).size()));
            xml.writeAttribute("errors", String.valueOf(run.withStatus(TestCaseResult.Status.INVALID).size()
                    + run.withStatus(TestCaseResult.Status.ERROR).size()));
            xml.writeAttribute("skipped", String.valueOf(run.withStatus(TestCaseResult.Status.KNOWN_GAP).size()));
            for (TestCaseResult r : run.results()) {
                xml.writeCharacters("\n  ");
                testCase(xml, r);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("the JUnit XML could not be written", e);
        }
    }

    private static void testCase(XMLStreamWriter xml, TestCaseResult r) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", xmlSafe(String.valueOf(r.edition())));
        xml.writeAttribute("name", xmlSafe(r.name() == null ? r.file().toString() : r.name()));
        xml.writeAttribute("file", xmlSafe(r.file().toString()));
        String detail = xmlSafe(String.join("\n", r.differences()));
        switch (r.status()) {
            case PASSED -> {
            }
            case FAILED -> child(xml, "failure", "differs from its expectation", detail);
            case INVALID -> child(xml, "error", "not a valid test case", detail);
            case ERROR -> child(xml, "error", "the decision could not be computed", detail);
            case KNOWN_GAP -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", xmlSafe(String.valueOf(r.knownGap())));
            }
        }
        xml.writeEndElement();
    }

    private static void child(XMLStreamWriter xml, String element, String message, String detail)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", message);
        xml.writeCharacters(detail);
        xml.writeEndElement();
    }

    /** The text without the characters XML 1.0 forbids: controls other than tab and line breaks, lone surrogates. */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(JunitXml::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
