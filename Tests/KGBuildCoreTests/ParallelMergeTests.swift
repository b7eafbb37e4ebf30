import Foundation
import Testing
@testable import KGBuildCore

/// The end of a run on several cores (issue 8): the graph's nodes moved out of the merge's table, the ids read
/// in place by the checks and the packed buffers that threads share. Whatever the number of jobs, the same graph.
@Suite("Parallel merge")
struct ParallelMergeTests {
    /// Stories written for this test that name the same actors, so nodes are shared and edges weighted.
    static func results() -> [ArticleResult] {
        let bodies = [
            "Russian President Vladimir Putin met German Chancellor Angela Merkel in Moscow on Monday. Putin said the talks had been useful.",
            "Angela Merkel criticized Russia over the conflict in Ukraine on Tuesday, a spokesman said.",
            "Ukraine accused Russia of shelling the city of Donetsk on Wednesday. Vladimir Putin denied the accusation.",
            "Militants attacked a police station in Kabul on Thursday, killing three officers, the Afghan interior ministry said.",
        ]
        return bodies.enumerated().map { k, body in
            var a = Shared.article(body)
            a.id = "merge\(k % 2).txt#\(k)"
            a.path = "merge\(k % 2).txt"
            a.index = k
            return Shared.pipeline.analyze(a)
        }
    }

    /// The nodes come out in byte order of their ids, each once, and the graph (nodes, edges, endpoint hint)
    /// is the same for one to eight jobs.
    @Test func graphIsTheSameForOneToEightJobs() {
        let results = Self.results()
        let builder = GraphBuilder(ontology: Shared.ontology)
        let one = builder.build(results, jobs: 1)
        #expect(one.nodes.count > 10 && one.edges.count > 10)
        #expect(zip(one.nodes, one.nodes.dropFirst()).allSatisfy { $0.id < $1.id })
        #expect(one.nodes.contains { $0.kind == "actor" } && one.nodes.contains { $0.kind == "event" })
        for jobs in 2...8 {
            let g = builder.build(results, jobs: jobs)
            #expect(g == one, "jobs \(jobs)")
            #expect(g.endpointHint == one.endpointHint, "jobs \(jobs)")
        }
    }

    /// The token check, which reads a string's bytes in place, answers as a byte-by-byte reading does, for
    /// small strings (stored inline), long ones (on the heap), strings cut from others and non-ASCII ones.
    @Test func tokenCheckReadsAnyString() {
        func reference(_ s: String, _ colon: Bool) -> Bool {
            !s.isEmpty && s.utf8.allSatisfy { ExportID.isTokenByte($0, allowColon: colon) }
        }
        let long = String(repeating: "event-", count: 12)
        let cases = ["", "a", "actor:x_1.2", "has space", "C\u{F4}te", long + "e0", long + "a/b", long + "C\u{F4}te", "e\u{301}"]
        for s in cases {
            let cut = String(("<" + s + ">").dropFirst().dropLast())
            for colon in [true, false] {
                #expect(ExportID.isToken(s, allowColon: colon) == reference(s, colon), "\(s)")
                #expect(ExportID.isToken(cut, allowColon: colon) == reference(s, colon), "\(s)")
            }
        }
        #expect(ExportID.isToken("actor:x") && !ExportID.isToken("actor:x", allowColon: false))
        #expect(ExportID.token("actor:C\u{F4}te d'Ivoire") == "actor:C_C3_B4te_20d_27Ivoire")
    }

    /// Enough strings for the packing and the sort to be cut into chunks: each string's bytes, and the
    /// order `<` gives, for one to eight jobs.
    @Test func packedStringsAreTheStringsOnAnyThreads() {
        let strings = (0..<70_000).map { k -> String in
            switch k % 5 {
            case 0: return "actor:" + String(k * 7_919 % 100_003)
            case 1: return "event:" + String(repeating: "x", count: k % 40) + String(k)
            case 2: return "place:C\u{F4}te " + String(k % 97)
            case 3: return String(k % 1_000)
            default: return "claim:" + String(k * 31 % 65_537) + "-\u{E9}"
            }
        }
        let expected = strings.indices.sorted { (strings[$0], $0) < (strings[$1], $1) }
        for jobs in [1, 2, 3, 8] {
            let packed = PackedStrings(strings, jobs: jobs)
            for i in stride(from: 0, to: strings.count, by: 997) {
                #expect(packed.withBytes(i) { Array($0) } == Array(strings[i].utf8))
            }
            // (equal strings keep no particular order: compared by their text, then their first index)
            let order = packed.sorted(Array(strings.indices), jobs: jobs)
            #expect(order.map { strings[$0] } == expected.map { strings[$0] }, "jobs \(jobs)")
        }
    }
}

/// The batches the reader cuts: whole ones while much is left, smaller ones at the end with several jobs.
@Suite("Batch cuts")
struct BatchCutTests {
    static func article(_ bytes: Int) -> Article {
        Article(id: "a", path: "a.txt", index: 0, title: "", body: String(repeating: "x", count: bytes), date: nil, source: nil)
    }

    /// The batches (article counts) of `articles` bodies of `size` bytes in one file of `fileBytes`.
    static func batches(jobs: Int, articles: Int, size: Int, fileBytes: Int) -> [Int] {
        let arts = (0..<articles).map { _ in article(size) }
        var cut = BatchCut(jobs: jobs, left: Int64(fileBytes))
        cut.read(fileBytes: fileBytes, articles: arts)
        var out: [Int] = [], count = 0, bytes = 0
        for a in arts {
            count += 1; bytes += a.body.utf8.count
            cut.batched(a.body.utf8.count)
            if cut.full(count: count, bytes: bytes) { out.append(count); count = 0; bytes = 0 }
        }
        if count > 0 { out.append(count) }
        #expect(cut.left == 0)
        return out
    }

    @Test func oneJobKeepsWholeBatches() {
        let b = Self.batches(jobs: 1, articles: 1_000, size: 2_000, fileBytes: 2_100_000)
        #expect(b.dropLast().allSatisfy { $0 == 64 })
        #expect(b.reduce(0, +) == 1_000)
    }

    /// With two jobs the batches are whole while much is left, then shrink, none below the smallest cut
    /// but the very last; a body of a megabyte is a batch of its own.
    @Test func severalJobsShrinkTheLastBatches() {
        let b = Self.batches(jobs: 2, articles: 1_000, size: 2_000, fileBytes: 2_100_000)
        #expect(b.reduce(0, +) == 1_000)
        #expect(b.prefix(5).allSatisfy { $0 == 64 })
        #expect(zip(b, b.dropFirst()).allSatisfy { $0 >= $1 })
        let smallest = (BatchCut.minimumBytes + 1_999) / 2_000
        #expect(b.dropLast().allSatisfy { $0 >= smallest })
        #expect(b.suffix(3).allSatisfy { $0 <= smallest })
        #expect(Self.batches(jobs: 2, articles: 3, size: 1 << 20, fileBytes: 3 << 20) == [1, 1, 1])
    }
}
