import Foundation
import Testing

@testable import KGBuildCore

/// Constructions of wire copy that name an event without the plain "X attacked Y" pattern, on sentences
/// composed for the purpose: each shows the event, its type and its role-typed arguments.
@Suite struct EventConstructionTests {
    /// The events of `type` in `text`, with each argument as (role, names the actor goes by).
    static func events(_ text: String, _ type: String) -> [(event: Event, args: [(role: String, names: [String])])] {
        let r = Shared.pipeline.analyze(Shared.article(text, title: "Story"))
        return r.events.filter { $0.type == type }.map { e in (e, e.arguments.map { ($0.role, Shared.names(r, $0.actor)) }) }
    }

    static func has(_ args: [(role: String, names: [String])], _ role: String, _ name: String) -> Bool {
        args.contains { $0.role == role && $0.names.contains { $0 == name || $0.hasSuffix(name) } }
    }

    static func placeName(_ text: String, _ e: Event) -> [String] {
        let r = Shared.pipeline.analyze(Shared.article(text, title: "Story"))
        return e.place.map { Shared.names(r, $0) } ?? []
    }

    /// "X claimed responsibility for the bombing": who claims an attack is its attacker; the reporting verb
    /// "claimed" opens no reported clause there.
    @Test func claimingResponsibilityNamesTheAttacker() throws {
        let text = "Al Shabaab claimed responsibility for the bombing of a hotel in Mogadishu on Friday."
        let e = try #require(Self.events(text, "attack").first)
        #expect(Self.has(e.args, "attacker", "al-Shabaab") || Self.has(e.args, "attacker", "Shabaab"), "\(e.args)")
    }

    /// "a bombing that killed 20 people in Berlin": the casualties clause of an attack noun still tells
    /// where it happened and, by nationality, whom it hit.
    @Test func anAttackNounsCasualtiesClauseGivesPlaceAndVictims() throws {
        let text = "Al Qaeda has claimed responsibility for a bombing that killed 20 people in Berlin last month."
        let e = try #require(Self.events(text, "attack").first)
        #expect(Self.has(e.args, "attacker", "al-Qaeda"), "\(e.args)")
        #expect(Self.placeName(text, e.event).contains("Berlin"))
        let shooting = "The pistols were fired in a shooting last June that killed two Britons at a beach bar in Tunis."
        let s = try #require(Self.events(shooting, "attack").first)
        #expect(Self.has(s.args, "target", "Britons"), "\(s.args)")
        #expect(Self.placeName(shooting, s.event).contains("Tunis"))
    }

    /// Two attack nouns of one sentence, each with a place of its own, are two attacks.
    @Test func attackNounsWithTheirOwnPlacesStayApart() {
        let es = Self.events("Islamic State claimed responsibility for a car bombing in Baghdad, while Turkish warplanes carried out an air strike in Mosul.", "attack")
        #expect(es.count == 2, "\(es.map { $0.args })")
    }

    /// "downed a Russian helicopter": an attack whose object is a weapon hits the weapon's owner.
    @Test func downingAnAircraftTargetsItsOwner() throws {
        let e = try #require(Self.events("Abkhazia's military said Georgian anti-aircraft forces had downed a Russian helicopter.", "attack").first)
        #expect(Self.has(e.args, "attacker", "Georgia"), "\(e.args)")
        #expect(Self.has(e.args, "target", "Russia"), "\(e.args)")
    }

    /// "the capture of 12 villages from Islamic State": the noun's own "of" names no role, so the "from"
    /// phrase after it still names the side that lost them.
    @Test func theCaptureOfPlacesFromAnActor() throws {
        let e = try #require(Self.events("Government troops announced the capture of 12 villages from Islamic State near Raqqa.", "seizure").first)
        #expect(Self.has(e.args, "target", "Islamic State"), "\(e.args)")
    }

    /// "took place", "took part" are idioms, not seizures, even in a sentence about areas.
    @Test func takingPlaceIsNoSeizure() {
        #expect(Self.events("The raids took place in rebel-held areas of Idlib province, officials said.", "seizure").isEmpty)
        #expect(Self.events("Kurdish units took part in the operation in the region.", "seizure").isEmpty)
    }

    /// "liberated strategic heights": heights are territory.
    @Test func heightsAreTerritory() throws {
        let e = try #require(Self.events("Ukrainian troops liberated the heights near the town from separatists.", "seizure").first)
        #expect(Self.has(e.args, "attacker", "Ukraine"), "\(e.args)")
    }

    /// "warned of air strikes": a threat, not an attack; "… is highly unlikely" judges the strike a few words on.
    @Test func warningsAndUnlikelyStrikesAreNoAttacks() {
        #expect(Self.events("Canada warned of possible air strikes by Venezuela against Guyana.", "attack").isEmpty)
        #expect(Self.events("A pre-emptive strike by Iran against Israel is seen as highly unlikely by analysts.", "attack").isEmpty)
    }

    /// "said talks would resume on Monday": the "would" of a start reports a plan.
    @Test func talksThatWouldResumeArePlanned() throws {
        let e = try #require(Self.events("Iran said talks with Britain would resume on Monday in Oslo.", "meeting").first)
        #expect(e.event.modality == .planned)
        #expect(Self.has(e.args, "participant", "Iran") && Self.has(e.args, "participant", "United Kingdom"), "\(e.args)")
    }

    /// "an emergency NATO summit next Tuesday": an organization's own dated meeting, with it as participant;
    /// an undated mention of its outcome is none.
    @Test func anOrganizationsDatedSummitIsAMeeting() throws {
        let e = try #require(Self.events("Leaders will gather for an emergency NATO summit next Tuesday.", "meeting").first)
        #expect(Self.has(e.args, "participant", "NATO"), "\(e.args)")
        #expect(Self.events("The pledge was among the texts approved by the NATO summit.", "meeting").isEmpty)
    }

    /// "talks between A and B ended without agreement": the talks a failure is told of are the talks_stalled
    /// event, not a meeting too; "after the meeting" later refers back to them; "held talks" is still a meeting.
    @Test func stalledTalksAreNoMeetingOfTheirOwn() {
        let text = "Talks between Armenia and Azerbaijan in Vienna ended without agreement on Monday.\n\n"
            + "\"We are still far apart,\" the Armenian envoy told reporters after the meeting."
        #expect(!Self.events(text, "talks_stalled").isEmpty)
        #expect(Self.events(text, "meeting").isEmpty)
        let held = "Armenia held talks with Azerbaijan in Vienna on Monday, but the talks ended without agreement."
        #expect(Self.events(held, "meeting").count == 1)
    }

    /// "The minister pledged that …", "The minister condemned … and accused …": a definite role noun opening the
    /// clause is the person named before in that role; a role nobody was given ("the official") is nobody.
    @Test func aDefiniteRoleSubjectIsThePersonNamedBefore() throws {
        let text = "Italian Defence Minister Carla Benini met her Greek counterpart in Rome on Monday.\n\n"
            + "The minister pledged that Italy would send two frigates to the Aegean.\n\n"
            + "The official also vowed to keep the talks going."
        let pledges = Self.events(text, "pledge")
        #expect(pledges.count == 1)
        let p = try #require(pledges.first)
        #expect(Self.has(p.args, "agent", "Carla Benini"), "\(p.args)")
        let coordinated = "Italian Defence Minister Carla Benini spoke in Rome on Monday.\n\n"
            + "The minister condemned the shelling and accused Serbia of breaking the truce."
        let a = try #require(Self.events(coordinated, "accusation").first)
        #expect(Self.has(a.args, "accuser", "Carla Benini"), "\(a.args)")
        #expect(Self.has(a.args, "accused", "Serbia"), "\(a.args)")
    }

    /// A visit on one day and a summit on another, in one sentence, are two meetings.
    @Test func meetingsOnOtherDatesStayApart() {
        let es = Self.events("Macron is due to visit Chile on Thursday before an OAS summit next Monday.", "meeting")
        #expect(es.count == 2, "\(es.map { $0.args })")
    }

    /// "…, and later he held another meeting with B": the pronoun after the nearest actor is the subject,
    /// and the separate meeting is another event with its own participants.
    @Test func aSeparateMeetingWithAPronounSubject() throws {
        let es = Self.events("Putin met with Italy's leaders in the morning, and he held a separate meeting with Indian Prime Minister Narendra Modi.", "meeting")
        #expect(es.count == 2, "\(es.map { $0.args })")
        let modi = try #require(es.first { Self.has($0.args, "participant", "Narendra Modi") })
        #expect(Self.has(modi.args, "participant", "Vladimir Putin"), "\(modi.args)")
        #expect(!Self.has(modi.args, "participant", "Italy"), "\(modi.args)")
    }

    /// "X said (that) Y had breached the truce", "Y violated the ceasefire, X said": a reported violation is
    /// the reporter's accusation; a violation nobody is said to report is not, nor is a denied one.
    @Test func reportedViolationsAreAccusations() throws {
        let a = try #require(Self.events("Ukraine said in a statement on Friday that Russia had breached the ceasefire overnight.", "accusation").first)
        #expect(Self.has(a.args, "accuser", "Ukraine") && Self.has(a.args, "accused", "Russia"), "\(a.args)")
        let b = try #require(Self.events("Armenia violated the truce dozens of times, Azerbaijan's defense ministry said.", "accusation").first)
        #expect(Self.has(b.args, "accused", "Armenia") && Self.has(b.args, "accuser", "Azerbaijan"), "\(b.args)")
        #expect(Self.events("Colombia violated the treaty in 1998.", "accusation").isEmpty)
        #expect(Self.events("Georgia said it had never violated the ceasefire.", "accusation").isEmpty)
    }

    /// "X told his counterpart Y by phone": a phone call between the one speaking and the one told; telling a
    /// news agency by phone is an interview, no meeting.
    @Test func tellingSomeoneByPhoneIsAMeeting() throws {
        let e = try #require(Self.events("French Foreign Minister Laurent Fabius told his Chinese counterpart Wang Yi by phone on Monday that Paris was worried.", "meeting").first)
        #expect(Self.has(e.args, "participant", "Laurent Fabius") && Self.has(e.args, "participant", "Wang Yi"), "\(e.args)")
        #expect(Self.events("A Syrian army officer told Reuters by telephone that the town had fallen.", "meeting").isEmpty)
        let c = try #require(Self.events("Erdogan congratulated Putin in a phone call on Tuesday.", "meeting").first)
        #expect(Self.has(c.args, "participant", "Recep Tayyip Erdogan") && Self.has(c.args, "participant", "Vladimir Putin"), "\(c.args)")
    }

    /// "Iranian foreign ministers will meet again": people named by their nationality are the subject.
    @Test func peopleNamedByNationalityMeet() throws {
        let e = try #require(Self.events("Iranian foreign ministers will meet again on Monday in Cairo with Oman.", "meeting").first)
        #expect(Self.has(e.args, "participant", "Iran") && Self.has(e.args, "participant", "Oman"), "\(e.args)")
        #expect(e.event.modality == .planned)
    }

    /// Spurious readings with general causes: committing a deed is no pledge, taking steps no seizure, an -ing
    /// noun before a determiner is a participle, and who is criticised is not someone named deep inside the
    /// noun phrase of the concern.
    @Test func falseReadingsOfCommitTakeFightingAndConcern() throws {
        #expect(Self.events("Police in Oslo arrested three men who planned to commit terrorist acts in Norway.", "pledge").isEmpty)
        #expect(Self.events("Washington dropped its demand that Tehran take steps to curb enrichment in the region.", "seizure").isEmpty)
        #expect(Self.events("Ankara has long described all Kurdish militants fighting the government in the southeast as terrorists.", "attack").isEmpty)
        #expect(Self.events("Donors are concerned about the safety of aid workers in countries such as Somalia.", "criticism").isEmpty)
        let c = try #require(Self.events("Japan has expressed concern over China's moves in the region.", "criticism").first)
        #expect(Self.has(c.args, "critic", "Japan") && Self.has(c.args, "target", "China"), "\(c.args)")
    }

    /// "expressed grave concern over", "voiced deep concern about": the concern's weight between the verb and its
    /// noun leaves it the same rebuke.
    @Test func weightedConcernIsCriticism() throws {
        let c = try #require(Self.events("Japan has expressed grave concern over China's moves in the region.", "criticism").first)
        #expect(Self.has(c.args, "critic", "Japan") && Self.has(c.args, "target", "China"), "\(c.args)")
        let d = try #require(Self.events("India voiced deep concern about Pakistan's missile tests on Monday.", "criticism").first)
        #expect(Self.has(d.args, "critic", "India") && Self.has(d.args, "target", "Pakistan"), "\(d.args)")
    }

    /// "talks … chaired by X and Y": who chairs or hosts talks takes part in them.
    @Test func talksChairedByActorsHaveThemAsParticipants() throws {
        let e = try #require(Self.events("The new round of talks in Vienna is being jointly chaired by Iran and Oman.", "meeting").first)
        #expect(Self.has(e.args, "participant", "Iran") && Self.has(e.args, "participant", "Oman"), "\(e.args)")
    }

    /// "Both sides … accused each other", "The two countries will meet": the last two countries named before,
    /// each accuser and accused of a reciprocal accusation.
    @Test func bothSidesAreTheLastTwoCountriesNamed() throws {
        let a = try #require(Self.events("Georgia and Armenia clashed on Monday. Both sides also reported losses and accused each other of breaking the truce.", "accusation").first)
        for role in ["accuser", "accused"] {
            #expect(Self.has(a.args, role, "Georgia") && Self.has(a.args, role, "Armenia"), "\(a.args)")
        }
        let m = try #require(Self.events("Peru and Chile signed a trade pact. The two countries will meet again in May.", "meeting").first)
        #expect(Self.has(m.args, "participant", "Peru") && Self.has(m.args, "participant", "Chile"), "\(m.args)")
    }

    /// "foiled a plan by X to set off bombs": a plot told by the act it planned is an attack foiled, its
    /// plotter the one after "by".
    @Test func aPlanToSetOffBombsFoiledIsAThwartedAttack() throws {
        let cases = [
            ("Kenyan police said they had foiled a plan by al-Shabaab to set off bombs at a bus station in Nairobi.", "al-Shabaab"),
            ("Security forces thwarted a scheme by Boko Haram to plant bombs in markets in Maiduguri, the army said.", "Boko Haram"),
            ("Police in Tajikistan disrupted a plan by Islamic State to detonate explosives at a police station.", "Islamic State"),
        ]
        for (text, plotter) in cases {
            let e = try #require(Self.events(text, "attack_thwarted").first, "\(text)")
            #expect(Self.has(e.args, "perpetrator", plotter), "\(text): \(e.args)")
        }
    }

    /// "attacked a school in western Uganda, killing 42": the place the clause ends in is no attacker of the
    /// participle after the comma.
    @Test func aParticipleAfterAPlaceDoesNotMakeThePlaceTheAttacker() throws {
        let cases = [
            ("Rebel fighters attacked a school in western Chad, killing 12 people.", "Chad"),
            ("Gunmen from the Oromo Liberation Army stormed a bank in Ethiopia, wounding three guards.", "Ethiopia"),
            ("Houthi fighters shelled a market in northern Yemen, killing four civilians, medics said.", "Yemen"),
        ]
        for (text, place) in cases {
            let e = try #require(Self.events(text, "attack").first, "\(text)")
            #expect(!Self.has(e.args, "attacker", place), "\(text): \(e.args)")
        }
    }

    /// "The two ministers agreed to hold drills": the people of a pair stand for their two states, as "the two
    /// countries" do.
    @Test func theTwoMinistersOrLeadersAreTheLastTwoStatesNamed() throws {
        let cases = [
            ("Hungarian Defence Minister Jana Roe phoned her Slovak counterpart on Monday. The two ministers agreed to hold joint military exercises in June.", "Hungary", "Slovakia"),
            ("Egypt hosted a Sudanese delegation in Cairo on Friday. The two leaders agreed to hold joint naval exercises next year.", "Egypt", "Sudan"),
            ("Kenya's foreign minister travelled to Ethiopia for talks on Tuesday. The two delegations agreed on joint patrols along the border.", "Kenya", "Ethiopia"),
        ]
        for (text, a, b) in cases {
            let e = try #require(Self.events(text, "military_cooperation").first, "\(text)")
            #expect(Self.has(e.args, "participant", a) && Self.has(e.args, "participant", b), "\(text): \(e.args)")
        }
    }
}
