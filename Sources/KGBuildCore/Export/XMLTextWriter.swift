import CLibXML2

/// A thin, throwing wrapper over `xmlTextWriter` writing into an `xmlBuffer`; used by the GEXF
/// writer (`format` names the one in error messages). Not thread-safe; one per export.
final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false
    private let format: String

    private static let libxmlInitialized: Bool = {
        xmlInitParser()   // sets up encoding handlers once, before any concurrent use
        return true
    }()

    init(format: String = "graphml") throws {
        _ = XMLTextWriter.libxmlInitialized
        self.format = format
        guard let buffer = xmlBufferCreate() else {
            throw GraphExportError(format: format, message: "libxml2 xmlBufferCreate failed (out of memory?)")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw GraphExportError(format: format, message: "libxml2 xmlNewTextWriterMemory failed (out of memory?)")
        }
        self.buffer = buffer
        self.writer = writer
        try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
        try XMLTextWriter.withXMLChars("  ") { try check(xmlTextWriterSetIndentString(writer, $0), "xmlTextWriterSetIndentString") }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ rc: Int32, _ call: String, _ detail: String = "") throws {
        if rc < 0 {
            throw GraphExportError(format: format,
                                   message: "libxml2 \(call)\(detail.isEmpty ? "" : "(\(detail))") failed with \(rc)")
        }
    }

    /// Passes `s` as a NUL-terminated `xmlChar` string. Callers never pass text containing NUL
    /// (cleaning removes it, ids and names are tokens).
    private static func withXMLChars<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) throws -> R) throws -> R {
        try s.withCString { p in
            try p.withMemoryRebound(to: xmlChar.self, capacity: s.utf8.count + 1) { try body($0) }
        }
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    func start(_ name: String) throws {
        try XMLTextWriter.withXMLChars(name) { try check(xmlTextWriterStartElement(writer, $0), "xmlTextWriterStartElement", name) }
    }

    func attribute(_ name: String, _ value: String) throws {
        try XMLTextWriter.withXMLChars(name) { n in
            try XMLTextWriter.withXMLChars(value) { v in
                try check(xmlTextWriterWriteAttribute(writer, n, v), "xmlTextWriterWriteAttribute", name)
            }
        }
    }

    func end() throws {
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Element content that is already clean: as is when it has no markup character, else as
    /// CDATA sections (split at "]]>"), so the file never has an entity reference in text.
    func text(_ s: String) throws {
        if !ExportText.needsCDATA(s) {
            try XMLTextWriter.withXMLChars(s) { try check(xmlTextWriterWriteRaw(writer, $0), "xmlTextWriterWriteRaw") }
            return
        }
        for part in ExportText.cdataParts(s) {
            try check(xmlTextWriterStartCDATA(writer), "xmlTextWriterStartCDATA")
            try XMLTextWriter.withXMLChars(part) { try check(xmlTextWriterWriteRaw(writer, $0), "xmlTextWriterWriteRaw") }
            try check(xmlTextWriterEndCDATA(writer), "xmlTextWriterEndCDATA")
        }
    }

    /// Ends the document and returns the bytes written.
    func finish() throws -> [UInt8] {
        precondition(!finished, "XMLTextWriter.finish called twice")
        finished = true
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else {
            throw GraphExportError(format: format, message: "libxml2 produced no output")
        }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}
