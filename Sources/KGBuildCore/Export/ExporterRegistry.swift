/// Every output format kgbuild can write, looked up by `--format` name or by the extension of
/// the `-o` path (both case-insensitive).
public enum ExporterRegistry {
    /// All exporters, in the order they are listed to users.
    public static var all: [any GraphExporter.Type] {
        [GraphMLWriter.self, GEXFWriter.self, DOTWriter.self, JSONWriter.self, CSVWriter.self]
    }

    /// The format names, in listing order.
    public static var formatNames: [String] { all.map { $0.formatName } }

    /// "graphml (.graphml), gexf (.gexf), dot (.dot, .gv), json (.json), csv (-o DIR)": for help
    /// texts and errors. Folder formats have no extension.
    public static var formatSummary: String {
        all.map { t in
            t.formatName + " (" + (t.fileExtensions.isEmpty ? "-o DIR" : t.fileExtensions.map { "." + $0 }.joined(separator: ", ")) + ")"
        }.joined(separator: ", ")
    }

    /// The exporter whose format name is `name` (case-insensitive, surrounding spaces ignored).
    public static func exporter(named name: String) throws -> any GraphExporter.Type {
        let key = asciiLowercased(ExportText.trim(name))
        if let t = all.first(where: { $0.formatName == key }) { return t }
        throw UnknownExportFormatError(kind: .name, value: name, known: formatSummary)
    }

    /// The exporter for a file extension, with or without the dot (case-insensitive).
    public static func exporter(forExtension ext: String) throws -> any GraphExporter.Type {
        var key = asciiLowercased(ExportText.trim(ext))
        if key.hasPrefix(".") { key.removeFirst() }
        if let t = all.first(where: { $0.fileExtensions.contains(key) }) { return t }
        throw UnknownExportFormatError(kind: .fileExtension, value: ext, known: formatSummary)
    }

    /// The exporter for the extension of `path`'s last component ("out/Graph.GraphML" → GraphML).
    public static func exporter(forPath path: String) throws -> any GraphExporter.Type {
        guard let ext = pathExtension(path) else {
            throw UnknownExportFormatError(kind: .noExtension, value: path, known: formatSummary)
        }
        do {
            return try exporter(forExtension: ext)
        } catch {
            throw UnknownExportFormatError(kind: .pathExtension, value: path, known: formatSummary)
        }
    }

    /// The format used when neither a name nor a path says otherwise (standard output).
    public static var defaultExporter: any GraphExporter.Type { GraphMLWriter.self }

    /// An explicit format name wins; otherwise the path's extension decides; with neither (writing
    /// to standard output), `defaultExporter`. A path "-" counts as standard output.
    public static func exporter(format: String?, path: String?) throws -> any GraphExporter.Type {
        if let format, !ExportText.isBlank(format) { return try exporter(named: format) }
        if let path, path != "-" { return try exporter(forPath: path) }
        return defaultExporter
    }

    /// The text after the last "." of the last path component, if any (a leading dot of a hidden
    /// file does not count).
    static func pathExtension(_ path: String) -> String? {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = String(name[name.index(after: dot)...])
        return ext.isEmpty ? nil : ext
    }

    private static func asciiLowercased(_ s: String) -> String {
        String(decoding: s.utf8.map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 }, as: UTF8.self)
    }
}

/// No exporter matches a format name or file extension; the message lists the known formats.
public struct UnknownExportFormatError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case name, fileExtension, pathExtension, noExtension
    }

    public var kind: Kind
    public var value: String
    public var known: String

    public var description: String {
        switch kind {
        case .name:
            return "unknown output format '\(value)'; known formats: \(known)"
        case .fileExtension:
            return "no output format for extension '\(value)'; known formats: \(known)"
        case .pathExtension:
            return "cannot tell the output format from the extension of '\(value)'; "
                + "use a known extension or --format. Known formats: \(known)"
        case .noExtension:
            return value.isEmpty
                ? "no output format given; known formats: \(known)"
                : "'\(value)' has no file extension to tell the output format; "
                    + "add one or use --format. Known formats: \(known)"
        }
    }
}
