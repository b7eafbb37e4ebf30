import Foundation
import Testing
@testable import KGBuildCore

/// The merge's, the export's and the ontology reader's faster paths (issue 8), checked against the readings
/// they replace, on text of my own.
@Suite("Faster graph")
struct FasterGraphTests {
    /// The edge ids' counter writes the digits `XMLBytes.integer` writes, across every carry (9 → 10,
    /// 99 → 100, ...), from any start.
    @Test func decimalCounterCountsAsIntegersAre() {
        for start in [0, 1, 7, 9, 95, 998, 9_990, 123_456, 99_999_990] {
            var counter = DecimalCounter(start)
            var counted = XMLBytes(capacity: 64), written = XMLBytes(capacity: 64)
            for n in start..<(start + 1_200) {
                counter.write(into: &counted)
                counted.append(UInt8(ascii: ","))
                written.integer(n)
                written.append(UInt8(ascii: ","))
                counter.increment()
            }
            #expect(counted.bytes == written.bytes, "from \(start)")
        }
        var big = DecimalCounter(Int.max - 1)
        var out = XMLBytes(capacity: 64)
        big.write(into: &out)
        #expect(String(decoding: out.bytes, as: UTF8.self) == String(Int.max - 1))
        big.increment()
        out = XMLBytes(capacity: 64)
        big.write(into: &out)
        #expect(String(decoding: out.bytes, as: UTF8.self) == String(Int.max))
    }

    /// An ontology entry's origin is its file and line, as the interpolation wrote it.
    @Test func ontologyOriginsNameFileAndLine() throws {
        let events = """
        # a comment line
        - type: arms_transfer
          cameo: "0874"
          plover: AID
          roles: [supplier, recipient]
          frame: {subject: supplier, object: recipient}
          triggers:
            - verbs: [supply]
        """
        let o = try Ontology.load(files: [("event_types.yaml", events)])
        let t = try #require(o.eventTypes.first { $0.type == "arms_transfer" })
        #expect(t.origin == "event_types.yaml:2")
        let builtIn = Shared.ontology
        let group = try #require(builtIn.actors.first { $0.id == "islamic-state" })
        #expect(group.origin.hasSuffix("armed_groups.yaml:6"))
        for a in builtIn.actors.prefix(500) {
            let (file, line) = YAMLReader.split(a.origin)
            #expect(!file.isEmpty && line > 0 && a.origin == "\(file):\(line)")
        }
    }

    /// The graph does not depend on the order in which an article's mention counts are read (the fragment
    /// no longer sorts them): a map of the same counts built otherwise gives the same export.
    @Test func mentionOrderDoesNotChangeTheGraph() throws {
        let body = """
        Russian forces shelled the Ukrainian city of Kharkiv on Monday, Ukraine's military said. \
        President Volodymyr Zelenskiy said Russia had attacked Kyiv and Odesa overnight. \
        The United Nations and the European Union condemned the strikes, and Turkey offered to host talks.
        """
        let r = Shared.pipeline.analyze(Shared.article(body))
        #expect(r.mentionCounts.count >= 3)
        var other = r
        var counts = [String: Int](minimumCapacity: 256)
        for (id, n) in r.mentionCounts.sorted(by: { $0.key > $1.key }) { counts[id] = n }
        other.mentionCounts = counts
        let builder = GraphBuilder(ontology: Shared.ontology)
        let a = builder.build([r]), b = builder.build([other])
        #expect(a == b)
        #expect(try GraphMLWriter().export(a) == GraphMLWriter().export(b))
    }
}
