import Foundation
import Testing
@testable import KGBuildCore

/// Whom a charge or a condemnation is aimed at, when the sentence names them only by reference: "each side
/// accusing the other", a capital after "blamed … on", "condemned the killings" told before.
@Suite struct ChargeTargetTests {
    static let events = EventConstructionTests.events
    static let has = EventConstructionTests.has

    /// "with each side accusing the other", "blamed one another": the accusers are the accused too, as in
    /// "accused each other"; "the other" with no "each" before the verb is someone else.
    @Test func eachSideAccusingTheOtherIsReciprocal() throws {
        let a = try #require(Self.events("Border talks between Uzbekistan and Kazakhstan have stalled, with each side accusing the other of moving the markers.", "accusation").first)
        for c in ["Uzbekistan", "Kazakhstan"] {
            #expect(Self.has(a.args, "accuser", c) && Self.has(a.args, "accused", c), "\(a.args)")
        }
        let b = try #require(Self.events("Serbia and Montenegro blamed one another for the collapse of the grain corridor on Tuesday.", "accusation").first)
        for c in ["Serbia", "Montenegro"] {
            #expect(Self.has(b.args, "accuser", c) && Self.has(b.args, "accused", c), "\(b.args)")
        }
        let c = try #require(Self.events("Hungary accused the other members of the bloc of ignoring its objections on Tuesday.", "accusation").first)
        #expect(!Self.has(c.args, "accused", "Hungary"), "\(c.args)")
    }

    /// "blamed the failure on Cairo and Khartoum": whom a charge is laid on, named by capitals, are their states.
    @Test func aCapitalTheBlameIsLaidOnIsItsState() throws {
        let a = try #require(Self.events("Nepal's foreign ministry blamed the breakdown of the border talks on Beijing and Islamabad.", "accusation").first)
        #expect(Self.has(a.args, "accused", "China") && Self.has(a.args, "accused", "Pakistan"), "\(a.args)")
        // (the place of a strike after the noun the blame is for is no one accused)
        let b = try #require(Self.events("Lebanon blamed Israel for the strike on Tyre on Sunday.", "accusation").first)
        #expect(Self.has(b.args, "accused", "Israel"), "\(b.args)")
        #expect(!Self.has(b.args, "accused", "Lebanon"), "\(b.args)")
    }

    /// "condemned the killings": a noun that tells no attack of its own names the one told before, whose attacker
    /// is the target; with no attack told before, there is none.
    @Test func condemnedTheKillingsTakesTheAttacker() throws {
        let text = "Boko Haram gunmen stormed the village of Kukawa on Friday night. Nigerian President Bola Tinubu condemned the killings on Saturday."
        let c = try #require(Self.events(text, "criticism").first)
        #expect(Self.has(c.args, "target", "Boko Haram"), "\(c.args)")
        let lone = try #require(Self.events("Nigerian President Bola Tinubu condemned the killings on Saturday and promised an inquiry.", "criticism").first)
        #expect(!lone.args.contains { $0.role == "target" }, "\(lone.args)")
    }

    /// `anaphors` is data: a noun a user adds names the attack told before; a phrase there is an error of
    /// `ontology check`, since the rule reads one word.
    @Test func anaphorsAreOntologyData() throws {
        let dir = NSTemporaryDirectory() + "kgbuild-anaphors-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "- type: attack\n  roles: [attacker, target]\n  anaphors: [rampage]\n".write(toFile: dir + "/event_types.yaml", atomically: true, encoding: .utf8)
        let text = "Boko Haram gunmen stormed the village of Kukawa on Friday night. Nigerian President Bola Tinubu condemned the rampage on Saturday."
        func targets(_ p: Pipeline) -> [String] {
            let r = p.analyze(Shared.article(text, title: "Story"))
            return r.events.filter { $0.type == "criticism" }.flatMap { $0.arguments.filter { $0.role == "target" } }.flatMap { Shared.names(r, $0.actor) }
        }
        #expect(targets(Pipeline(ontology: try Ontology.load(directory: dir))).contains { $0.hasSuffix("Boko Haram") })
        #expect(!targets(Shared.pipeline).contains { $0.hasSuffix("Boko Haram") })
        try "- type: attack\n  roles: [attacker, target]\n  anaphors: [killing spree]\n".write(toFile: dir + "/event_types.yaml", atomically: true, encoding: .utf8)
        let problems = Ontology.check(directory: dir)
        #expect(problems.contains { !$0.isWarning && $0.message.contains("'killing spree'") }, "\(problems)")
    }
}
