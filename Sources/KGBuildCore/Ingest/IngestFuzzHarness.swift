import CLibXML2
import Foundation

/// One fuzz case, shared by the libFuzzer target (`fuzz/`, `scripts/fuzz.sh`) and the test that
/// replays its findings: bytes → ingest → extraction → graph → every exporter, and a list of what is
/// wrong with the exports (empty when all is well-formed). The first byte picks the file name the bytes
/// are read under, so one corpus covers every reader, including sniffing.
public enum IngestFuzzHarness {
    public static let fileNames = ["in.txt", "in.html", "in.rss", "in.atom", "in.json", "in.jsonl", "in.xml", "-"]

    public static func check(_ input: [UInt8], pipeline: Pipeline) -> [String] {
        guard let first = input.first else { return [] }
        let path = fileNames[Int(first) % fileNames.count]
        let data = Array(input.dropFirst())
        var problems: [IngestProblem] = []
        let articles = pipeline.read(data: data, path: path, problems: &problems)
        let graph = pipeline.buildGraph(pipeline.analyze(articles, jobs: 1))
        var failures: [String] = []
        for exporter in ExporterRegistry.all {
            let name = exporter.formatName
            let bytes: [UInt8]
            do { bytes = try exporter.init().export(graph) } catch {
                failures.append("\(name): export failed: \(error)")
                continue
            }
            if String(validating: bytes, as: UTF8.self) == nil { failures.append("\(name): invalid UTF-8") }
            switch name {
            case "graphml", "gexf":
                if let why = xmlProblem(bytes) { failures.append("\(name): \(why)") }
            case "dot":
                if let why = dotProblem(bytes) { failures.append("dot: \(why)") }
            case "json":
                if (try? JSONSerialization.jsonObject(with: Data(bytes))) == nil { failures.append("json: does not parse") }
            case "csv":
                if bytes.lazy.filter({ $0 == 34 }).count % 2 != 0 { failures.append("csv: unbalanced quotes") }
            default:
                break
            }
        }
        return failures
    }

    /// Re-parses XML with libxml2 (no network, no recovery): nil when well-formed and free of C0 controls.
    static func xmlProblem(_ bytes: [UInt8]) -> String? {
        _ = LibXML.initialized
        if bytes.contains(where: { $0 < 0x20 && $0 != 9 && $0 != 10 && $0 != 13 }) { return "control character" }
        guard !bytes.isEmpty else { return "empty" }
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(clamping: buf.count), nil, "UTF-8", Int32(bitPattern: XML_PARSE_NONET.rawValue))
            }
        }
        guard let doc else { return "not well-formed XML" }
        xmlFreeDoc(doc)
        return nil
    }

    /// DOT: no C0 controls, every quoted string closed, braces balanced outside strings.
    static func dotProblem(_ bytes: [UInt8]) -> String? {
        if bytes.contains(where: { $0 < 0x20 && $0 != 9 && $0 != 10 }) { return "control character" }
        var inString = false
        var escaped = false
        var depth = 0
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == 92 { escaped = true } else if b == 34 { inString = false }
                continue
            }
            if b == 34 { inString = true } else if b == 123 { depth += 1 } else if b == 125 {
                depth -= 1
                if depth < 0 { return "unbalanced braces" }
            }
        }
        if inString { return "unterminated string" }
        return depth == 0 ? nil : "unbalanced braces"
    }
}
