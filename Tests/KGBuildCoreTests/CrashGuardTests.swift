import Foundation
import Testing

@testable import KGBuildCore

// An internal error on one article (made on purpose with KGBUILD_TEST_TRAP, a real out-of-range index in
// the analysis) costs that article only: the supervisor runs the build again without it, reports it as
// unreadable input, and writes the graph the other articles give alone, for any number of threads.

@Suite(.serialized) struct CrashGuardTests {
    static let marker = "QQ-TRAP-HERE-QQ"
    static let trap = ["KGBUILD_TEST_TRAP": marker]

    static let articles = [
        "a.txt": "OSLO, May 4 (Newswire) -- Norwegian police said on Monday they had thwarted an attack on a fuel depot near the port of Bergen.\n",
        "b.txt": "LIMA, May 5 (Newswire) -- Talks between Peru and Chile stalled on Tuesday over fishing rights, a Peruvian official said. \(marker)\n",
        "c.txt": "QUITO, May 6 (Newswire) -- Ecuador accused Colombia of shelling a border village, its foreign ministry said on Wednesday.\n",
    ]

    static func contents(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test func oneTrappingArticleCostsOnlyItself() throws {
        let dir = try Inputs.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        for (name, text) in Self.articles { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/in/" + name)) }
        var outputs: [Data] = []
        for jobs in ["1", "2"] {
            let run = try CLI.run([dir + "/in", "--no-cache", "-q", "-j", jobs, "-o", dir + "/out\(jobs).json"], environment: Self.trap)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("kgbuild: skipped \(dir)/in/b.txt:1: \(CrashGuard.reason)"), "\(run.stderr)")
            outputs.append(Self.contents(dir + "/out\(jobs).json"))
        }
        try FileManager.default.removeItem(atPath: dir + "/in/b.txt")
        let alone = try CLI.run([dir + "/in", "--no-cache", "-q", "-o", dir + "/alone.json"])
        #expect(alone.status == 0, "\(alone.stderr)")
        let expected = Self.contents(dir + "/alone.json")
        let text = String(decoding: expected, as: UTF8.self)
        #expect(text.contains("attack_thwarted") && text.contains("accusation") && !text.contains("talks_stalled"))
        #expect(outputs == [expected, expected])
    }

    @Test func everyArticleTrapping() throws {
        let dir = try Inputs.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (name, text) in Self.articles { try Data((text + " \(Self.marker)\n").utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        let run = try CLI.run([dir, "--no-cache", "-o", dir + "/out.json"], environment: Self.trap)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("no article could be read"), "\(run.stderr)")
        for name in Self.articles.keys { #expect(run.stderr.contains("skipped \(dir)/\(name):1: internal error"), "\(run.stderr)") }
    }

    /// Past `Supervisor.maxSkipped` (20) articles that crash, the run gives up with exit 70.
    @Test func givesUpAfterTwentyCrashes() throws {
        let dir = try Inputs.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for k in 1...21 { try Data((Self.articles["a.txt"]! + " \(Self.marker)\n").utf8).write(to: URL(fileURLWithPath: dir + "/\(k).txt")) }
        let run = try CLI.run([dir, "--no-cache", "-q", "-o", dir + "/out.json"], environment: Self.trap)
        #expect(run.status == 70, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "reading again without it").count == 21, "\(run.stderr)")
        #expect(run.stderr.contains("after skipping 20 articles for the same reason; giving up"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.json"))
    }

    /// Standard input is kept for the rerun; the skipped record is named by its line, as `-:LINE`.
    @Test func standardInputWithATrappingRecord() throws {
        let dir = try Inputs.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func record(_ name: String) -> String {
            let data = try! JSONSerialization.data(withJSONObject: ["title": name, "text": Self.articles[name]!, "date": "2025-05-05"], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self) + "\n"
        }
        try Data((record("a.txt") + "\n" + record("b.txt") + record("c.txt")).utf8).write(to: URL(fileURLWithPath: dir + "/all.jsonl"))
        // the same lines without the trapping record (a blank line instead): the same line numbers, so the same ids
        try Data((record("a.txt") + "\n\n" + record("c.txt")).utf8).write(to: URL(fileURLWithPath: dir + "/good.jsonl"))
        let run = try CLI.run(["-", "--no-cache", "-q", "-o", dir + "/out.json"], environment: Self.trap, stdin: dir + "/all.jsonl")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("kgbuild: skipped -:3: \(CrashGuard.reason)"), "\(run.stderr)")
        let good = try CLI.run(["-", "--no-cache", "-q", "-o", dir + "/good.json"], stdin: dir + "/good.jsonl")
        #expect(good.status == 0, "\(good.stderr)")
        let out = Self.contents(dir + "/out.json")
        #expect(out == Self.contents(dir + "/good.json"))
        #expect(String(decoding: out, as: UTF8.self).contains("attack_thwarted"))
    }

    /// Without the supervisor the process dies of its signal, and standard error names the article.
    @Test func unsupervisedCrashNamesTheArticle() throws {
        let dir = try Inputs.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(Self.articles["b.txt"]!.utf8).write(to: URL(fileURLWithPath: dir + "/b.txt"))
        let run = try CLI.run([dir, "--no-cache", "-q", "-o", dir + "/out.json"],
                              environment: Self.trap.merging(["KGBUILD_NO_SUPERVISOR": "1", "SWIFT_BACKTRACE": "enable=no"]) { $1 })
        #expect(run.status == SIGILL, "\(run.stderr)")
        #expect(run.stderr.contains("kgbuild: internal error while reading \(dir)/b.txt, article 1"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.json"))
    }
}
