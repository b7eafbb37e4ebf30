import Foundation
import Testing

@testable import KGBuildCore

/// Users extend the ontology with their own folder of YAML files, laid over the built-in one.
@Suite struct OntologyOverlayTests {
    /// Writes files into a fresh temporary folder.
    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kg-onto-\(UUID().uuidString)").path
        for (name, text) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// The repository's own `ontology/` read as a user's folder has no error: a key written twice in one file (a list
    /// added under a name another list already has) is one, and the embedded copy, built from the same files, is not
    /// checked for it at start-up.
    @Test func theShippedOntologyChecksClean() {
        let errors = Ontology.check(directory: Repo.path("ontology")).filter { !$0.isWarning }
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }

    @Test func userEventTypeAndActorAreFoundInANewArticle() throws {
        let dir = try Self.folder([
            "event_types.yaml": """
            - type: cyber_attack
              definition: "An intrusion into another actor's computer systems."
              cameo: "1823"
              plover: ASSAULT (cyber)
              roles: [hacker, victim]
              role_types: {hacker: [country, armed_group, group, organization], victim: [country, organization, government]}
              frame: {subject: hacker, object: victim, against: victim, on: victim}
              triggers:
                - verbs: [hack, breach]
            """,
            "actors/mine.yaml": """
            - id: cozy-bear
              name: Cozy Bear
              type: group
              aliases: [APT29, The Dukes]
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let onto = try Ontology.load(directory: dir)
        #expect(onto.eventTypes.contains { $0.type == "cyber_attack" })
        #expect(onto.eventTypes.contains { $0.type == "arms_transfer" }, "the built-in types stay")
        let pipeline = Pipeline(ontology: onto)
        let article = Article(id: "t#1", path: "t.txt", index: 0, title: "Hackers strike ministry",
                              body: "APT29 hacked the German Foreign Ministry on Tuesday, officials said.",
                              date: PartialDate(year: 2021, month: 3, day: 5))
        let r = pipeline.analyze(article)
        let e = try #require(r.events.first { $0.type == "cyber_attack" })
        #expect(e.arguments.contains { $0.role == "hacker" && r.actors[$0.actor]?.name == "Cozy Bear" })
        #expect(e.arguments.contains { $0.role == "victim" && (r.actors[$0.actor]?.name.contains("Foreign Ministry") ?? false) })
    }

    /// A rule's vocabulary is a word list of `lexicon/words.yaml`: a user's `words.yaml` adds to it, and the
    /// rule reads the added word ("slaying" tells the toll as "killing" does).
    @Test func userWordListExtendsARulesVocabulary() throws {
        let dir = try Self.folder(["mine/words.yaml": "kill_words: [slaying, slew]\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let article = Article(id: "t#1", path: "t.txt", index: 0, title: "Drone strike in Iraq",
                              body: "Turkish drones carried out strikes on a convoy near the Iraqi town of Sinjar on Friday, slaying nine fighters, a local official said.",
                              date: PartialDate(year: 2021, month: 6, day: 11))
        func killed(_ pipeline: Pipeline) throws -> Int? {
            try #require(pipeline.analyze(article).events.first { $0.type == "attack" }).killed
        }
        let user = Pipeline(ontology: try Ontology.load(directory: dir))
        #expect(try killed(Shared.pipeline) == nil)
        #expect(try killed(user) == 9)
        let words = user.lexicon.words("kill_words")
        #expect(words.contains(Tokenizer.key("slew")) && words.contains(Tokenizer.key("killing")), "the built-in words stay")
        #expect(!Shared.pipeline.lexicon.words("kill_words").contains(Tokenizer.key("slaying")))
    }

    /// Every word list the rules hold has words: a list the code names and `lexicon/words.yaml` does not (a
    /// misspelt name) would be empty and its rule silent.
    @Test func everyWordListTheRulesReadHasWords() {
        let p = Shared.pipeline
        let holders: [Any] = [p.events.words, p.events.discourseWords, p.claims, p.mentions.words]
        var lists = 0
        for holder in holders {
            for child in Mirror(reflecting: holder).children {
                if let set = child.value as? TokenKeySet { #expect(!set.isEmpty, "\(type(of: holder)).\(child.label ?? "?")"); lists += 1 }
                if let set = child.value as? Set<String> { #expect(!set.isEmpty, "\(type(of: holder)).\(child.label ?? "?")"); lists += 1 }
            }
        }
        #expect(lists >= p.lexicon.wordLists.count, "\(lists) lists read, \(p.lexicon.wordLists.count) in words.yaml")
    }

    /// A word list's name no rule reads (a misspelt one) is reported by `ontology check`, at its line.
    @Test func checkWarnsOfAWordListNoRuleReads() throws {
        let dir = try Self.folder(["words.yaml": "kill_words: [slaying]\nstance_verb: [lambasted]\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let problems = Ontology.check(directory: dir)
        #expect(problems.contains { $0.isWarning && $0.description.hasPrefix("words.yaml:2:") && $0.message.contains("'stance_verb'") }, "\(problems)")
        #expect(!problems.contains { $0.message.contains("kill_words") }, "\(problems)")
    }

    /// A user's event type declared twice, as `flagged` with `flags: [flag]` and as `plain` without: what each
    /// yields for one article, with the article's result (README "Event type flags").
    /// `extra` is the flagged type's own line, `flags: [flag]` unless given.
    static func flaggedAndPlain(_ flag: String, _ definition: [String], _ body: String, extra: String? = nil) throws
        -> (flagged: [Event], plain: [Event], result: ArticleResult) {
        let lines = definition.map { "  " + $0 + "\n" }.joined()
        let dir = try folder(["event_types.yaml": "- type: flagged\n  \(extra ?? "flags: [\(flag)]")\n" + lines + "- type: plain\n" + lines])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = Pipeline(ontology: try Ontology.load(directory: dir)).analyze(Shared.article(body))
        return (r.events.filter { $0.type == "flagged" }, r.events.filter { $0.type == "plain" }, r)
    }

    static func has(_ r: ArticleResult, _ events: [Event], _ role: String, _ name: String) -> Bool {
        events.contains { $0.arguments.contains { $0.role == role && Shared.names(r, $0.actor).contains(name) } }
    }

    /// `physical`: a capital the trigger acts on is where it happens, as for an attack, not its state's government.
    @Test func userTypeFlaggedPhysicalTakesACapitalAsAPlace() throws {
        let (flagged, plain, r) = try Self.flaggedAndPlain("physical", ["roles: [attacker, target]", "frame: {subject: attacker, object: target}",
                                                                        "triggers:", "  - verbs: [besiege]"],
                                                           "Belarus besieged Kyiv on Monday, officials said.")
        #expect(!flagged.isEmpty && !plain.isEmpty, "\(r.events)")
        #expect(Self.has(r, plain, "target", "Ukraine"), "\(plain)")
        #expect(!Self.has(r, flagged, "target", "Ukraine"), "\(flagged)")
        #expect(flagged.contains { $0.place.map { Shared.names(r, $0).contains("Kyiv") } ?? false }, "\(flagged)")
        let attack = try #require(Shared.pipeline.analyze(Shared.article("Belarus attacked Kyiv on Monday, officials said.")).events.first { $0.type == "attack" })
        #expect(attack.place == flagged.first?.place, "\(attack)")
    }

    /// Parties told in another sentence: with `pair_phrase`, "the two neighbours" are the two states told
    /// before (as in military cooperation); with `talks` and `failed_talks`, "the talks foundered" are between
    /// the parties of the meeting told before (as stalled talks). The plain type takes neither.
    @Test func userTypesFlaggedForPartiesTakeThemFromTheSentenceBefore() throws {
        let cases: [(flags: String, roles: String, role: String, frame: String, trigger: String, body: String, parties: [String])] = [
            ("pair_phrase", "[participant]", "participant", "{subject: participant, between: participant, with: participant}", "nouns: [joint patrols]",
             "Chile and Argentina sent envoys to Montevideo on Monday. Joint patrols between the two neighbours began on Tuesday.", ["Chile", "Argentina"]),
            ("talks, failed_talks", "[party, mediator]", "party", "{subject: party, between: party, by: mediator}", "verbs: [founder]",
             "The foreign ministers of India and China met in Moscow on Thursday. The talks foundered over troop withdrawals.", ["India", "China"]),
        ]
        for c in cases {
            let (flagged, plain, r) = try Self.flaggedAndPlain(c.flags, ["roles: \(c.roles)", "frame: \(c.frame)", "triggers:", "  - \(c.trigger)"], c.body)
            #expect(c.parties.allSatisfy { Self.has(r, flagged, c.role, $0) }, "\(c.flags): \(flagged)")
            #expect(!c.parties.contains { Self.has(r, plain, c.role, $0) }, "\(c.flags): \(plain)")
        }
    }

    /// `judges_events`: "bemoaned the air strikes" makes whoever carried them out the judged, as in a criticism.
    @Test func userTypeFlaggedJudgesEventsTakesTheJudgedFromTheEventToldBefore() throws {
        let (flagged, plain, r) = try Self.flaggedAndPlain("judges_events", ["roles: [critic, target]", "frame: {subject: critic, object: target}",
                                                                             "triggers:", "  - verbs: [bemoan]"],
                                                           "Air strikes by Azerbaijan hit several villages on Friday. Georgia bemoaned the air strikes on Saturday.")
        #expect(Self.has(r, flagged, "critic", "Georgia") && Self.has(r, flagged, "target", "Azerbaijan"), "\(flagged)")
        #expect(Self.has(r, plain, "critic", "Georgia") && !Self.has(r, plain, "target", "Azerbaijan"), "\(plain)")
    }

    /// `two_sided`: one side's shelling of the other and the other's reply are two events; the plain type, whose
    /// two mentions name the same two states, takes them for one told twice.
    @Test func userTypeFlaggedTwoSidedKeepsTheSidesActsApart() throws {
        let (flagged, plain, r) = try Self.flaggedAndPlain("two_sided", ["roles: [gunner, target]", "frame: {subject: gunner, object: target}",
                                                                         "triggers:", "  - verbs: [bombard]"],
                                                           "Armenia bombarded Azerbaijan on Monday, officials said. Azerbaijan bombarded Armenia, the ministry said.")
        #expect(flagged.count == 2 && plain.count == 1, "\(r.events)")
        #expect(Self.has(r, flagged, "gunner", "Armenia") && Self.has(r, flagged, "gunner", "Azerbaijan"), "\(flagged)")
    }

    /// `counter_role`: a sale to another buyer is another sale; the plain type, whose two mentions share their
    /// seller, takes them for one.
    @Test func userTypeWithACounterRoleKeepsDealsWithOtherPartiesApart() throws {
        let (flagged, plain, r) = try Self.flaggedAndPlain("", ["roles: [seller, buyer]", "frame: {subject: seller, to: buyer}",
                                                                "triggers:", "  - verbs: [lease]"],
                                                           "Turkey leased frigates to Kenya, officials said. Turkey leased frigates to Tanzania, the ministry said.",
                                                           extra: "counter_role: buyer")
        #expect(flagged.count == 2 && plain.count == 1, "\(r.events)")
        #expect(Self.has(r, flagged, "buyer", "Kenya") && Self.has(r, flagged, "buyer", "Tanzania"), "\(flagged)")
    }

    /// A `counter_role` the type does not have is an error of `ontology check`.
    @Test func checkReportsACounterRoleTheTypeLacks() throws {
        let dir = try Self.folder(["event_types.yaml": "- type: lease\n  roles: [seller, buyer]\n  counter_role: renter\n  triggers:\n    - verbs: [lease]\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let problems = Ontology.check(directory: dir)
        #expect(problems.contains { !$0.isWarning && $0.message.contains("counter_role names role 'renter'") }, "\(problems)")
    }

    /// A flag the rules do not know is an error of `ontology check`, at its line.
    @Test func checkReportsAnUnknownFlag() throws {
        let dir = try Self.folder(["event_types.yaml": "- type: shelling\n  roles: [attacker]\n  flags: [physicall]\n  triggers:\n    - verbs: [shell]\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let problems = Ontology.check(directory: dir)
        #expect(problems.contains { !$0.isWarning && $0.description.hasPrefix("event_types.yaml:3:") && $0.message.contains("'physicall'") }, "\(problems)")
    }

    /// `not_before` is read word by word: a phrase there would stand for its first word alone, so check reports it.
    @Test func checkReportsAPhraseInNotBefore() throws {
        let dir = try Self.folder(["event_types.yaml": "- type: shelling\n  roles: [attacker]\n  triggers:\n    - verbs: [shell]\n      not_before: [years of]\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let problems = Ontology.check(directory: dir)
        #expect(problems.contains { !$0.isWarning && $0.description.hasPrefix("event_types.yaml:5:") && $0.message.contains("'years of'") }, "\(problems)")
    }

    /// "the consortium said": a noun a user adds to `speaker_org_nouns` refers back to the organization named last.
    @Test func userSpeakerNounRefersBackToTheOrganization() throws {
        let dir = try Self.folder(["words.yaml": "speaker_org_nouns: [consortium]\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let body = "Gazprom signed a supply deal with Serbia on Monday. The consortium said deliveries would start in the spring."
        func speakers(_ p: Pipeline) -> [String] {
            let r = p.analyze(Shared.article(body))
            return r.claims.flatMap { Shared.names(r, $0.speaker) }
        }
        #expect(speakers(Pipeline(ontology: try Ontology.load(directory: dir))).contains("Gazprom"))
        #expect(!speakers(Shared.pipeline).contains("Gazprom"))
    }

    @Test func overlayExtendsABuiltInActor() throws {
        let dir = try Self.folder(["actors/extra.yaml": "- {id: RUS, name: Russia, type: country, aliases: [Rossiyskaya Federatsiya]}\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let onto = try Ontology.load(directory: dir)
        let russia = try #require(onto.actors.first { $0.id == "RUS" })
        #expect(russia.aliases.contains("Rossiyskaya Federatsiya"))
        #expect(russia.aliases.contains("Russian Federation"), "built-in aliases stay")
        #expect(onto.actors.filter { $0.id == "RUS" }.count == 1)
    }

    /// A duplicate id (line 2), an alias two actors claim (line 3), a title ending before it starts (line 4).
    static let actorProblems = """
        - {id: acme, name: Acme Arms, type: organization, aliases: [Acme]}
        - {id: acme, name: Acme Arms Ltd, type: organization}
        - {id: acme-2, name: Acme Two, type: organization, aliases: [Acme]}
        - id: jane-doe
          name: Jane Doe
          type: person
          titles:
            - {title: defense minister, country: RUS, from: "2015-01-01", to: "2010-01-01"}

        """

    /// `place_object_meets_requires`: a place named right after the trigger stands for the lexicon that
    /// `requires` asks for; without the flag the sentence needs one of the lexicon's words.
    @Test func aPlaceAsObjectMeetsRequiresOnlyWhereTheTriggerSaysSo() throws {
        func types(_ flag: String) -> String {
            """
            - type: raid_flagged
              roles: [attacker, target]
              frame: {subject: attacker, object: target}
              triggers:
                - verbs: [storm]
                  requires: territory_words
                  place_object_meets_requires: \(flag)
            - type: raid_plain
              roles: [attacker, target]
              frame: {subject: attacker, object: target}
              triggers:
                - verbs: [storm]
                  requires: territory_words
            """
        }
        let dir = try Self.folder(["event_types.yaml": types("yes")])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pipeline = Pipeline(ontology: try Ontology.load(directory: dir))
        func found(_ body: String) -> Set<String> {
            let article = Article(id: "t#1", path: "t.txt", index: 0, title: "Fighting in the north", body: body,
                                  date: PartialDate(year: 2015, month: 9, day: 29))
            return Set(pipeline.analyze(article).events.map(\.type))
        }
        let named = found("Taliban fighters stormed Kunduz on Monday, officials said.")
        #expect(named.contains("raid_flagged") && !named.contains("raid_plain"), "\(named)")
        let worded = found("Taliban fighters stormed the town of Kunduz on Monday, officials said.")
        #expect(worded.contains("raid_flagged") && worded.contains("raid_plain"), "\(worded)")
        let bad = try Self.folder(["event_types.yaml": types("maybe")])
        defer { try? FileManager.default.removeItem(atPath: bad) }
        #expect(Ontology.check(directory: bad).contains { $0.description.contains("expected true or false") })
    }

    @Test func checkReportsEveryKindOfProblemWithFileAndLine() throws {
        let dir = try Self.folder([
            "event_types.yaml": """
            - type: arms_transfer
              frame: {subject: buyer}
              triggers:
                - verbs: [smuggle]
                  requires: nosuchlexicon
            - type: strike_back
              roles: [striker]
              role_types: {striker: [country, spaceship]}
              triggers:
                - nouns: [retaliation]
            """,
            "actors/a.yaml": Self.actorProblems + "- {id: bad-type, name: Bad, type: planet}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let problems = Ontology.check(directory: dir).map(\.description)
        func has(_ file: String, _ text: String) -> Bool {
            problems.contains { $0.hasPrefix(file + ":") && $0.range(of: #"^[^:]+:[1-9][0-9]*:"#, options: .regularExpression) != nil && $0.contains(text) }
        }
        #expect(has("event_types.yaml", "role 'buyer'"), "unknown role: \(problems)")
        #expect(has("event_types.yaml", "nosuchlexicon"), "unknown lexicon: \(problems)")
        #expect(has("event_types.yaml", "spaceship"), "unknown actor type: \(problems)")
        #expect(has("actors/a.yaml", "is not a valid") || has("actors/a.yaml", "type` must be one of"), "bad actor type: \(problems)")
        // the file with the bad actor type stops there; check duplicate ids, shared aliases and dates separately
        let dir2 = try Self.folder(["actors/a.yaml": Self.actorProblems])
        defer { try? FileManager.default.removeItem(atPath: dir2) }
        let p2 = Ontology.check(directory: dir2).map(\.description)
        #expect(p2.contains { $0.hasPrefix("actors/a.yaml:2:") && $0.contains("actor id 'acme' is already used") }, "\(p2)")
        #expect(p2.contains { $0.hasPrefix("actors/a.yaml:3:") && $0.contains("alias 'Acme'") }, "\(p2)")
        #expect(p2.contains { $0.hasPrefix("actors/a.yaml:4:") && $0.contains("ends") && $0.contains("before it starts") }, "\(p2)")
    }

    @Test func datedRolesResolveTheOfficeHolderOfTheArticlesYear() throws {
        let pipeline = Pipeline(ontology: try Ontology.load())
        func minister(_ year: Int) -> String? {
            let a = Article(id: "t#\(year)", path: "t.txt", index: 0, title: "Talks in Moscow",
                            body: "The foreign minister of Russia met his Chinese counterpart in Moscow on Monday.",
                            date: PartialDate(year: year, month: 6, day: 10))
            let r = pipeline.analyze(a)
            return r.actors.values.first { $0.type == "person" }?.name
        }
        #expect(minister(2003) == "Igor Ivanov")
        #expect(minister(2014) == "Sergei Lavrov")
    }
}
